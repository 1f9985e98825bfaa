import type * as O from "obsidian";
import { isSpace, LinkText } from "../../src/core/link-text";
import { MAX_DEPTH, walkValues } from "../../src/core/yaml-values";
import { parseYaml } from "./yaml";

/**
 * A small block splitter and reference scanner that computes `O.CachedMetadata` from a note's
 * text the way Obsidian's metadata cache reports it: 0-based lines, `col` and `offset` in UTF-16
 * units, section ends at the end of the block's last line. Front matter, ATX/setext headings,
 * fenced code and GFM tables are exact; other blocks follow CommonMark closely enough for tests.
 */

/** One section plus what the renderer needs to know about it. */
export interface Block {
	type: string;
	startLine: number;
	endLine: number;
	/** Heading level, for headings. */
	level?: number;
	/** Fence language, for fenced code. */
	lang?: string;
}

interface Lines {
	text: string[];
	offsets: number[];
}

function splitLines(content: string): Lines {
	const raw = content.split("\n");
	const offsets: number[] = [];
	let offset = 0;
	const text = raw.map((line) => {
		offsets.push(offset);
		offset += line.length + 1;
		return line.endsWith("\r") ? line.slice(0, -1) : line;
	});
	return { text, offsets };
}

function loc(lines: Lines, line: number, col: number): O.Loc {
	return { line, col, offset: lines.offsets[line] + col };
}

function blockPos(lines: Lines, start: number, end: number): O.Pos {
	return { start: loc(lines, start, 0), end: loc(lines, end, lines.text[end].length) };
}

const BLANK = /^[ \t]*$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const QUOTE = /^ {0,3}>/;
const CALLOUT = /^ {0,3}>\s*\[!([^\]]+)\]/;
const LIST = /^([ \t]*)([-+*]|\d{1,9}[.)])([ \t]+|$)/;
const HTML = /^ {0,3}<(?:[a-zA-Z][\w-]*[\s/>]|[a-zA-Z][\w-]*$|\/[a-zA-Z]|!--)/;
const FOOTNOTE_DEF = /^\[\^[^\]]+\]:/;
const INDENTED = /^(?: {4}|\t)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BLOCK_ID = /(?:^|\s)\^([a-zA-Z0-9-]+)$/;

/** Cells of a table row, with escaped pipes kept in their cell. */
export function tableCells(line: string): string[] {
	let row = line.trim();
	if (row.startsWith("|")) row = row.slice(1);
	if (row.endsWith("|") && !row.endsWith("\\|")) row = row.slice(0, -1);
	const cells: string[] = [];
	let current = "";
	let code = false;
	for (let i = 0; i < row.length; i++) {
		const ch = row[i];
		if (ch === "\\" && row[i + 1] === "|") {
			current += "\\|";
			i++;
		} else if (ch === "`") {
			code = !code;
			current += ch;
		} else if (ch === "|" && !code) {
			cells.push(current.trim());
			current = "";
		} else current += ch;
	}
	cells.push(current.trim());
	return cells;
}

function isTableStart(lines: string[], i: number): boolean {
	const head = lines[i];
	const delimiter = lines[i + 1];
	if (delimiter === undefined || !head.includes("|") || !DELIMITER_ROW.test(delimiter)) return false;
	if (!delimiter.includes("|") && !/^\s*\|/.test(head)) return false;
	return tableCells(head).length === tableCells(delimiter).length;
}

/** Whether `line` opens a block that interrupts a paragraph. */
function interruptsParagraph(lines: string[], i: number): boolean {
	const line = lines[i];
	if (FENCE.test(line) || ATX.test(line) || THEMATIC.test(line) || QUOTE.test(line)) return true;
	if (line.trimStart().startsWith("$$") || line.trimStart().startsWith("%%")) return true;
	if (HTML.test(line)) return true;
	const list = LIST.exec(line);
	if (list && list[1].length <= 3 && list[3] !== "" && (!/^\d/.test(list[2]) || /^1[.)]/.test(list[2]))) return true;
	return isTableStart(lines, i);
}

function fenceEnd(lines: string[], start: number, fence: string): number {
	const char = fence[0];
	const close = new RegExp(`^ {0,3}\\${char}{${fence.length},}[ \\t]*$`);
	for (let j = start + 1; j < lines.length; j++) if (close.test(lines[j])) return j;
	return lines.length - 1;
}

