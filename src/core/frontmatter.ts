/**
 * Front matter, hardened. We find the block ourselves (fast, offsets in the original text) and
 * hand a YAML parser only that block: never code (`---js` and friends are refused without being
 * parsed), never another language (declined), and an empty block (white space and `#` comments,
 * as gray-matter defines it) is `{}` without parsing. Pure: the YAML parser is injected, gray-
 * matter's by default (frontmatter-gray.ts, through yaml-default.ts), Obsidian's `parseYaml`
 * inside the plugin.
 */
import { clip } from "./quote";
import type { Problem } from "./types";
import { defaultYamlParser } from "./yaml-default";

/**
 * Parses one YAML block, given as gray-matter slices it: from the newline ending the opening
 * fence line to the start of the closing fence line. Returns the value (null or undefined for an
 * empty document); throws on invalid YAML, ideally js-yaml's exception with `reason` and
 * `mark.line` (0-based, counted from that leading newline, i.e. note line `mark.line + 1`).
 */
export type YamlParser = (yaml: string) => unknown;

/** What a note's front matter says, and where its body starts. */
export interface FrontmatterResult {
	/** Parsed data with keys as written ({} when absent or invalid). */
	data: Record<string, unknown>;
	/** True when the note starts with a front matter block (even an invalid one). */
	present: boolean;
	/** Char offset in the ORIGINAL text where the body starts (after the closing `---` line and its newline); 0 when absent. Counts a leading BOM. */
	bodyStart: number;
	/** 1-based line number of the first body line (1 when absent). */
	bodyStartLine: number;
	/** 1-based line of each top-level key, by lowercased key (first occurrence). */
	keyLines: Map<string, number>;
	/** invalid-frontmatter (warning), refused-engine (warning), unsupported-frontmatter (info). */
	problems: Problem[];
}

/** Where the front matter block is; offsets refer to the original text (a BOM counts). */
export interface FrontmatterLocation {
	/** True when the text opens with a `---` line and a later line is exactly `---`. */
	present: boolean;
	/** Offset of the first character after the opening fence line (0 when absent). */
	yamlStart: number;
	/** Offset of the start of the closing fence line, so the block is `text.slice(yamlStart, yamlEnd)` (0 when absent). */
	yamlEnd: number;
	/** Offset of the first body character (0 when absent). */
	bodyStart: number;
	/** 1-based line of the first body line (1 when absent). */
	bodyStartLine: number;
	/** Lowercased language after the opening fence (`---js` gives `js`); `yaml` when none; "" when absent. */
	engine: string;
}

const BOM = 0xfeff;
const DASH = 0x2d;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;

const ABSENT: FrontmatterLocation = { present: false, yamlStart: 0, yamlEnd: 0, bodyStart: 0, bodyStartLine: 1, engine: "" };

/** The language name allowed after the opening `---` (`---yaml`, `---js`, `--- toml`). */
const OPENING_REST = /^[ \t]*([A-Za-z][\w+-]*)?[ \t]*$/;

/**
 * Engine names gray-matter knows: YAML (read), those it would evaluate as code (refused) and
 * json/toml (declined). An empty block in any of them is just empty, as gray-matter has it; any
 * other name is declined whatever the block holds.
 */
const KNOWN_ENGINES = new Set(["yaml", "yml", "js", "javascript", "coffee", "coffeescript", "cson", "json", "toml"]);

/** End of the line starting at `from` (index of its `\n`, or the text length). */
function lineEnd(text: string, from: number): number {
	const i = text.indexOf("\n", from);
	return i === -1 ? text.length : i;
}

/** True when `text[start, end)` is exactly `---`, allowing trailing spaces/tabs and a final `\r`. */
function isClosingFence(text: string, start: number, end: number): boolean {
	if (end - start < 3 || text.charCodeAt(start) !== DASH || text.charCodeAt(start + 1) !== DASH || text.charCodeAt(start + 2) !== DASH) {
		return false;
	}
	for (let i = start + 3; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c !== 0x20 && c !== 0x09 && !(c === CR && i === end - 1)) return false;
	}
	return true;
}

