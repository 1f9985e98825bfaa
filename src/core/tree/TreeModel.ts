/** The tree's view model: sorted children, roots, filtering, flattening into rows, paths to a node. */

import type { HierarchyEdge, HierarchyView } from "../types";
import { ChildOrderCache } from "./child-cache";
import { FilterEngine } from "./filter-engine";
import { matchRanges } from "./fold";
import { flattenRows, type ExpandPredicate, type RowSource } from "./flatten";
import { findPaths } from "./paths";
import { RootState } from "./root-state";
import { RowKeys } from "./row-keys";
import { sortByTitle, sortIds } from "./sort";
import { DEFAULT_TREE_OPTIONS, type FlattenPatch, type Range, type TreeFilter, type TreeOptions, type TreeRow } from "./types";
import { placeOf, UNLINKED_GROUP, unlinkedIdOf, unlinkedKey, unlinkedRows } from "./unlinked";

/** Arguments of `TreeModel.flatten`. */
export interface FlattenArgs {
	/** Keys of the expanded rows (ignored while a filter is active). */
	expanded: ReadonlySet<string>;
	/** Instead of `expanded`: decides per row (for "expand all", outlines). */
	expandWhere?: ExpandPredicate;
	/** Show only the subtree of this node. */
	pinned?: string;
	filter?: TreeFilter | null;
}

/** Sorted, filtered, flattened view of a hierarchy, with caches refreshed lazily when the view's version changes. */
export class TreeModel {
	private readonly view: HierarchyView;
	private opts: TreeOptions;
	private seenVersion: number;
	private readonly childCache = new ChildOrderCache();
	private readonly countCache = new Map<string, number>();
	private readonly parentCache = new Map<string, readonly string[]>();
	private rootCache: readonly string[] | null = null;
	/** The roots and their split, kept across versions (see root-state.ts). */
	private readonly top = new RootState();
	private splitCache: { readonly linked: readonly string[]; readonly unlinked: readonly string[] } | null = null;
	/** The unlinked group's rows for the last unlinked list (an edit elsewhere reuses them). */
	private groupRows: { unlinked: readonly string[]; expanded: boolean; rows: readonly TreeRow[] } | null = null;
	/** Rows of unlinked notes by id, made once (trimmed when most are gone). */
	private readonly lonelyRows = new Map<string, TreeRow>();
	/** Bumped whenever children or their order may have changed (new view version, options). */
	private layout = 0;
	/** The rows' keys: one short key per position, kept for the model's life so keys stay stable across flattens. */
	readonly keys = new RowKeys();
	/** The model seen by the row walk: no version check per call (flatten checks once). */
	private readonly rowSource: RowSource = {
		children: (id) => this.sortedChildren(id),
		childCount: (id) => this.countChildren(id),
		highlights: (id, terms) => this.highlights(id, terms),
		keys: this.keys,
	};
	private readonly filtering: FilterEngine;

	constructor(view: HierarchyView, options?: Partial<TreeOptions>) {
		this.view = view;
		this.opts = { ...DEFAULT_TREE_OPTIONS, ...options };
		this.seenVersion = view.version;
		this.filtering = new FilterEngine({
			view,
			options: () => this.opts,
			layout: () => this.layout,
			sortedChildren: (id) => this.sortedChildren(id),
			cachedChildren: (id) => this.childCache.get(this.view, id),
			cacheChildren: (id, ids, nodes) => this.childCache.set(this.view, id, ids, nodes),
			countChildren: (id) => this.countChildren(id),
			childEdges: (id) => this.childEdges(id),
			highlights: (id, terms) => this.highlights(id, terms),
			keys: this.keys,
		});
	}

	/** The current options. */
	get options(): Readonly<TreeOptions> {
		return this.opts;
	}

	/** Changes options; caches that depend on a changed option are dropped. */
	setOptions(options: Partial<TreeOptions>): void {
		const next = { ...this.opts, ...options };
		const ghostsChanged = next.showGhosts !== this.opts.showGhosts;
		const orderChanged = ghostsChanged || next.sort !== this.opts.sort || next.descending !== this.opts.descending;
		this.opts = next;
		if (orderChanged) {
			this.layout++;
			this.top.clear();
		}
		if (ghostsChanged) this.clearCaches();
		else if (orderChanged) {
			this.childCache.clear();
			this.rootCache = null;
			this.splitCache = null;
		}
	}

