/**
 * What a comparison panel shows, derived from the comparison and the panel state: visible items
 * in display order, visible criteria, and each cell's difference status.
 */
import type { Comparison } from "./comparison";
import { normaliseCell } from "./normalise";
import { sortKeys, sortValue } from "./panel-sort";
import type { PanelState } from "./panel-state";
import { panelComparison } from "./panel-transpose";
import { comparisonKey, criterionKind, isComparable, verdictOf, type ValueKind, type Verdict } from "./value-kinds";

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
	/** What its values are: yes/no, level, number, date, label, prose (or empty). */
	kind: ValueKind;
	/** Differences are marked on it (every kind but prose and empty). */
	comparable: boolean;
	/** The criterion is unnamed ("Point 1"): the table has no criteria column. */
	unnamed: boolean;
}

/** A cell and its difference status. */
export interface PanelCell {
	md: string;
	/** Differs from the baseline's value; without a baseline, the criterion's shown values are not all equal. Never for prose. */
	differs: boolean;
	/** Equals the baseline's value; without a baseline, the criterion's shown values are all equal. Never for prose. */
	same: boolean;
	/** Compared against a pinned baseline (the cell reads "same as baseline" or "differs"). */
	againstBaseline: boolean;
	/** Its criterion's kind. */
	kind: ValueKind;
	/** Its verdict, for yes/no criteria. */
	verdict: Verdict | null;
	/** The lowest or highest of a numeric criterion among the shown items. */
	extreme: "min" | "max" | null;
	/** Where the value stands between 0 and the highest shown value (numeric criteria), 0…1; null otherwise. */
	share: number | null;
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
	/** Criteria shown that are compared for differences, and those left unmarked as prose. */
	compared: number;
	prose: number;
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
export function displayOrder(source: Comparison, s: PanelState, keys?: readonly string[]): number[] {
	const c = panelComparison(source, s);
	const itemKeys = keys ?? derive(c).itemKeys;
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
	/** Each criterion's kind, and its values' comparison keys [criterion][item]. */
	kinds: ValueKind[];
	keys: string[][];
	/** Numeric values of numeric criteria [criterion][item] (null: blank or not a number). */
	numbers: Array<Array<number | null> | null>;
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
			kinds: [],
			keys: [],
			numbers: [],
		};
		for (let i = 0; i < c.criteria.length; i++) {
			const values = c.values[i] ?? [];
			const kind = criterionKind(values);
			d.kinds.push(kind);
			d.keys.push(c.items.map((_, j) => comparisonKey(values[j] ?? "", kind)));
			d.numbers.push(kind === "number" ? c.items.map((_, j) => sortValue(values[j] ?? "")?.value ?? null) : null);
		}
		derivedCache.set(c, d);
	}
	return d;
}

/** Whether the normalised criterion name contains every word of the filter. */
function matchesFilter(name: string, words: readonly string[]): boolean {
	return words.every((w) => name.includes(w));
}

/** Lowest and highest shown value of a numeric criterion, or null when fewer than two differ. */
function extremes(numbers: ReadonlyArray<number | null> | null, visible: readonly number[]): { min: number; max: number } | null {
	if (!numbers) return null;
	let min = Infinity;
	let max = -Infinity;
	for (const j of visible) {
		const v = numbers[j];
		if (v === null || v === undefined) continue;
		if (v < min) min = v;
		if (v > max) max = v;
	}
	return max > min ? { min, max } : null;
}

/** Build the panel model; never throws, unknown keys in the state are ignored. Work that depends on the comparison only is cached per comparison object. */
export function buildPanelModel(source: Comparison, s: PanelState): PanelModel {
	const c = panelComparison(source, s);
	const { itemKeys, criterionKeys, sortable, criterionNorms, kinds, keys, numbers } = derive(c);
	const order = displayOrder(source, s, itemKeys);
	const hidden = new Set(s.hidden);
	let visible = order.filter((j) => !hidden.has(itemKeys[j]));
	// At least one item stays visible.
	if (visible.length === 0 && order.length > 0) visible = [order[0]];
	const shown = new Set(visible);
	const baseline = s.baseline === null ? -1 : (visible.find((j) => itemKeys[j] === s.baseline) ?? -1);

	const key = (i: number, j: number): string => keys[i]?.[j] ?? "";
	const allSame = c.criteria.map((_, i) => visible.every((j) => key(i, j) === key(i, visible[0])));
	const comparing = visible.length > 1;
	const unnamed = c.headerless === true;

	const words = normaliseCell(s.filter).split(" ").filter((w) => w !== "");
	const criteria: PanelCriterion[] = [];
	let compared = 0;
	let prose = 0;
	c.criteria.forEach((name, i) => {
		if (words.length > 0 && !matchesFilter(criterionNorms[i], words)) return;
		if (s.onlyDifferences && (!comparing || allSame[i])) return;
		const comparable = isComparable(kinds[i]);
		if (comparable) compared++;
		else if (kinds[i] === "prose") prose++;
		criteria.push({ index: i, name, key: criterionKeys[i], allSame: allSame[i], sortable: sortable[i], kind: kinds[i], comparable, unnamed });
	});
	const range = new Map<number, { min: number; max: number } | null>();
	const rangeOf = (i: number) => {
		if (!range.has(i)) range.set(i, extremes(numbers[i] ?? null, visible));
		return range.get(i) ?? null;
	};

	return {
		items: visible.map((j) => ({ index: j, name: c.items[j], key: itemKeys[j], baseline: j === baseline })),
		allItems: order.map((j) => ({ index: j, name: c.items[j], key: itemKeys[j], hidden: !shown.has(j) })),
		criteria,
		totalCriteria: c.criteria.length,
		compared,
		prose,
		cell(i: number, j: number): PanelCell {
			const md = c.values[i]?.[j] ?? "";
			const kind = kinds[i] ?? "prose";
			const cell: PanelCell = { md, differs: false, same: false, againstBaseline: false, kind, verdict: kind === "yes-no" ? verdictOf(md) : null, extreme: null, share: null };
			const r = kind === "number" ? rangeOf(i) : null;
			const v = numbers[i]?.[j] ?? null;
			if (r && v !== null) {
				cell.extreme = v === r.min ? "min" : v === r.max ? "max" : null;
				cell.share = r.min >= 0 ? v / r.max : (v - r.min) / (r.max - r.min);
			}
			if (!isComparable(kind)) return cell;
			if (baseline >= 0) {
				if (j === baseline) return cell;
				const equal = key(i, j) === key(i, baseline);
				return { ...cell, differs: !equal, same: equal, againstBaseline: true };
			}
			return { ...cell, differs: comparing && !allSame[i], same: comparing && allSame[i] };
		},
	};
}