function delimitedEnd(lines: string[], start: number, marker: string): number {
	const first = lines[start].trimStart().slice(marker.length);
	if (first.includes(marker)) return start;
	for (let j = start + 1; j < lines.length; j++) if (lines[j].includes(marker)) return j;
	return lines.length - 1;
}

function untilBlank(lines: string[], start: number, stop?: (j: number) => boolean): number {
	let j = start;
	while (j + 1 < lines.length && !BLANK.test(lines[j + 1]) && !(stop?.(j + 1) ?? false)) j++;
	return j;
}

/** CommonMark HTML blocks: comments and raw-text tags run to their closing marker, others to a blank line. */
function htmlEnd(lines: string[], start: number): number {
	const first = lines[start].trimStart();
	const raw = /^<(script|pre|style|textarea)[\s>]/i.exec(first);
	const close = first.startsWith("<!--") ? "-->" : raw ? `</${raw[1].toLowerCase()}>` : null;
	if (!close) return untilBlank(lines, start);
	for (let j = start; j < lines.length; j++) if (lines[j].toLowerCase().includes(close, j === start ? 4 : 0)) return j;
	return lines.length - 1;
}

function listEnd(lines: string[], start: number): number {
	let end = start;
	let j = start + 1;
	while (j < lines.length) {
		const line = lines[j];
		if (BLANK.test(line)) {
			let k = j + 1;
			while (k < lines.length && BLANK.test(lines[k])) k++;
			if (k < lines.length && (LIST.test(lines[k]) || /^(?: {2,}|\t)/.test(lines[k])) && !THEMATIC.test(lines[k])) {
				j = k;
				continue;
			}
			break;
		}
		if (LIST.test(line) && !THEMATIC.test(line)) end = j;
		else if (/^(?: {2,}|\t)/.test(line)) end = j;
		else if (interruptsParagraph(lines, j)) break;
		else end = j;
		j = end + 1;
	}
	return end;
}

/** Split the body (from `startLine`) into blocks. */
export function splitBlocks(lines: string[], startLine: number): Block[] {
	const blocks: Block[] = [];
	let i = startLine;
	let afterBlank = true;
	while (i < lines.length) {
		const line = lines[i];
		if (BLANK.test(line)) {
			i++;
			afterBlank = true;
			continue;
		}
		const block = readBlock(lines, i, afterBlank);
		blocks.push(block);
		i = block.endLine + 1;
		afterBlank = false;
	}
	return blocks;
}

function readBlock(lines: string[], i: number, afterBlank: boolean): Block {
	const line = lines[i];
	const one = (type: string, endLine: number, extra: Partial<Block> = {}): Block => ({ type, startLine: i, endLine, ...extra });
	const fence = FENCE.exec(line);
	if (fence && !(fence[2][0] === "`" && fence[3].includes("`"))) {
		return one("code", fenceEnd(lines, i, fence[2]), { lang: fence[3].trim().split(/\s+/)[0] ?? "" });
	}
	const trimmed = line.trimStart();
	if (trimmed.startsWith("$$")) return one("math", delimitedEnd(lines, i, "$$"));
	if (trimmed.startsWith("%%")) return one("comment", delimitedEnd(lines, i, "%%"));
	const atx = ATX.exec(line);
	if (atx) return one("heading", i, { level: atx[1].length });
	if (THEMATIC.test(line)) return one("thematicBreak", i);
	if (QUOTE.test(line)) return one(CALLOUT.test(line) ? "callout" : "blockquote", untilBlank(lines, i, (j) => !QUOTE.test(lines[j]) && interruptsParagraph(lines, j)));
	if (isTableStart(lines, i)) return one("table", untilBlank(lines, i + 1, (j) => interruptsParagraph(lines, j) && !lines[j].includes("|")));
	if (afterBlank && INDENTED.test(line)) {
		let end = i;
		for (let j = i + 1; j < lines.length; j++) {
			if (INDENTED.test(lines[j])) end = j;
			else if (!BLANK.test(lines[j])) break;
		}
		return one("code", end, { lang: "" });
	}
	if (LIST.test(line)) return one("list", listEnd(lines, i));
	if (HTML.test(line)) return one("html", htmlEnd(lines, i));
	if (FOOTNOTE_DEF.test(line)) return one("footnoteDefinition", untilBlank(lines, i));
	let end = i;
	while (end + 1 < lines.length) {
		const next = lines[end + 1];
		if (BLANK.test(next)) break;
		const setext = SETEXT.exec(next);
		if (setext) return one("heading", end + 1, { level: setext[1][0] === "=" ? 1 : 2 });
		if (interruptsParagraph(lines, end + 1)) break;
		end++;
	}
	return one("paragraph", end);
}

