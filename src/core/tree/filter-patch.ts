/**
 * The rows of a filtered tree after an update in place of its marks: the previous rows with the
 * rows of the changed records made again. A row whose record did not change is kept (with its
 * key and highlights); a changed record's row is made anew and its visible children are laid out
 * again, each keeping its old rows when it had some under that row, or walked afresh when not.
 */

import type { FilterResult } from "./filter-result";
import { FilterRow, rowFlags, subtreeRows, type FilteredSource, type RowContext } from "./filtered-rows";
import { slotOf, type NodeEntry } from "./node-entry";

/**
 * Rows with their records' serials and their depths in typed arrays: finding the changed rows
 * among 100,000 scans these instead of the row objects (scattered in memory).
 */
export interface IndexedRows {
	rows: FilterRow[];
	serials: Int32Array;
	depths: Int32Array;
}

/** The patched rows, and which rows went and came (for caches kept per row). */
export interface RowPatch extends IndexedRows {
	removed: FilterRow[];
	added: FilterRow[];
}

/** `rows` with their serials and depths. */
export function indexRows(rows: FilterRow[]): IndexedRows {
	const serials = new Int32Array(rows.length);
	const depths = new Int32Array(rows.length);
	for (let i = 0; i < rows.length; i++) {
		serials[i] = rows[i].serial;
		depths[i] = rows[i].depth;
	}
	return { rows, serials, depths };
}

let patches = 0;
/** Per record serial: the patch that makes the record's rows again. */
let dirtyIn = new Int32Array(1024);

/** Thrown inside the patch when it cannot go on (a cycle, a row of a record no longer visible). */
class PatchFailed extends Error {}

/** A piece of the patched rows: a range of the old rows kept, or rows made (`from` -1). */
interface Piece {
	rows: FilterRow[];
	from: number;
}

/**
 * Patches `old` (the rows of the previous result, walked from the same top records and without
 * cycles) for `filter`, whose marks were updated in place: rows of records in `dirty` are made
 * again, and so is the top level when `topDirty`. `tops` are the top records now. Null when the
 * rows must be walked afresh.
 */
export function patchRows(
	source: FilteredSource,
	old: IndexedRows,
	tops: readonly NodeEntry[],
	filter: FilterResult,
	dirty: ReadonlySet<NodeEntry>,
	topDirty: boolean,
	layout: number,
): RowPatch | null {
	const marking = filter.marking;
	const stamp = ++patches;
	for (const entry of dirty) {
		if (entry.serial >= dirtyIn.length) {
			const grown = new Int32Array(Math.max(entry.serial + 1, dirtyIn.length * 2));
			grown.set(dirtyIn);
			dirtyIn = grown;
		}
		dirtyIn[entry.serial] = stamp;
	}
	const marks = dirtyIn;
	const { rows: oldRows, serials, depths } = old;
	const count = oldRows.length;
	const context: RowContext = { source, terms: filter.terms };
	const pieces: Piece[] = [];
	const removed: FilterRow[] = [];
	const added: FilterRow[] = [];
	let made: FilterRow[] = [];
	const emit = (row: FilterRow): void => {
		if (made.length === 0) pieces.push({ rows: made, from: -1 });
		made.push(row);
		added.push(row);
	};
	const keep = (start: number, end: number): void => {
		if (end <= start) return;
		pieces.push({ rows: oldRows.slice(start, end), from: start });
		made = [];
	};

	/** End of the subtree of the row at `i` (the next row at its depth or above). */
	const subtreeEnd = (i: number): number => {
		const depth = depths[i];
		let end = i + 1;
		while (end < count && depths[end] > depth) end++;
		return end;
	};

	/** Rows of the children `kids` (visible ones only) below `above` at `depth`, reusing the old ranges of `ranges`. */
	const layOut = (kids: readonly NodeEntry[], ranges: Map<number, number>, above: FilterRow | RowContext, depth: number): void => {
		for (const kid of kids) {
			if (kid.visibleIn !== marking) continue;
			const start = ranges.get(kid.serial);
			if (start !== undefined) {
				copyRange(start, subtreeEnd(start), above, depth);
				ranges.delete(kid.serial);
				continue;
			}
			const fresh = subtreeRows(source, [kid], filter, layout, above, depth);
			if (fresh === null) throw new PatchFailed();
			for (const row of fresh) emit(row);
		}
		// Old children no longer shown here: their rows go.
		for (const start of ranges.values()) for (let i = start, end = subtreeEnd(start); i < end; i++) removed.push(oldRows[i]);
	};

	/** The old children ranges of the rows in [start, end) at `depth`, by record serial. */
	const rangesIn = (start: number, end: number, depth: number): Map<number, number> => {
		const ranges = new Map<number, number>();
		for (let i = start; i < end; i++) if (depths[i] === depth) ranges.set(serials[i], i);
		return ranges;
	};

	/** Copies [start, end) (whole subtrees, tops at `depth` below `above`), making the rows of dirty records again. */
	const copyRange = (start: number, end: number, above: FilterRow | RowContext, depth: number): void => {
		let i = start;
		while (i < end) {
			// Rows of unchanged records are kept as they are, up to the next changed one.
			let next = i;
			while (next < end && marks[serials[next]] !== stamp) next++;
			keep(i, next);
			if (next === end) return;
			const row = oldRows[next];
			const entry = row.entry;
			if (entry.visibleIn !== marking) throw new PatchFailed();
			// The row above: the last kept row one level up (kept, or this row would be inside its redone subtree).
			let up: FilterRow | RowContext = above;
			if (row.depth > depth) {
				let p = next - 1;
				while (depths[p] !== row.depth - 1) p--;
				up = oldRows[p];
			}
			const childEnd = subtreeEnd(next);
			const slot = slotOf(entry);
			const childCount = source.count(entry, slot);
			const kids = childCount > 0 ? source.shownKids(entry, slot, filter) : null;
			const expanded = kids !== null && kids.some((kid) => kid.visibleIn === marking);
			const remade = new FilterRow(entry, row.depth, up, childCount, rowFlags(entry, filter, expanded), source.keys);
			emit(remade);
			removed.push(row);
			layOut(expanded ? kids : [], rangesIn(next + 1, childEnd, row.depth + 1), remade, row.depth + 1);
			i = childEnd;
		}
	};

	try {
		if (topDirty) layOut(tops, rangesIn(0, count, 0), context, 0);
		else copyRange(0, count, context, 0);
	} catch (e) {
		if (e instanceof PatchFailed) return null;
		throw e;
	}
	// Joined in bulk: copying ranges costs far less than pushing 100,000 rows one by one.
	const rows = joined(pieces);
	const newSerials = new Int32Array(rows.length);
	const newDepths = new Int32Array(rows.length);
	let at = 0;
	for (const piece of pieces) {
		const n = piece.rows.length;
		if (piece.from >= 0) {
			newSerials.set(serials.subarray(piece.from, piece.from + n), at);
			newDepths.set(depths.subarray(piece.from, piece.from + n), at);
		} else {
			for (let k = 0; k < n; k++) {
				newSerials[at + k] = piece.rows[k].serial;
				newDepths[at + k] = piece.rows[k].depth;
			}
		}
		at += n;
	}
	return { rows, serials: newSerials, depths: newDepths, removed, added };
}

/** The pieces' rows in one array (`concat` in batches: a call takes a bounded number of arguments). */
function joined(pieces: readonly Piece[]): FilterRow[] {
	let rows: FilterRow[] = [];
	for (let at = 0; at < pieces.length; at += 4096) rows = rows.concat(...pieces.slice(at, at + 4096).map((piece) => piece.rows));
	return rows;
}
