/**
 * Line arithmetic on a note's text without splitting it: where line N starts and ends, which line
 * ending it uses, and splicing. Lines break at `\n` only (as the field scanner counts them); a `\r`
 * before the `\n` belongs to the line ending.
 */

/** One line of a text, as offsets. */
export interface LineSpan {
	/** 1-based line number. */
	line: number;
	/** Offset of the first character. */
	start: number;
	/** Offset after the last character, before the line ending (`\r\n` or `\n`). */
	end: number;
	/** Offset after the line ending (equals `end` on a last line without one). */
	next: number;
}

/** Offset of the first character of line 1: after a byte order mark, which belongs to no line. */
export function textStart(text: string): number {
	return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** The span of 1-based line `line`, or null when the text has fewer lines. */
export function lineSpan(text: string, line: number): LineSpan | null {
	if (line < 1 || !Number.isInteger(line)) return null;
	let start = textStart(text);
	for (let n = 1; n < line; n++) {
		const nl = text.indexOf("\n", start);
		if (nl < 0) return null;
		start = nl + 1;
	}
	return spanFrom(text, start, line);
}

/** The span of 1-based line `line` (after `from`), found by walking on from `from`; null when the text has fewer lines. */
export function lineSpanAfter(text: string, from: LineSpan, line: number): LineSpan | null {
	if (line < from.line || !Number.isInteger(line)) return null;
	let start = from.start;
	for (let n = from.line; n < line; n++) {
		const nl = text.indexOf("\n", start);
		if (nl < 0) return null;
		start = nl + 1;
	}
	return spanFrom(text, start, line);
}

/** The span of the line starting at offset `start`, numbered `line`. */
export function spanFrom(text: string, start: number, line: number): LineSpan {
	const nl = text.indexOf("\n", start);
	if (nl < 0) return { line, start, end: text.length, next: text.length };
	const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
	return { line, start, end, next: nl + 1 };
}

/** 1-based line of the character at `offset`. */
export function lineOf(text: string, offset: number): number {
	let line = 1;
	let i = text.indexOf("\n");
	while (i >= 0 && i < offset) {
		line++;
		i = text.indexOf("\n", i + 1);
	}
	return line;
}

/** The line ending of a span (`\r\n`, `\n`, or "" on a last line without one). */
export function eolOf(text: string, span: LineSpan): string {
	return text.slice(span.end, span.next);
}

/** The text's line ending style: the ending of its last line break, `\n` when it has none. */
export function textEol(text: string): string {
	const nl = text.lastIndexOf("\n");
	return nl > 0 && text.charCodeAt(nl - 1) === 13 ? "\r\n" : "\n";
}

/** The text's first line ending, `\n` when it has none. */
export function firstEol(text: string): string {
	const nl = text.indexOf("\n");
	return nl > 0 && text.charCodeAt(nl - 1) === 13 ? "\r\n" : "\n";
}

/** Replaces text[from, to) with `insert`. */
export function splice(text: string, from: number, to: number, insert: string): string {
	return text.slice(0, from) + insert + text.slice(to);
}

/**
 * Removes a whole line with its ending. A last line without an ending takes the line break
 * before it instead, so the text still ends the way it did (without a final newline).
 */
export function removeLine(text: string, span: LineSpan): string {
	if (span.next > span.end || span.start === textStart(text)) return splice(text, span.start, span.next, "");
	const cut = span.start >= 2 && text.charCodeAt(span.start - 2) === 13 ? span.start - 2 : span.start - 1;
	return splice(text, cut, span.end, "");
}

/** True for a space or a tab. */
export function isBlank(ch: string): boolean {
	return ch === " " || ch === "\t";
}