/** Replace inline code spans with spaces, keeping offsets. */
function maskInlineCode(line: string): string {
	return line.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m) => " ".repeat(m.length));
}

function wikiDisplay(target: string): string {
	const hash = target.indexOf("#");
	if (hash <= 0) return hash === 0 ? target.slice(1).replace(/^\^/, "") : target;
	return `${target.slice(0, hash)} > ${target.slice(hash + 1).replace(/^\^/, "")}`;
}

function decode(target: string): string {
	try {
		return decodeURI(target);
	} catch {
		return target;
	}
}

interface ScannedRef {
	embed: boolean;
	ref: O.Reference;
	start: number;
	end: number;
}

/** A markdown link or embed in a line, as the pattern `(!?)\[([^\]\n]*)\]\(\s*(<[^>\n]*>|[^)\s]*)(?:\s+"[^"\n]*")?\s*\)` matches it. */
interface MarkdownMatch {
	embed: boolean;
	start: number;
	end: number;
	text: string;
	target: string;
}

/**
 * The markdown links of one line, left to right, as the pattern above finds them, in work linear
 * in the line: the searches ahead (the `]` after a `[`, the end of a target, a title's closing
 * quote) go through the core's `LinkText`, which remembers what it found, so `[` repeated 100,000
 * times does not search to the end of the line 100,000 times.
 */
function markdownLinks(line: string): MarkdownMatch[] {
	const out: MarkdownMatch[] = [];
	const text = new LinkText(line);
	let stop: { from: number; at: number } | undefined;
	/** The first `)` or white space at or after `i` (the line's length when none). */
	const targetStop = (i: number): number => {
		if (stop !== undefined && i >= stop.from && i <= stop.at) return stop.at;
		let e = i;
		while (e < line.length && line[e] !== ")" && !/\s/.test(line[e])) e++;
		stop = { from: i, at: e };
		return e;
	};
	/** White space is skipped with the core's remembered search; other Unicode spaces one by one. */
	const spacesEnd = (i: number): number => {
		let e = text.spacesEnd(i);
		while (e < line.length && /\s/.test(line[e]) && !isSpace(line.charCodeAt(e))) e = text.spacesEnd(e + 1);
		return e;
	};
	/** The end of `\s*\)` (with an optional title before it) after a target ending at `i`, or -1. */
	const closeAfter = (i: number): number => {
		const j = spacesEnd(i);
		if (j > i && line[j] === '"') {
			const q = text.indexOf('"', j + 1);
			if (q >= 0) {
				const k = spacesEnd(q + 1);
				if (line[k] === ")") return k + 1;
			}
		}
		return line[j] === ")" ? j + 1 : -1;
	};
	let from = 0;
	for (let open = line.indexOf("[", from); open !== -1; open = line.indexOf("[", from)) {
		const close = text.indexOf("]", open + 1);
		if (close < 0) break;
		from = open + 1;
		if (line[close + 1] !== "(") continue;
		const t = spacesEnd(close + 2);
		let target: string | null = null;
		let end = -1;
		if (line[t] === "<") {
			const gt = text.indexOf(">", t + 1);
			if (gt >= 0) {
				end = closeAfter(gt + 1);
				if (end >= 0) target = line.slice(t, gt + 1);
			}
		}
		if (target === null) {
			const e = targetStop(t);
			end = closeAfter(e);
			if (end >= 0) target = line.slice(t, e);
		}
		if (target === null) continue;
		const embed = open > 0 && line[open - 1] === "!";
		const start = embed ? open - 1 : open;
		out.push({ embed, start, end, text: line.slice(open + 1, close), target });
		from = end;
	}
	return out;
}

