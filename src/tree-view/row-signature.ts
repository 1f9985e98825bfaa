/**
 * A row element's content as one string, so a re-render can skip rows whose content did not
 * change: `renderRow` is a pure function of the row and its decor, and writing the same DOM again
 * costs as much as writing new DOM.
 */
import type { TreeRow } from "../core/tree";
import type { RowDecor } from "./rows";

/**
 * Everything `renderRow` reads except the row's place among its siblings, as JSON: rows with
 * equal signatures differ at most in `aria-posinset`/`aria-setsize`, which `renderRowPosition`
 * writes alone (one row added at the top level changes them on every row below it).
 */
export function rowSignature(row: TreeRow, decor: RowDecor): string {
	// Every decor field but the two positions, whatever RowDecor holds, in the order the view sets them.
	const { posInSet: _posInSet, setSize: _setSize, ...rest } = decor;
	return JSON.stringify([row.key, row.id, row.depth, row.parentId ?? null, row.childCount, row.expanded, row.cycleBack, row.match, row.highlights, Object.values(rest)]);
}
