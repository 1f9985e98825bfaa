/** The sorted roots, kept across graph versions: one edit re-places the roots it touched instead of re-sorting them all. */

import { sameItems } from "../lists";
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
 *
 * Two ways in: `sorted` diffs the full list of roots against the last one (a pass over the roots),
 * `applyChanges` takes the ids the graph says changed (`HierarchyView.changedSince`) and looks at
 * those alone.
 */
export class RootOrder {
	/** The last roots as given (unsorted; [] after `applyChanges`), and as sorted. */
	private input: readonly string[] = [];
	private ids: readonly string[] = [];
	/** The sorted roots, with the node each was sorted by. */
	private nodeAt = new Map<string, TopicNode | undefined>();
	private sort: SortKey | null = null;
	private descending = false;

	/** `roots` (unsorted) in the sort's order. */
	sorted(view: HierarchyView, roots: readonly string[], sort: SortKey, descending: boolean): readonly string[] {
		const same = this.reusable(sort, descending);
		if (same && sameItems(roots, this.input) && this.nodesUnchanged(view)) return this.ids;
		const ids = same ? this.update(view, roots, sort, descending) : null;
		this.remember(view, ids ?? sortIds(view, roots, sort, descending), sort, descending);
		this.input = roots;
		return this.ids;
	}

	/**
	 * The order after an edit that changed only the `changed` ids (their nodes, parents or
	 * children); `isRoot` tells whether an id is a root now. Null when it cannot be done so (no
	 * order yet, other options, the manual sort, or too many changes): call `sorted` then.
	 */
	applyChanges(view: HierarchyView, changed: ReadonlySet<string>, isRoot: (id: string) => boolean, sort: SortKey, descending: boolean): readonly string[] | null {
		if (!this.reusable(sort, descending) || changed.size > Math.max(8, this.ids.length * RESORT_SHARE)) return null;
		const removed: string[] = [];
		const added: string[] = [];
		for (const id of changed) {
			const was = this.nodeAt.has(id);
			const now = isRoot(id);
			const moved = was && view.getNode(id) !== this.nodeAt.get(id);
			if (was && (!now || moved)) removed.push(id);
			if (now && (!was || moved)) added.push(id);
		}
		if (removed.length === 0 && added.length === 0) return this.ids;
		// Out first, then in: a binary search must not meet an id that is gone (it would sort by its id).
		const next = this.ids.slice();
		for (const id of removed) {
			next.splice(next.indexOf(id), 1);
			this.nodeAt.delete(id);
		}
		const compare = idComparator(view, sort, descending);
		for (const id of added) {
			next.splice(insertionPoint(next, id, compare), 0, id);
			this.nodeAt.set(id, view.getNode(id));
		}
		this.ids = next;
		this.input = [];
		return next;
	}

	/** Whether `id` is among the last sorted roots. */
	has(id: string): boolean {
		return this.nodeAt.has(id);
	}

	/** Forgets the last order (options changed in a way the cache cannot tell). */
	clear(): void {
		this.input = [];
		this.ids = [];
		this.nodeAt = new Map();
		this.sort = null;
	}

	private reusable(sort: SortKey, descending: boolean): boolean {
		return sort !== "manual" && sort === this.sort && descending === this.descending;
	}

	private remember(view: HierarchyView, ids: readonly string[], sort: SortKey, descending: boolean): void {
		this.ids = ids;
		this.nodeAt = new Map(ids.map((id) => [id, view.getNode(id)]));
		this.sort = sort;
		this.descending = descending;
	}

	private nodesUnchanged(view: HierarchyView): boolean {
		for (const [id, node] of this.nodeAt) if (view.getNode(id) !== node) return false;
		return true;
	}

	/** The new order from the last one, or null when a full sort is cheaper. */
	private update(view: HierarchyView, roots: readonly string[], sort: SortKey, descending: boolean): string[] | null {
		const wanted = new Set(roots);
		const kept: string[] = [];
		const keptSet = new Set<string>();
		for (const id of this.ids) {
			if (wanted.has(id) && view.getNode(id) === this.nodeAt.get(id)) {
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
			const at = insertionPoint(kept, id, compare, from);
			for (; from < at; from++) out.push(kept[from]);
			out.push(id);
		}
		for (; from < kept.length; from++) out.push(kept[from]);
		return out;
	}
}

/** The first position in sorted `ids` (from `from` on) whose id sorts after `id`. */
export function insertionPoint(ids: readonly string[], id: string, compare: (a: string, b: string) => number, from = 0): number {
	let lo = from;
	let hi = ids.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (compare(ids[mid], id) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