/** Wiki and markdown links/embeds in one line of text, external URLs excluded. */
export function scanReferences(line: string): ScannedRef[] {
	const found: ScannedRef[] = [];
	const wiki = /(!?)\[\[([^[\]\n]+?)\]\]/g;
	for (let m = wiki.exec(line); m; m = wiki.exec(line)) {
		const inner = m[2];
		const bar = inner.search(/\\?\|/);
		let target = bar < 0 ? inner : inner.slice(0, bar);
		const alias = bar < 0 ? undefined : inner.slice(bar).replace(/^\\?\|/, "");
		target = target.trim();
		found.push({ embed: m[1] === "!", start: m.index, end: m.index + m[0].length, ref: { link: target, original: m[0], displayText: alias ?? wikiDisplay(target) } });
	}
	const wikiCount = found.length;
	let w = 0;
	for (const m of markdownLinks(line)) {
		// Wiki links come sorted by start, and so do markdown links: one pointer finds the overlaps.
		while (w < wikiCount && found[w].end <= m.start) w++;
		if (w < wikiCount && found[w].start <= m.start) continue;
		let target = m.target;
		if (target.startsWith("<")) target = target.slice(1, -1);
		if (target === "" || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
		found.push({ embed: m.embed, start: m.start, end: m.end, ref: { link: decode(target), original: line.slice(m.start, m.end), displayText: m.text } });
	}
	return found.sort((a, b) => a.start - b.start);
}

const TAG = /(^|\s)#([\p{L}\p{N}_\-/\p{Extended_Pictographic}]+)/gu;

function scanTags(line: string): { tag: string; start: number; end: number }[] {
	const tags: { tag: string; start: number; end: number }[] = [];
	TAG.lastIndex = 0;
	for (let m = TAG.exec(line); m; m = TAG.exec(line)) {
		if (/^[\d/]+$/.test(m[2])) continue;
		const start = m.index + m[1].length;
		tags.push({ tag: `#${m[2]}`, start, end: start + m[2].length + 1 });
	}
	return tags;
}

/**
 * The links in a front matter value, keyed as Obsidian keys them (`related.0`, `map.key`). Lists are
 * read through the core's budgeted walk, so an alias bomb or a list that contains itself is read in
 * work bounded by the note's size; a mapping met again through an alias is not entered again.
 */
function frontmatterLinks(value: unknown, key: string, out: O.FrontmatterLinkCache[], depth = 0, seen = new Set<object>()): void {
	if (depth > MAX_DEPTH) return;
	/** Key of the value at each depth; the list open at each depth and where its next item is looked for. */
	const keys: string[] = [];
	const lists: unknown[][] = [];
	const next: number[] = [];
	walkValues(value, (item, d) => {
		let k = key;
		if (d > 0) {
			// The walk skips lists already read; the index is the item's own place in its list.
			const i = lists[d - 1].indexOf(item, next[d - 1]);
			next[d - 1] = i + 1;
			k = `${keys[d - 1]}.${i}`;
		}
		keys[d] = k;
		if (Array.isArray(item)) {
			lists[d] = item;
			next[d] = 0;
			return true;
		}
		if (typeof item === "string") {
			const wiki = /\[\[([^[\]\n]+?)\]\]/g;
			for (let m = wiki.exec(item); m; m = wiki.exec(item)) {
				const [ref] = scanReferences(m[0]);
				if (ref) out.push({ key: k, ...ref.ref });
			}
		} else if (item && typeof item === "object" && !seen.has(item)) {
			seen.add(item);
			for (const [field, v] of Object.entries(item)) frontmatterLinks(v, `${k}.${field}`, out, depth + d + 1, seen);
		}
		return false;
	});
}

function headingText(lines: string[], block: Block): string {
	if (block.startLine === block.endLine) {
		const atx = ATX.exec(lines[block.startLine]);
		return (atx?.[2] ?? "").trim();
	}
	return lines
		.slice(block.startLine, block.endLine)
		.map((l) => l.trim())
		.join(" ");
}

function listItems(lines: Lines, block: Block, out: O.ListItemCache[]): void {
	const stack: { indent: number; line: number }[] = [];
	let current: O.ListItemCache | null = null;
	for (let j = block.startLine; j <= block.endLine; j++) {
		const text = lines.text[j];
		const m = LIST.exec(text);
		if (m && !THEMATIC.test(text)) {
			const indent = m[1].replace(/\t/g, "    ").length;
			while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
			const parent = stack.length > 0 ? stack[stack.length - 1].line : -block.startLine;
			const task = /^\[(.)\][ \t]/.exec(text.slice(m[0].length));
			current = { parent, position: { start: loc(lines, j, indent), end: loc(lines, j, text.length) } };
			if (task) current.task = task[1];
			out.push(current);
			stack.push({ indent, line: j });
		} else if (current && !BLANK.test(text)) {
			current.position.end = loc(lines, j, text.length);
		}
	}
}

/** Double only: parse outcome beyond `CachedMetadata`. */
export interface ParsedNoteMetadata {
	cache: O.CachedMetadata;
	blocks: Block[];
	/** Set when the front matter YAML is invalid. */
	frontmatterError?: unknown;
}

/** Compute the metadata Obsidian's cache would hold for `content`. */
export function computeMetadata(content: string): ParsedNoteMetadata {
	const lines = splitLines(content);
	const text = lines.text;
	const cache: O.CachedMetadata = {};
	const sections: O.SectionCache[] = [];
	const blocks: Block[] = [];
	let bodyStart = 0;
	let frontmatterError: unknown;

	if (/^---[ \t]*$/.test(text[0] ?? "") && text.length > 1) {
		const close = text.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
		if (close > 0) {
			const position = blockPos(lines, 0, close);
			cache.frontmatterPosition = position;
			sections.push({ type: "yaml", position });
			blocks.push({ type: "yaml", startLine: 0, endLine: close });
			bodyStart = close + 1;
			try {
				const data = parseYaml(text.slice(1, close).join("\n"));
				if (data === null || data === undefined) cache.frontmatter = {};
				else if (typeof data === "object" && !Array.isArray(data)) cache.frontmatter = data;
			} catch (error) {
				frontmatterError = error;
			}
			if (cache.frontmatter) {
				const fmLinks: O.FrontmatterLinkCache[] = [];
				for (const [k, v] of Object.entries(cache.frontmatter)) frontmatterLinks(v, k, fmLinks);
				if (fmLinks.length > 0) cache.frontmatterLinks = fmLinks;
			}
		}
	}

	const body = splitBlocks(text, bodyStart);
	blocks.push(...body);
	const headings: O.HeadingCache[] = [];
	const links: O.LinkCache[] = [];
	const embeds: O.EmbedCache[] = [];
	const tags: O.TagCache[] = [];
	const items: O.ListItemCache[] = [];
	const blockIds: Record<string, O.BlockCache> = {};
	const footnotes: O.FootnoteCache[] = [];

	for (const block of body) {
		const section: O.SectionCache = { type: block.type, position: blockPos(lines, block.startLine, block.endLine) };
		if (block.type === "heading") headings.push({ heading: headingText(text, block), level: block.level ?? 1, position: section.position });
		if (block.type === "list") listItems(lines, block, items);
		if (block.type === "footnoteDefinition") footnotes.push({ id: /^\[\^([^\]]+)\]/.exec(text[block.startLine])?.[1] ?? "", position: section.position });
		const id = block.type === "code" || block.type === "math" ? null : BLOCK_ID.exec(text[block.endLine]);
		if (id) {
			section.id = id[1];
			blockIds[id[1].toLowerCase()] = { id: id[1], position: section.position };
		}
		sections.push(section);
		if (block.type === "code" || block.type === "math") continue;
		for (let j = block.startLine; j <= block.endLine; j++) {
			const line = maskInlineCode(text[j]);
			for (const r of scanReferences(line)) {
				const entry = { ...r.ref, position: { start: loc(lines, j, r.start), end: loc(lines, j, r.end) } };
				(r.embed ? embeds : links).push(entry);
			}
			if (block.type === "html" || block.type === "comment") continue;
			for (const t of scanTags(line)) tags.push({ tag: t.tag, position: { start: loc(lines, j, t.start), end: loc(lines, j, t.end) } });
		}
	}

	if (sections.length > 0) cache.sections = sections;
	if (headings.length > 0) cache.headings = headings;
	if (links.length > 0) cache.links = links;
	if (embeds.length > 0) cache.embeds = embeds;
	if (tags.length > 0) cache.tags = tags;
	if (items.length > 0) cache.listItems = items;
	if (footnotes.length > 0) cache.footnotes = footnotes;
	if (Object.keys(blockIds).length > 0) cache.blocks = blockIds;
	return { cache, blocks, frontmatterError };
}
