/**
 * Inline-field scanner (Dataview syntax): `key:: value` lines and `[key:: value]` / `(key:: value)`
 * anywhere in a line.
 *
 * Built for speed: the text is never split into lines and no regex runs per line. The scan jumps
 * from one `::` to the next with `indexOf`; only around a candidate does it look back to the line
 * start and forward to the line end. Code fences, HTML comments and `%%` comments are found lazily
 * by a forward scanner that never revisits a character, and line numbers are counted only up to
 * the fields actually returned. A note without `::` costs a single `indexOf`.
 *
 * Rules kept simple and documented:
 * - A line that starts with a full-line field (`up:: value`, after list markers, `>`, a heading's
 *   `#`s or a task box) is that one field; its value runs to the end of the line, brackets included.
 * - Otherwise every well-formed bracketed field of the line is returned; a bracketed field never
 *   claims text outside its brackets, and an unclosed bracket is not a field.
 * - Not scanned: code fences (``` or ~~~, also indented, in lists or after `>`; an unclosed fence
 *   runs to the end), indented code blocks (four columns after a blank line, outside lists),
 *   `<pre>`, `<script>`, `<style>` and `<textarea>` blocks (to the line of the closing tag; an
 *   unclosed one runs to the end), `$$` math (to the next `$$`; an unclosed `$$` is text), inline
 *   code spans, HTML comments (`<!-- -->`; unclosed runs to the end) and, when `readComments` is
 *   false, `%% %%` comments. When comments are read, `%%` still ends a field value, so
 *   `%% up:: [[a]] %%` gives `[[a]]`. Block rules live in blocks.ts.
 */
import { fenceEnd, IndentedCode, indentOf, lineStart, mathEnd, nextRawHtmlOpen, rawHtmlEnd, UNCLOSED } from "./blocks";
import { canonicalKey, stripKeyFormatting } from "./canonical";
import { BACKSLASH, BACKTICK, COLON, DASH, DOT, GT, HASH, LBRACKET, LPAREN, NINE, PERCENT, PLUS, RBRACKET, RPAREN, SP, STAR, TAB, ZERO } from "./chars";

/** One inline field found in a note. */
export interface InlineField {
	/** The key as written (formatting stripped, trimmed). */
	key: string;
	/** canonicalKey(key) */
	canonical: string;
	/** Raw value text (trimmed); for bracketed fields, the text inside the brackets after `::`. */
	value: string;
	/** 1-based line. */
	line: number;
	/** true for [key:: v] / (key:: v). */
	bracketed: boolean;
}

/** Options of {@link scanInlineFields}. */
export interface ScanOptions {
	/** Char offset where the body starts (after front matter); text before it is never scanned. Default 0. */
	start?: number;
	/** 1-based line number of the character at `start`. Default 1. */
	startLine?: number;
	/** Read fields inside %% %% comments. Default true. */
	readComments?: boolean;
	/** When given, only fields whose canonical key is in this set are returned (fast path). */
	keys?: ReadonlySet<string>;
}


/** Position meaning "no such thing ahead". */
const NONE = Number.MAX_SAFE_INTEGER;

/** ASCII characters allowed in a key (after its formatting is stripped): 2 for letters and digits, 1 for `_ - /` and blanks. */
const ASCII_KEY = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
	const ch = String.fromCharCode(c);
	ASCII_KEY[c] = /[A-Za-z0-9]/.test(ch) ? 2 : /[_\-/ \t]/.test(ch) ? 1 : 0;
}

