/** The tree filter: the search, the marks of the last result, and the walk over node records. */

import type { HierarchyEdge, HierarchyView, TopicNode } from "../types";
import { indexRows, patchRows, type IndexedRows, type RowPatch } from "./filter-patch";
import { sameItems } from "../lists";
import { FilterMarks, FilterResult } from "./filter-result";
import { updateMarks } from "./filter-update";
import { FilterRow, flattenFiltered, type FilteredSource } from "./filtered-rows";
import { GONE, slotOf, type NodeEntry, type TreeSlot } from "./node-entry";
import type { RowKeys } from "./row-keys";
import { entryMatches, isEmptyQuery, parseQuery, SearchIndex } from "./search";
import { sortHolders } from "./sort";
import type { FlattenPatch, Range, TreeFilter, TreeOptions, TreeRow } from "./types";

/** A record with at least this many children per visible child has only its visible children sorted. */
const SUBSET_RATIO = 8;

/** More changed nodes than this in one update: the filter runs afresh. */
const MAX_CHANGED = 64;

/** The last rows flattened from one of the engine's results, which an update in place can patch. */
interface Flattened {
	filter: FilterResult;
	roots: readonly string[];
	rows: FilterRow[];
	/** The rows indexed for a patch: made by the first patch after a walk, kept by the patches. */
	index: IndexedRows | null;
}

/** An update in place waiting for its flatten: what to patch. */
interface PendingPatch {
	from: Flattened;
	filter: FilterResult;
	dirty: ReadonlySet<NodeEntry>;
	shownOrHidden: readonly NodeEntry[];
}

/** What the filter needs from the tree model. */
export interface FilterHost {
	readonly view: HierarchyView;
	options(): Readonly<TreeOptions>;
	/** A number that changes whenever children or their order may have changed (view version, options). */
	layout(): number;
	/** Sorted, ghost-filtered children ids (cached by the model: the same array while valid). */
	sortedChildren(id: string): readonly string[];
	/** The model's cached `sortedChildren`, if it has them. */
	cachedChildren(id: string): readonly string[] | undefined;
	/** Gives the model the sorted children of `id` (sorted here, from the records); `nodes`: all its children's nodes, in `childrenOf` order. */
	cacheChildren(id: string, ids: readonly string[], nodes?: readonly TopicNode[]): void;
	/** Number of children after ghost filtering. */
	countChildren(id: string): number;
	/** Child edges after ghost filtering (for the manual order). */
	childEdges(id: string): readonly HierarchyEdge[];
	highlights(id: string, terms: readonly string[]): readonly Range[];
	/** Where row keys are made. */
	readonly keys: RowKeys;
}

/**
 * Filters a tree model. A keystroke costs a scan of the folded search text (only the previous
 * matches when the query narrows), a marking of the matches and their ancestors on node records,
 * and a walk of the visible records; nothing is looked up by id per row.
 */
export class FilterEngine implements FilteredSource {
	private readonly search = new SearchIndex();
	private readonly marks = new FilterMarks();
	/** The last result, reused when the next query has the same matches. */
	private lastFilter: FilterResult | null = null;
	/** The host's layout, read once per flatten. */
	private layout = -1;
	/** The last rows flattened from a result, and the update waiting to patch them. */
	private flattened: Flattened | null = null;
	private pending: PendingPatch | null = null;
	/** The rows the last flatten patched, and what it changed. */
	private lastPatch: RowPatch | null = null;

	constructor(private readonly host: FilterHost) {}

	/** Where the rows' keys are made (the model's). */
	get keys(): RowKeys {
		return this.host.keys;
	}

	/** Whether `filter` is a result of this engine (and can be walked from its marks). */
	owns(filter: TreeFilter): filter is FilterResult {
		return filter instanceof FilterResult && filter.owner === this.marks;
	}

	/** Makes every node's record and every parent's order of children now. */
	prepare(): void {
		while (!this.prepareSome(() => true));
	}

