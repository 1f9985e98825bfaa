/**
 * The related-notes view feature: registers the view and the command *Open related notes*,
 * which shows it (an existing leaf, else a new one in the right sidebar).
 */
import { Component, type Plugin } from "obsidian";
import type { TopicTreeHost } from "../context";
import { openSideView } from "../ui/side-view";
import { RelatedNotesView, VIEW_TYPE_RELATED } from "./related-view";

/** Registers the related-notes view and its command. */
export class RelatedViewFeature extends Component {
	constructor(
		private readonly plugin: Plugin,
		private readonly host: TopicTreeHost,
	) {
		super();
	}

	onload(): void {
		this.plugin.registerView(VIEW_TYPE_RELATED, (leaf) => new RelatedNotesView(leaf, this.host));
		this.plugin.addCommand({ id: "open-related-notes", name: "Open related notes", callback: () => void this.openView() });
	}

	/** The open related-notes view, else a new one in the right sidebar. */
	async openView(): Promise<RelatedNotesView | null> {
		return openSideView(this.host.app, VIEW_TYPE_RELATED, RelatedNotesView);
	}
}
