/**
 * A filter's marks updated in place after a small change of the graph: only the changed records
 * are matched again, and visibility spreads up (or drains away) through the parents by counting
 * each visible record's visible children, so nothing else is scanned.
 */

import type { HierarchyView } from "../types";
import { parentEntries, type FilterResult } from "./filter-result";
import { slotOf, type NodeEntry } from "./node-entry";

/** More records changing visibility or match than this: the caller runs the filter afresh. */
export const MAX_TOUCHED = 512;

const VISIBLE = 1;
const MATCHED = 2;

/** What an update in place changed. */
export interface MarkUpdate {
	/** Matching records, then visible ones that do not match (as `FilterResult` holds them). */
	found: readonly NodeEntry[];
	ancestors: readonly NodeEntry[];
	/** Records whose rows may show something else (state, children, count, text): the changed records and their parents. */
	dirty: Set<NodeEntry>;
	/** Records that became visible or invisible. */
	shownOrHidden: NodeEntry[];
}

/**
 * Updates `prev`'s marks for the changed records `seeds` (already refreshed from the graph) and
 * returns the new lists, or null when the change reaches a cycle (counting cannot drain one) or
 * too many records: the marks are then broken and the caller must run the filter afresh (a new
 * marking). `prev` must hold counted marks (`counted`) made for the graph before the change,
 * and every record whose parents changed must be among `seeds`.
 */
export function updateMarks(
	view: HierarchyView,
	prev: FilterResult,
	seeds: readonly NodeEntry[],
	matches: (entry: NodeEntry) => boolean,
	entryOf: (id: string) => NodeEntry | undefined,
): MarkUpdate | null {
	const marking = prev.marking;
	const version = view.version;
	const withGhosts = prev.withGhosts;
	/** State before the update of each record it touched, and the parents it had then. */
	const was = new Map<NodeEntry, number>();
	const oldUps: Array<readonly NodeEntry[]> = [];
	let broken = false;
	const stateOf = (entry: NodeEntry): number => (entry.visibleIn === marking ? VISIBLE : 0) | (entry.matchedIn === marking ? MATCHED : 0);
	const touch = (entry: NodeEntry): void => {
		if (was.has(entry)) return;
		was.set(entry, stateOf(entry));
		oldUps.push(slotOf(entry).ups);
		if (was.size > MAX_TOUCHED || view.cycleOf(entry.id) !== undefined) broken = true;
	};
	const counted = (entry: NodeEntry): number => {
		const slot = slotOf(entry);
		return slot.visCountIn === marking ? slot.visCount : 0;
	};

	/** Makes a visible record invisible, and the parents it alone kept visible. */
	const hide = (first: NodeEntry): void => {
		const stack = [first];
		for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
			if (entry.visibleIn !== marking) continue;
			touch(entry);
			entry.visibleIn = 0;
			for (const parent of slotOf(entry).ups) {
				if (!withGhosts && parent.ghost) continue;
				const slot = slotOf(parent);
				if (slot.visCountIn === marking && slot.visCount > 0) slot.visCount--;
				if (parent.visibleIn === marking && parent.matchedIn !== marking && counted(parent) === 0) stack.push(parent);
			}
		}
	};

	/** Makes a record visible, and its parents (their parents as of now). */
	const show = (first: NodeEntry): void => {
		const stack = [first];
		for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
			if (entry.visibleIn === marking) continue;
			touch(entry);
			entry.visibleIn = marking;
			for (const parent of parentEntries(view, version, entry, entryOf)) {
				if (!withGhosts && parent.ghost) continue;
				const slot = slotOf(parent);
				if (slot.visCountIn !== marking) {
					slot.visCount = 0;
					slot.visCountIn = marking;
				}
				slot.visCount++;
				if (parent.visibleIn !== marking) stack.push(parent);
			}
		}
	};

	// Take the changed records out (with what only they kept visible), then put them back as they are now.
	for (const seed of seeds) {
		touch(seed);
		if (seed.visibleIn === marking) hide(seed);
		seed.matchedIn = 0;
	}
	for (const seed of seeds) {
		const match = (withGhosts || !seed.ghost) && matches(seed);
		if (match) seed.matchedIn = marking;
		if (seed.visibleIn !== marking && (match || counted(seed) > 0)) show(seed);
		if (broken) return null;
	}
	if (broken) return null;

	const dirty = new Set<NodeEntry>();
	const shownOrHidden: NodeEntry[] = [];
	const seedSet = new Set(seeds);
	const newMatches: NodeEntry[] = [];
	const newAncestors: NodeEntry[] = [];
	let lostMatch = false;
	let lostAncestor = false;
	let k = 0;
	for (const [entry, before] of was) {
		const ups = oldUps[k++];
		const now = stateOf(entry);
		if (now === before && !seedSet.has(entry)) continue;
		if (now !== before) {
			if ((now & MATCHED) !== 0) newMatches.push(entry);
			else if ((before & MATCHED) !== 0) lostMatch = true;
			if (now === VISIBLE) newAncestors.push(entry);
			else if (before === VISIBLE) lostAncestor = true;
			if ((now & VISIBLE) !== (before & VISIBLE)) shownOrHidden.push(entry);
		}
		dirty.add(entry);
		for (const parent of ups) dirty.add(parent);
		for (const parent of parentEntries(view, version, entry, entryOf)) dirty.add(parent);
	}
	// The lists are copied only when they change (a result's lists are never changed once made).
	const found = lostMatch ? prev.found.filter((entry) => entry.matchedIn === marking) : newMatches.length > 0 ? prev.found.slice() : prev.found;
	const ancestors = lostAncestor
		? prev.ancestors.filter((entry) => entry.visibleIn === marking && entry.matchedIn !== marking)
		: newAncestors.length > 0
			? prev.ancestors.slice()
			: prev.ancestors;
	for (const entry of newMatches) (found as NodeEntry[]).push(entry);
	for (const entry of newAncestors) (ancestors as NodeEntry[]).push(entry);
	return { found, ancestors, dirty, shownOrHidden };
}
