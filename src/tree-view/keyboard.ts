/** Keyboard handling of the tree (WAI-ARIA tree pattern): what each key does, and type-ahead. */
import { fold, type TreeRow } from "../core/tree";
import { TYPEAHEAD_RESET_MS } from "./constants";
import type { RowTable } from "./row-table";

/** A key press translated into a tree action. */
export type TreeKeyAction =
	| { type: "move"; to: "next" | "previous" | "first" | "last" }
	| { type: "right" }
	| { type: "left" }
	| { type: "open" }
	| { type: "menu" }
	| { type: "expand-siblings" }
	| { type: "type"; char: string };

/** The action of a keydown on a row, or null when the tree does not handle the key. */
export function treeKeyAction(evt: KeyboardEvent): TreeKeyAction | null {
	const mod = evt.ctrlKey || evt.metaKey;
	switch (evt.key) {
		case "ArrowDown":
			return mod || evt.altKey ? null : { type: "move", to: "next" };
		case "ArrowUp":
			return mod || evt.altKey ? null : { type: "move", to: "previous" };
		case "Home":
			return { type: "move", to: "first" };
		case "End":
			return { type: "move", to: "last" };
		case "ArrowRight":
			return mod || evt.altKey ? null : { type: "right" };
		case "ArrowLeft":
			return mod || evt.altKey ? null : { type: "left" };
		case "Enter":
			return { type: "open" };
		case "ContextMenu":
			return { type: "menu" };
		case "F10":
			return evt.shiftKey ? { type: "menu" } : null;
		case "*":
			return mod || evt.altKey ? null : { type: "expand-siblings" };
	}
	if (evt.key.length === 1 && evt.key !== " " && !mod && !evt.altKey) return { type: "type", char: evt.key };
	return null;
}

/** Accumulates typed characters into a prefix, forgotten after a pause. */
export class TypeAhead {
	private prefix = "";
	private last = Number.NEGATIVE_INFINITY;

	constructor(private readonly resetMs = TYPEAHEAD_RESET_MS) {}

	/** Adds a character typed at time `now` (ms) and returns the prefix to look for. */
	push(char: string, now: number): string {
		if (now - this.last > this.resetMs) this.prefix = "";
		this.last = now;
		this.prefix += fold(char);
		return this.prefix;
	}

	/** Forgets the prefix. */
	reset(): void {
		this.prefix = "";
		this.last = Number.NEGATIVE_INFINITY;
	}
}

/**
 * The index of the next row whose title starts with `prefix`, searching from `from` (inclusive
 * when the prefix is longer than one character, so typing on keeps the row) and wrapping; -1 when
 * none. A repeated single letter ("aaa") cycles through the rows starting with it.
 */
export function findByPrefix(count: number, titleAt: (index: number) => string, from: number, prefix: string): number {
	if (count === 0 || prefix === "") return -1;
	const chars = [...prefix];
	// The same letter typed again moves on to the next row starting with it.
	if (chars.length > 1 && chars.every((c) => c === chars[0])) prefix = chars[0];
	const start = prefix.length > 1 ? Math.max(0, from) : from + 1;
	for (let k = 0; k < count; k++) {
		const i = (((start + k) % count) + count) % count;
		if (fold(titleAt(i)).startsWith(prefix)) return i;
	}
	return -1;
}

/** What a key action works on: the rows, the focused row, and the view's operations. */
export interface KeyTarget {
	table: RowTable;
	/** Index of the focused row (0 when none). */
	focusIndex: number;
	/** A filter is active (rows cannot be collapsed or expanded). */
	filtering: boolean;
	typeAhead: TypeAhead;
	titleAt(index: number): string;
	/** Moves keyboard focus to a row and scrolls it into view. */
	focus(index: number): void;
	setExpanded(row: TreeRow, open: boolean): void;
	/** Expands several rows at once. */
	expandRows(rows: TreeRow[]): void;
	open(row: TreeRow): void;
	menu(row: TreeRow): void;
}

/** Carries out a key action on the focused row (WAI-ARIA tree semantics). */
export function runTreeKey(action: TreeKeyAction, t: KeyTarget, now: number = Date.now()): void {
	const { table } = t;
	const count = table.length;
	if (count === 0) return;
	const current = Math.min(t.focusIndex, count - 1);
	const row = table.rows[current];
	switch (action.type) {
		case "move": {
			const to = { next: current + 1, previous: current - 1, first: 0, last: count - 1 }[action.to];
			t.focus(Math.max(0, Math.min(count - 1, to)));
			return;
		}
		case "right":
			if (row.childCount > 0 && !row.cycleBack && !row.expanded && !t.filtering) t.setExpanded(row, true);
			else if (row.expanded) t.focus(current + 1);
			return;
		case "left": {
			if (row.expanded && !t.filtering) {
				t.setExpanded(row, false);
				// Collapsing removes rows below it only, so the row keeps its index.
				t.focus(current);
				return;
			}
			const parent = table.parentIndex(current);
			if (parent !== -1) t.focus(parent);
			return;
		}
		case "open":
			t.open(row);
			return;
		case "menu":
			t.focus(current);
			t.menu(row);
			return;
		case "expand-siblings": {
			if (t.filtering) return;
			const rows = table.siblingIndices(current).map((i) => table.rows[i]);
			t.expandRows(rows.filter((r) => r.childCount > 0 && !r.cycleBack && !r.expanded));
			return;
		}
		case "type": {
			const found = findByPrefix(count, (i) => t.titleAt(i), current, t.typeAhead.push(action.char, now));
			if (found !== -1) t.focus(found);
			return;
		}
	}
}
