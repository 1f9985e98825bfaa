/**
 * How the commands reach the tree view: through the tree view feature when the plugin wires it
 * in, else by finding the view's leaf in the workspace (never keeping a reference to the view).
 */
import type { TopicTreeHost } from "../context";
import { VIEW_TYPE_TOPIC_TREE } from "../tree-view/constants";
import { TopicTreeView } from "../tree-view/view";
import { openSideView } from "../ui/side-view";

/** The tree view operations the commands use (implemented by `TreeViewFeature`). */
export interface TreeViews {
	/** Opens (or shows) the tree view. */
	openView(): Promise<unknown>;
	/** Opens the view and reveals a note's row. */
	revealNote(path: string): Promise<boolean>;
	/** Opens the view pinned to a node. */
	focusOn(id: string): Promise<boolean>;
}

/** Tree view operations that look the view up by its type each time. */
export function leafTreeViews(host: TopicTreeHost): TreeViews {
	const open = (): Promise<TopicTreeView | null> => openSideView(host.app, VIEW_TYPE_TOPIC_TREE, TopicTreeView);
	return {
		openView: open,
		revealNote: async (path) => (await open())?.revealNote(path) ?? false,
		focusOn: async (id) => {
			const view = await open();
			view?.pin(id);
			return view !== null;
		},
	};
}
