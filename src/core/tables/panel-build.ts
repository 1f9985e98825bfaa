/**
 * What a comparison panel shows, derived from the comparison and the panel state: visible items
 * in display order, visible criteria, and each cell's difference status.
 */
import type { Comparison } from "./comparison";
import { normaliseCell } from "./normalise";
import { sortKeys } from "./panel-sort";
import type { PanelState } from "./panel-state";

/** A visible item, in display order. `index` is its source index; `key` its normalised name. */
export interface PanelItem {
	index: number;
	name: string;
	key: string;
	baseline: boolean;
}

/** Any item, for the show/hide menu, in display order. */
export interface PanelItemEntry {
	index: number;
	name: string;
	key: string;
	hidden: boolean;
}

/** A visible criterion, in source order. */
export interface PanelCriterion {
	index: number;
	name: string;
	key: string;
	/** The shown items all have the same (normalised) value. */
	allSame: boolean;
	/** Whether items can be sorted by it, and as what. */
	sortable: "number" | "date" | null;
}

/** A cell and its difference status. */
export interface PanelCell {
	md: string;
	/** Differs from the baseline's value; without a baseline, the criterion's shown values are not all equal. */
	differs: boolean;
	/** Equals the baseline's value; without a baseline, the criterion's shown values are all equal. */
	same: boolean;
}

/** What to show, derived from the comparison and the state. */
export interface PanelModel {
	/** Visible items in display order. */
	items: PanelItem[];
	/** Every item in display order, for the show/hide menu. */
	allItems: PanelItemEntry[];
	/** Visible criteria after the filter and "only differences". */
	criteria: PanelCriterion[];
	totalCriteria: number;
	/** Value of criterion `criterion` for item `item` (source indexes), with its difference status. */
	cell(criterion: number, item: number): PanelCell;
}

/**
 * Keys of names: their normalised text, made unique by appending `#2`, `#3`... to repeats, so two
 * items called "Pro" can be hidden one at a time.
 */
export function panelKeys(names: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return names.map((name) => {
		const key = normaliseCell(name);
		const n = (seen.get(key) ?? 0) + 1;
		seen.set(key, n);
		return n === 1 ? key : `${key}#${n}`;
	});
}

/** Item source indexes in display order: the user's order (unknown keys dropped), the rest in source order, then sorted if asked. */
export function displayOrder(c: Comparison, s: PanelState, itemKeys: readonly string[] = derive(c).itemKeys): number[] {
	const indexOf = new Map(itemKeys.map((k, j) => [k, j]));
	const placed = new Set<number>();
	const order: number[] = [];
	for (const key of s.order) {
		const j = indexOf.get(key);
		if (j !== undefined && !placed.has(j)) {
			placed.add(j);
			order.push(j);
		}
	}
	for (let j = 0; j < c.items.length; j++) if (!placed.has(j)) order.push(j);
	if (!s.sortBy) return order;
	const i = derive(c).criterionKeys.indexOf(s.sortBy.criterion);
	const sk = i >= 0 ? sortKeys(c.values[i] ?? []) : null;
	if (!sk) return order;
	const sign = s.sortBy.descending ? -1 : 1;
	return order.sort((a, b) => {
		const ka = sk.keys[a] ?? null;
		const kb = sk.keys[b] ?? null;
		if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
		return (ka - kb) * sign;
	});
}

/** What depends on the comparison only, computed once per comparison object (comparisons are never changed in place). */
interface Derived {
	itemKeys: string[];
	criterionKeys: string[];
	/** Normalised values, [criterion][item]. */
	norms: string[][];
	/** How each criterion sorts, or null. */
	sortable: Array<"number" | "date" | null>;
	/** Normalised criterion names, for the filter. */
	criterionNorms: string[];
}

const derivedCache = new WeakMap<Comparison, Derived>();

function derive(c: Comparison): Derived {
	let d = derivedCache.get(c);
	if (!d) {
		d = {
			itemKeys: panelKeys(c.items),
			criterionKeys: panelKeys(c.criteria),
			norms: c.values.map((row) => row.map((v) => normaliseCell(v ?? ""))),
			sortable: c.criteria.map((_, i) => sortKeys(c.values[i] ?? [])?.kind ?? null),
			criterionNorms: c.criteria.map((name) => normaliseCell(name)),
		};
		derivedCache.set(c, d);
	}
	return d;
}

/** Whether the normalised criterion name contains every word of the filter. */
function matchesFilter(name: string, words: readonly string[]): boolean {
	return words.every((w) => name.includes(w));
}

/** Build the panel model; never throws, unknown keys in the state are ignored. Work that depends on the comparison only is cached per comparison object. */
export function buildPanelModel(c: Comparison, s: PanelState): PanelModel {
	const { itemKeys, criterionKeys, norms, sortable, criterionNorms } = derive(c);
	const order = displayOrder(c, s, itemKeys);
	const hidden = new Set(s.hidden);
	let visible = order.filter((j) => !hidden.has(itemKeys[j]));
	// At least one item stays visible.
	if (visible.length === 0 && order.length > 0) visible = [order[0]];
	const shown = new Set(visible);
	const baseline = s.baseline === null ? -1 : (visible.find((j) => itemKeys[j] === s.baseline) ?? -1);

	const value = (i: number, j: number): string => norms[i]?.[j] ?? "";
	const allSame = c.criteria.map((_, i) => visible.every((j) => value(i, j) === value(i, visible[0])));
	const comparing = visible.length > 1;

	const words = normaliseCell(s.filter).split(" ").filter((w) => w !== "");
	const criteria: PanelCriterion[] = [];
	c.criteria.forEach((name, i) => {
		if (words.length > 0 && !matchesFilter(criterionNorms[i], words)) return;
		if (s.onlyDifferences && (!comparing || allSame[i])) return;
		criteria.push({ index: i, name, key: criterionKeys[i], allSame: allSame[i], sortable: sortable[i] });
	});

	return {
		items: visible.map((j) => ({ index: j, name: c.items[j], key: itemKeys[j], baseline: j === baseline })),
		allItems: order.map((j) => ({ index: j, name: c.items[j], key: itemKeys[j], hidden: !shown.has(j) })),
		criteria,
		totalCriteria: c.criteria.length,
		cell(i: number, j: number): PanelCell {
			const md = c.values[i]?.[j] ?? "";
			if (baseline >= 0) {
				if (j === baseline) return { md, differs: false, same: false };
				const equal = value(i, j) === value(i, baseline);
				return { md, differs: !equal, same: equal };
			}
			return { md, differs: comparing && !allSame[i], same: comparing && allSame[i] };
		},
	};
}
