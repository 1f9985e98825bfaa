/**
 * Blocks of a note that hold code, not fields, for the inline-field scanner: where a code fence,
 * a `<pre>` (or `<script>`, `<style>`, `<textarea>`) block and a `$$` math block end, and which
 * lines are indented code blocks.
 *
 * An indented code block is a run of lines indented by four columns or more (a tab counts to the
 * next multiple of four) that starts after a blank line, a heading or another block, outside
 * lists: an indented line that continues a paragraph, or that sits in
 * a list item, is text. {@link IndentedCode} decides this by reading the note's lines forward, once,
 * and only as far as it is asked: a note with no indented candidate line never pays for it.
 */
import { BACKSLASH, BACKTICK, CR, DASH, DOLLAR, DOT, GT, HASH, LT, NINE, NL, PERCENT, PLUS, RPAREN, SP, STAR, TAB, TILDE, ZERO } from "./chars";

function isBlank(ch: number): boolean {
	return ch === SP || ch === TAB;
}

function isDigit(ch: number): boolean {
	return ch >= ZERO && ch <= NINE;
}

/** Start of the line holding `p`, not before `min`. */
export function lineStart(t: string, p: number, min: number): number {
	if (p <= min) return p;
	// `lastIndexOf` is much faster than a loop over a long line (a paragraph is one line).
	const newline = t.lastIndexOf("\n", p - 1);
	return newline < min ? min : newline + 1;
}

/** True when t[ls, p) may precede a block opener: blanks, `>`, list markers. */
export function isBlockPrefix(t: string, ls: number, p: number): boolean {
	let i = ls;
	for (;;) {
		while (i < p && (isBlank(t.charCodeAt(i)) || t.charCodeAt(i) === GT)) i++;
		if (i >= p) return true;
		const ch = t.charCodeAt(i);
		let j = i + 1;
		if (isDigit(ch)) {
			while (j < p && isDigit(t.charCodeAt(j))) j++;
			const d = t.charCodeAt(j);
			if (d !== DOT && d !== RPAREN) return false;
			j++;
		} else if (ch !== DASH && ch !== STAR && ch !== PLUS) return false;
		if (j >= p || !isBlank(t.charCodeAt(j))) return false;
		i = j;
	}
}

/** True when only blanks and `>` precede `f` on its line. */
function isClosingPrefix(t: string, f: number): boolean {
	for (let i = f - 1; i >= 0; i--) {
		const ch = t.charCodeAt(i);
		if (ch === NL) return true;
		if (!isBlank(ch) && ch !== GT) return false;
	}
	return true;
}

/** True when only blanks follow `e` up to the end of its line. */
function isBlankToEol(t: string, e: number): boolean {
	for (let i = e; i < t.length; i++) {
		const ch = t.charCodeAt(i);
		if (ch === NL) return true;
		if (!isBlank(ch) && ch !== CR) return false;
	}
	return true;
}

/** When a code fence opens at `p` (on the line starting at `ls`), the position after its closing line (or the text's end); else -1. */
export function fenceEnd(t: string, p: number, ls: number): number {
	const n = t.length;
	const ch = t.charCodeAt(p);
	if (p > 0 && t.charCodeAt(p - 1) === ch) return -1;
	if (!isBlockPrefix(t, ls, p)) return -1;
	let q = p;
	while (t.charCodeAt(q) === ch) q++;
	const len = q - p;
	let le = t.indexOf("\n", q);
	if (le < 0) le = n;
	if (ch === BACKTICK) {
		for (let i = q; i < le; i++) if (t.charCodeAt(i) === BACKTICK) return -1;
	}
	const token = ch === BACKTICK ? "```" : "~~~";
	let s = le + 1;
	while (s < n) {
		const f = t.indexOf(token, s);
		if (f < 0) break;
		let e = f;
		while (t.charCodeAt(e) === ch) e++;
		if (e - f >= len && t.charCodeAt(f - 1) !== ch && isClosingPrefix(t, f) && isBlankToEol(t, e)) {
			const end = t.indexOf("\n", e);
			return end < 0 ? n : end + 1;
		}
		s = e;
	}
	return n;
}

/** Names of the HTML blocks whose content is raw text (CommonMark's first kind of HTML block). */
const RAW_TAGS = ["pre", "script", "style", "textarea"];

