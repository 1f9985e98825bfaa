/**
 * Unlinked notes: notes with no parent and no child. A real vault has hundreds of them (daily
 * notes, drafts, attachments' notes), and listed among the roots they bury the hierarchy, so the
 * tree gathers them in one group row at the end of the top level, collapsed until opened.
 */

import type { HierarchyView } from "../types";
import type { TreeRow } from "./types";

/** Where unlinked notes go: one group row at the end, nowhere, or among the other roots. */
export type UnlinkedPlacement = "group" | "hidden" | "roots";

/** The group row's id and key: never a vault path (no path holds a NUL character). */
export const UNLINKED_GROUP = "\u0000unlinked";

/** The group row's title. */
export function unlinkedGroupTitle(count: number): string {
	return `Unlinked notes (${count.toLocaleString("en-US")})`;
}

/** Whether a row is the unlinked notes group rather than a node. */
export function isGroupRow(row: Pick<TreeRow, "id">): boolean {
	return row.id === UNLINKED_GROUP;
}

/** Whether a node has no hierarchy link at all: no parent, no child (ghost links count). */
export function isUnlinked(view: HierarchyView, id: string): boolean {
	return view.getNode(id)?.kind === "note" && view.parentsOf(id).length === 0 && view.childrenOf(id).length === 0;
}

/**
 * Where a root goes at the top level: among the linked roots, into the unlinked group, or
 * nowhere: an Excalidraw drawing in no hierarchy is an attachment, not a note waiting for a
 * place (two of the shared real vaults hold 300 and 400 of them, which made up to half of their
 * unlinked group). The filter still finds it, and a drawing that has a parent or child is shown.
 */
export function placeOf(view: HierarchyView, id: string): "linked" | "unlinked" | "apart" {
	if (!isUnlinked(view, id)) return "linked";
	return view.getNode(id)?.drawing === true ? "apart" : "unlinked";
}

/** Sorted roots split into the linked ones and the unlinked ones, each keeping the order (drawings in no hierarchy in neither, see `placeOf`). */
export function splitRoots(view: HierarchyView, roots: readonly string[]): { linked: string[]; unlinked: string[] } {
	const linked: string[] = [];
	const unlinked: string[] = [];
	for (const id of roots) {
		const place = placeOf(view, id);
		if (place === "linked") linked.push(id);
		else if (place === "unlinked") unlinked.push(id);
	}
	return { linked, unlinked };
}

/** The key of an unlinked note's row inside the group. */
export function unlinkedKey(id: string): string {
	return `${UNLINKED_GROUP}\n${id}`;
}

/** The id of an unlinked note's row inside the group, from its key; null for any other key. */
export function unlinkedIdOf(key: string): string | null {
	return key.startsWith(UNLINKED_GROUP + "\n") ? key.slice(UNLINKED_GROUP.length + 1) : null;
}

/**
 * The group row and, when it is expanded, one leaf row per unlinked note (depth 1, with no
 * `parentId`: the group is not a parent, so no menu offers to remove it). None when there are none.
 * `reuse` holds rows made before, by id: a note's row never changes, so it is made once.
 */
export function unlinkedRows(unlinked: readonly string[], expanded: boolean, reuse?: Map<string, TreeRow>): TreeRow[] {
	if (unlinked.length === 0) return [];
	const rows: TreeRow[] = [
		{ key: UNLINKED_GROUP, id: UNLINKED_GROUP, depth: 0, childCount: unlinked.length, expanded, cycleBack: false, match: false, highlights: [] },
	];
	if (!expanded) return rows;
	for (const id of unlinked) {
		let row = reuse?.get(id);
		if (row === undefined) {
			row = { key: unlinkedKey(id), id, depth: 1, childCount: 0, expanded: false, cycleBack: false, match: false, highlights: [] };
			reuse?.set(id, row);
		}
		rows.push(row);
	}
	return rows;
}