	/** Sorted children ids of a node (ghosts dropped when `showGhosts` is false). Cached per node. */
	children(id: string): readonly string[] {
		this.sync();
		return this.sortedChildren(id);
	}

	/** Number of children after ghost filtering, without sorting them. */
	childCount(id: string): number {
		this.sync();
		return this.countChildren(id);
	}

	private sortedChildren(id: string): readonly string[] {
		let cached = this.childCache.get(this.view, id);
		if (cached === undefined) {
			const byChild = new Map<string, HierarchyEdge>();
			for (const edge of this.childEdges(id)) byChild.set(edge.child, edge);
			cached = sortIds(this.view, [...byChild.keys()], this.opts.sort, this.opts.descending, byChild);
			this.childCache.set(this.view, id, cached);
		}
		return cached;
	}

	private countChildren(id: string): number {
		if (this.opts.showGhosts) return this.view.childrenOf(id).length;
		let count = this.countCache.get(id);
		if (count === undefined) {
			count = this.childEdges(id).length;
			this.countCache.set(id, count);
		}
		return count;
	}

	/** Parents of a node sorted by title (ghosts dropped when hidden). */
	parents(id: string): readonly string[] {
		this.sync();
		let cached = this.parentCache.get(id);
		if (cached === undefined) {
			const ids = this.view.parentsOf(id).map((edge) => edge.parent).filter((parent) => this.isShown(parent));
			cached = sortByTitle(this.view, [...new Set(ids)]);
			this.parentCache.set(id, cached);
		}
		return cached;
	}

	/** Sorted roots; with `pinned`, just [pinned] (or [] when it does not exist). */
	roots(pinned?: string): readonly string[] {
		this.sync();
		if (pinned !== undefined) return this.view.getNode(pinned) ? [pinned] : [];
		if (this.rootCache === null) {
			this.rootCache = this.top.roots(this.view, this.opts);
		}
		return this.rootCache;
	}

	/**
	 * The sorted roots split into linked ones and unlinked notes (no parent, no child; an
	 * Excalidraw drawing in no hierarchy is in neither, see `placeOf`). Cached with the roots.
	 */
	splitRoots(): { readonly linked: readonly string[]; readonly unlinked: readonly string[] } {
		const roots = this.roots();
		// An unchanged split keeps its arrays, so the group's rows built from them stay valid.
		this.splitCache ??= this.top.splitOf(this.view, roots, this.opts);
		return this.splitCache;
	}

	/** Whether `id` is shown in the unlinked group (rather than at a path from a root) when the tree is not pinned. */
	inUnlinkedGroup(id: string): boolean {
		this.sync();
		return this.opts.unlinked === "group" && placeOf(this.view, id) === "unlinked";
	}

	/** Ranges of the folded `terms` in a node's title. */
	private highlights(id: string, terms: readonly string[]): readonly Range[] {
		return matchRanges(this.view.getNode(id)?.title ?? id, terms);
	}

	/**
	 * Filter: whitespace-separated terms, all must match; case- and accent-insensitive substring of
	 * title, any alias, any tag or the path; a `#term` matches tags by prefix only. Null for an empty query.
	 */
	filter(query: string): TreeFilter | null {
		this.sync();
		return this.filtering.filter(query);
	}

	/**
	 * The same filter after the graph changed: `changed` lists the nodes the change touched (as the
	 * index's `updated` event gives them; null when unknown). After a small change of the graph
	 * the last result is updated in place (only the changed nodes are matched again) and the next
	 * `flatten` patches the rows it gave before; otherwise the query runs afresh.
	 */
	refilter(filter: TreeFilter, changed: ReadonlySet<string> | null): TreeFilter | null {
		this.sync();
		return this.filtering.owns(filter) ? this.filtering.refilter(filter, changed) : this.filtering.filter(filter.query);
	}

	/** When `rows` were made by patching the rows of the previous flatten (see `refilter`): those rows, and the rows that went and came. */
	patchOf(rows: readonly TreeRow[]): FlattenPatch | null {
		return this.filtering.patchOf(rows);
	}

	/** Warms the filter now: every node's record and every parent's order of children (see `prepareFilterSome`). */
	prepareFilter(): void {
		this.sync();
		this.filtering.prepare();
	}