/** True when an opening tag of a raw-text block (`<pre`, `<PRE class=x>`, `<script>`…) starts at `i` (a `<`). */
export function isRawHtmlOpen(t: string, i: number): boolean {
	const first = t.charCodeAt(i + 1) | 0x20;
	// p, s, t: anything else is ruled out by one comparison.
	if (first !== 0x70 && first !== 0x73 && first !== 0x74) return false;
	for (const tag of RAW_TAGS) {
		let k = 0;
		while (k < tag.length && (t.charCodeAt(i + 1 + k) | 0x20) === tag.charCodeAt(k)) k++;
		if (k < tag.length) continue;
		const after = t.charCodeAt(i + 1 + k);
		return Number.isNaN(after) || after === GT || isBlank(after) || after === NL || after === CR;
	}
	return false;
}

/** Position of the next raw-text block opening tag at or after `from`, or -1. Each `<` is looked at once. */
export function nextRawHtmlOpen(t: string, from: number): number {
	for (let i = t.indexOf("<", from); i >= 0; i = t.indexOf("<", i + 1)) if (isRawHtmlOpen(t, i)) return i;
	return -1;
}
const RAW_HTML_CLOSE = /<\/(?:pre|script|style|textarea)>/gi;

/** When a raw-text HTML block (`<pre>`…) opens at `p` (on the line starting at `ls`), the position after the line holding its closing tag (or the text's end); else -1. */
export function rawHtmlEnd(t: string, p: number, ls: number): number {
	if (!isBlockPrefix(t, ls, p)) return -1;
	RAW_HTML_CLOSE.lastIndex = p;
	const close = RAW_HTML_CLOSE.exec(t);
	if (close === null) return t.length;
	const end = t.indexOf("\n", close.index);
	return end < 0 ? t.length : end + 1;
}

/** Returned by {@link mathEnd} when no `$$` closes the one at `p`: then none after it can close either. */
export const UNCLOSED = -2;

/** The end (after the closing `$$`) of the math block opening with the `$$` at `p`; -1 when it is escaped, {@link UNCLOSED} when nothing closes it (then it is text). */
export function mathEnd(t: string, p: number): number {
	if (p > 0 && t.charCodeAt(p - 1) === BACKSLASH) return -1;
	let close = t.indexOf("$$", p + 2);
	while (close > 0 && t.charCodeAt(close - 1) === BACKSLASH) close = t.indexOf("$$", close + 2);
	return close < 0 ? UNCLOSED : close + 2;
}

/** Columns of indentation of the line starting at `ls` (a tab reaches the next multiple of four), counted up to 4. */
export function indentOf(t: string, ls: number): number {
	let col = 0;
	for (let i = ls; col < 4; i++) {
		const ch = t.charCodeAt(i);
		if (ch === SP) col++;
		else if (ch === TAB) col += 4 - (col % 4);
		else break;
	}
	return col;
}

/**
 * Which lines are in indented code blocks, read forward line by line from the body's start and
 * remembered, so every line is read once however the scanner asks. Fences, raw HTML blocks, math
 * blocks and comments that open a line are stepped over whole, as the scanner skips them.
 */
export class IndentedCode {
	/** Start of the next line to read. */
	private pos: number;
	/**
	 * The line before `pos` lets an indented line start a code block: a blank line, a heading, a
	 * thematic break or a block's end. Not the body's start: an indented first line (a template's
	 * habit) stays text, as fields on it always were.
	 */
	private open = false;
	private inCode = false;
	private inList = false;
	/** Code blocks found, as [start, end) pairs in order. */
	private readonly blocks: number[] = [];

	constructor(
		private readonly t: string,
		private readonly start: number,
		private readonly readComments: boolean,
	) {
		this.pos = start;
	}

