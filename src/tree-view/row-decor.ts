/**
 * What each row shows besides the model's row: its label and muted text (core/tree/labels.ts),
 * its tooltip (the note's path), badges, and the unlinked group's title. Kept apart from the view
 * so the view only wires state to it.
 */
import { isGroupRow, unlinkedGroupTitle, type TreeRow } from "../core/tree";
import { RowLabelIndex, type RowLabel } from "../core/tree/labels";
import { sameItems } from "../core/tree/root-order";
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
	/** What the index was built from: an update with the same nodes (by object) and mode keeps it. */
	private nodes: TopicNode[] = [];
	private mode: RowLabel = "title";

	constructor(private readonly nodeOf: (id: string) => TopicNode | undefined) {}

	/** Recomputes the labels for a new set of rows. */
	update(rows: readonly TreeRow[], mode: RowLabel): void {
		const nodes: TopicNode[] = [];
		for (const row of rows) {
			if (isGroupRow(row)) continue;
			const node = this.nodeOf(row.id);
			if (node !== undefined) nodes.push(node);
		}
		if (mode === this.mode && sameItems(nodes, this.nodes)) return;
		this.nodes = nodes;
		this.mode = mode;
		this.index = new RowLabelIndex(nodes, mode);
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