/** A key with non-ASCII characters: letters and digits of any script, emoji (with their joiners and marks), `_`, `-`, `/`, spaces. */
const UNICODE_KEY = /^(?:[\p{L}\p{M}\p{N}\p{Zs}\t_\-/\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d)+$/u;

/** Markers of `**key::** value`: formatting opened before the key and closed after the `::`. */
const SPLIT_WRAPPERS = ["**", "__", "~~", "==", "*", "_"];

/** Finds the inline fields of a note's text, in order of position. Never throws. */
export function scanInlineFields(text: string, options: ScanOptions = {}): InlineField[] {
	let start = Math.max(0, Math.floor(options.start ?? 0));
	if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
	const first = text.indexOf("::", start);
	if (first < 0) return [];
	const scanner = new FieldScanner(text, start, options.startLine ?? 1, options.readComments ?? true, options.keys);
	return scanner.run(first);
}

/** Returns the key with its formatting stripped when it is a valid key, else null. */
function validKey(raw: string): string | null {
	const key = stripKeyFormatting(raw);
	if (key.length === 0) return null;
	let ascii = true;
	let word = false;
	for (let i = 0; i < key.length; i++) {
		const ch = key.charCodeAt(i);
		if (ch >= 128) ascii = false;
		else if (ASCII_KEY[ch] === 0) return null;
		else if (ASCII_KEY[ch] === 2) word = true;
	}
	if (ascii) return word ? key : null;
	return UNICODE_KEY.test(key) ? key : null;
}

function isBlank(ch: number): boolean {
	return ch === SP || ch === TAB;
}

function isDigit(ch: number): boolean {
	return ch >= ZERO && ch <= NINE;
}

/** One scan of one text. */
class FieldScanner {
	private readonly out: InlineField[] = [];
	private readonly n: number;
	/** Line counting: `lineNo` is the line of the character at `linePos`. */
	private lineNo: number;
	private linePos: number;
	/** Next boundary at or after the scan position: a skipped region, or a `%%` separator. */
	private bStart = -1;
	private bEnd: number;
	private lastEnd: number;
	/** Cached next occurrences of the opener tokens (NONE when absent, below the scan position when stale). */
	private nTicks = -1;
	private nTildes = -1;
	private nHtml = -1;
	private nPct = -1;
	private nMath = -1;
	private nRaw = -1;
	/** The line of the last candidate that opened a segment: its start and end. */
	private cLine = -1;
	private cLineEnd = -1;
	/** The line of the last boundary candidate: its start, its end and its code spans (see `boundaryLine`). */
	private bLine = -1;
	private bLineEnd = -1;
	private bLineSpans: number[] | null = null;
	/** Which lines are indented code; made when first needed. */
	private code: IndentedCode | null = null;
	private nBacktick = -1;
	private nNewline = -1;
	/** Current segment: a line, or the part of a line between boundaries. */
	private segStart = 0;
	private segEnd = -1;
	/** Inline code spans of the current segment as [start, end) pairs; null until needed. */
	private spans: number[] | null = null;
	/** Bracket matching of the current segment, read as far as needed; null until needed. */
	private brackets: BracketPass | null = null;

	constructor(
		private readonly text: string,
		private readonly start: number,
		startLine: number,
		private readonly readComments: boolean,
		private readonly keys: ReadonlySet<string> | undefined,
	) {
		this.n = text.length;
		this.lineNo = startLine;
		this.linePos = start;
		this.bEnd = start;
		this.lastEnd = start;
	}

	/** Scans every `::` from `first` on. */
	run(first: number): InlineField[] {
		const t = this.text;
		let c = first;
		while (c >= 0) {
			if (c >= this.segEnd) {
				while (this.bEnd <= c) {
					this.lastEnd = this.bEnd;
					this.findBoundary(this.bEnd);
				}
				if (this.bStart <= c) {
					// Inside a fence or comment: resume after it.
					this.segEnd = -1;
					c = this.bEnd >= this.n ? -1 : t.indexOf("::", this.bEnd);
					continue;
				}
				if (this.openSegment(c)) {
					c = t.indexOf("::", this.segEnd);
					continue;
				}
			}
			c = t.indexOf("::", this.bracketed(c));
		}
		return this.out;
	}

	/** Sets up the segment holding the candidate `c`; returns true when the segment is done: a full-line field, or a line of an indented code block. */
	private openSegment(c: number): boolean {
		const t = this.text;
		// A line cut into many segments (by `%%` or `$$`) is looked up once, not once per segment.
		if (c < this.cLine || c > this.cLineEnd) {
			this.cLine = lineStart(t, c, this.start);
			const nl = t.indexOf("\n", c);
			this.cLineEnd = nl < 0 ? this.n : nl;
		}
		const ls = this.cLine;
		const le = this.cLineEnd;
		this.segStart = ls < this.lastEnd ? this.lastEnd : ls;
		this.segEnd = le < this.bStart ? le : this.bStart;
		this.spans = null;
		this.brackets = null;
		if (indentOf(t, ls) >= 4 && this.indentedCode().isCode(ls)) return true;
		return this.prefixAllowsFullLine(ls, this.segStart) && this.fullLine(c);
	}

	private indentedCode(): IndentedCode {
		return (this.code ??= new IndentedCode(this.text, this.start, this.readComments));
	}

	/** True when the text between the line start and the segment start cannot hide a full-line key. */
	private prefixAllowsFullLine(ls: number, segStart: number): boolean {
		const t = this.text;
		for (let i = ls; i < segStart; i++) {
			const ch = t.charCodeAt(i);
			if (!isBlank(ch) && ch !== PERCENT && ch !== GT) return false;
		}
		return true;
	}

	/** Tries the segment as `key:: value`; the candidate `c` is the segment's first `::`. */
	private fullLine(c: number): boolean {
		const t = this.text;
		const k0 = this.skipLinePrefix(this.segStart, c);
		if (k0 >= c || this.inCode(c)) return false;
		let raw = t.slice(k0, c);
		let vStart = c + 2;
		const head = raw.trimStart();
		for (const m of SPLIT_WRAPPERS) {
			if (head.startsWith(m)) {
				if (!head.endsWith(m) && t.startsWith(m, vStart)) {
					raw += m;
					vStart += m.length;
				}
				break;
			}
		}
		const key = validKey(raw);
		if (key === null) return false;
		this.emit(key, vStart, this.segEnd, c, false);
		return true;
	}

	/** Skips what may precede a full-line key: blanks, `>`, list markers, a task box, a heading's `#`s. */
	private skipLinePrefix(from: number, limit: number): number {
		const t = this.text;
		let i = from;
		for (;;) {
			while (i < limit && isBlank(t.charCodeAt(i))) i++;
			if (i >= limit) return i;
			const ch = t.charCodeAt(i);
			if (ch === GT) {
				i++;
				continue;
			}
			let j = i;
			if (ch === DASH || ch === STAR || ch === PLUS) j = i + 1;
			else if (isDigit(ch)) {
				while (j < limit && isDigit(t.charCodeAt(j))) j++;
				const d = t.charCodeAt(j);
				j = j - i <= 9 && (d === DOT || d === RPAREN) ? j + 1 : i;
			} else if (ch === HASH) {
				while (j < limit && t.charCodeAt(j) === HASH) j++;
				if (j - i > 6) j = i;
			}
			if (j === i || j >= limit || !isBlank(t.charCodeAt(j))) return i;
			i = j + 1;
			if (ch !== HASH) i = this.skipTaskBox(i, limit);
		}
	}

	/** Skips `[ ] ` / `[x] ` after a list marker. */
	private skipTaskBox(from: number, limit: number): number {
		const t = this.text;
		let i = from;
		while (i < limit && isBlank(t.charCodeAt(i))) i++;
		if (i + 3 < limit && t.charCodeAt(i) === LBRACKET && t.charCodeAt(i + 2) === RBRACKET && isBlank(t.charCodeAt(i + 3))) {
			return i + 4;
		}
		return from;
	}

	/** Tries `[key:: value]` / `(key:: value)` around the `::` at `c`; returns where to search next. */
	private bracketed(c: number): number {
		const t = this.text;
		if (this.inCode(c)) return c + 2;
		let o = c - 1;
		for (; o >= this.segStart; o--) {
			const ch = t.charCodeAt(o);
			if (ch === LBRACKET || ch === LPAREN) break;
			if (ch === RBRACKET || ch === RPAREN || ch === COLON) return c + 2;
		}
		if (o < this.segStart || (o > 0 && t.charCodeAt(o - 1) === BACKSLASH)) return c + 2;
		const key = validKey(t.slice(o + 1, c));
		if (key === null) return c + 2;
		const i = this.closeOf(o, c);
		if (i < 0) return c + 2;
		this.emit(key, c + 2, i, c, true);
		return i + 1;
	}

	/**
	 * The bracket closing the one opened at `o` (a bracketed field's, whose `::` is at `c`) within
	 * the segment, or -1: the first `]` (for `[`) or `)` (for `(`) after `c` that brackets of the
	 * same kind nested since leave unmatched, escapes and code spans skipped.
	 *
	 * Most fields close within a few characters: a short scan from `c` finds the bracket. When it
	 * does not, one pass over the segment, kept between calls, matches every bracket as it goes and
	 * reads only as far as the answers need, so a line of `[up:: ` ten thousand times, none closed,
	 * is read about once instead of once per field. Short scans only start where the pass has not
	 * read yet, and a scan that finds its bracket ends where the next field starts, so every
	 * character is read a bounded number of times.
	 */
	private closeOf(o: number, c: number): number {
		const pass = this.brackets;
		if (pass === null || o >= pass.pos) {
			const close = this.scanClose(o, c, SHORT_SCAN);
			if (close !== UNDECIDED) return close;
		}
		return this.matchClose(o, c);
	}

	/**
	 * `closeOf` by the bracket pass. The pass reads the text from `o` on exactly as a scan from `c`
	 * would, because only key characters and the `::` lie between them (no bracket, backslash or
	 * backtick), and `o` is neither escaped nor inside a code span (`bracketed` checks).
	 */
	private matchClose(o: number, c: number): number {
		let pass = this.brackets;
		if (pass === null) pass = this.brackets = { pos: o, closes: new Map(), squares: [], parens: [] };
		const known = pass.closes.get(o);
		if (known !== undefined && known !== PENDING) return known;
		// Not read by the pass, which started after it: scan on its own (not expected to happen).
		if (known === undefined && o < pass.pos) return this.scanClose(o, c, Infinity);
		const t = this.text;
		const end = this.segEnd;
		let i = pass.pos;
		let found = -1;
		while (i < end) {
			const ch = t.charCodeAt(i);
			if (ch === BACKSLASH) {
				i += 2;
				continue;
			}
			if (ch === BACKTICK) {
				i = this.codeSpanEnd(i);
				continue;
			}
			if (ch === LBRACKET || ch === LPAREN) {
				(ch === LBRACKET ? pass.squares : pass.parens).push(i);
				pass.closes.set(i, PENDING);
			} else if (ch === RBRACKET || ch === RPAREN) {
				const opened = (ch === RBRACKET ? pass.squares : pass.parens).pop();
				if (opened !== undefined) {
					pass.closes.set(opened, i);
					if (opened === o) {
						found = i;
						i++;
						break;
					}
				}
			}
			i++;
		}
		pass.pos = i;
		// An opener the pass stepped over (not expected either): scan on its own.
		if (found < 0 && pass.closes.get(o) === undefined) return this.scanClose(o, c, Infinity);
		return found;
	}

	/** `closeOf` by a scan of its own from `c`, giving up (UNDECIDED) after `limit` characters. */
	private scanClose(o: number, c: number, limit: number): number {
		const t = this.text;
		const open = t.charCodeAt(o);
		const close = open === LBRACKET ? RBRACKET : RPAREN;
		const stop = c + 2 + limit;
		let depth = 1;
		for (let i = c + 2; i < this.segEnd; i++) {
			if (i >= stop) return UNDECIDED;
			const ch = t.charCodeAt(i);
			if (ch === BACKSLASH) i++;
			else if (ch === BACKTICK) i = this.codeSpanEnd(i) - 1;
			else if (ch === open) depth++;
			else if (ch === close && --depth === 0) return i;
		}
		return -1;
	}

	/** Records a field whose value is text[from, to), trimmed. */
	private emit(key: string, from: number, to: number, at: number, bracketed: boolean): void {
		const canonical = canonicalKey(key);
		if (this.keys !== undefined && !this.keys.has(canonical)) return;
		const value = this.text.slice(from, to).trim();
		this.out.push({ key, canonical, value, line: this.lineAt(at), bracketed });
	}

	/** 1-based line of `pos`; positions must not decrease between calls. */
	private lineAt(pos: number): number {
		const t = this.text;
		let line = this.lineNo;
		let i = this.nNewline < this.linePos ? indexOrNone(t, "\n", this.linePos) : this.nNewline;
		while (i < pos) {
			line++;
			i = indexOrNone(t, "\n", i + 1);
		}
		this.nNewline = i;
		this.lineNo = line;
		this.linePos = pos;
		return line;
	}

	/** Computes the current segment's inline code spans. */
	private codeSpans(): number[] {
		if (this.spans !== null) return this.spans;
		const spans: number[] = [];
		if (this.nBacktick < this.segStart) this.nBacktick = indexOrNone(this.text, "`", this.segStart);
		if (this.nBacktick < this.segEnd) collectCodeSpans(this.text, this.nBacktick, this.segEnd, spans);
		this.spans = spans;
		return spans;
	}

	/** True when `pos` lies inside an inline code span of the current segment. */
	private inCode(pos: number): boolean {
		const spans = this.codeSpans();
		const i = lastSpanFrom(spans, pos);
		return i >= 0 && pos < spans[i + 1];
	}

	/** End of the code span starting at `pos`, or `pos + 1` when none starts there. */
	private codeSpanEnd(pos: number): number {
		const spans = this.codeSpans();
		const i = lastSpanFrom(spans, pos);
		return i >= 0 && spans[i] === pos ? spans[i + 1] : pos + 1;
	}

	/** Finds the first boundary (fence, comment, `%%`) that starts at or after `from`. */
	private findBoundary(from: number): void {
		const t = this.text;
		for (;;) {
			if (this.nTicks < from) this.nTicks = indexOrNone(t, "```", from);
			if (this.nTildes < from) this.nTildes = indexOrNone(t, "~~~", from);
			if (this.nHtml < from) this.nHtml = indexOrNone(t, "<!--", from);
			if (this.nPct < from) this.nPct = indexOrNone(t, "%%", from);
			if (this.nMath < from) this.nMath = indexOrNone(t, "$$", from);
			if (this.nRaw < from) this.nRaw = rawHtmlFrom(t, from);
			const p = Math.min(this.nTicks, this.nTildes, this.nHtml, this.nPct, this.nMath, this.nRaw);
			if (p === NONE) {
				this.bStart = this.bEnd = NONE;
				return;
			}
			const ls = this.boundaryLine(p);
			if (indentOf(t, ls) >= 4 && this.indentedCode().isCode(ls)) {
				// Everything on a line of an indented code block is code: it opens nothing.
				from = p + 1;
			} else if (p === this.nTicks || p === this.nTildes) {
				const end = fenceEnd(t, p, ls);
				if (end >= 0) return this.setBoundary(p, end);
				from = p + 3;
			} else if (p === this.nRaw) {
				const end = rawHtmlEnd(t, p, ls);
				if (end >= 0) return this.setBoundary(p, end);
				from = p + 1;
			} else if (this.inBoundaryLineCode(p)) {
				from = p + 2;
			} else if (p === this.nMath) {
				const end = mathEnd(t, p);
				if (end >= 0) return this.setBoundary(p, end);
				// Unclosed: no later `$$` can be closed either.
				if (end === UNCLOSED) this.nMath = NONE;
				from = p + 2;
			} else if (p === this.nHtml) {
				const close = t.indexOf("-->", p + 4);
				return this.setBoundary(p, close < 0 ? this.n : close + 3);
			} else if (this.readComments) {
				return this.setBoundary(p, p + 2);
			} else {
				const close = t.indexOf("%%", p + 2);
				return this.setBoundary(p, close < 0 ? this.n : close + 2);
			}
		}
	}

	/**
	 * Start of the line holding the boundary candidate `p`, remembered with the line's end and
	 * code spans, so that many candidates on one long line cost one pass over it, not one each.
	 */
	private boundaryLine(p: number): number {
		if (p >= this.bLine && p <= this.bLineEnd) return this.bLine;
		const t = this.text;
		this.bLine = lineStart(t, p, this.start);
		const le = t.indexOf("\n", p);
		this.bLineEnd = le < 0 ? this.n : le;
		this.bLineSpans = null;
		return this.bLine;
	}

	/** True when `p` (on the line `boundaryLine` last gave) lies inside an inline code span. */
	private inBoundaryLineCode(p: number): boolean {
		if (this.bLineSpans === null) {
			this.bLineSpans = [];
			const tick = this.text.indexOf("`", this.bLine);
			if (tick >= 0 && tick < this.bLineEnd) collectCodeSpans(this.text, tick, this.bLineEnd, this.bLineSpans);
		}
		const spans = this.bLineSpans;
		const i = lastSpanFrom(spans, p);
		return i >= 0 && p < spans[i + 1];
	}

	private setBoundary(start: number, end: number): void {
		this.bStart = start;
		this.bEnd = end;
	}
}

/** Marks an opening bracket the bracket pass has read but not yet matched. */
const PENDING = -2;
/** A short scan that gave up before finding the closing bracket or the segment's end. */
const UNDECIDED = -3;
/** Characters a short scan for a closing bracket reads before handing over to the bracket pass. */
const SHORT_SCAN = 256;

/** The bracket pass of one segment (see `FieldScanner.closeOf`). */
interface BracketPass {
	/** Next position to read. */
	pos: number;
	/** Opening bracket → its closing bracket, or PENDING while open. */
	closes: Map<number, number>;
	/** Positions of the `[` and `(` still open, innermost last. */
	squares: number[];
	parens: number[];
}

/** Index (even) of the last span of `spans` ([start, end) pairs, sorted) starting at or before `pos`, or -1. */
function lastSpanFrom(spans: readonly number[], pos: number): number {
	let lo = 0;
	let hi = spans.length >> 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (spans[2 * mid] <= pos) lo = mid + 1;
		else hi = mid;
	}
	return 2 * lo - 2;
}