	/**
	 * Makes the records of nodes that have none, then the order of every parent's children (what
	 * a first keystroke would otherwise sort), while `more()` allows; true when all are made.
	 */
	prepareSome(more: () => boolean): boolean {
		if (!this.search.warm(this.host.view, more)) return false;
		return this.sortSome(more);
	}

	/** Where `sortSome` is: the records of one layout, and the next one to look at. */
	private sorting: { layout: number; records: readonly NodeEntry[]; next: number } | null = null;

	/** Sorts the children of every record (`kidsOf`, cached by the model and the records) while `more()` allows, checked every 256 records or children. */
	private sortSome(more: () => boolean): boolean {
		const layout = this.host.layout();
		const records = this.search.records();
		if (records === null) return false;
		if (this.sorting === null || this.sorting.layout !== layout || this.sorting.records !== records) this.sorting = { layout, records, next: 0 };
		if (this.sorting.next === records.length) return true;
		this.layout = layout;
		let work = 0;
		for (let i = this.sorting.next; i < records.length; i++) {
			const entry = records[i];
			const slot = entry.tree;
			work++;
			if (slot.kidsAt !== layout && this.host.view.childrenOf(entry.id).length > 0) work += this.kidsOf(entry, slotOf(entry)).length;
			if (work >= 256 && i + 1 < records.length) {
				work = 0;
				if (!more()) {
					this.sorting.next = i + 1;
					return false;
				}
			}
		}
		this.sorting.next = records.length;
		return true;
	}

	/** See `TreeModel.filter` (the model has synced its caches with the view). */
	filter(query: string): FilterResult | null {
		const parsed = parseQuery(query);
		if (isEmptyQuery(parsed)) return null;
		const withGhosts = this.host.options().showGhosts;
		const version = this.host.view.version;
		const found = this.search.match(this.host.view, parsed, !withGhosts);
		const last = this.lastFilter;
		let marking: number;
		let ancestors: readonly NodeEntry[];
		let layout = this.host.layout();
		let counted = true;
		if (last !== null && last.version === version && last.withGhosts === withGhosts && sameItems(last.found, found)) {
			// Typing on without changing the matches ("mode" → "model"): same ancestors, same marks.
			ancestors = last.ancestors;
			if (last.marking === this.marks.current) {
				marking = last.marking;
				layout = last.layout;
				counted = last.counted;
			} else {
				marking = this.marks.mark(found, ancestors);
				layout = Number.NaN;
				counted = false;
			}
		} else {
			const marked = this.marks.markWithAncestors(this.host.view, found, withGhosts, (id) => this.search.entry(id));
			marking = marked.marking;
			ancestors = marked.ancestors;
		}
		this.lastFilter = new FilterResult(query, parsed.text, found, ancestors, marking, this.marks, version, withGhosts, layout, counted);
		return this.lastFilter;
	}

	/**
	 * `previous` (a result of this engine) after the graph changed: `changed` lists the nodes the
	 * change touched (their parents, children or text), null when unknown. When `previous` is the
	 * latest result and the change is small, only the changed nodes are matched again and the
	 * marks are updated in place (the next flatten patches the previous rows); otherwise the
	 * query runs afresh.
	 */
	refilter(previous: FilterResult, changed: ReadonlySet<string> | null): FilterResult | null {
		const updated = changed === null ? null : this.updateInPlace(previous, changed);
		return updated ?? this.filter(previous.query);
	}