/** Locate the front matter block without parsing it (fast; used also when the caller already has parsed data, e.g. from Obsidian's cache). */
export function locateFrontmatter(text: string): FrontmatterLocation {
	const start = text.charCodeAt(0) === BOM ? 1 : 0;
	if (text.charCodeAt(start) !== DASH || text.charCodeAt(start + 1) !== DASH || text.charCodeAt(start + 2) !== DASH) {
		return ABSENT;
	}
	const openEnd = lineEnd(text, start);
	if (openEnd === text.length) return ABSENT;
	let rest = text.slice(start + 3, openEnd);
	if (rest.endsWith("\r")) rest = rest.slice(0, -1);
	const opening = OPENING_REST.exec(rest);
	if (!opening) return ABSENT;
	const engine = opening[1] ? opening[1].toLowerCase() : "yaml";

	const yamlStart = openEnd + 1;
	let line = 2;
	let pos = yamlStart;
	while (pos <= text.length) {
		const end = lineEnd(text, pos);
		if (isClosingFence(text, pos, end)) {
			const bodyStart = end === text.length ? end : end + 1;
			return { present: true, yamlStart, yamlEnd: pos, bodyStart, bodyStartLine: line + 1, engine };
		}
		if (end === text.length) break;
		pos = end + 1;
		line++;
	}
	return ABSENT;
}

/** Engine names that would run the note as code: never parsed, reported as refused. */
const CODE_ENGINES = new Set(["js", "javascript", "coffee", "coffeescript", "cson"]);

