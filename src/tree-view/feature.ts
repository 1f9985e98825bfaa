/**
 * The tree view feature: registers the sidebar view and its ribbon icon, and opens, reveals and
 * pins the view for the commands. Keeps no reference to the view (views may be deferred).
 */
import { Component, type Plugin } from "obsidian";
import type { TopicTreeHost } from "../context";
import { openSideView } from "../ui/side-view";
import { ParentWriter } from "../writes/parent-writer";
import type { ParentWrites } from "./actions";
import { TREE_ICON, VIEW_TYPE_TOPIC_TREE } from "./constants";
import { TopicTreeView } from "./view";

export { VIEW_TYPE_TOPIC_TREE } from "./constants";

/** Registers the topic tree view and opens it on request. */
export class TreeViewFeature extends Component {
	private readonly writer: ParentWrites;

	constructor(
		private readonly plugin: Plugin,
		private readonly host: TopicTreeHost,
		writer?: ParentWrites,
	) {
		super();
		this.writer = writer ?? new ParentWriter(host);
	}

	onload(): void {
		this.plugin.registerView(VIEW_TYPE_TOPIC_TREE, (leaf) => new TopicTreeView(leaf, this.host, this.writer));
		const ribbon = this.plugin.addRibbonIcon(TREE_ICON, "Open topic tree", () => void this.openView());
		this.register(() => ribbon.detach());
	}

	/** The open tree view (loading a deferred one), else a new one in the right sidebar; null when none can be made. */
	async openView(): Promise<TopicTreeView | null> {
		return openSideView(this.host.app, VIEW_TYPE_TOPIC_TREE, TopicTreeView);
	}

	/** Opens the view and reveals a note's row. */
	async revealNote(path: string): Promise<boolean> {
		const view = await this.openView();
		return view ? view.revealNote(path) : false;
	}

	/** Opens the view pinned to a node. */
	async focusOn(id: string): Promise<boolean> {
		const view = await this.openView();
		if (!view) return false;
		view.pin(id);
		return true;
	}
}
