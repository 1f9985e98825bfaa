/**
 * A row element's content as one string, so a re-render can skip rows whose content did not
 * change: `renderRow` is a pure function of the row and its decor, and writing the same DOM again
 * costs as much as writing new DOM.
 */
import type { TreeRow } from "../core/tree";
import type { RowDecor } from "./rows";

/** Everything `renderRow` reads, as JSON: equal signatures render identical rows. */
export function rowSignature(row: TreeRow, decor: RowDecor): string {
	// Every decor field, whatever RowDecor holds, in the order the view sets them.
	return JSON.stringify([row.key, row.id, row.depth, row.parentId ?? null, row.childCount, row.expanded, row.cycleBack, row.match, row.highlights, Object.values(decor)]);
}