/** Position of the next raw-text HTML opening tag (`<pre`…) from `from`, or NONE. */
function rawHtmlFrom(t: string, from: number): number {
	const i = nextRawHtmlOpen(t, from);
	return i < 0 ? NONE : i;
}

function indexOrNone(t: string, token: string, from: number): number {
	const i = t.indexOf(token, from);
	return i < 0 ? NONE : i;
}

/** Length of the run of `ch` starting at `i`. */
function runLength(t: string, i: number, ch: number): number {
	let j = i;
	while (t.charCodeAt(j) === ch) j++;
	return j - i;
}

/** Start of the closing backtick run of exactly `k` in t[from, end), or -1. */
function findClosingRun(t: string, from: number, end: number, k: number): number {
	let i = from;
	while (i < end) {
		if (t.charCodeAt(i) !== BACKTICK) {
			i++;
			continue;
		}
		const r = runLength(t, i, BACKTICK);
		if (r === k) return i;
		i += r;
	}
	return -1;
}

/** Appends the code spans of t[from, end) to `spans` as [start, end) pairs. */
function collectCodeSpans(t: string, from: number, end: number, spans: number[]): void {
	let i = from;
	while (i < end) {
		if (t.charCodeAt(i) !== BACKTICK) {
			i++;
			continue;
		}
		const k = runLength(t, i, BACKTICK);
		const close = findClosingRun(t, i + k, end, k);
		if (close < 0) {
			i += k;
			continue;
		}
		spans.push(i, close + k);
		i = close + k;
	}
}
