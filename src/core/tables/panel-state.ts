/**
 * The saved state of one comparison panel: which view, which items and criteria are shown, in
 * what order, and how differences are marked. Items and criteria are named by their normalised
 * text (see `panelKeys`), so the state survives edits that only change formatting.
 */

/** The panel's three views. */
export type PanelView = "table" | "cards" | "criterion";

/** Everything the user can change in a panel; plain data, saved per table. */
export interface PanelState {
	/** null = automatic: Cards when the pane is narrow, else Table. */
	view: PanelView | null;
	/** Keys of hidden items. */
	hidden: string[];
	/** Keys of items in the user's order; items missing here follow in source order. */
	order: string[];
	/** Key of the item pinned as the baseline. */
	baseline: string | null;
	/** Mark the cells that differ. */
	highlight: boolean;
	/** Show only the criteria whose shown values are not all equal. */
	onlyDifferences: boolean;
	/** Swap rows and columns of the table view (and of the exports). */
	transposed: boolean;
	/** Criteria filter text. */
	filter: string;
	/** Sort items by the values of a criterion (its key). */
	sortBy: { criterion: string; descending: boolean } | null;
	/** Key of the active criterion in the By criterion view. */
	tab: string | null;
}

/** A fresh panel: automatic view, every item in source order, nothing marked. */
export const DEFAULT_PANEL_STATE: Readonly<PanelState> = Object.freeze({
	view: null,
	hidden: [],
	order: [],
	baseline: null,
	highlight: false,
	onlyDifferences: false,
	transposed: false,
	filter: "",
	sortBy: null,
	tab: null,
});

const VIEWS: readonly string[] = ["table", "cards", "criterion"];
const MAX_KEYS = 200;
const MAX_TEXT = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
	return typeof value === "string" && value.length <= MAX_TEXT ? value : null;
}

function keys(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	const out = new Set<string>();
	for (const v of value) {
		const s = text(v);
		if (s !== null) out.add(s);
		if (out.size >= MAX_KEYS) break;
	}
	return [...out];
}

function flag(value: unknown, fallback: boolean): boolean {
	return typeof value === "boolean" ? value : fallback;
}

function sortBy(value: unknown): PanelState["sortBy"] {
	if (!isRecord(value)) return null;
	const criterion = text(value.criterion);
	return criterion === null ? null : { criterion, descending: value.descending === true };
}

/** A copy of the state with fresh arrays, safe to hand out. */
export function clonePanelState(s: PanelState): PanelState {
	return { ...s, hidden: [...s.hidden], order: [...s.order], sortBy: s.sortBy ? { ...s.sortBy } : null };
}

/** Read a saved state, keeping every well-formed field and defaulting the rest; never throws. */
export function migratePanelState(raw: unknown): PanelState {
	const d = DEFAULT_PANEL_STATE;
	if (!isRecord(raw)) return clonePanelState(d);
	const view = typeof raw.view === "string" && VIEWS.includes(raw.view) ? (raw.view as PanelView) : null;
	return {
		view,
		hidden: keys(raw.hidden),
		order: keys(raw.order),
		baseline: text(raw.baseline),
		highlight: flag(raw.highlight, d.highlight),
		onlyDifferences: flag(raw.onlyDifferences, d.onlyDifferences),
		transposed: flag(raw.transposed, d.transposed),
		filter: text(raw.filter) ?? "",
		sortBy: sortBy(raw.sortBy),
		tab: text(raw.tab),
	};
}
