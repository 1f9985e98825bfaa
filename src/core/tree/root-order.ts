/** The sorted roots, kept across graph versions: one edit re-places the roots it touched instead of re-sorting them all. */

import type { HierarchyView, TopicNode } from "../types";
import { idComparator, sortIds } from "./sort";
import type { SortKey } from "./types";

/** Above this share of changed roots a full sort is cheaper than placing each one. */
const RESORT_SHARE = 0.125;

/**
 * Caches the last sorted roots and the node object each was sorted by. A root whose node object
 * is the same still sorts where it did (a changed note gets a new node object, and a root has no
 * edge to order it by), so after an edit only new or changed roots are placed, by binary search
 * among the kept ones. The manual sort follows next/prev chains across roots and is always redone.
 */
export class RootOrder {
	/** The last roots as given (unsorted) and as sorted, with the node each was sorted by. */
	private input: readonly string[] = [];
	private ids: readonly string[] = [];
	private nodes: Array<TopicNode | undefined> = [];
	private sort: SortKey | null = null;
	private descending = false;

	/** `roots` (unsorted) in the sort's order. */
	sorted(view: HierarchyView, roots: readonly string[], sort: SortKey, descending: boolean): readonly string[] {
		const same = sort !== "manual" && sort === this.sort && descending === this.descending;
		if (same && sameItems(roots, this.input) && this.nodesUnchanged(view)) return this.ids;
		const ids = same ? this.update(view, roots, sort, descending) : null;
		this.input = roots;
		return this.remember(view, ids ?? sortIds(view, roots, sort, descending), sort, descending);
	}

	/** Forgets the last order (options changed in a way the cache cannot tell). */
	clear(): void {
		this.input = [];
		this.ids = [];
		this.nodes = [];
		this.sort = null;
	}

	private remember(view: HierarchyView, ids: readonly string[], sort: SortKey, descending: boolean): readonly string[] {
		this.ids = ids;
		this.nodes = ids.map((id) => view.getNode(id));
		this.sort = sort;
		this.descending = descending;
		return ids;
	}

	private nodesUnchanged(view: HierarchyView): boolean {
		for (let i = 0; i < this.ids.length; i++) if (view.getNode(this.ids[i]) !== this.nodes[i]) return false;
		return true;
	}

	/** The new order from the last one, or null when a full sort is cheaper. */
	private update(view: HierarchyView, roots: readonly string[], sort: SortKey, descending: boolean): string[] | null {
		const wanted = new Set(roots);
		const kept: string[] = [];
		const keptSet = new Set<string>();
		for (let i = 0; i < this.ids.length; i++) {
			const id = this.ids[i];
			if (wanted.has(id) && view.getNode(id) === this.nodes[i]) {
				kept.push(id);
				keptSet.add(id);
			}
		}
		const placed: string[] = [];
		for (const id of roots) if (!keptSet.has(id)) placed.push(id);
		if (placed.length === 0) return kept;
		if (placed.length > Math.max(8, roots.length * RESORT_SHARE)) return null;
		const compare = idComparator(view, sort, descending);
		const added = sortIds(view, placed, sort, descending);
		const out: string[] = [];
		let from = 0;
		for (const id of added) {
			// First kept position that sorts after `id`.
			let lo = from;
			let hi = kept.length;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if (compare(kept[mid], id) < 0) lo = mid + 1;
				else hi = mid;
			}
			for (; from < lo; from++) out.push(kept[from]);
			out.push(id);
		}
		for (; from < kept.length; from++) out.push(kept[from]);
		return out;
	}
}

/** Whether two lists hold the same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