	/**
	 * `prepareFilter` in slices, while `more()` returns true (checked every few hundred records or
	 * children): what a broad first keystroke would otherwise make. True when done; call again
	 * later when false.
	 */
	prepareFilterSome(more: () => boolean): boolean {
		this.sync();
		return this.filtering.prepareSome(more);
	}

	/**
	 * Visible rows in display order. Without a filter: roots, and children of rows whose key is in
	 * `expanded`; unlinked notes as the `unlinked` option says (in the group, expanded when its key
	 * is in `expanded`). With a filter: only matches and their ancestors, every such ancestor
	 * expanded, unlinked notes among the roots.
	 */
	flatten(args: FlattenArgs): TreeRow[] {
		const filter = args.filter ?? null;
		const expanded = args.expanded;
		const roots = this.roots(args.pinned);
		if (filter !== null && this.filtering.owns(filter)) return this.filtering.flatten(roots, filter);
		const isExpanded: ExpandPredicate = args.expandWhere ?? ((key) => expanded.has(key));
		if (filter !== null || args.pinned !== undefined || this.opts.unlinked === "roots") return flattenRows(this.rowSource, roots, isExpanded, filter);
		const { linked, unlinked } = this.splitRoots();
		const rows = flattenRows(this.rowSource, linked, isExpanded, null);
		if (this.opts.unlinked === "group") {
			const open = isExpanded(UNLINKED_GROUP, UNLINKED_GROUP, 0);
			if (this.groupRows?.unlinked !== unlinked || this.groupRows.expanded !== open) {
				if (this.lonelyRows.size > 2 * unlinked.length + 64) this.lonelyRows.clear();
				this.groupRows = { unlinked, expanded: open, rows: unlinkedRows(unlinked, open, this.lonelyRows) };
			}
			for (const row of this.groupRows.rows) rows.push(row);
		}
		return rows;
	}

	/** All simple paths root→…→id (or pinned→…→id), shortest first, at most `limit`. Cycle-safe. */
	pathsTo(id: string, limit = 20, pinned?: string): string[][] {
		this.sync();
		if (!this.view.getNode(id) || !this.isShown(id)) return [];
		if (pinned !== undefined) {
			return findPaths({ parents: (p) => this.parents(p), isStart: (p) => p === pinned }, id, limit, true);
		}
		this.roots();
		return findPaths({ parents: (p) => this.parents(p), isStart: (p) => this.top.has(p) }, id, limit, false);
	}

	/** Row keys to add to `expanded` so that the row for `path` is visible (`pinned`: the tree is pinned). */
	keysToReveal(path: readonly string[], pinned?: string): string[] {
		if (this.groupsPath(path, pinned)) return [UNLINKED_GROUP];
		return this.keys.keysAbove(path);
	}

	/** The row key of a path from the top (`pinned`: the tree is pinned). */
	keyOf(path: readonly string[], pinned?: string): string {
		if (this.groupsPath(path, pinned)) return unlinkedKey(path[0]);
		return this.keys.keyOf(path);
	}

	/** The ids on the path from the top to a row ([] for a key the model did not make, and for the group row). */
	pathOf(key: string): string[] {
		const grouped = unlinkedIdOf(key);
		if (grouped !== null) return [grouped];
		return this.keys.pathOf(key);
	}

	/** Whether a path is a lone unlinked note shown inside the group. */
	private groupsPath(path: readonly string[], pinned: string | undefined): boolean {
		return path.length === 1 && pinned === undefined && this.inUnlinkedGroup(path[0]);
	}

	private isShown(id: string): boolean {
		return this.opts.showGhosts || this.view.getNode(id)?.kind !== "ghost";
	}

	private childEdges(id: string): readonly HierarchyEdge[] {
		const edges = this.view.childrenOf(id);
		return this.opts.showGhosts ? edges : edges.filter((edge) => this.isShown(edge.child));
	}

	/** Drops what depends on the graph when its version changed; sorted children are revalidated per node instead. */
	private sync(): void {
		if (this.view.version === this.seenVersion) return;
		this.seenVersion = this.view.version;
		this.layout++;
		this.clearGraphCaches();
	}

	private clearCaches(): void {
		this.childCache.clear();
		this.clearGraphCaches();
	}

	private clearGraphCaches(): void {
		this.countCache.clear();
		this.parentCache.clear();
		this.rootCache = null;
		this.splitCache = null;
	}
}
