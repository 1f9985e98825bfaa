/**
 * The Compare view's model: a base's entries as the items of a comparison, the view's properties
 * in their order as its criteria. Above `MAX_COMPARED` entries the view asks which to compare.
 */
import type { Comparison } from "../tables/comparison";
import { normaliseCell } from "../tables/normalise";
import { itemLink } from "../tables/note-comparison";
import type { BaseColumn, BaseEntryData } from "./types";

/** Most entries compared at once (a panel wider than this is unreadable). */
export const MAX_COMPARED = 10;

/** A comparison of entries, and which note each item name stands for. */
export interface BaseComparison {
	comparison: Comparison;
	/** Display name of each item, in item order. */
	names: string[];
	/** Display name → vault path. */
	paths: Map<string, string>;
}

/** Display names: titles, except that entries sharing a title are named by their path (without `.md`). */
export function entryNames(entries: readonly BaseEntryData[]): string[] {
	const counts = new Map<string, number>();
	for (const e of entries) counts.set(normaliseCell(e.title), (counts.get(normaliseCell(e.title)) ?? 0) + 1);
	return entries.map((e) => ((counts.get(normaliseCell(e.title)) ?? 0) > 1 ? e.path.replace(/\.md$/i, "") : e.title));
}

/** A value's text as one cell: line breaks become `<br>`, as in a table. */
function cellMarkdown(text: string): string {
	return text.replace(/\r?\n/g, "<br>");
}

/**
 * The comparison of `entries` along `columns` (entries as items in the order given, linked to
 * their notes; each column a criterion, with its values as text). Columns that name the file
 * itself (`file.name`, `file.basename`) are left out: the item names already show it.
 */
export function compareEntries(entries: readonly BaseEntryData[], columns: readonly BaseColumn[]): BaseComparison {
	const kept = columns.map((col, i) => ({ col, i })).filter(({ col }) => col.id !== "file.name" && col.id !== "file.basename");
	const names = entryNames(entries);
	const paths = new Map<string, string>();
	names.forEach((name, j) => paths.set(name, entries[j].path));
	return {
		comparison: {
			orientation: "items-in-columns",
			items: names.map((name, j) => itemLink(entries[j].path, name)),
			criteria: kept.map(({ col }) => col.name),
			values: kept.map(({ i }) => entries.map((e) => cellMarkdown(e.cells[i]?.text ?? ""))),
			corner: "",
		},
		names,
		paths,
	};
}

/**
 * The paths to compare: the chosen ones still in the result (in result order, at most
 * `MAX_COMPARED`), else every entry when there are at most `MAX_COMPARED`; null when the user
 * must choose (more entries and no valid choice).
 */
export function comparedPaths(entries: readonly BaseEntryData[], chosen: readonly string[] | null): string[] | null {
	if (chosen) {
		const wanted = new Set(chosen);
		const kept = entries.filter((e) => wanted.has(e.path)).map((e) => e.path);
		if (kept.length >= 2) return kept.slice(0, MAX_COMPARED);
	}
	return entries.length <= MAX_COMPARED ? entries.map((e) => e.path) : null;
}
