/**
 * The `topic-tree` code block: lists, live, the children, subtree, siblings or path of the note
 * it is in (or of `root: [[Note]]`), as a bullet list or in the sidebar's tree style. Links act
 * like the sidebar's (click, Mod-click, Enter, Mod-hover preview, ghosts offer to create their
 * note). A mistake in the options or a root that does not exist shows a message in place of the
 * block. Redraws when an index update changes what it lists.
 */
import { MarkdownRenderChild, setIcon, TFile, type HoverParent, type MarkdownPostProcessorContext } from "obsidian";
import type { TopicTreeHost } from "../context";
import { GHOST_PREFIX, ghostKey } from "../core/links";
import { buildTreeBlock, parseTreeBlock, type BlockItem, type TreeBlockOptions, type TreeBlockResult } from "../core/tree-block";
import { NodeLinks } from "../ui/node-links";

/** The code block's language. */
export const TREE_BLOCK_LANGUAGE = "topic-tree";

const EMPTY_TEXT: Record<TreeBlockOptions["show"], string> = {
	children: "No children yet.",
	subtree: "No children yet.",
	siblings: "No siblings.",
	path: "",
};

/** What one block shows: rows, or a message. */
type BlockContent = { kind: "rows"; options: TreeBlockOptions; result: TreeBlockResult } | { kind: "message"; text: string };

/** One rendered block, kept live while its section is shown. */
export class TreeBlockChild extends MarkdownRenderChild {
	private readonly links: NodeLinks;
	private signature = "";
	/** Draws so far (tests). */
	draws = 0;

	constructor(
		containerEl: HTMLElement,
		private readonly host: TopicTreeHost,
		private readonly source: string,
		private readonly sourcePath: string,
	) {
		super(containerEl);
		this.links = new NodeLinks(host);
	}

	onload(): void {
		const hoverParent: HoverParent = { hoverPopover: null };
		this.links.attach(this, this.containerEl, hoverParent);
		this.registerEvent(this.host.index.on("updated", () => this.refresh()));
		this.registerEvent(this.host.store.on("settings", () => this.refresh()));
		this.refresh();
	}

	/** Draws again when what the block lists changed. */
	refresh(): void {
		const content = this.content();
		const signature = this.signatureOf(content);
		if (signature === this.signature) return;
		this.signature = signature;
		this.draw(content);
	}

	private content(): BlockContent {
		const parsed = parseTreeBlock(this.source);
		if (!parsed.ok) return { kind: "message", text: `Topic tree block, line ${parsed.line}: ${parsed.error}.` };
		const options = parsed.options;
		const rootId = this.resolveRoot(options.root);
		if (rootId === null) {
			return { kind: "message", text: options.root === null ? "This note is not in the topic tree." : `No note or topic named "${options.root}" (root: [[${options.root}]]).` };
		}
		const index = this.host.index;
		const model = index.model;
		const result = buildTreeBlock(
			{ view: index.core.graph, showGhosts: model.options.showGhosts, sort: model.options.sort, descending: model.options.descending, pathsTo: (id, limit) => model.pathsTo(id, limit) },
			rootId,
			options,
		);
		return { kind: "rows", options, result };
	}

	/** The block's root as a node id: its own note, a linked note, or a ghost topic of that name. */
	private resolveRoot(root: string | null): string | null {
		const graph = this.host.index.core.graph;
		if (root === null) return graph.getNode(this.sourcePath) ? this.sourcePath : null;
		const file = this.host.app.metadataCache.getFirstLinkpathDest(root, this.sourcePath);
		if (file instanceof TFile) return graph.getNode(file.path) ? file.path : null;
		const ghost = GHOST_PREFIX + ghostKey(root);
		return graph.getNode(ghost) ? ghost : null;
	}

