/**
 * The body of a `compare` code block: option lines, then a markdown table.
 *
 * ````
 * ```compare
 * orientation: items-in-rows
 * items: Postgres, SQLite
 * caption: Embedded or server?
 * | Database | Storage | Server |
 * |---|---|---|
 * | Postgres | files | yes |
 * | SQLite | one file | no |
 * ```
 * ````
 *
 * Options (any order, case-insensitive keys, blank lines allowed): `orientation`
 * (`items-in-rows`/`rows` or `items-in-columns`/`columns`), `items` (comma-separated names:
 * show only these, in this order), `caption`. The first table after them is the comparison;
 * anything else before it is an error, so a typo never silently changes what is shown.
 */
import { normaliseCell, type Comparison, type Orientation } from "./comparison";
import { parseTableBlock, type MdTable } from "./parse";

/** A block that parsed: its table and options. */
export interface CompareBlockOk {
	ok: true;
	table: MdTable;
	/** Forced orientation, when an `orientation:` line gives one. */
	orientation?: Orientation;
	/** Items to show, in this order (names as written), when an `items:` line gives them. */
	items?: string[];
	/** Caption from a `caption:` line. */
	caption?: string;
}

/** A block that did not parse: a message for the reader, naming the 1-based line of the block when it concerns one. */
export interface CompareBlockError {
	ok: false;
	error: string;
	/** 1-based line inside the block body, 0 when the whole block is concerned. */
	line: number;
}

export type CompareBlock = CompareBlockOk | CompareBlockError;

const OPTION = /^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/;
const ORIENTATIONS: Record<string, Orientation> = {
	"items-in-rows": "items-in-rows",
	rows: "items-in-rows",
	"items-in-columns": "items-in-columns",
	columns: "items-in-columns",
};

/** Example shown with every error, so the fix is one glance away. */
export const COMPARE_BLOCK_HELP = "Write a markdown table, optionally after lines such as `orientation: items-in-rows` and `items: A, B`.";

function fail(error: string, line: number): CompareBlockError {
	return { ok: false, error, line };
}

/** Split an `items:` value on commas, trimming; empty names dropped. */
function itemList(value: string): string[] {
	return value
		.split(",")
		.map((v) => v.trim())
		.filter((v) => v.length > 0);
}

/** Parse a `compare` block body. Never throws. */
export function parseCompareBlock(source: string): CompareBlock {
	const lines = source.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
	const options: Omit<CompareBlockOk, "ok" | "table"> = {};
	let i = 0;
	for (; i < lines.length; i++) {
		const line = lines[i];
		if (line.trim() === "") continue;
		if (line.includes("|")) break;
		const m = OPTION.exec(line);
		if (!m) return fail(`Line ${i + 1} is neither an option nor part of a table: "${line.trim()}". ${COMPARE_BLOCK_HELP}`, i + 1);
		const key = m[1].toLowerCase();
		const value = m[2];
		if (key === "orientation") {
			const orientation = ORIENTATIONS[value.toLowerCase()];
			if (!orientation) return fail(`Unknown orientation "${value}": use items-in-rows or items-in-columns.`, i + 1);
			options.orientation = orientation;
		} else if (key === "items") {
			const items = itemList(value);
			if (items.length === 0) return fail("The items line names no items: list them separated by commas.", i + 1);
			options.items = items;
		} else if (key === "caption" || key === "title") {
			options.caption = value;
		} else {
			return fail(`Unknown option "${m[1]}": use orientation, items or caption.`, i + 1);
		}
	}
	const table = parseTableBlock(lines.slice(i), i + 1);
	if (!table) return fail(`No table found in this compare block. ${COMPARE_BLOCK_HELP}`, 0);
	return { ok: true, table, ...options };
}

/** A comparison restricted to some items, and the requested names it does not have. */
export interface SelectedItems {
	comparison: Comparison;
	/** Requested names (as written) that match no item. */
	missing: string[];
}

/**
 * Keep only the named items, in the order named (matched after normalising: case, spacing and
 * formatting do not matter, `[[Postgres]]` matches Postgres). Unknown names are reported.
 */
export function selectItems(comparison: Comparison, names: readonly string[]): SelectedItems {
	const byKey = new Map<string, number>();
	comparison.items.forEach((item, j) => {
		const key = normaliseCell(item);
		if (!byKey.has(key)) byKey.set(key, j);
	});
	const picked: number[] = [];
	const missing: string[] = [];
	for (const name of names) {
		const j = byKey.get(normaliseCell(name));
		if (j === undefined) missing.push(name);
		else if (!picked.includes(j)) picked.push(j);
	}
	return {
		comparison: {
			...comparison,
			items: picked.map((j) => comparison.items[j]),
			values: comparison.values.map((row) => picked.map((j) => row[j] ?? "")),
		},
		missing,
	};
}
