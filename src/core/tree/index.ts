/** The tree view model: sorting, filtering and flattening the hierarchy for the sidebar. */

export { TreeModel, type FlattenArgs } from "./TreeModel";
export { relatedNotes, siblingOf, type RelatedLink, type RelatedNotes } from "./related";
export { chainOrder, sequenceNeighbour } from "./sequence";
export { subtreeOutline, defaultLinkText, type OutlineOptions } from "./outline";
export { matchRanges } from "./fold";
export { fold } from "../search-text";
export type { ExpandPredicate } from "./flatten";
export { compareText } from "./sort";
export { DEFAULT_TREE_OPTIONS, type FlattenPatch, type Range, type SortKey, type TreeFilter, type TreeOptions, type TreeRow } from "./types";
export { RowKeys } from "./row-keys";
export { MAX_SAVED_STEPS, readSavedExpanded, restoreExpanded, saveExpanded, type SavedStep } from "./expanded-state";
export { isGroupRow, splitRoots, UNLINKED_GROUP, unlinkedGroupTitle, type UnlinkedPlacement } from "./unlinked";
