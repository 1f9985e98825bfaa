/** The tree view's progress line and its empty states ("No topics match", "No topics yet…"). */
import type { IndexStatus } from "../context";

/** What the status line and the empty state show. */
export interface StatusState {
	status: IndexStatus;
	/** Matches of the filter on, or null without a filter. */
	matches: number | null;
	pinned: boolean;
	/** Whether any top-level node has children. */
	hasHierarchy: () => boolean;
	/** The first parent field, named in the hint. */
	parentField: string;
}

/** Fills the progress and empty elements; returns whether the tree is empty (its rows then hide). */
export function renderStatus(progressEl: HTMLElement, emptyEl: HTMLElement, state: StatusState): boolean {
	const { status } = state;
	const indexing = status.state !== "ready";
	progressEl.toggleClass("topic-tree-hidden", !indexing);
	if (indexing) progressEl.setText(`Indexing ${status.done.toLocaleString("en-US")} of ${status.total.toLocaleString("en-US")} notes`);
	emptyEl.empty();
	let empty = false;
	if (state.matches === 0) {
		emptyEl.setText("No topics match");
		empty = true;
	} else if (!indexing && state.matches === null && !state.pinned && !state.hasHierarchy()) {
		const field = state.parentField;
		emptyEl.appendText("No topics yet. Add ");
		emptyEl.createEl("code", { text: `${field}:: [[parent]]` });
		emptyEl.appendText(" to a note, or a ");
		emptyEl.createEl("code", { text: field });
		emptyEl.appendText(" property, to place it under a parent topic.");
		empty = true;
	}
	emptyEl.toggleClass("topic-tree-hidden", !empty);
	return empty;
}
