/**
 * Front matter, hardened. We find the block ourselves (fast, offsets in the original text) and
 * hand gray-matter only that block, with engines that refuse code, and always with an options
 * object so gray-matter's never-emptied global cache is bypassed.
 */
import matter from "gray-matter";
import type { Problem } from "./types";

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

const ABSENT: FrontmatterLocation = { present: false, yamlStart: 0, yamlEnd: 0, bodyStart: 0, bodyStartLine: 1, engine: "" };

/** The language name allowed after the opening `---` (`---yaml`, `---js`, `--- toml`). */
const OPENING_REST = /^[ \t]*([A-Za-z][\w+-]*)?[ \t]*$/;

/**
 * Engine names handed to gray-matter: YAML, those it would evaluate as code (refused by our
 * engines) and json/toml (declined). Any other name never reaches it: gray-matter looks engines
 * up in a plain object, so a name like `constructor` would pick an inherited function.
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

/** Thrown by the engines that would run a note's code. */
class RefusedEngineError extends Error {}
/** Thrown by engines Topic Tree does not read (json, toml). */
class UnsupportedEngineError extends Error {}

function refuse(): object {
	throw new RefusedEngineError("code in front matter is never run");
}

function unsupported(): object {
	throw new UnsupportedEngineError("only YAML front matter is read");
}

/**
 * A closing delimiter that never occurs in a note: gray-matter gets only the opening fence and
 * the block, so it takes the whole block as front matter even when a line inside it starts with
 * `---` (which gray-matter's own closing search would stop at).
 */
const NO_CLOSE = "\u0000topic-tree-end\u0000";

const ENGINES: Record<string, (input: string) => object> = {
	js: refuse,
	javascript: refuse,
	coffee: refuse,
	coffeescript: refuse,
	cson: refuse,
	json: unsupported,
	toml: unsupported,
};

/** Options for every gray-matter call: never cached, code refused, only YAML read. */
const MATTER_OPTIONS = { engines: ENGINES, delimiters: ["---", NO_CLOSE] as [string, string] };

/** Shape of js-yaml's exception, which gray-matter lets through. */
interface YamlErrorLike {
	name?: unknown;
	reason?: unknown;
	message?: unknown;
	mark?: { line?: unknown };
}

function isPlainData(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A YAML key as written (`"Title"` → `Title`) when `line` declares a top-level key, else null. */
function topLevelKey(line: string): string | null {
	const c = line.charAt(0);
	if (c === "" || c === " " || c === "\t" || c === "#" || c === "\r") return null;
	if (c === "-" && (line.length === 1 || line.charAt(1) === " " || line.charAt(1) === "\t" || line.charAt(1) === "\r")) return null;
	// A colon marks a key only when white space or the end of the line follows, as in YAML.
	const m = /^(.+?)[ \t]*:(?=[ \t\r]|$)/.exec(line);
	if (!m) return null;
	let key = m[1];
	const q = key.charAt(0);
	if ((q === '"' || q === "'") && key.length >= 2 && key.endsWith(q)) key = key.slice(1, -1);
	return key;
}

/** 1-based note line of each top-level key of the block starting at `yamlStart` (note line 2). */
function scanKeyLines(text: string, yamlStart: number, yamlEnd: number): Map<string, number> {
	const keyLines = new Map<string, number>();
	let line = 2;
	let pos = yamlStart;
	while (pos < yamlEnd) {
		const end = Math.min(lineEnd(text, pos), yamlEnd);
		const key = topLevelKey(text.slice(pos, end));
		if (key !== null) {
			const lower = key.toLowerCase();
			if (!keyLines.has(lower)) keyLines.set(lower, line);
		}
		pos = end + 1;
		line++;
	}
	return keyLines;
}

/** Read a note's front matter with gray-matter, safely: never throws, never runs code. */
export function readFrontmatter(path: string, text: string): FrontmatterResult {
	const loc = locateFrontmatter(text);
	const result: FrontmatterResult = {
		data: {},
		present: loc.present,
		bodyStart: loc.bodyStart,
		bodyStartLine: loc.bodyStartLine,
		keyLines: new Map(),
		problems: [],
	};
	if (!loc.present) return result;

	const closingLine = loc.bodyStartLine - 1;
	const problem = (line: number, severity: Problem["severity"], code: string, message: string): void => {
		result.problems.push({ path, line, severity, code, message });
	};
	const decline = (): void => problem(1, "info", "unsupported-frontmatter", `front matter in "${loc.engine}" is not read; only YAML is`);
	if (!KNOWN_ENGINES.has(loc.engine)) {
		decline();
		return result;
	}

	// The block starts with the rest of the fence line, so js-yaml's 0-based line N is note line N + 1.
	const block = "---" + loc.engine + "\n" + text.slice(loc.yamlStart, loc.yamlEnd);
	let parsed: unknown;
	try {
		parsed = matter(block, MATTER_OPTIONS).data;
	} catch (err) {
		if (err instanceof RefusedEngineError) {
			problem(1, "warning", "refused-engine", `front matter in "${loc.engine}" is code and is never run; its properties are ignored`);
		} else if (err instanceof UnsupportedEngineError) {
			decline();
		} else {
			const e = (err ?? {}) as YamlErrorLike;
			const reason = typeof e.reason === "string" ? e.reason : typeof e.message === "string" ? e.message : String(err);
			const markLine = typeof e.mark?.line === "number" ? e.mark.line : 0;
			const line = Math.min(Math.max(markLine + 1, 2), Math.max(closingLine - 1, 2));
			problem(line, "warning", "invalid-frontmatter", `invalid front matter: ${reason}`);
		}
		return result;
	}

	if (isPlainData(parsed)) {
		result.data = parsed;
		result.keyLines = scanKeyLines(text, loc.yamlStart, loc.yamlEnd);
	} else if (parsed !== null && parsed !== undefined) {
		problem(2, "warning", "invalid-frontmatter", "invalid front matter: front matter is not a set of properties");
	}
	return result;
}
