/**
 * GFM table parser over note text.
 *
 * A table is a header row followed by a delimiter row with the same number of cells; body rows
 * follow until a blank line, a line without an unescaped pipe, a heading, a fence, or a change of
 * blockquote depth. Tables inside blockquotes and callouts are read with their `>` prefix
 * stripped; nothing inside a fenced code block is a table. Deliberate simplifications: list
 * structure is not tracked (an indented table inside a list item is read like any other, and an
 * indented code block is not recognised), and a line without a pipe ends a table (GFM would
 * read it as a one-cell row).
 */
import {
	closesFence,
	delimiterRow,
	fitRow,
	hasUnescapedPipe,
	isHeading,
	isListItem,
	openingFence,
	splitCells,
	stripQuotes,
	type Align,
	type Fence,
	type QuotedLine,
} from "./rows";

export type { Align } from "./rows";

/** One markdown table, cells as markdown source. */
export interface MdTable {
	/** 1-based line of the header row in the note. */
	line: number;
	/** 1-based line of the last row. */
	endLine: number;
	/** Header cells: markdown source, trimmed, `\|` unescaped to `|`. */
	header: string[];
	/** One alignment per column. */
	align: Align[];
	/** Body rows, each padded with "" or cut to the header's length, as GFM does. */
	rows: string[][];
	/** Blockquote/callout prefix depth (0 for a top-level table). */
	quoteDepth: number;
}

/** Where parsing starts: `start` is a char offset (e.g. after front matter), `startLine` its 1-based line. */
export interface ParseTablesOptions {
	start?: number;
	startLine?: number;
}

/** Whether a line can be a header row: text with a pipe, not another kind of block. */
function canBeHeader(content: string): boolean {
	return hasUnescapedPipe(content) && !isHeading(content) && !isListItem(content);
}

/** Whether a line continues a table body at quote depth `depth`. */
function continuesTable(depth: number, line: QuotedLine): boolean {
	if (line.depth !== depth) return false;
	const content = line.content;
	if (content.trim() === "" || !hasUnescapedPipe(content)) return false;
	return !isHeading(content) && openingFence(content, depth) === null;
}

/** Count the line breaks in text[0, end). */
function lineOf(text: string, end: number): number {
	let line = 1;
	let i = text.indexOf("\n");
	while (i !== -1 && i < end) {
		line++;
		i = text.indexOf("\n", i + 1);
	}
	return line;
}

/** Parse every table of a note, in order. Never throws. */
export function parseTables(text: string, options: ParseTablesOptions = {}): MdTable[] {
	const start = Math.max(0, Math.min(options.start ?? 0, text.length));
	if (text.indexOf("|", start) === -1) return [];
	const firstLine = options.startLine ?? lineOf(text, start);
	const lines = text.slice(start).split("\n");
	for (let i = 0; i < lines.length; i++) {
		if (lines[i].endsWith("\r")) lines[i] = lines[i].slice(0, -1);
	}
	if (lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);

	const tables: MdTable[] = [];
	let fence: Fence | null = null;
	let i = 0;
	while (i < lines.length) {
		const raw = lines[i];
		const quoted = stripQuotes(raw);
		if (fence) {
			if (quoted.depth >= fence.depth) {
				if (closesFence(stripQuotes(raw, fence.depth).content, fence)) fence = null;
				i++;
				continue;
			}
			fence = null; // the blockquote holding the fence ended
		}
		const opened = openingFence(quoted.content, quoted.depth);
		if (opened) {
			fence = opened;
			i++;
			continue;
		}
		const table = i + 1 < lines.length && canBeHeader(quoted.content) ? tableAt(lines, i, quoted.depth, quoted.content) : null;
		if (table) {
			table.line = firstLine + i;
			table.endLine = firstLine + i + 1 + table.rows.length;
			tables.push(table);
			i += 2 + table.rows.length;
		} else {
			i++;
		}
	}
	return tables;
}

/** The table whose header is lines[i], when lines[i + 1] is a matching delimiter row. Line numbers are filled by the caller. */
function tableAt(lines: string[], i: number, depth: number, headerContent: string): MdTable | null {
	const next = stripQuotes(lines[i + 1]);
	if (next.depth !== depth) return null;
	const align = delimiterRow(next.content);
	if (!align) return null;
	const header = splitCells(headerContent);
	if (header.length !== align.length) return null;
	const rows: string[][] = [];
	for (let j = i + 2; j < lines.length; j++) {
		const row = stripQuotes(lines[j]);
		if (!continuesTable(depth, row)) break;
		rows.push(fitRow(splitCells(row.content), header.length));
	}
	return { line: 0, endLine: 0, header, align, rows, quoteDepth: depth };
}

/**
 * Parse one table from a block of lines (e.g. a section's text from Obsidian's getSectionInfo,
 * or a `compare` code block body): the first table found, or null. `firstLine` is the 1-based
 * line of lines[0] in the note.
 */
export function parseTableBlock(lines: string[], firstLine = 1): MdTable | null {
	return parseTables(lines.join("\n"), { startLine: firstLine })[0] ?? null;
}
