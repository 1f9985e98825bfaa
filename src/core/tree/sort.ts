/** Sibling order: by title, file name, modified or created time, or the manual order of `down::` fields and `order`. */

import type { HierarchyEdge, HierarchyView, TopicNode } from "../types";
import { chainOrder } from "./sequence";
import type { SortKey } from "./types";

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The collator's order of the printable ASCII characters (equal under the collator, equal rank).
 * Built from the collator itself, so the fast comparison below agrees with it.
 */
const RANK: Uint8Array = (() => {
	const chars: string[] = [];
	for (let code = 0x20; code <= 0x7e; code++) chars.push(String.fromCharCode(code));
	chars.sort((a, b) => collator.compare(a, b));
	const rank = new Uint8Array(128);
	let current = 0;
	chars.forEach((char, i) => {
		if (i > 0 && collator.compare(chars[i - 1], char) !== 0) current++;
		rank[char.charCodeAt(0)] = current;
	});
	return rank;
})();

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** The collator's result for two printable-ASCII texts, several times faster: per-character ranks, digit runs by value. */
function compareAscii(a: string, b: string): number {
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const ca = a.charCodeAt(i);
		const cb = b.charCodeAt(j);
		if (isDigit(ca) && isDigit(cb)) {
			while (i < a.length && a.charCodeAt(i) === 48) i++;
			while (j < b.length && b.charCodeAt(j) === 48) j++;
			let endA = i;
			let endB = j;
			while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
			while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
			if (endA - i !== endB - j) return endA - i < endB - j ? -1 : 1;
			for (; i < endA; i++, j++) {
				const diff = a.charCodeAt(i) - b.charCodeAt(j);
				if (diff !== 0) return diff < 0 ? -1 : 1;
			}
			continue;
		}
		if (RANK[ca] !== RANK[cb]) return RANK[ca] < RANK[cb] ? -1 : 1;
		i++;
		j++;
	}
	return i < a.length ? 1 : j < b.length ? -1 : 0;
}

/** Natural, locale-aware, case- and accent-insensitive comparison of two display texts. */
export function compareText(a: string, b: string): number {
	return PRINTABLE_ASCII.test(a) && PRINTABLE_ASCII.test(b) ? compareAscii(a, b) : collator.compare(a, b);
}

/** The collator's own comparison, without the ASCII fast path (for tests). */
export function compareWithCollator(a: string, b: string): number {
	return collator.compare(a, b);
}

function compareKnown(a: string, aAscii: boolean, b: string, bAscii: boolean): number {
	return aAscii && bAscii ? compareAscii(a, b) : collator.compare(a, b);
}