	private updateInPlace(prev: FilterResult, changed: ReadonlySet<string>): FilterResult | null {
		const view = this.host.view;
		const withGhosts = this.host.options().showGhosts;
		if (prev !== this.lastFilter || !prev.counted || prev.marking !== this.marks.current || prev.withGhosts !== withGhosts) return null;
		if (prev.version === view.version) return prev;
		// What the graph itself logged since (old and new neighbours included), beside what the caller says.
		const logged = view.changedSince?.(prev.version);
		if (logged === null) return null;
		if (changed.size + (logged?.size ?? 0) > MAX_CHANGED * 2) return null;
		// The changed nodes, their parents and children now, and the parents they had (when known).
		const ids = new Set<string>();
		for (const id of logged === undefined ? changed : [...changed, ...logged]) {
			ids.add(id);
			for (const edge of view.parentsOf(id)) ids.add(edge.parent);
			for (const edge of view.childrenOf(id)) ids.add(edge.child);
			const entry = this.search.entry(id);
			if (entry !== undefined) for (const parent of entry.tree.ups) ids.add(parent.id);
		}
		if (ids.size > MAX_CHANGED * 8) return null;
		const seeds = this.search.patch(view, ids, prev.version);
		if (seeds === null) return null;
		const parsed = parseQuery(prev.query);
		const lineTags = parsed.tags.map((term) => "\n" + term);
		const update = updateMarks(view, prev, seeds, (entry) => entryMatches(entry, parsed, lineTags), (id) => this.search.entry(id));
		if (update === null) {
			// The marks are half updated: the next result marks afresh.
			prev.marking = Number.NaN;
			return null;
		}
		const next = new FilterResult(prev.query, prev.terms, update.found, update.ancestors, prev.marking, this.marks, view.version, withGhosts, Number.NaN, true);
		// The previous result's marks are now the new one's: flattening it again re-marks it.
		prev.marking = Number.NaN;
		this.lastFilter = next;
		const from = this.flattened;
		this.pending = from !== null && from.filter === prev ? { from, filter: next, dirty: update.dirty, shownOrHidden: update.shownOrHidden } : null;
		return next;
	}

	/** What the flatten that made `rows` changed, when it patched the previous rows rather than walking the tree. */
	patchOf(rows: readonly unknown[]): FlattenPatch | null {
		const patch = this.lastPatch;
		const from = this.patchedFrom;
		return patch !== null && patch.rows === rows && from !== null ? { from, removed: patch.removed, added: patch.added } : null;
	}

	private patchedFrom: readonly FilterRow[] | null = null;

	/** The visible rows below `roots` for one of this engine's results. */
	flatten(roots: readonly string[], filter: FilterResult): TreeRow[] {
		this.search.refresh(this.host.view);
		if (filter.marking !== this.marks.current) {
			// An older result: its marks are written again, without the visible children lists.
			filter.marking = this.marks.mark(filter.found, filter.ancestors);
			filter.layout = Number.NaN;
		}
		const starts: NodeEntry[] = [];
		for (const id of roots) {
			const entry = this.search.entry(id);
			if (entry !== undefined) starts.push(entry);
		}
		const current = filter.version === this.host.view.version && filter.withGhosts === this.host.options().showGhosts;
		this.layout = this.host.layout();
		this.lastPatch = null;
		const patched = current ? this.patch(roots, starts, filter) : null;
		if (patched !== null) {
			this.flattened = { filter, roots, rows: patched.rows, index: patched };
			return patched.rows;
		}
		const rows = flattenFiltered(this, starts, filter, current, this.layout);
		// Rows with a cycle or dropped rows are not patched later (the patch keeps every row's place).
		const clean = current && rows.every((row) => !row.cycleBack);
		this.flattened = clean ? { filter, roots, rows: rows as FilterRow[], index: null } : null;
		return rows;
	}

	/** The previous rows patched for `filter` when it is an update in place of theirs; null otherwise. */
	private patch(roots: readonly string[], starts: readonly NodeEntry[], filter: FilterResult): RowPatch | null {
		const pending = this.pending;
		this.pending = null;
		if (pending === null || pending.filter !== filter || this.flattened !== pending.from) return null;
		const from = pending.from;
		let topDirty = !sameItems(from.roots, roots);
		if (!topDirty && pending.shownOrHidden.length > 0) {
			const tops = new Set(roots);
			topDirty = pending.shownOrHidden.some((entry) => tops.has(entry.id));
		}
		from.index ??= indexRows(from.rows);
		const patch = patchRows(this, from.index, starts, filter, pending.dirty, topDirty, this.layout);
		if (patch === null) return null;
		this.lastPatch = patch;
		this.patchedFrom = from.rows;
		return patch;
	}

