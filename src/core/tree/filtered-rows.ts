/** The rows of a filtered tree, walked over node records: one allocation per row, no set or map lookup per child. */

import { dropBarrenRows } from "./flatten";
import type { FilterResult } from "./filter-result";
import { slotOf, type NodeEntry, type TreeSlot } from "./node-entry";
import type { RowKeys } from "./row-keys";
import type { Range, TreeRow } from "./types";

/** What the walk needs from the model. */
export interface FilteredSource {
	/** Child records of a visible record to walk, in display order (invisible ones may be among them); null when none is visible. */
	shownKids(entry: NodeEntry, slot: TreeSlot, filter: FilterResult): readonly NodeEntry[] | null;
	/** Number of children, without sorting them. */
	count(entry: NodeEntry, slot: TreeSlot): number;
	/** Ranges of the folded `terms` in a node's title. */
	highlights(id: string, terms: readonly string[]): readonly Range[];
	/** Where the rows' keys are made. */
	keys: RowKeys;
}

/** What a matching row needs to compute its highlights later. */
export interface RowContext {
	source: FilteredSource;
	terms: readonly string[];
}

const NO_RANGES: readonly Range[] = Object.freeze([]);

const EXPANDED = 1;
const CYCLE_BACK = 2;
const MATCH = 4;

/**
 * A row of a filtered tree, kept small: a broad query can give 200,000 rows, of which the
 * virtualised view renders a screenful. Its key (see `RowKeys`) and its highlight ranges are
 * computed when first read; the flags hold `expanded`, `cycleBack` and `match`.
 */
export class FilterRow implements TreeRow {
	readonly id: string;
	/** The record's serial, read without going to the record (a patch scans every row for changed ones). */
	readonly serial: number;
	private keyText: string | undefined = undefined;
	private ranges: readonly Range[] | undefined = undefined;

	constructor(
		/** The node's record (an update of the filter finds the rows to redo by it). */
		readonly entry: NodeEntry,
		readonly depth: number,
		/** The row above on the path; at the top, the walk's context instead. */
		private readonly up: FilterRow | RowContext,
		readonly childCount: number,
		private flags: number,
		private readonly keys: RowKeys,
	) {
		this.id = entry.id;
		this.serial = entry.serial;
	}

	/** Shows its visible children below it. */
	get expanded(): boolean {
		return (this.flags & EXPANDED) !== 0;
	}

	set expanded(value: boolean) {
		this.flags = value ? this.flags | EXPANDED : this.flags & ~EXPANDED;
	}

	/** The node already occurs on the path above. */
	get cycleBack(): boolean {
		return (this.flags & CYCLE_BACK) !== 0;
	}

	/** The node itself matches the filter. */
	get match(): boolean {
		return (this.flags & MATCH) !== 0;
	}

	/** The key of the row's position: made from the key of the row above and the id. */
	get key(): string {
		if (this.keyText !== undefined) return this.keyText;
		// Iterative, so a very deep tree does not grow the call stack.
		const chain: FilterRow[] = [this];
		let row = this.up;
		while (row instanceof FilterRow && row.keyText === undefined) {
			chain.push(row);
			row = row.up;
		}
		let above = row instanceof FilterRow ? (row.keyText as string) : null;
		for (let k = chain.length - 1; k >= 0; k--) {
			const link = chain[k];
			link.keyText = this.keys.child(above, link.id);
			above = link.keyText;
		}
		return above as string;
	}

	/** Id of the row above on the path. */
	get parentId(): string | undefined {
		return this.up instanceof FilterRow ? this.up.id : undefined;
	}

	/** Ranges of the query terms in a matching row's title. */
	get highlights(): readonly Range[] {
		if (this.ranges === undefined) {
			let up = this.up;
			while (up instanceof FilterRow) up = up.up;
			const { source, terms } = up;
			this.ranges = this.match && terms.length > 0 ? source.highlights(this.id, terms) : NO_RANGES;
		}
		return this.ranges;
	}
}

