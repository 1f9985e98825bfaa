/** The view's filter after the index changed: updated in place when the query is the one it was made for. */
import type { TreeFilter, TreeModel } from "../core/tree";

/**
 * The filter for `query` after an `updated` event (`changed`: the ids it lists, null when
 * unknown). The view's current filter is updated in place when it was made for this query (only
 * the changed notes are matched again, and the rows are patched); otherwise the query runs afresh.
 */
export function filterAfterUpdate(model: TreeModel, filter: TreeFilter | null, query: string, changed: ReadonlySet<string> | null): TreeFilter | null {
	if (query === "") return null;
	return filter !== null && filter.query === query ? model.refilter(filter, changed) : model.filter(query);
}
