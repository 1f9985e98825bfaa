/** How settings and view state map onto the index: which changes need a re-parse, and the tree model's options. */
import { sameItems } from "../core/lists";
import type { TreeOptions } from "../core/tree";
import type { PluginData, TopicTreeSettings } from "../settings/settings";

/** Whether a settings change alters what notes say (fields, title, comments) or which notes count (excluded paths). */
export function needsReindex(next: TopicTreeSettings, previous: TopicTreeSettings): boolean {
	return (
		!sameItems(next.parentFields, previous.parentFields) ||
		!sameItems(next.childFields, previous.childFields) ||
		!sameItems(next.relatedFields, previous.relatedFields) ||
		!sameItems(next.nextFields, previous.nextFields) ||
		!sameItems(next.prevFields, previous.prevFields) ||
		!sameItems(next.siblingFields, previous.siblingFields) ||
		next.leaveOutTemplateFolders !== previous.leaveOutTemplateFolders ||
		next.titleProperty !== previous.titleProperty ||
		next.readFieldsInComments !== previous.readFieldsInComments ||
		!sameItems(next.excludedPaths, previous.excludedPaths)
	);
}

/** The tree model's options: sort and direction from the saved view state, ghosts and unlinked notes from the settings. */
export function treeOptionsOf(data: PluginData): TreeOptions {
	return { sort: data.view.sort, descending: data.view.descending, showGhosts: data.settings.showGhosts, unlinked: data.settings.unlinkedNotes };
}
