/**
 * What each row shows besides the model's row: its label and muted text (core/tree/labels.ts),
 * its tooltip (the note's path), badges, and the unlinked group's title. Kept apart from the view
 * so the view only wires state to it.
 */
import { isGroupRow, unlinkedGroupTitle, type FlattenPatch, type TreeRow } from "../core/tree";
import { RowLabelIndex, type RowLabel } from "../core/tree/labels";
import { sameItems } from "../core/lists";
import type { TopicNode } from "../core/types";

/** Text of the unlinked group's tooltip. */
export const UNLINKED_GROUP_TOOLTIP = "Notes with no parent and no child";

/** What the label of one row is made of. */
export interface RowLabelParts {
	title: string;
	muted: string;
	tooltip: string;
	group: boolean;
}

/** The labels of the current rows (sharing titles, row label setting), computed once per flatten. */
export class RowLabels {
	private index = new RowLabelIndex([], "title");
	private rows: readonly TreeRow[] = [];
	/** The nodes the index was built from (null once patched): an update with the same nodes (by object) and mode keeps it. */
	private nodes: TopicNode[] | null = [];
	private mode: RowLabel = "title";

	constructor(private readonly nodeOf: (id: string) => TopicNode | undefined) {}

	/**
	 * Recomputes the labels for a new set of rows; with `patch` (the model's `patchOf`: the rows
	 * were the last ones with some rows removed and added), only for the rows that changed.
	 */
	update(rows: readonly TreeRow[], mode: RowLabel, patch: FlattenPatch | null = null): void {
		const last = this.rows;
		this.rows = rows;
		if (mode === this.mode) {
			if (rows === last) return;
			if (patch !== null && patch.from === last) {
				const patched = this.patch(patch);
				// Patched, the index no longer matches a node list; half patched, it must be rebuilt.
				this.nodes = null;
				if (patched) return;
			}
		}
		const nodes: TopicNode[] = [];
		for (const row of rows) {
			if (isGroupRow(row)) continue;
			const node = this.nodeOf(row.id);
			if (node !== undefined) nodes.push(node);
		}
		if (mode === this.mode && this.nodes !== null && sameItems(nodes, this.nodes)) return;
		this.nodes = nodes;
		this.mode = mode;
		this.index = new RowLabelIndex(nodes, mode);
	}

	/** Applies a patch to the label index; false when it cannot (a node left, or its label changed): then rebuild. */
	private patch(patch: FlattenPatch): boolean {
		for (const row of patch.removed) {
			if (isGroupRow(row)) continue;
			const node = this.nodeOf(row.id);
			if (node === undefined || !this.index.remove(node)) return false;
		}
		for (const row of patch.added) {
			const node = isGroupRow(row) ? undefined : this.nodeOf(row.id);
			if (node !== undefined) this.index.add(node);
		}
		return true;
	}

	/** A row's label, muted text and tooltip; `active`: the row of the open note. */
	of(row: TreeRow, active: boolean): RowLabelParts {
		if (isGroupRow(row)) return { title: unlinkedGroupTitle(row.childCount), muted: "", tooltip: UNLINKED_GROUP_TOOLTIP, group: true };
		const node = this.nodeOf(row.id);
		// The open note stays recognisable as its tab, which shows the file name.
		const text = node === undefined ? { label: row.id, muted: "" } : this.index.textOf(node, active);
		const title = text.label;
		const muted = text.muted;
		const tooltip = node?.path ?? (node?.kind === "ghost" ? `${node.title} (no note yet)` : row.id);
		return { title, muted, tooltip, group: false };
	}
}
