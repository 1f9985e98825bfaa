/**
 * Where the inline fields of a note sit, in offsets: the scanner says which fields a line holds and
 * what their values are; this module finds the value of each in the line's text, checking that the
 * text there is exactly the value the scanner read.
 */
import { stripKeyFormatting } from "../fields/canonical";
import { scanInlineFields, type InlineField } from "../fields/scanner";
import { locateFrontmatter } from "../frontmatter";
import { lineSpan, lineSpanAfter, type LineSpan } from "./lines";

/** An inline field with its offsets in the note's text. */
export interface FieldSpan {
	field: InlineField;
	/** The line holding the field. */
	lineSpan: LineSpan;
	/** Offset of the `::`. */
	colons: number;
	/** Offsets of the trimmed value. */
	valueStart: number;
	valueEnd: number;
	/** Bracketed fields: offsets of the opening bracket and of the closing bracket. */
	open?: number;
	close?: number;
}

/** Options for finding fields. */
export interface FindFieldsOptions {
	/** Canonical field names to look for. */
	keys: ReadonlySet<string>;
	readComments: boolean;
}

/** The inline fields of the given canonical names, in order, with their offsets. */
export function findFieldSpans(text: string, options: FindFieldsOptions): FieldSpan[] {
	const fm = locateFrontmatter(text);
	const fields = scanInlineFields(text, {
		start: fm.bodyStart,
		startLine: fm.bodyStartLine,
		readComments: options.readComments,
		keys: options.keys,
	});
	const spans: FieldSpan[] = [];
	let current: LineSpan | null = null;
	let codeSpans: CodeSpans | null = null;
	let cursor = 0;
	for (const field of fields) {
		if (current === null || current.line !== field.line) {
			// Fields come in line order: walk on from the previous line instead of from the top.
			current = current !== null && current.line < field.line ? lineSpanAfter(text, current, field.line) : lineSpan(text, field.line);
			if (current === null) continue;
			codeSpans = null;
			cursor = Math.max(current.start, fm.bodyStart);
		}
		codeSpans ??= new CodeSpans(text, current);
		const span = field.bracketed ? locateBracketed(text, current, cursor, field, codeSpans) : locateFullLine(text, current, cursor, field, codeSpans);
		if (span === null) continue;
		spans.push(span);
		cursor = span.close !== undefined ? span.close + 1 : span.valueEnd;
	}
	return spans;
}

/** White space and the formatting markers that may sit between a key and its `::`, or between the `::` and the value. */
const KEY_PADDING = /[\s*_~=]/;

/** True when text[from, to) is only white space (what the scanner trims off a value: a lone `\r` or a BOM too) and formatting markers. */
function onlyPadding(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (!KEY_PADDING.test(text[i])) return false;
	return true;
}

/** The value's offsets when `value` follows the `::` at `c` after blanks and formatting, within `limit`. */
function valueAfter(text: string, c: number, value: string, limit: number): [number, number] | null {
	if (value === "") {
		let s = c + 2;
		while (s < limit && (text[s] === " " || text[s] === "\t")) s++;
		return [s, s];
	}
	const at = text.indexOf(value, c + 2);
	if (at < 0 || at + value.length > limit || !onlyPadding(text, c + 2, at)) return null;
	return [at, at + value.length];
}

/** True when the text before `c` (formatting trimmed) ends with the key as written. */
function keyBefore(text: string, from: number, c: number, key: string): boolean {
	// Walked back by hand: a trailing-padding regex over the line re-scans long runs of blanks
	// once per start position, which made a line indented by 40,000 spaces take seconds.
	let end = c;
	while (end > from && KEY_PADDING.test(text[end - 1])) end--;
	return end - key.length >= from && text.startsWith(key, end - key.length);
}

function locateFullLine(text: string, line: LineSpan, from: number, field: InlineField, code: CodeSpans): FieldSpan | null {
	for (let c = text.indexOf("::", from); c >= 0 && c < line.end; c = text.indexOf("::", c + 1)) {
		if (!keyBefore(text, line.start, c, field.key) || code.contains(c)) continue;
		const v = valueAfter(text, c, field.value, line.end);
		if (v === null) continue;
		return { field, lineSpan: line, colons: c, valueStart: v[0], valueEnd: v[1] };
	}
	return null;
}

function locateBracketed(text: string, line: LineSpan, from: number, field: InlineField, code: CodeSpans): FieldSpan | null {
	// The last bracket before each `::`, tracked as the candidates move right (a search back from
	// every `::` was quadratic on a line of many `::`). The previous field ends at `from`, so this
	// field's bracket cannot lie before it.
	let o = -1;
	let seen = from;
	for (let c = text.indexOf("::", from); c >= 0 && c < line.end; c = text.indexOf("::", c + 1)) {
		for (; seen < c; seen++) if ("[(])".includes(text[seen])) o = seen;
		if (o < from || (text[o] !== "[" && text[o] !== "(") || text[o - 1] === "\\") continue;
		if (code.contains(c)) continue;
		if (stripKeyFormatting(text.slice(o + 1, c)) !== field.key) continue;
		const close = closingBracket(text, o, c + 2, line.end);
		if (close < 0) continue;
		if (text.slice(c + 2, close).trim() !== field.value) continue;
		const v = valueAfter(text, c, field.value, close);
		if (v === null) continue;
		return { field, lineSpan: line, colons: c, valueStart: v[0], valueEnd: v[1], open: o, close };
	}
	return null;
}

const BACKTICK = 0x60;

/**
 * The inline code spans of one line, found once per line (not once per `::`, which made a line
 * with thousands of bracketed fields quadratic): [start, end) pairs, in order.
 */
class CodeSpans {
	private readonly bounds: number[] = [];

	constructor(text: string, line: LineSpan) {
		for (let i = line.start; i < line.end; ) {
			// Stepped through by hand: `indexOf` would search past the line, to the end of the note.
			if (text.charCodeAt(i) !== BACKTICK) {
				i++;
				continue;
			}
			const end = codeSpanEnd(text, i, line.end);
			let run = i;
			while (text[run] === "`") run++;
			if (end > run) this.bounds.push(i, end);
			i = end;
		}
	}

	/** True when `p` lies inside a code span (after its first character, before its end). */
	contains(p: number): boolean {
		const b = this.bounds;
		let lo = 0;
		let hi = b.length / 2;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (b[2 * mid + 1] <= p) lo = mid + 1;
			else hi = mid;
		}
		return lo < b.length / 2 && b[2 * lo] < p;
	}
}

/** The bracket closing the one at `o`, searching text[from, end), honouring nesting, `\` escapes and code spans. */
function closingBracket(text: string, o: number, from: number, end: number): number {
	const open = text[o];
	const close = open === "[" ? "]" : ")";
	let depth = 1;
	for (let i = from; i < end; i++) {
		const ch = text[i];
		if (ch === "\\") i++;
		else if (ch === "`") i = codeSpanEnd(text, i, end) - 1;
		else if (ch === open) depth++;
		else if (ch === close && --depth === 0) return i;
	}
	return -1;
}

/** End of the code span opening at `i` (after its closing run), or `i + run length` when it is not closed. */
function codeSpanEnd(text: string, i: number, end: number): number {
	let k = i;
	while (k < end && text[k] === "`") k++;
	const run = k - i;
	for (let j = k; j < end; ) {
		if (text[j] !== "`") {
			j++;
			continue;
		}
		let r = j;
		while (r < end && text[r] === "`") r++;
		if (r - j === run) return r;
		j = r;
	}
	return k;
}