function compareNumber(a: number, b: number): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function compareId(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** A node's file name without folders and `.md`; a ghost's title. */
export function fileName(node: TopicNode): string {
	if (node.path === undefined) return node.title;
	const base = node.path.slice(node.path.lastIndexOf("/") + 1);
	return base.toLowerCase().endsWith(".md") ? base.slice(0, -3) : base;
}

/** What one id is sorted by, computed once per sort. */
interface SortItem {
	id: string;
	title: string;
	titleAscii: boolean;
	ghost: boolean;
	/** Manual sort: 0 declared by the parent's child field, 1 with an `order`, 2 the rest. */
	group: number;
	num: number;
	text: string;
	textAscii: boolean;
	/** Position before sorting (for `sortHolders`). */
	at: number;
}

function byTitle(a: SortItem, b: SortItem): number {
	return compareKnown(a.title, a.titleAscii, b.title, b.titleAscii) || compareId(a.id, b.id);
}

function makeItem(node: TopicNode | undefined, id: string, sort: SortKey, edge: HierarchyEdge | undefined): SortItem {
	const title = node?.title ?? id;
	const item: SortItem = { id, title, titleAscii: PRINTABLE_ASCII.test(title), ghost: node?.kind === "ghost", group: 2, num: 0, text: "", textAscii: true, at: 0 };
	if (!node) return item;
	if (sort === "filename") {
		item.text = fileName(node);
		item.textAscii = PRINTABLE_ASCII.test(item.text);
	}
	else if (sort === "modified") item.num = node.mtime;
	else if (sort === "created") item.num = node.ctime;
	else if (sort === "manual") {
		if (edge?.declaredAs === "child") {
			item.group = 0;
			item.num = edge.position ?? Number.POSITIVE_INFINITY;
		} else if (node.order !== undefined && Number.isFinite(node.order)) {
			item.group = 1;
			item.num = node.order;
		}
	}
	return item;
}

function comparatorFor(sort: SortKey, descending: boolean): (a: SortItem, b: SortItem) => number {
	const sign = descending ? -1 : 1;
	switch (sort) {
		case "title":
			return (a, b) => sign * compareKnown(a.title, a.titleAscii, b.title, b.titleAscii) || compareId(a.id, b.id);
		case "filename":
			return (a, b) => sign * compareKnown(a.text, a.textAscii, b.text, b.textAscii) || byTitle(a, b);
		case "modified":
		case "created":
			return (a, b) => Number(a.ghost) - Number(b.ghost) || sign * compareNumber(a.num, b.num) || byTitle(a, b);
		case "manual":
			return (a, b) => a.group - b.group || compareNumber(a.num, b.num) || byTitle(a, b);
	}
}

/**
 * Sorts `ids` (a new array). `edges`, the parent's `childrenOf` edges, give the manual order;
 * ties are broken by title, then id. Ghosts sort by title with notes, except by time, where they go last.
 */
export function sortIds(
	view: HierarchyView,
	ids: readonly string[],
	sort: SortKey,
	descending: boolean,
	edges?: ReadonlyMap<string, HierarchyEdge>,
): string[] {
	const items = ids.map((id) => makeItem(view.getNode(id), id, sort, edges?.get(id)));
	items.sort(comparatorFor(sort, descending));
	const sorted = items.map((item) => item.id);
	return sort === "manual" ? [...chainOrder(view, sorted)] : sorted;
}

/** Compares two ids as `sortIds` orders them without edges (roots): for placing a few ids among sorted ones. Not for the manual sort's chains. */
export function idComparator(view: HierarchyView, sort: SortKey, descending: boolean): (a: string, b: string) => number {
	const compare = comparatorFor(sort, descending);
	return (a, b) => compare(makeItem(view.getNode(a), a, sort, undefined), makeItem(view.getNode(b), b, sort, undefined));
}

/** Something to sort that carries its node: the order is the same as `sortIds` gives for their ids. */
export interface NodeHolder {
	readonly id: string;
	readonly node: TopicNode;
}

/** Sorts `holders` in place, in the order `sortIds` gives for their ids (without looking the nodes up; the manual sort's chains need `view`). */
export function sortHolders<T extends NodeHolder>(
	holders: T[],
	sort: SortKey,
	descending: boolean,
	edges?: ReadonlyMap<string, HierarchyEdge>,
	view?: HierarchyView,
): void {
	const items = holders.map((holder, at) => {
		const item = makeItem(holder.node, holder.id, sort, edges?.get(holder.id));
		item.at = at;
		return item;
	});
	items.sort(comparatorFor(sort, descending));
	const before = holders.slice();
	for (let i = 0; i < items.length; i++) holders[i] = before[items[i].at];
	if (sort === "manual" && view) {
		const byId = new Map(holders.map((holder) => [holder.id, holder]));
		const order = chainOrder(view, holders.map((holder) => holder.id));
		for (let i = 0; i < order.length; i++) holders[i] = byId.get(order[i]) as T;
	}
}

/** Sorts `ids` by title, then id (a new array). */
export function sortByTitle(view: HierarchyView, ids: readonly string[]): string[] {
	return sortIds(view, ids, "title", false);
}
