/**
 * The tree's top level across graph versions: the sorted roots and their split into linked roots
 * and unlinked notes. After a one-note edit, when the graph says which ids changed
 * (`HierarchyView.changedSince`), only those ids are looked at; otherwise the roots are listed
 * again and diffed (`RootOrder.sorted`).
 */

import type { HierarchyView } from "../types";
import { sameItems } from "../lists";
import { insertionPoint, RootOrder } from "./root-order";
import { visibleRoots } from "./roots";
import { idComparator } from "./sort";
import type { TreeOptions } from "./types";
import { placeOf, splitRoots } from "./unlinked";

export interface RootSplit {
	linked: readonly string[];
	unlinked: readonly string[];
}

export class RootState {
	private readonly order = new RootOrder();
	/** The graph version the order was made at (null: none yet). */
	private version: number | null = null;
	private cycleRoots: readonly string[] | undefined;
	private split: RootSplit | null = null;
	private splitVersion: number | null = null;
	/** The cycle roots when the split was made: roots change beyond the changed ids when these do. */
	private splitCycleRoots: readonly string[] | undefined;

	/** Forgets the order (the options it was made with changed). */
	clear(): void {
		this.order.clear();
		this.version = null;
		this.split = null;
		this.splitVersion = null;
	}

	/** Whether `id` is a root (as of the last `roots` call). */
	has(id: string): boolean {
		return this.order.has(id);
	}

	/** The sorted roots of the view now. */
	roots(view: HierarchyView, opts: TreeOptions): readonly string[] {
		const changed = this.changes(view, this.version);
		const cycleRoots = view.cycleRootIds?.();
		let ids: readonly string[] | null = null;
		// With ghosts hidden, roots are also promoted through ghosts: not a local question.
		if (changed !== null && opts.showGhosts && cycleRoots !== undefined && cycleRoots === this.cycleRoots) {
			const inCycles = new Set(cycleRoots);
			const isRoot = (id: string): boolean => view.getNode(id) !== undefined && (view.parentsOf(id).length === 0 || inCycles.has(id));
			ids = this.order.applyChanges(view, changed, isRoot, opts.sort, opts.descending);
		}
		ids ??= this.order.sorted(view, visibleRoots(view, opts.showGhosts), opts.sort, opts.descending);
		this.cycleRoots = cycleRoots;
		this.version = view.version;
		return ids;
	}

	/** `roots` (just made by `roots`) split into linked roots and unlinked notes, keeping arrays that did not change. */
	splitOf(view: HierarchyView, roots: readonly string[], opts: TreeOptions): RootSplit {
		const changed = this.changes(view, this.splitVersion);
		let next: RootSplit | null = null;
		const local = opts.showGhosts && opts.sort !== "manual" && this.cycleRoots !== undefined && this.cycleRoots === this.splitCycleRoots;
		if (changed !== null && this.split !== null && local) next = this.placeChanged(view, changed, opts);
		if (next === null) {
			const fresh = splitRoots(view, roots);
			const last = this.split;
			next = {
				linked: last !== null && sameItems(last.linked, fresh.linked) ? last.linked : fresh.linked,
				unlinked: last !== null && sameItems(last.unlinked, fresh.unlinked) ? last.unlinked : fresh.unlinked,
			};
		}
		this.split = next;
		this.splitVersion = view.version;
		this.splitCycleRoots = this.cycleRoots;
		return next;
	}

	private changes(view: HierarchyView, since: number | null): ReadonlySet<string> | null {
		if (since === null || view.changedSince === undefined) return null;
		return view.changedSince(since);
	}

	/** The last split with the changed ids taken out and put back where they belong now. */
	private placeChanged(view: HierarchyView, changed: ReadonlySet<string>, opts: TreeOptions): RootSplit | null {
		const split = this.split as RootSplit;
		if (changed.size > 64) return null;
		// Out first, then in: a binary search must not meet an id that is gone (it would sort by its id).
		const linked = split.linked.slice();
		const unlinked = split.unlinked.slice();
		for (const id of changed) {
			removeFrom(linked, id);
			removeFrom(unlinked, id);
		}
		const compare = idComparator(view, opts.sort, opts.descending);
		for (const id of changed) {
			if (!this.order.has(id)) continue;
			const place = placeOf(view, id);
			if (place === "apart") continue;
			const into = place === "unlinked" ? unlinked : linked;
			into.splice(insertionPoint(into, id, compare), 0, id);
		}
		return { linked: sameItems(linked, split.linked) ? split.linked : linked, unlinked: sameItems(unlinked, split.unlinked) ? split.unlinked : unlinked };
	}
}

/** Takes `id` out of `ids` (it is there at most once). */
function removeFrom(ids: string[], id: string): void {
	const at = ids.indexOf(id);
	if (at !== -1) ids.splice(at, 1);
}
