/**
 * The rows of a filtered tree after an update in place of its marks: the previous rows with the
 * rows of the changed records made again. A row whose record did not change is kept (with its
 * key and highlights); a changed record's row is made anew and its visible children are laid out
 * again, each keeping its old rows when it had some under that row, or walked afresh when not.
 */

import type { FilterResult } from "./filter-result";
import { FilterRow, rowFlags, subtreeRows, type FilteredSource, type RowContext } from "./filtered-rows";
import { slotOf, type NodeEntry } from "./node-entry";

/** The patched rows, and which rows went and came (for caches kept per row). */
export interface RowPatch {
	rows: FilterRow[];
	removed: FilterRow[];
	added: FilterRow[];
}

/** Thrown inside the patch when it cannot go on (a cycle, a row of a record no longer visible). */
class PatchFailed extends Error {}

/**
 * Patches `old` (the rows of the previous result, walked from the same top records and without
 * cycles) for `filter`, whose marks were updated in place: rows of records in `dirty` are made
 * again, and so is the top level when `topDirty`. `tops` are the top records now. Null when the
 * rows must be walked afresh.
 */
export function patchRows(
	source: FilteredSource,
	old: readonly FilterRow[],
	tops: readonly NodeEntry[],
	filter: FilterResult,
	dirty: ReadonlySet<NodeEntry>,
	topDirty: boolean,
	layout: number,
): RowPatch | null {
	const marking = filter.marking;
	const context: RowContext = { source, terms: filter.terms };
	const out: FilterRow[] = [];
	const removed: FilterRow[] = [];
	const added: FilterRow[] = [];

	/** End of the subtree of the row at `i` (the next row at its depth or above). */
	const subtreeEnd = (i: number): number => {
		const depth = old[i].depth;
		let end = i + 1;
		while (end < old.length && old[end].depth > depth) end++;
		return end;
	};

	/** Rows of the children `kids` (visible ones only) below `above` at `depth`, reusing the old ranges of `ranges`. */
	const layOut = (kids: readonly NodeEntry[], ranges: Map<NodeEntry, number>, above: FilterRow | RowContext, depth: number): void => {
		for (const kid of kids) {
			if (kid.visibleIn !== marking) continue;
			const start = ranges.get(kid);
			if (start !== undefined) {
				copyRange(start, subtreeEnd(start), above, depth);
				ranges.delete(kid);
				continue;
			}
			const fresh = subtreeRows(source, [kid], filter, layout, above, depth);
			if (fresh === null) throw new PatchFailed();
			for (const row of fresh) {
				out.push(row);
				added.push(row);
			}
		}
		// Old children no longer shown here: their rows go.
		for (const start of ranges.values()) for (let i = start, end = subtreeEnd(start); i < end; i++) removed.push(old[i]);
	};

	/** The old children ranges of the rows in [start, end) at `depth`, by record. */
	const rangesIn = (start: number, end: number, depth: number): Map<NodeEntry, number> => {
		const ranges = new Map<NodeEntry, number>();
		for (let i = start; i < end; i++) if (old[i].depth === depth) ranges.set(old[i].entry, i);
		return ranges;
	};

	/** Copies [start, end) (whole subtrees, tops at `depth` below `above`), making the rows of dirty records again. */
	const copyRange = (start: number, end: number, above: FilterRow | RowContext, depth: number): void => {
		// The last row kept or made at each depth below `depth`: the row above a dirty row found deeper.
		const level: Array<FilterRow | RowContext> = [above];
		let i = start;
		while (i < end) {
			const row = old[i];
			const at = row.depth - depth;
			if (!dirty.has(row.entry)) {
				out.push(row);
				level[at + 1] = row;
				i++;
				continue;
			}
			const entry = row.entry;
			if (entry.visibleIn !== marking) throw new PatchFailed();
			const childEnd = subtreeEnd(i);
			const slot = slotOf(entry);
			const childCount = source.count(entry, slot);
			const kids = childCount > 0 ? source.shownKids(entry, slot, filter) : null;
			const expanded = kids !== null && kids.some((kid) => kid.visibleIn === marking);
			const made = new FilterRow(entry, row.depth, level[at], childCount, rowFlags(entry, filter, expanded), source.keys);
			out.push(made);
			added.push(made);
			removed.push(row);
			level[at + 1] = made;
			const ranges = rangesIn(i + 1, childEnd, row.depth + 1);
			layOut(expanded ? kids : [], ranges, made, row.depth + 1);
			i = childEnd;
		}
	};

	try {
		if (topDirty) layOut(tops, rangesIn(0, old.length, 0), context, 0);
		else copyRange(0, old.length, context, 0);
	} catch (e) {
		if (e instanceof PatchFailed) return null;
		throw e;
	}
	return { rows: out, removed, added };
}
