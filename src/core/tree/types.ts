/** Shapes of the tree view model: options, rows and filters. Plain data, shared by the model and the sidebar view. */

import type { UnlinkedPlacement } from "./unlinked";

/** How siblings are ordered. */
export type SortKey = "title" | "filename" | "modified" | "created" | "manual";

/** Display options of the tree. */
export interface TreeOptions {
	sort: SortKey;
	/** Reverse the sort key (ties stay in ascending title order; ignored by `manual`). */
	descending: boolean;
	/** Show ghost topics (linked but missing notes). */
	showGhosts: boolean;
	/**
	 * Where notes with no parent and no child go when no filter is on and the tree is not pinned:
	 * a group row at the end of the top level (see unlinked.ts), nowhere, or among the roots.
	 */
	unlinked: UnlinkedPlacement;
}

/** Defaults: by title, ascending, ghosts shown, unlinked notes among the roots. */
export const DEFAULT_TREE_OPTIONS: TreeOptions = { sort: "title", descending: false, showGhosts: true, unlinked: "roots" };

/** A highlighted range [start, end) of a title, in UTF-16 indices of the title as written. */
export type Range = readonly [number, number];

/** One visible row of the tree. */
export interface TreeRow {
	/**
	 * Unique per position (a note under two parents has two rows): a short key standing for the
	 * path of ids from the top, made by the model's `RowKeys` (`TreeModel.keyOf`, `pathOf`).
	 */
	key: string;
	id: string;
	/** 0 for roots (or for the pinned root). */
	depth: number;
	parentId?: string;
	/** Number of children (after ghost filtering). */
	childCount: number;
	expanded: boolean;
	/** The node already occurs on the path above: shown as a leaf marked as a cycle, never expanded. */
	cycleBack: boolean;
	/** When filtering: the node itself matches (vs shown only as an ancestor of matches). */
	match: boolean;
	/** Ranges [start, end) of the query terms in the row's title, for highlighting (matching rows only). */
	highlights: readonly Range[];
}

/** Rows a flatten made by patching the rows of the one before (see `TreeModel.patchOf`): those rows, and the rows that went and came. */
export interface FlattenPatch {
	from: readonly TreeRow[];
	removed: readonly TreeRow[];
	added: readonly TreeRow[];
}

/** The result of a filter query: which nodes match and which are shown. */
export interface TreeFilter {
	query: string;
	/** Folded text terms of the query (tag terms excluded), used for highlights. */
	terms: readonly string[];
	/** Ids of the nodes that match every term. */
	matches: ReadonlySet<string>;
	/** Matches and all their ancestors. */
	visible: ReadonlySet<string>;
	/** Number of matching nodes. */
	count: number;
}
