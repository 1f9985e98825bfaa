/**
 * State changes the panel's tools make, as pure functions from state to state. Each returns a
 * new state and leaves its argument unchanged.
 */
import type { Comparison } from "./comparison";
import { buildPanelModel, displayOrder, panelKeys } from "./panel-build";
import { clonePanelState, type PanelState } from "./panel-state";
import { panelComparison } from "./panel-transpose";

/** Hide or show an item; hiding the last visible item changes nothing. */
export function toggleItem(c: Comparison, s: PanelState, key: string): PanelState {
	const next = clonePanelState(s);
	if (s.hidden.includes(key)) {
		next.hidden = s.hidden.filter((k) => k !== key);
		return next;
	}
	const visible = buildPanelModel(c, s).items;
	if (visible.length <= 1 || !visible.some((item) => item.key === key)) return next;
	next.hidden = [...s.hidden, key];
	return next;
}

/** Show every item. */
export function showAllItems(s: PanelState): PanelState {
	return { ...clonePanelState(s), hidden: [] };
}

/**
 * Move an item one place earlier (-1) or later (+1) among all items in display order. The
 * display order becomes the user's order, so any sort is dropped.
 */
export function moveItem(c: Comparison, s: PanelState, key: string, delta: -1 | 1): PanelState {
	const keys = panelKeys(panelComparison(c, s).items);
	const order = displayOrder(c, s, keys).map((j) => keys[j]);
	const from = order.indexOf(key);
	const to = from + delta;
	if (from < 0 || to < 0 || to >= order.length) return clonePanelState(s);
	[order[from], order[to]] = [order[to], order[from]];
	return { ...clonePanelState(s), order, sortBy: null };
}

/** Whether an item can move one place in that direction. */
export function canMoveItem(c: Comparison, s: PanelState, key: string, delta: -1 | 1): boolean {
	const keys = panelKeys(panelComparison(c, s).items);
	const at = displayOrder(c, s, keys).findIndex((j) => keys[j] === key);
	return at >= 0 && at + delta >= 0 && at + delta < keys.length;
}

/** Pin an item as the baseline, or unpin (null). */
export function setBaseline(s: PanelState, key: string | null): PanelState {
	return { ...clonePanelState(s), baseline: key };
}

/** Sort by a criterion: ascending first, then toggling between ascending and descending. */
export function toggleSort(s: PanelState, criterion: string): PanelState {
	const descending = s.sortBy?.criterion === criterion ? !s.sortBy.descending : false;
	return { ...clonePanelState(s), sortBy: { criterion, descending } };
}

/** Stop sorting: items go back to the user's order. */
export function clearSort(s: PanelState): PanelState {
	return { ...clonePanelState(s), sortBy: null };
}

/**
 * Transpose: items and criteria swap in the model. Hidden items, their order, the baseline, the
 * sort and the active tab named the other axis, so they are cleared; the filter text stays.
 */
export function toggleTranspose(s: PanelState): PanelState {
	return { ...clonePanelState(s), transposed: !s.transposed, hidden: [], order: [], baseline: null, sortBy: null, tab: null };
}
