/**
 * Related notes as a view of its own (command *Open related notes*): the same section as under
 * the tree, always open, following the active note. It lives in a leaf like Obsidian's backlinks
 * pane, so it can be dragged to any sidebar or split.
 */
import { ItemView, type HoverParent, type HoverPopover, type WorkspaceLeaf } from "obsidian";
import type { TopicTreeHost } from "../context";
import { RelatedSection } from "./related-section";

/** The view type registered with Obsidian. */
export const VIEW_TYPE_RELATED = "topic-tree-related-view";

/** The view's icon (Lucide). */
export const RELATED_ICON = "network";

/** The active note's path, parents, siblings, children and related notes, in their own leaf. */
export class RelatedNotesView extends ItemView implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	private section: RelatedSection | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: TopicTreeHost,
	) {
		super(leaf);
	}

	getViewType(): string {
		return VIEW_TYPE_RELATED;
	}

	getDisplayText(): string {
		return "Related notes";
	}

	getIcon(): string {
		return RELATED_ICON;
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("topic-tree-related-view");
		const section = this.addChild(new RelatedSection(this.contentEl, this.host, this, { standalone: true }));
		this.section = section;
		const follow = (): void => section.setActive(this.app.workspace.getActiveFile()?.path ?? null);
		this.registerEvent(this.app.workspace.on("file-open", (file) => section.setActive(file ? file.path : null)));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => follow()));
		this.registerEvent(this.app.vault.on("rename", () => follow()));
		follow();
	}

	async onClose(): Promise<void> {
		this.section = null;
		this.contentEl.empty();
	}

	/** The section shown (tests read it). */
	get related(): RelatedSection | null {
		return this.section;
	}
}
