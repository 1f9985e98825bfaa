/** How settings and view state map onto the index: which changes need a re-parse, and the tree model's options. */
import type { TreeOptions } from "../core/tree";
import type { PluginData, TopicTreeSettings } from "../settings/settings";

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Whether a settings change alters what notes say (fields, title, comments) or which notes count (excluded paths). */
export function needsReindex(next: TopicTreeSettings, previous: TopicTreeSettings): boolean {
	return (
		!sameList(next.parentFields, previous.parentFields) ||
		!sameList(next.childFields, previous.childFields) ||
		!sameList(next.relatedFields, previous.relatedFields) ||
		!sameList(next.nextFields, previous.nextFields) ||
		!sameList(next.prevFields, previous.prevFields) ||
		!sameList(next.siblingFields, previous.siblingFields) ||
		next.leaveOutTemplateFolders !== previous.leaveOutTemplateFolders ||
		next.titleProperty !== previous.titleProperty ||
		next.readFieldsInComments !== previous.readFieldsInComments ||
		!sameList(next.excludedPaths, previous.excludedPaths)
	);
}

/** The tree model's options: sort and direction from the saved view state, ghosts and unlinked notes from the settings. */
export function treeOptionsOf(data: PluginData): TreeOptions {
	return { sort: data.view.sort, descending: data.view.descending, showGhosts: data.settings.showGhosts, unlinked: data.settings.unlinkedNotes };
}
