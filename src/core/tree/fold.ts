/** Case- and accent-insensitive text: folding, and match ranges mapped back to the original text. */

import { fold, isAsciiText } from "../search-text";
import type { Range } from "./types";

/** The folded text and, for each of its UTF-16 units, the range of the original text it came from. */
interface FoldMap {
	folded: string;
	starts: number[] | null;
	ends: number[] | null;
}

function foldWithMap(text: string): FoldMap {
	if (isAsciiText(text)) return { folded: text.toLowerCase(), starts: null, ends: null };
	const starts: number[] = [];
	const ends: number[] = [];
	let folded = "";
	for (let i = 0; i < text.length; ) {
		const cp = text.codePointAt(i) ?? 0;
		const len = cp > 0xffff ? 2 : 1;
		const piece = fold(text.slice(i, i + len));
		if (piece === "") {
			// A combining mark written separately: it belongs to the character before it.
			for (let k = ends.length - 1; k >= 0 && ends[k] === i; k--) ends[k] = i + len;
		}
		for (let u = 0; u < piece.length; u++) {
			starts.push(i);
			ends.push(i + len);
		}
		folded += piece;
		i += len;
	}
	return { folded, starts, ends };
}

/** Ranges [start, end) of every occurrence of the (already folded) `terms` in `text`, sorted and merged, in `text`'s own indices. */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
	if (terms.length === 0) return [];
	const { folded, starts, ends } = foldWithMap(text);
	const found: Array<[number, number]> = [];
	for (const term of terms) {
		if (term === "") continue;
		for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
			const end = at + term.length;
			found.push(starts && ends ? [starts[at], ends[end - 1]] : [at, end]);
		}
	}
	return mergeRanges(found);
}

/** Sorts ranges and merges the overlapping ones. */
export function mergeRanges(found: Array<[number, number]>): Range[] {
	if (found.length <= 1) return found;
	found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Array<[number, number]> = [found[0]];
	for (let i = 1; i < found.length; i++) {
		const last = merged[merged.length - 1];
		const next = found[i];
		if (next[0] <= last[1]) last[1] = Math.max(last[1], next[1]);
		else merged.push(next);
	}
	return merged;
}