/** What gray-matter treats as an empty block: only `#` comment lines and white space. */
function isEmptyBlock(block: string): boolean {
	const first = block.search(/\S/);
	if (first < 0) return true;
	// The regex below cannot remove a first non-space character other than `#`: skip it then.
	if (block.charCodeAt(first) !== HASH) return false;
	return block.replace(/^\s*#[^\n]+/gm, "").trim() === "";
}

/** Shape of js-yaml's exception (gray-matter's, and the one Obsidian's `parseYaml` throws): `mark.line` places the problem. */
interface YamlErrorLike {
	name?: unknown;
	reason?: unknown;
	message?: unknown;
	mark?: { line?: unknown };
}

function isPlainData(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A YAML key as written (`"Title"` → `Title`) when `text[start, end)` declares a top-level key, else null. */
function topLevelKey(text: string, start: number, end: number): string | null {
	if (start >= end) return null;
	const c = text.charCodeAt(start);
	if (c === SPACE || c === TAB || c === HASH || c === CR) return null;
	if (c === DASH) {
		const d = start + 1 < end ? text.charCodeAt(start + 1) : -1;
		if (d === -1 || d === SPACE || d === TAB || d === CR) return null;
	}
	// A colon marks a key only when white space or the end of the line follows, as in YAML. The
	// key is the shortest start of the line (one character or more, no line break) followed by
	// blanks and such a colon: what /^(.+?)[ \t]*:(?=[ \t\r]|$)/ matches, found without slicing
	// the line and running a regex for every line of every note.
	let blanksEnd = start;
	for (let i = start + 1; i < end; i++) {
		const previous = text.charCodeAt(i - 1);
		if (previous === LF || previous === CR || previous === 0x2028 || previous === 0x2029) return null;
		if (i >= blanksEnd) {
			blanksEnd = i;
			while (blanksEnd < end && (text.charCodeAt(blanksEnd) === SPACE || text.charCodeAt(blanksEnd) === TAB)) blanksEnd++;
		}
		if (blanksEnd < end && text.charCodeAt(blanksEnd) === COLON) {
			const next = blanksEnd + 1 < end ? text.charCodeAt(blanksEnd + 1) : -1;
			if (next === -1 || next === SPACE || next === TAB || next === CR) return unquoted(text.slice(start, i));
		}
	}
	return null;
}

/** A key without the quotes around it (`"Title"` → `Title`). */
function unquoted(key: string): string {
	const q = key.charAt(0);
	return (q === '"' || q === "'") && key.length >= 2 && key.endsWith(q) ? key.slice(1, -1) : key;
}

/** 1-based note line of each top-level key of the block starting at `yamlStart` (note line 2), by lowercased key. */
export function scanKeyLines(text: string, yamlStart: number, yamlEnd: number): Map<string, number> {
	const keyLines = new Map<string, number>();
	let line = 2;
	let pos = yamlStart;
	while (pos < yamlEnd) {
		const end = Math.min(lineEnd(text, pos), yamlEnd);
		const key = topLevelKey(text, pos, end);
		if (key !== null) {
			const lower = key.toLowerCase();
			if (!keyLines.has(lower)) keyLines.set(lower, line);
		}
		pos = end + 1;
		line++;
	}
	return keyLines;
}

/**
 * Read a note's front matter safely: never throws, never runs code. Only YAML blocks reach
 * `parseYaml` (default: gray-matter's, see yaml-default.ts; the plugin passes Obsidian's).
 */
export function readFrontmatter(path: string, text: string, parseYaml: YamlParser = defaultYamlParser): FrontmatterResult {
	const loc = locateFrontmatter(text);
	const problems: Problem[] = [];
	if (!loc.present) return frontmatterResult(loc, {}, new Map(), problems);

	const closingLine = loc.bodyStartLine - 1;
	const decline = (): FrontmatterResult => {
		problems.push(problemAt(path, 1, "info", "unsupported-frontmatter", `front matter in "${clip(loc.engine)}" is not read; only YAML is`));
		return frontmatterResult(loc, {}, new Map(), problems);
	};
	if (!KNOWN_ENGINES.has(loc.engine)) return decline();

	// The block starts with the newline ending the fence line, so a parser's 0-based line N is note line N + 1.
	const yaml = "\n" + text.slice(loc.yamlStart, loc.yamlEnd);
	let parsed: unknown = {};
	if (!isEmptyBlock(yaml)) {
		if (CODE_ENGINES.has(loc.engine)) {
			problems.push(problemAt(path, 1, "warning", "refused-engine", `front matter in "${clip(loc.engine)}" is code and is never run; its properties are ignored`));
			return frontmatterResult(loc, {}, new Map(), problems);
		}
		if (loc.engine !== "yaml" && loc.engine !== "yml") return decline();
		try {
			parsed = parseYaml(yaml) ?? {};
		} catch (err) {
			const e = (err ?? {}) as YamlErrorLike;
			const reason = typeof e.reason === "string" ? e.reason : typeof e.message === "string" ? e.message : String(err);
			const markLine = typeof e.mark?.line === "number" ? e.mark.line : 0;
			const line = Math.min(Math.max(markLine + 1, 2), Math.max(closingLine - 1, 2));
			problems.push(problemAt(path, line, "warning", "invalid-frontmatter", `invalid front matter: ${clip(reason, 200)}`));
			return frontmatterResult(loc, {}, new Map(), problems);
		}
	}

	if (isPlainData(parsed)) return frontmatterResult(loc, parsed, scanKeyLines(text, loc.yamlStart, loc.yamlEnd), problems);
	problems.push(problemAt(path, 2, "warning", "invalid-frontmatter", "invalid front matter: front matter is not a set of properties"));
	return frontmatterResult(loc, {}, new Map(), problems);
}

function frontmatterResult(
	loc: FrontmatterLocation,
	data: Record<string, unknown>,
	keyLines: Map<string, number>,
	problems: Problem[],
): FrontmatterResult {
	return { data, present: loc.present, bodyStart: loc.bodyStart, bodyStartLine: loc.bodyStartLine, keyLines, problems };
}

function problemAt(path: string, line: number, severity: Problem["severity"], code: string, message: string): Problem {
	return { path, line, severity, code, message };
}
