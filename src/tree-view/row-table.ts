/** The flattened rows with what keyboard navigation and ARIA need: parent row, position among siblings. */
import type { TreeRow } from "../core/tree";

/** How far from its previous place a key is looked for before the whole table is searched. */
const NEAR_ROWS = 8;

/** Rows in display order, with per-row structure computed in one pass. */
export class RowTable {
	readonly rows: readonly TreeRow[];
	private readonly parentIdx: Int32Array;
	private readonly pos: Int32Array;
	private readonly group: Int32Array;
	private readonly groupSize: number[] = [];
	/** Keys looked up so far (a full key map costs more than the few lookups a render makes). */
	private readonly found = new Map<string, number>();

	/** Keys the table these rows replace found, and where (its lookups only: tables do not chain). */
	private readonly previousFound: ReadonlyMap<string, number> | undefined;

	/** `previous`: the table these rows replace; a key is looked for first near where it was there. */
	constructor(rows: readonly TreeRow[], previous?: RowTable) {
		this.rows = rows;
		this.previousFound = previous?.found;
		const n = rows.length;
		this.parentIdx = new Int32Array(n);
		this.pos = new Int32Array(n);
		this.group = new Int32Array(n);
		/** Index of the last row seen at each depth, and the sibling group open at each depth. */
		const lastAt: number[] = [];
		const groupAt: number[] = [];
		const countAt: number[] = [];
		for (let i = 0; i < n; i++) {
			const row = rows[i];
			const d = row.depth;
			if (groupAt.length <= d || lastAt[d] === undefined || (d > 0 && lastAt[d] < lastAt[d - 1])) {
				groupAt[d] = this.groupSize.length;
				this.groupSize.push(0);
				countAt[d] = 0;
			}
			countAt[d]++;
			this.groupSize[groupAt[d]]++;
			this.pos[i] = countAt[d];
			this.group[i] = groupAt[d];
			this.parentIdx[i] = d > 0 ? (lastAt[d - 1] ?? -1) : -1;
			// Deeper entries are left as they are: a row at depth d + 1 comes after one at depth d, so
			// `lastAt[d + 1] < lastAt[d]` tells that a new group starts there.
			lastAt[d] = i;
		}
	}

	get length(): number {
		return this.rows.length;
	}

	/** Index of the row with this key, or -1. */
	indexOf(key: string | null | undefined): number {
		if (key === null || key === undefined) return -1;
		let index = this.found.get(key);
		if (index === undefined) {
			index = this.near(key);
			for (let i = 0; index === -1 && i < this.rows.length; i++) {
				if (this.rows[i].key === key) {
					index = i;
					break;
				}
			}
			this.found.set(key, index);
		}
		return index;
	}

	/** Where the key was in the previous table, give or take a few rows (one edit moves rows a little); -1 when not there. */
	private near(key: string): number {
		const was = this.previousFound?.get(key);
		if (was === undefined || was === -1) return -1;
		for (let delta = 0; delta <= NEAR_ROWS; delta++) {
			if (this.rows[was + delta]?.key === key) return was + delta;
			if (delta > 0 && this.rows[was - delta]?.key === key) return was - delta;
		}
		return -1;
	}

	/** The row with this key. */
	get(key: string | null | undefined): TreeRow | undefined {
		const i = this.indexOf(key);
		return i === -1 ? undefined : this.rows[i];
	}

	/** Index of the row's parent row, or -1 for top rows. */
	parentIndex(index: number): number {
		return this.parentIdx[index] ?? -1;
	}

	/** 1-based position of the row among its visible siblings (aria-posinset). */
	positionInSet(index: number): number {
		return this.pos[index] ?? 1;
	}

	/** Number of visible siblings including the row (aria-setsize). */
	setSize(index: number): number {
		return this.groupSize[this.group[index]] ?? 1;
	}

	/** Indices of the row's visible siblings, the row included. */
	siblingIndices(index: number): number[] {
		const depth = this.rows[index].depth;
		const parent = this.parentIndex(index);
		const out: number[] = [];
		for (let i = parent + 1; i < this.rows.length && this.rows[i].depth >= depth; i++) {
			if (this.rows[i].depth === depth) out.push(i);
		}
		return out;
	}
}
