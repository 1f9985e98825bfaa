/**
 * The options of a `topic-tree` code block, one `key: value` per line:
 *
 *     root: [[Note]]          the note to start from (default: the note the block is in)
 *     show: children          children | subtree | siblings | path
 *     depth: 2                levels of a subtree (default: all)
 *     sort: modified desc     title | filename | modified | created | manual, then asc | desc
 *     style: tree             list (a bullet list) | tree (the sidebar's look)
 *
 * Blank lines are ignored; anything else that is not a known option is an error with its line.
 */
import { parseLinks } from "../links";
import type { SortKey } from "../tree";

export type BlockShow = "children" | "subtree" | "siblings" | "path";
export type BlockStyle = "list" | "tree";

export interface TreeBlockOptions {
	/** Link target of `root:` as written (`Note`, `Folder/Note`), or null for the block's own note. */
	root: string | null;
	show: BlockShow;
	/** Levels shown by `show: subtree` (null: all). */
	depth: number | null;
	/** null: the tree view's sort. */
	sort: SortKey | null;
	descending: boolean;
	style: BlockStyle;
}

export type ParsedTreeBlock = { ok: true; options: TreeBlockOptions } | { ok: false; line: number; error: string };

const SHOWS: readonly BlockShow[] = ["children", "subtree", "siblings", "path"];
const STYLES: readonly BlockStyle[] = ["list", "tree"];
const SORTS: readonly SortKey[] = ["title", "filename", "modified", "created", "manual"];
const KEYS = ["root", "show", "depth", "sort", "style"] as const;
type Key = (typeof KEYS)[number];

/** Deepest `depth:` accepted. */
export const MAX_BLOCK_DEPTH = 20;

/** What the block shows when it is empty. */
export const DEFAULT_BLOCK_OPTIONS: TreeBlockOptions = { root: null, show: "children", depth: null, sort: null, descending: false, style: "list" };

function quoted(values: readonly string[]): string {
	return values.join(", ");
}

/** Reads one option value into `options`; returns an error message or null. */
function readOption(key: Key, value: string, options: TreeBlockOptions): string | null {
	const lower = value.toLowerCase();
	switch (key) {
		case "root": {
			const link = parseLinks(value).links[0];
			const target = (link?.target ?? value).trim();
			if (target === "") return "root needs a note, as in root: [[Note]]";
			options.root = target;
			return null;
		}
		case "show":
			if (!SHOWS.includes(lower as BlockShow)) return `show must be one of ${quoted(SHOWS)}, not "${value}"`;
			options.show = lower as BlockShow;
			return null;
		case "depth": {
			if (lower === "all") {
				options.depth = null;
				return null;
			}
			const depth = /^\d+$/.test(lower) ? Number(lower) : NaN;
			if (!(depth >= 1 && depth <= MAX_BLOCK_DEPTH)) return `depth must be a whole number from 1 to ${MAX_BLOCK_DEPTH}, or all, not "${value}"`;
			options.depth = depth;
			return null;
		}
		case "sort": {
			const [name, direction, ...rest] = lower.split(/\s+/);
			if (!SORTS.includes(name as SortKey) || rest.length > 0 || (direction !== undefined && direction !== "asc" && direction !== "desc")) {
				return `sort must be one of ${quoted(SORTS)}, optionally followed by asc or desc, not "${value}"`;
			}
			options.sort = name as SortKey;
			options.descending = direction === undefined ? name === "modified" || name === "created" : direction === "desc";
			return null;
		}
		case "style":
			if (!STYLES.includes(lower as BlockStyle)) return `style must be list or tree, not "${value}"`;
			options.style = lower as BlockStyle;
			return null;
	}
}

/** Parses the block's source; the first mistake wins. */
export function parseTreeBlock(source: string): ParsedTreeBlock {
	const options: TreeBlockOptions = { ...DEFAULT_BLOCK_OPTIONS };
	const seen = new Set<Key>();
	const lines = source.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i].trim();
		if (text === "") continue;
		const line = i + 1;
		const colon = text.indexOf(":");
		if (colon <= 0) return { ok: false, line, error: `"${text}" is not an option; write key: value with one of ${quoted(KEYS)}` };
		const key = text.slice(0, colon).trim().toLowerCase();
		if (!(KEYS as readonly string[]).includes(key)) return { ok: false, line, error: `unknown option "${text.slice(0, colon).trim()}"; options are ${quoted(KEYS)}` };
		if (seen.has(key as Key)) return { ok: false, line, error: `${key} is given twice` };
		seen.add(key as Key);
		const error = readOption(key as Key, text.slice(colon + 1).trim(), options);
		if (error !== null) return { ok: false, line, error };
	}
	return { ok: true, options };
}
