/**
 * The top-level keys of a note's YAML front matter as offsets in the text, with the shape of each
 * value (scalar, flow list, block list), so that one value can be edited without re-serialising
 * the YAML. Only shapes that can be edited safely are described; anything else is `unsupported`.
 */
import { canonicalKey } from "../fields/canonical";
import { locateFrontmatter, type FrontmatterLocation } from "../frontmatter";
import { spanFrom, type LineSpan } from "./lines";

/** YAML quoting of a value: double, single, or plain. */
export type Quote = '"' | "'" | "";

/** A value as written: [rawStart, rawEnd) with its quotes, [start, end) inside them. */
export interface Slot {
	rawStart: number;
	rawEnd: number;
	start: number;
	end: number;
	quote: Quote;
}

/** An item of a block list (`  - "[[a]]"`). */
export interface ListItem {
	line: LineSpan;
	/** Text before the dash. */
	indent: string;
	/** Blanks after the dash. */
	gap: string;
	/** The item's value, or null when it is not a scalar (a nested list or mapping). */
	slot: Slot | null;
}

/** What follows a key. */
export type KeyShape =
	| { kind: "empty" }
	/** `[]`, `null`, `~`, `""`: [start, end) is that token. */
	| { kind: "null"; start: number; end: number }
	| { kind: "scalar"; slot: Slot }
	| { kind: "flow"; items: Slot[] }
	| { kind: "list"; items: ListItem[] }
	/** Anything else; `why` names it when it is recognised (a block scalar). */
	| { kind: "unsupported"; why?: string };

/** One top-level key. */
export interface YamlKey {
	/** The key as written, quotes removed. */
	key: string;
	canonical: string;
	line: LineSpan;
	/** Offset after the key's colon. */
	colonEnd: number;
	shape: KeyShape;
}

/** The front matter's keys and where the block is. */
export interface YamlKeys {
	loc: FrontmatterLocation;
	keys: YamlKey[];
}

const KEY = /^(.+?)[ \t]*:(?=[ \t]|$)/;
const ITEM = /^([ \t]*)-([ \t]+|$)/;
const NULLS = new Set(["null", "Null", "NULL", "~"]);

/** The top-level keys of the front matter (none when the note has no front matter). */
export function yamlKeys(text: string): YamlKeys {
	const loc = locateFrontmatter(text);
	const keys: YamlKey[] = [];
	if (!loc.present) return { loc, keys };
	const lines: LineSpan[] = [];
	let line = 2;
	for (let pos = loc.yamlStart; pos < loc.yamlEnd; line++) {
		const span = spanFrom(text, pos, line);
		lines.push(span);
		pos = span.next;
	}
	for (let i = 0; i < lines.length; i++) {
		const span = lines[i];
		const lineText = text.slice(span.start, span.end);
		const c = lineText.charAt(0);
		if (c === "" || c === " " || c === "\t" || c === "#" || ITEM.test(lineText)) continue;
		const m = KEY.exec(lineText);
		if (!m) continue;
		let key = m[1];
		const q = key.charAt(0);
		if ((q === '"' || q === "'") && key.length >= 2 && key.endsWith(q)) key = key.slice(1, -1);
		const colonEnd = span.start + m[0].length;
		keys.push({ key, canonical: canonicalKey(key), line: span, colonEnd, shape: shapeOf(text, span, colonEnd, lines.slice(i + 1)) });
	}
	return { loc, keys };
}

/** The shape of the value after the colon at `colonEnd`, looking at the lines after the key when it is empty. */
function shapeOf(text: string, key: LineSpan, colonEnd: number, after: LineSpan[]): KeyShape {
	const start = skipBlanks(text, colonEnd, key.end);
	if (start >= key.end || text[start] === "#") return listShape(text, after);
	const ch = text[start];
	if (ch === "[" && text[start + 1] !== "[") return flowShape(text, start, key.end);
	const slot = scalarSlot(text, start, key.end);
	if (slot === null) return { kind: "unsupported", why: blockScalar(text, start, key.end) };
	if (!onlyComment(text, slot.rawEnd, key.end) || continues(text, after)) return { kind: "unsupported" };
	const content = text.slice(slot.start, slot.end);
	if ((slot.quote !== "" && content === "") || (slot.quote === "" && NULLS.has(content))) {
		return { kind: "null", start: slot.rawStart, end: slot.rawEnd };
	}
	return { kind: "scalar", slot };
}

/** "a folded block (>-)" or "a literal block (|)" for a block scalar's header at `start`, else undefined. */
function blockScalar(text: string, start: number, end: number): string | undefined {
	const ch = text[start];
	if (ch !== ">" && ch !== "|") return undefined;
	let e = start + 1;
	while (e < end && "+-0123456789".includes(text[e])) e++;
	return `a ${ch === ">" ? "folded" : "literal"} block (${text.slice(start, e)})`;
}