	/**
	 * The children of a visible record to walk. When the record's children were never all sorted,
	 * only the visible ones (collected by the filter's marking) are sorted: a query does not sort
	 * every child of every visible node (the full orders are made at idle time, `prepareSome`).
	 * When they were, the walk follows that order and skips the invisible ones, unless so few are
	 * visible that sorting them costs less.
	 */
	shownKids(entry: NodeEntry, slot: TreeSlot, filter: FilterResult): readonly NodeEntry[] | null {
		if (slot.kidIds === null && filter.layout === this.layout) {
			if (slot.visKidsIn !== filter.marking) return null;
			const visible = slot.visKids;
			if (slot.visSortedIn === filter.marking) return visible;
			if (visible.length * SUBSET_RATIO <= this.count(entry, slot) || this.host.cachedChildren(entry.id) === undefined) {
				this.sortEntries(entry.id, visible);
				slot.visSortedIn = filter.marking;
				return visible;
			}
		}
		return this.kidsOf(entry, slot);
	}

	/** Ranges of the folded `terms` in a node's title. */
	highlights(id: string, terms: readonly string[]): readonly Range[] {
		return this.host.highlights(id, terms);
	}

	/** Sorts some children of `parent` (distinct records, in place) in display order. */
	private sortEntries(parent: string, entries: NodeEntry[]): void {
		if (entries.length < 2) return;
		let byChild: Map<string, HierarchyEdge> | undefined;
		if (this.host.options().sort === "manual") {
			byChild = new Map();
			for (const edge of this.host.childEdges(parent)) byChild.set(edge.child, edge);
		}
		sortHolders(entries, this.host.options().sort, this.host.options().descending, byChild, this.host.view);
	}

	/**
	 * A record's children as records, in display order; re-made only when the sorted ids change.
	 * Children the model never sorted are sorted here as records (their nodes at hand, no lookup
	 * by id per child), and the model keeps the order.
	 */
	private kidsOf(entry: NodeEntry, slot: TreeSlot): NodeEntry[] {
		if (slot.kidsAt === this.layout) return slot.kids;
		const cached = this.host.cachedChildren(entry.id);
		const edges = cached === undefined ? this.host.childEdges(entry.id) : [];
		const kids: NodeEntry[] = [];
		for (const edge of edges) {
			const kid = this.search.entry(edge.child);
			if (kid === undefined) break;
			kids.push(kid);
		}
		if (cached === undefined && kids.length === edges.length) {
			// Unfiltered by ghosts, the records are the model's snapshot of the children (no lookup there either).
			const nodes = this.host.options().showGhosts ? kids.map((kid) => kid.node) : undefined;
			this.sortEntries(entry.id, kids);
			const ids = kids.map((kid) => kid.id);
			this.host.cacheChildren(entry.id, ids, nodes);
			slot.kids = kids;
			slot.kidIds = ids;
			slot.kidsAt = this.layout;
			return kids;
		}
		const ids = cached ?? this.host.sortedChildren(entry.id);
		if (ids !== slot.kidIds || !slot.kids.every((kid) => kid.seen !== GONE)) {
			const kids: NodeEntry[] = [];
			for (const id of ids) {
				const kid = this.search.entry(id);
				if (kid !== undefined) kids.push(kid);
			}
			slot.kids = kids;
			slot.kidIds = ids;
		}
		slot.kidsAt = this.layout;
		return slot.kids;
	}

	/** A record's number of children, cached on its slot for the current layout. */
	count(entry: NodeEntry, slot: TreeSlot): number {
		if (slot.countAt !== this.layout) {
			slot.childCount = this.host.countChildren(entry.id);
			slot.countAt = this.layout;
		}
		return slot.childCount;
	}
}