	private signatureOf(content: BlockContent): string {
		if (content.kind === "message") return `!${content.text}`;
		const graph = this.host.index.core.graph;
		const rows = content.result.items.map((item) => {
			const node = graph.getNode(item.id);
			return `${item.depth}|${item.id}|${node?.title ?? ""}|${node?.kind ?? ""}|${item.cycle ? 1 : 0}|${item.current ? 1 : 0}`;
		});
		return `${content.options.style}\n${content.result.more}\n${rows.join("\n")}`;
	}

	private draw(content: BlockContent): void {
		const el = this.containerEl;
		el.empty();
		el.addClass("topic-tree-block");
		this.draws++;
		if (content.kind === "message") {
			const box = el.createDiv({ cls: "topic-tree-block-message", attr: { role: "alert" } });
			setIcon(box.createSpan({ cls: "topic-tree-block-message-icon" }), "alert-circle");
			box.createSpan({ text: content.text });
			return;
		}
		const { options, result } = content;
		if (result.items.length === 0) {
			el.createDiv({ cls: "topic-tree-block-empty", text: EMPTY_TEXT[options.show] });
			return;
		}
		if (options.style === "tree") this.drawTree(el, result);
		else this.drawList(el, result);
	}

	/** A nested bullet list, as markdown would draw one. */
	private drawList(el: HTMLElement, result: TreeBlockResult): void {
		const lists: HTMLElement[] = [el.createEl("ul", { cls: "topic-tree-block-list" })];
		let last: HTMLElement | null = null;
		for (const item of result.items) {
			while (lists.length > item.depth + 1) lists.pop();
			if (lists.length < item.depth + 1 && last) lists.push(last.createEl("ul"));
			last = lists[lists.length - 1].createEl("li");
			this.item(last, item);
		}
		if (result.more > 0) lists[0].createEl("li", { cls: "topic-tree-block-more", text: `and ${result.more.toLocaleString("en-US")} more` });
	}

	/** The sidebar's look: tree items with indentation guides, all expanded. */
	private drawTree(el: HTMLElement, result: TreeBlockResult): void {
		const root = el.createDiv({ cls: "topic-tree-block-tree", attr: { role: "tree" } });
		const parents: HTMLElement[] = [root];
		let last: HTMLElement | null = null;
		for (const item of result.items) {
			while (parents.length > item.depth + 1) parents.pop();
			if (parents.length < item.depth + 1 && last) parents.push(last.createDiv({ cls: "tree-item-children", attr: { role: "group" } }));
			last = parents[parents.length - 1].createDiv({ cls: "tree-item", attr: { role: "treeitem" } });
			this.item(last.createDiv({ cls: "tree-item-self" }).createDiv({ cls: "tree-item-inner" }), item);
		}
		if (result.more > 0) root.createDiv({ cls: "topic-tree-block-more", text: `and ${result.more.toLocaleString("en-US")} more` });
	}

	private item(parent: HTMLElement, item: BlockItem): void {
		const title = this.host.index.core.graph.getNode(item.id)?.title ?? item.id;
		if (item.current) parent.createSpan({ cls: "topic-tree-block-current", text: title, attr: { "aria-current": "page", dir: "auto" } });
		else this.links.link(parent, item.id, "topic-tree-block-link");
		if (item.cycle) parent.createSpan({ cls: "topic-tree-block-cycle", text: " ↻", attr: { "aria-label": "Already above: a cycle" } });
	}
}

/**
 * The `topic-tree` code block handler; does nothing once `enabled()` is false (after unload).
 * `track` hears of each block drawn, so the feature can unload blocks still on screen.
 */
export function createTreeBlockProcessor(
	host: TopicTreeHost,
	enabled: () => boolean = () => true,
	track: (child: TreeBlockChild) => void = () => {},
): (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => void {
	return (source, el, ctx) => {
		if (!enabled()) return;
		const child = new TreeBlockChild(el, host, source, ctx.sourcePath);
		ctx.addChild(child);
		track(child);
	};
}