/** A block list under an empty key, `empty` when nothing follows, `unsupported` for anything else. */
function listShape(text: string, after: LineSpan[]): KeyShape {
	const items: ListItem[] = [];
	for (const span of after) {
		const lineText = text.slice(span.start, span.end);
		const trimmed = lineText.trim();
		if (trimmed === "" || trimmed.startsWith("#")) continue;
		const m = ITEM.exec(lineText);
		if (m) {
			const at = span.start + m[0].length;
			const slot = at >= span.end ? null : scalarSlot(text, at, span.end);
			const ok = slot !== null && onlyComment(text, slot.rawEnd, span.end);
			items.push({ line: span, indent: m[1], gap: m[2], slot: ok ? slot : null });
			continue;
		}
		if (lineText[0] === " " || lineText[0] === "\t") return { kind: "unsupported" };
		break;
	}
	return items.length === 0 ? { kind: "empty" } : { kind: "list", items };
}

/** True when an indented line (a multi-line scalar's continuation) follows the key. */
function continues(text: string, after: LineSpan[]): boolean {
	const next = after.find((span) => text.slice(span.start, span.end).trim() !== "");
	return next !== undefined && (text[next.start] === " " || text[next.start] === "\t");
}

/** A flow list `[a, "b"]` opening at `open`: its items, or `null` kind for `[]`. */
function flowShape(text: string, open: number, end: number): KeyShape {
	const items: Slot[] = [];
	let i = skipBlanks(text, open + 1, end);
	if (text[i] === "]") return onlyComment(text, i + 1, end) ? { kind: "null", start: open, end: i + 1 } : { kind: "unsupported" };
	for (;;) {
		if (i >= end || "[{,]".includes(text[i])) return { kind: "unsupported" };
		const slot = scalarSlot(text, i, end, true);
		if (slot === null) return { kind: "unsupported" };
		items.push(slot);
		i = skipBlanks(text, slot.rawEnd, end);
		if (text[i] === "]") break;
		if (text[i] !== ",") return { kind: "unsupported" };
		i = skipBlanks(text, i + 1, end);
	}
	return onlyComment(text, i + 1, end) ? { kind: "flow", items } : { kind: "unsupported" };
}

/** The scalar starting at `start` (quoted, or plain up to a comment or, in a flow list, a `,`/`]`); null for shapes not edited. */
function scalarSlot(text: string, start: number, end: number, inFlow = false): Slot | null {
	const ch = text[start];
	if (ch === '"' || ch === "'") {
		const close = closingQuote(text, start, end);
		if (close < 0) return null;
		return { rawStart: start, rawEnd: close + 1, start: start + 1, end: close, quote: ch };
	}
	if ("{|>&*!%@`".includes(ch)) return null;
	let e = start;
	if (inFlow) {
		let depth = 0;
		for (; e < end; e++) {
			const c = text[e];
			if (c === "[") depth++;
			else if (c === "]" && depth-- === 0) break;
			else if (c === "," && depth === 0) break;
			else if (c === "#" && isBlankAt(text, e - 1)) break;
		}
	} else {
		for (; e < end; e++) if (text[e] === "#" && isBlankAt(text, e - 1)) break;
	}
	while (e > start && isBlankAt(text, e - 1)) e--;
	if (e === start) return null;
	return { rawStart: start, rawEnd: e, start, end: e, quote: "" };
}

/** The closing quote of the string opening at `open`: `\` escapes in double quotes, `''` in single quotes. */
function closingQuote(text: string, open: number, end: number): number {
	const q = text[open];
	for (let i = open + 1; i < end; i++) {
		if (q === '"' && text[i] === "\\") i++;
		else if (text[i] === q) {
			if (q === "'" && text[i + 1] === "'") i++;
			else return i;
		}
	}
	return -1;
}

function isBlankAt(text: string, i: number): boolean {
	return text[i] === " " || text[i] === "\t";
}

function skipBlanks(text: string, from: number, end: number): number {
	let i = from;
	while (i < end && isBlankAt(text, i)) i++;
	return i;
}

/** True when text[from, end) is blanks, optionally followed by a `#` comment. */
function onlyComment(text: string, from: number, end: number): boolean {
	const i = skipBlanks(text, from, end);
	return i >= end || (i > from && text[i] === "#");
}

/** The value as YAML with the given quoting. */
export function quoteYaml(value: string, quote: Quote): string {
	if (quote === '"') return '"' + value.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
	if (quote === "'") return "'" + value.replace(/'/g, "''") + "'";
	return value;
}

/** Escapes a value for writing inside an existing string of the given quoting. */
export function escapeIn(value: string, quote: Quote): string {
	const quoted = quoteYaml(value, quote);
	return quoted.slice(quote.length, quoted.length - quote.length);
}
