/** Fixed numbers of the tree view, kept together so the CSS and the code agree. */

/** The view type registered with Obsidian. */
export const VIEW_TYPE_TOPIC_TREE = "topic-tree-view";

/** The view's icon (Lucide). */
export const TREE_ICON = "list-tree";

/** Height of one row in px; styles.css sets the same value through `--topic-tree-row-height`. */
export const ROW_HEIGHT = 28;

/** Rows rendered above and below the visible window. */
export const OVERSCAN = 10;

/** Rows assumed visible when the list has no measured height yet (hidden view, tests). */
export const FALLBACK_VISIBLE_ROWS = 30;

/** Delay before a filter keystroke is applied. */
export const FILTER_DEBOUNCE_MS = 50;

/** Type-ahead forgets the typed prefix after this pause. */
export const TYPEAHEAD_RESET_MS = 500;

/** Items listed per group in the related-notes section before "and N more". */
export const RELATED_LIST_LIMIT = 50;