let walks = 0;

function hasVisible(kids: readonly NodeEntry[], marking: number): boolean {
	for (let i = 0; i < kids.length; i++) if (kids[i].visibleIn === marking) return true;
	return false;
}

/**
 * The rows below `starts` in display order for a filter whose marks the records hold: visible
 * records only, every row with a visible child expanded, a record already on the path above a
 * `cycleBack` leaf. Rows that lead to no match are dropped: with a filter made for the current
 * graph and ghost setting (`current`), that only happens through a cycle. `layout` is the source's,
 * for reading its caches on the slots without a call.
 */
export function flattenFiltered(source: FilteredSource, starts: readonly NodeEntry[], filter: FilterResult, current: boolean, layout: number): TreeRow[] {
	const { rows, cycles } = walkFiltered(source, starts, filter, layout, { source, terms: filter.terms }, 0);
	return cycles || !current ? dropBarrenRows(rows) : rows;
}

/** Flags of a row made again by an update: its node's state under `filter`, and whether it shows its children. */
export function rowFlags(entry: NodeEntry, filter: FilterResult, expanded: boolean): number {
	return (expanded ? EXPANDED : 0) | (entry.matchedIn === filter.marking ? MATCH : 0);
}

/**
 * The rows of the subtrees of `starts`, placed below the row `above` at `depth` (see
 * `flattenFiltered`); null when the walk meets a node already on its path (a cycle).
 */
export function subtreeRows(source: FilteredSource, starts: readonly NodeEntry[], filter: FilterResult, layout: number, above: FilterRow | RowContext, depth: number): FilterRow[] | null {
	const { rows, cycles } = walkFiltered(source, starts, filter, layout, above, depth);
	return cycles ? null : rows;
}

function walkFiltered(
	source: FilteredSource,
	starts: readonly NodeEntry[],
	filter: FilterResult,
	layout: number,
	above: FilterRow | RowContext,
	depth: number,
): { rows: FilterRow[]; cycles: boolean } {
	const marking = filter.marking;
	const walk = ++walks;
	const rows: FilterRow[] = [];
	let cycles = false;
	// The stack of open levels, as parallel arrays: records, next index, row and record above.
	const levelKids: Array<readonly NodeEntry[]> = [starts];
	const levelNext: number[] = [0];
	const levelRow: Array<FilterRow | RowContext> = [above];
	const levelSlot: Array<TreeSlot | null> = [null];
	let top = 0;
	while (top >= 0) {
		const kids = levelKids[top];
		let i = levelNext[top];
		while (i < kids.length && kids[i].visibleIn !== marking) i++;
		if (i >= kids.length) {
			const above = levelSlot[top];
			if (above !== null) above.onPathIn = -1;
			top--;
			continue;
		}
		levelNext[top] = i + 1;
		const entry = kids[i];
		const slot = slotOf(entry);
		const cycleBack = slot.onPathIn === walk;
		const childCount = slot.countAt === layout ? slot.childCount : source.count(entry, slot);
		let children: readonly NodeEntry[] | null = null;
		if (cycleBack) cycles = true;
		else if (childCount > 0) {
			children = slot.kidsAt === layout ? slot.kids : source.shownKids(entry, slot, filter);
			if (children !== null && !hasVisible(children, marking)) children = null;
		}
		const flags = (children !== null ? EXPANDED : 0) | (cycleBack ? CYCLE_BACK : 0) | (entry.matchedIn === marking ? MATCH : 0);
		const row = new FilterRow(entry, depth + top, levelRow[top], childCount, flags, source.keys);
		rows.push(row);
		if (children !== null) {
			slot.onPathIn = walk;
			top++;
			levelKids[top] = children;
			levelNext[top] = 0;
			levelRow[top] = row;
			levelSlot[top] = slot;
		}
	}
	return { rows, cycles };
}
