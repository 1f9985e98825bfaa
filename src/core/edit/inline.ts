/**
 * Where the inline fields of a note sit, in offsets: the scanner says which fields a line holds and
 * what their values are; this module finds the value of each in the line's text, checking that the
 * text there is exactly the value the scanner read.
 */
import { stripKeyFormatting } from "../fields/canonical";
import { scanInlineFields, type InlineField } from "../fields/scanner";
import { locateFrontmatter } from "../frontmatter";
import { lineSpan, type LineSpan } from "./lines";

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
	let cursor = 0;
	for (const field of fields) {
		if (current === null || current.line !== field.line) {
			current = lineSpan(text, field.line);
			if (current === null) continue;
			cursor = Math.max(current.start, fm.bodyStart);
		}
		const span = field.bracketed ? locateBracketed(text, current, cursor, field) : locateFullLine(text, current, cursor, field);
		if (span === null) continue;
		spans.push(span);
		cursor = span.close !== undefined ? span.close + 1 : span.valueEnd;
	}
	return spans;
}

/** True when text[from, to) is only blanks and formatting markers. */
function onlyPadding(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (!" \t*_~=".includes(text[i])) return false;
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
	const before = text.slice(from, c).replace(/[\s*_~=]+$/, "");
	return before.endsWith(key);
}

function locateFullLine(text: string, line: LineSpan, from: number, field: InlineField): FieldSpan | null {
	for (let c = text.indexOf("::", from); c >= 0 && c < line.end; c = text.indexOf("::", c + 1)) {
		if (!keyBefore(text, line.start, c, field.key) || inCodeSpan(text, line, c)) continue;
		const v = valueAfter(text, c, field.value, line.end);
		if (v === null) continue;
		return { field, lineSpan: line, colons: c, valueStart: v[0], valueEnd: v[1] };
	}
	return null;
}

function locateBracketed(text: string, line: LineSpan, from: number, field: InlineField): FieldSpan | null {
	for (let c = text.indexOf("::", from); c >= 0 && c < line.end; c = text.indexOf("::", c + 1)) {
		let o = c - 1;
		while (o >= line.start && !"[(])".includes(text[o])) o--;
		if (o < line.start || (text[o] !== "[" && text[o] !== "(") || text[o - 1] === "\\") continue;
		if (inCodeSpan(text, line, c)) continue;
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

/** True when `p` lies inside an inline code span of its line. */
function inCodeSpan(text: string, line: LineSpan, p: number): boolean {
	for (let i = line.start; i < p; ) {
		if (text[i] !== "`") {
			i++;
			continue;
		}
		const end = codeSpanEnd(text, i, line.end);
		let run = i;
		while (text[run] === "`") run++;
		if (end > run && p < end) return true;
		i = end;
	}
	return false;
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
