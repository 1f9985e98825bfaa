/**
 * A field value as a list of items: links (`[[a]]`, `![[a]]`, `[t](a.md)`) and bare names between
 * commas, each with its offsets, so that one item can be removed or rewritten in place.
 * Items are read the way `parseLinks` reads a value; each item's link comes from `parseLinks` itself.
 */
import { parseLinks } from "../links";
import type { LinkRef } from "../types";

/** One item of a value: [start, end) in the value, and the link it names (none for external links). */
export interface ValueItem {
	start: number;
	end: number;
	link?: LinkRef;
}

/** The items of `value`, in order. */
export function valueItems(value: string): ValueItem[] {
	const items: ValueItem[] = [];
	let textStart = 0;
	let i = value.indexOf("[");
	while (i >= 0) {
		const from = i > 0 && value[i - 1] === "!" ? i - 1 : i;
		const wiki = value[i + 1] === "[";
		const reopened = wiki ? reopenedAt(value, i) : -1;
		if (reopened >= 0) {
			// `[[a [[b]]`: as in `parseLinks`, the last `[[` opens the link; what comes before is text.
			i = reopened;
			continue;
		}
		const end = wiki ? wikiEnd(value, i) : markdownEnd(value, i);
		// A markdown candidate `parseLinks` leaves as text (`[t](a b)`) is text here too.
		const parsed = end < 0 ? null : parseLinks(value.slice(from, end));
		if (parsed === null || (!wiki && parsed.rest.length > 0)) {
			i = value.indexOf("[", i + 1);
			continue;
		}
		bareItems(value, textStart, from, items);
		const link = parsed.links[0];
		items.push(link ? { start: from, end, link } : { start: from, end });
		textStart = end;
		i = value.indexOf("[", end);
	}
	bareItems(value, textStart, value.length, items);
	return items;
}

/** When another `[[` comes before the `]]` closing the one at `i`: the position of the last such `[[`, else -1. */
function reopenedAt(value: string, i: number): number {
	const close = value.indexOf("]]", i + 2);
	if (close < 0) return -1;
	const again = value.lastIndexOf("[[", close - 1);
	return again > i + 1 ? again : -1;
}

/** End of the wiki link opening at `i` (after its `]]`), or -1. */
function wikiEnd(value: string, i: number): number {
	const close = value.indexOf("]]", i + 2);
	if (close < 0) return -1;
	const inner = value.slice(i + 2, close);
	if (inner.includes("[[") || inner.includes("\n")) return -1;
	let end = close + 2;
	while (value[end] === "]") end++;
	return end;
}

/** End of the markdown link `[text](target)` opening at `i`, or -1. */
function markdownEnd(value: string, i: number): number {
	let depth = 0;
	let j = i;
	for (; j < value.length; j++) {
		const ch = value[j];
		if (ch === "\\") j++;
		else if (ch === "[") depth++;
		else if (ch === "]" && --depth === 0) break;
	}
	if (j >= value.length || value[j + 1] !== "(") return -1;
	let parens = 0;
	for (let k = j + 2; k < value.length; k++) {
		const ch = value[k];
		if (ch === "\\") k++;
		else if (ch === "(") parens++;
		else if (ch === ")" && parens-- === 0) return k + 1;
	}
	return -1;
}

/** Adds the comma-separated names of value[from, to) that `parseLinks` keeps as bare names. */
function bareItems(value: string, from: number, to: number, items: ValueItem[]): void {
	let start = from;
	while (start <= to) {
		let comma = value.indexOf(",", start);
		if (comma < 0 || comma > to) comma = to;
		let s = start;
		let e = comma;
		while (s < e && /\s/.test(value[s])) s++;
		while (e > s && /\s/.test(value[e - 1])) e--;
		if (e > s) {
			const name = parseLinks(value.slice(s, e)).rest[0];
			if (name !== undefined) items.push({ start: s, end: e, link: { target: name, embed: false, kind: "bare" } });
		}
		start = comma + 1;
	}
}

/**
 * The range to delete to remove item `k`, with its separator: the text from the end of the item
 * before it, or, for the first item, up to the start of the item after it. Null when it is the only one.
 */
export function removalRange(items: readonly ValueItem[], k: number): [number, number] | null {
	if (items.length <= 1) return null;
	if (k > 0) return [items[k - 1].end, items[k].end];
	return [items[0].start, items[1].start];
}

/** Index of the first item whose link satisfies `matches`, or -1. */
export function findItem(items: readonly ValueItem[], matches: (link: LinkRef) => boolean): number {
	return items.findIndex((item) => item.link !== undefined && matches(item.link));
}
