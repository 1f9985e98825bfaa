/**
 * Line-level pieces of the GFM table grammar: blockquote prefixes, fences, cell splitting and
 * the delimiter row. Each function looks at one line and never throws.
 */

/** Column alignment from the delimiter row. */
export type Align = "left" | "center" | "right" | null;

/** A line with its blockquote/callout prefix removed. */
export interface QuotedLine {
	/** Number of `>` markers stripped. */
	depth: number;
	/** The rest of the line. */
	content: string;
}

/** An open fenced code block. */
export interface Fence {
	char: "`" | "~";
	length: number;
	/** Quote depth the fence was opened at: it ends when the quote does. */
	depth: number;
}

/** Strip up to `maxDepth` blockquote markers (`>` after at most 3 spaces, plus one optional space). */
export function stripQuotes(line: string, maxDepth = Number.MAX_SAFE_INTEGER): QuotedLine {
	let i = 0;
	let depth = 0;
	while (depth < maxDepth) {
		let j = i;
		while (j < i + 3 && line.charCodeAt(j) === 32) j++;
		if (line.charCodeAt(j) !== 62 /* > */) break;
		depth++;
		i = j + 1;
		const next = line.charCodeAt(i);
		if (next === 32 || next === 9) i++;
	}
	return { depth, content: i === 0 ? line : line.slice(i) };
}

/** The fence a line opens (``` or ~~~, three or more, with an optional info string), or null. */
export function openingFence(content: string, depth: number): Fence | null {
	const m = /^\s*(`{3,}|~{3,})(.*)$/.exec(content);
	if (!m) return null;
	const char = m[1][0] === "`" ? "`" : "~";
	// A backtick fence's info string may not contain a backtick (that is an inline code span).
	if (char === "`" && m[2].includes("`")) return null;
	return { char, length: m[1].length, depth };
}

/** Whether a line closes `fence`: the same character, at least as long, nothing after it. */
export function closesFence(content: string, fence: Fence): boolean {
	const m = /^\s*(`{3,}|~{3,})\s*$/.exec(content);
	return m !== null && m[1][0] === fence.char && m[1].length >= fence.length;
}

/** Whether a line starts an ATX heading (`#` to `######` followed by a space or the end). */
export function isHeading(content: string): boolean {
	return /^ {0,3}#{1,6}(?:[ \t]|$)/.test(content);
}

/** Whether a line starts a list item (`-`, `*`, `+`, `1.`, `1)` followed by a space). */
export function isListItem(content: string): boolean {
	return /^\s*(?:[-+*]|\d{1,9}[.)])[ \t]/.test(content);
}

/** Whether a line holds a pipe that is not escaped with a backslash. */
export function hasUnescapedPipe(content: string): boolean {
	let i = content.indexOf("|");
	while (i !== -1) {
		if (i === 0 || content.charCodeAt(i - 1) !== 92 /* \ */) return true;
		i = content.indexOf("|", i + 1);
	}
	return false;
}

/**
 * Split a row into trimmed cells: optional outer pipes dropped, `\|` kept as a literal `|`.
 * Pipes inside inline code spans split cells too, as in GFM.
 */
export function splitCells(content: string): string[] {
	let s = content.trim();
	if (s.startsWith("|")) s = s.slice(1);
	if (s.endsWith("|") && s.charCodeAt(s.length - 2) !== 92) s = s.slice(0, -1);
	const cells: string[] = [];
	let cell = "";
	for (let i = 0; i < s.length; i++) {
		const ch = s[i];
		if (ch === "\\" && s[i + 1] === "|") {
			cell += "|";
			i++;
		} else if (ch === "|") {
			cells.push(cell.trim());
			cell = "";
		} else {
			cell += ch;
		}
	}
	cells.push(cell.trim());
	return cells;
}

/** The alignments of a delimiter row (`---`, `:--`, `--:`, `:-:`), or null when the line is not one. */
export function delimiterRow(content: string): Align[] | null {
	if (!hasUnescapedPipe(content) || !content.includes("-")) return null;
	const cells = splitCells(content);
	const align: Align[] = [];
	for (const cell of cells) {
		const m = /^(:?)-+(:?)$/.exec(cell);
		if (!m) return null;
		const left = m[1] === ":";
		const right = m[2] === ":";
		align.push(left && right ? "center" : left ? "left" : right ? "right" : null);
	}
	return align;
}

/** Pad a row with empty cells or cut it to `width`, as GFM does. */
export function fitRow(cells: string[], width: number): string[] {
	if (cells.length > width) return cells.slice(0, width);
	while (cells.length < width) cells.push("");
	return cells;
}