	/** True when the line starting at `ls` lies in an indented code block. */
	isCode(ls: number): boolean {
		const n = this.t.length;
		while (this.pos <= ls && this.pos < n) this.step();
		const b = this.blocks;
		let lo = 0;
		let hi = b.length >> 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (b[2 * mid + 1] <= ls) lo = mid + 1;
			else hi = mid;
		}
		return lo < b.length >> 1 && b[2 * lo] <= ls;
	}

	/** Reads the line at `pos` (or the block it opens) and moves on. */
	private step(): void {
		const t = this.t;
		const ls = this.pos;
		let le = t.indexOf("\n", ls);
		if (le < 0) le = t.length;
		const next = le + 1;
		let i = ls;
		while (i < le && isBlank(t.charCodeAt(i))) i++;
		if (i === le || (i === le - 1 && t.charCodeAt(i) === CR)) {
			this.open = true;
			this.pos = next;
			return;
		}
		if (indentOf(t, ls) >= 4) {
			if (this.inCode || (this.open && !this.inList)) {
				const b = this.blocks;
				// Blank lines between two code lines belong to the block too.
				if (this.inCode) b[b.length - 1] = next;
				else b.push(ls, next);
				this.inCode = true;
				this.pos = next;
				return;
			}
			// A paragraph's continuation or a list item's content.
			this.open = false;
			this.pos = this.skipBlock(ls, i, next);
			return;
		}
		this.inCode = false;
		const ch = t.charCodeAt(i);
		if (isListMarker(t, i, le)) this.inList = true;
		else if (i === ls && (this.open || ch === HASH)) this.inList = false;
		const after = this.skipBlock(ls, i, next);
		if (after !== next) {
			this.open = true;
			this.pos = after;
			return;
		}
		this.open = (ch === HASH && isHeading(t, i, le)) || isThematicBreak(t, i, le);
		this.pos = next;
	}

	/** When a fence, raw HTML block, math block or comment opens at the line's first text (after `>` and list markers), the start of the line after it; else `next`. */
	private skipBlock(ls: number, i: number, next: number): number {
		const t = this.t;
		let p = i;
		for (;;) {
			while (p < next && (isBlank(t.charCodeAt(p)) || t.charCodeAt(p) === GT)) p++;
			const m = listMarkerEnd(t, p, next);
			if (m < 0) break;
			p = m;
		}
		const ch = t.charCodeAt(p);
		let end = -1;
		if ((ch === BACKTICK || ch === TILDE) && t.charCodeAt(p + 1) === ch && t.charCodeAt(p + 2) === ch) end = fenceEnd(t, p, ls);
		else if (ch === DOLLAR && t.charCodeAt(p + 1) === DOLLAR) end = mathEnd(t, p);
		else if (ch === LT && t.startsWith("<!--", p)) {
			const close = t.indexOf("-->", p + 4);
			end = close < 0 ? t.length : close + 3;
		} else if (ch === LT && isRawHtmlOpen(t, p)) {
			end = rawHtmlEnd(t, p, ls);
		} else if (ch === PERCENT && t.charCodeAt(p + 1) === PERCENT && !this.readComments) {
			const close = t.indexOf("%%", p + 2);
			end = close < 0 ? t.length : close + 2;
		}
		if (end < 0 || end < next) return next;
		// Resume at the start of the line after the block's end.
		if (end >= t.length || t.charCodeAt(end - 1) === NL) return end;
		const nl = t.indexOf("\n", end);
		return nl < 0 ? t.length : nl + 1;
	}
}

/** When a list marker (`-`, `*`, `+`, `1.`, `1)`) followed by a blank or the line's end starts at `i`: the position after it; else -1. */
function listMarkerEnd(t: string, i: number, next: number): number {
	const ch = t.charCodeAt(i);
	let j = i + 1;
	if (isDigit(ch)) {
		while (j < next && j - i < 10 && isDigit(t.charCodeAt(j))) j++;
		const d = t.charCodeAt(j);
		if (d !== DOT && d !== RPAREN) return -1;
		j++;
	} else if (ch !== DASH && ch !== STAR && ch !== PLUS) return -1;
	const after = t.charCodeAt(j);
	return j >= next || isBlank(after) || after === NL || after === CR ? j : -1;
}

function isListMarker(t: string, i: number, le: number): boolean {
	return listMarkerEnd(t, i, le + 1) >= 0 && !isThematicBreak(t, i, le);
}

/** `---`, `* * *`: three or more of one of `-*_` and blanks only. */
function isThematicBreak(t: string, i: number, le: number): boolean {
	const ch = t.charCodeAt(i);
	let count = 0;
	for (let k = i; k < le; k++) {
		const c = t.charCodeAt(k);
		if (c === ch) count++;
		else if (!isBlank(c) && c !== CR) return false;
	}
	return count >= 3;
}

/** `#` to `######` followed by a blank or the line's end. */
function isHeading(t: string, i: number, le: number): boolean {
	let j = i;
	while (j < le && t.charCodeAt(j) === HASH) j++;
	return j - i <= 6 && (j === le || isBlank(t.charCodeAt(j)) || t.charCodeAt(j) === CR);
}
