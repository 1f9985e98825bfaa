/**
 * Case-insensitive access to front matter properties, and the normalisation of the ones the
 * plugin reads itself: tags, aliases, title and order. Real front matter is messy (`Title:`,
 * `Tags: a, b`, `#tag`), so every reader accepts the common spellings and never throws.
 */
import { walkValues } from "./yaml-values";

/** Case-insensitive lookup: `Title`, `title`, `TITLE` all match `title`. When several keys match, the exact-case one wins, else the first. */
export function getProperty(data: Record<string, unknown>, key: string): unknown {
	if (Object.prototype.hasOwnProperty.call(data, key)) return data[key];
	const lower = key.toLowerCase();
	// `for in` over own keys visits them in `Object.keys` order without building that array, and
	// keys are compared without lowercasing copies of them: this runs six times per note, mostly
	// for keys that are absent.
	for (const k in data) {
		if (Object.prototype.hasOwnProperty.call(data, k) && lowercaseEquals(k, lower)) return data[k];
	}
	return undefined;
}

/** `text.toLowerCase() === lower`, without making the lowercase copy when `text` is ASCII. */
function lowercaseEquals(text: string, lower: string): boolean {
	for (let i = 0; i < text.length; i++) {
		// Outside ASCII, lowercasing can change the length or depend on context: let the engine do it.
		if (text.charCodeAt(i) > 0x7f) return text.toLowerCase() === lower;
	}
	if (text.length !== lower.length) return false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== lower.charCodeAt(i)) return false;
	}
	return true;
}

/** Strings and numbers as text; anything else (objects, booleans, dates, null) is not a name. */
function asText(value: unknown): string | null {
	if (typeof value === "string") return value;
	if (typeof value === "number" && Number.isFinite(value)) return String(value);
	return null;
}

/** Push each tag of `value` (string, number or nested list, read within the limits of {@link walkValues}) onto `out`. */
function collectTags(value: unknown, out: string[]): void {
	if (!Array.isArray(value)) {
		addTagsOf(value, out);
		return;
	}
	walkValues(value, (item) => {
		if (!Array.isArray(item)) addTagsOf(item, out);
		return true;
	});
}

/** Push the tags of one string or number onto `out`. */
function addTagsOf(value: unknown, out: string[]): void {
	const text = asText(value);
	if (text === null) return;
	// Most values are one tag: split only when there is something to split on.
	if (!SEPARATOR.test(text)) addTag(text, out);
	else for (const part of text.split(SEPARATORS)) addTag(part, out);
}

const SEPARATOR = /[\s,]/;
const SEPARATORS = /[\s,]+/;

/** Pushes `part` without its leading `#`s, unless nothing is left. */
function addTag(part: string, out: string[]): void {
	const tag = part.charCodeAt(0) === 0x23 ? part.replace(/^#+/, "") : part;
	if (tag !== "") out.push(tag);
}

/** Tags from a YAML list, a comma- or space-separated string (`Tags: mlops, modelops`, `tags: a b`), or nested lists; leading `#` removed; empty removed; duplicates (case-insensitive) removed, first spelling kept. Numbers become strings. */
export function normaliseTags(value: unknown): string[] {
	const all: string[] = [];
	collectTags(value, all);
	if (all.length < 2) return all;
	const seen = new Set<string>();
	const tags: string[] = [];
	for (const tag of all) {
		const lower = tag.toLowerCase();
		if (seen.has(lower)) continue;
		seen.add(lower);
		tags.push(tag);
	}
	return tags;
}

/** Aliases from a list or a comma-separated string ("a, b"), or a single string; trimmed, non-empty, strings only (numbers stringified). Exact duplicates are dropped. */
export function normaliseAliases(value: unknown): string[] {
	let items: unknown[];
	if (Array.isArray(value)) items = value;
	else if (typeof value === "string") items = value.split(",");
	else items = [value];
	const aliases: string[] = [];
	for (const item of items) {
		const text = asText(item)?.trim();
		if (text && !aliases.includes(text)) aliases.push(text);
	}
	return aliases;
}

/** File name without folder and without `.md` extension: `a/b/Note.md` gives `Note`. */
export function basenameOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return /\.md$/i.test(name) ? name.slice(0, -3) : name;
}

/** Display title: the title property when it is a non-empty string (or number), trimmed; else the file name without extension. */
export function displayTitle(path: string, data: Record<string, unknown>, titleProperty: string): string {
	return titleOf(data, titleProperty) || basenameOf(path);
}

/**
 * The title property as one line of text: a multi-line value (`title: |`) joined with spaces;
 * "" when there is none (absent, empty, null); null when it is there but not text (a list, a map).
 */
export function titleOf(data: Record<string, unknown>, titleProperty: string): string | null {
	const value = getProperty(data, titleProperty);
	if (value === undefined || value === null) return "";
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	const text = asText(value);
	if (text === null) return typeof value === "object" ? null : "";
	return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** `order` property as a finite number, else undefined (accepts numeric strings). */
/**
 * Whether front matter is an Excalidraw drawing's: the Excalidraw plugin marks every drawing it
 * saves as markdown with an `excalidraw-plugin` property, whatever the file is named.
 */
export function isDrawing(data: Record<string, unknown>): boolean {
	return getProperty(data, "excalidraw-plugin") !== undefined;
}

export function orderOf(data: Record<string, unknown>): number | undefined {
	const value = getProperty(data, "order");
	if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
	if (typeof value !== "string" || value.trim() === "") return undefined;
	const n = Number(value.trim());
	return Number.isFinite(n) ? n : undefined;
}
