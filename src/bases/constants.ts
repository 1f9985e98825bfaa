/** Ids, names, icons and option keys of the Bases view types. */

/** The Topic tree view type's id (stored in `.base` files as `type: topic-tree`). */
export const BASES_TREE_VIEW = "topic-tree";
/** The Compare view type's id (`type: topic-tree-compare`). */
export const BASES_COMPARE_VIEW = "topic-tree-compare";

/** Option: show ancestors that are not in the result, muted (default on). */
export const OPTION_CONTEXT = "showContext";
/** Option: the branch roll-up of number columns: none, sum, min, max (default sum). */
export const OPTION_ROLLUP = "rollup";
/** Option: count the entries below each branch (default on). */
export const OPTION_COUNT = "countEntries";
/** Stored by the Compare view: the paths the user chose to compare. */
export const OPTION_COMPARED = "compared";

/** Width of a property column in the tree (px). */
export const TREE_COLUMN_WIDTH = 120;
