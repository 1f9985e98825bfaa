/**
 * Command palette actions: open and focus the tree, move through the hierarchy, set and remove
 * parents, copy a subtree, list problems, rebuild the index. No default hotkeys; commands that
 * need an active note are offered only when there is one they apply to.
 */
import { Component, Notice, TFile, type Command, type Plugin } from "obsidian";
import type { TopicTreeHost } from "../context";
import { compareText, sequenceNeighbour, siblingOf, subtreeOutline } from "../core/tree";
import type { TopicNode } from "../core/types";
import type { ParentWrites } from "../tree-view/actions";
import { openNode, openPath, targetOfEvent } from "../ui/navigation";
import { safeLink } from "../core/link-format";
import { ParentWriter } from "../writes/parent-writer";
import { ProblemsModal, TopicPicker } from "./pickers";
import { leafTreeViews, type TreeViews } from "./tree-views";

/** Replaceable dependencies (tests pass fakes). */
export interface CommandsDeps {
	/** Writes parent changes; default a `ParentWriter` over the host. */
	writer?: ParentWrites;
	/** Puts text on the clipboard; default `navigator.clipboard.writeText`. */
	writeClipboard?: (text: string) => Promise<void>;
}

/** Registers the plugin's commands. */
export class CommandsFeature extends Component {
	private readonly views: TreeViews;
	private readonly writer: ParentWrites;
	private readonly writeClipboard: (text: string) => Promise<void>;

	constructor(
		private readonly plugin: Plugin,
		private readonly host: TopicTreeHost,
		views?: TreeViews,
		deps: CommandsDeps = {},
	) {
		super();
		this.views = views ?? leafTreeViews(host);
		this.writer = deps.writer ?? new ParentWriter(host);
		this.writeClipboard = deps.writeClipboard ?? ((text) => navigator.clipboard.writeText(text));
	}

	onload(): void {
		this.add({ id: "open-view", name: "Open topic tree", callback: () => void this.views.openView() });
		this.add({
			id: "reveal-active",
			name: "Reveal active note in topic tree",
			checkCallback: (checking) => this.onNode(checking, () => true, (id) => void this.views.revealNote(id)),
		});
		this.add({
			id: "focus-active",
			name: "Focus topic tree on active note",
			checkCallback: (checking) => this.onNode(checking, () => true, (id) => void this.views.focusOn(id)),
		});
		this.add({
			id: "go-to-parent",
			name: "Go to parent",
			checkCallback: (checking) => this.onNode(checking, (id) => this.model.parents(id).length > 0, (id) => this.goToParent(id)),
		});
		this.add({
			id: "go-to-child",
			name: "Go to child…",
			checkCallback: (checking) => this.onNode(checking, (id) => this.model.children(id).length > 0, (id) => this.goToChild(id)),
		});
		for (const [id, name, step] of [
			["go-to-next-sibling", "Go to next sibling", 1],
			["go-to-previous-sibling", "Go to previous sibling", -1],
		] as const) {
			this.add({
				id,
				name,
				checkCallback: (checking) =>
					this.onNode(
						checking,
						(node) => this.sibling(node, step) !== undefined,
						(node) => void openNode(this.host, this.sibling(node, step) as string, false),
					),
			});
		}
		this.add({ id: "set-parent", name: "Set parent of active note…", checkCallback: (checking) => this.onFile(checking, (path) => this.pickNewParent(path)) });
		this.add({
			id: "remove-parent",
			name: "Remove parent…",
			checkCallback: (checking) => this.onNode(checking, (id) => this.graph.parentsOf(id).length > 0, (id) => this.pickParentToRemove(id)),
		});
		this.add({ id: "copy-subtree", name: "Copy subtree as outline", checkCallback: (checking) => this.onNode(checking, () => true, (id) => void this.copySubtree(id)) });
		this.add({ id: "show-problems", name: "Show hierarchy problems", callback: () => this.showProblems() });
		this.add({ id: "rebuild-index", name: "Rebuild topic index", callback: () => void this.rebuild() });
	}

	private get graph() {
		return this.host.index.core.graph;
	}

	private get model() {
		return this.host.index.model;
	}

	/** Adds a command and removes it again when the feature unloads. */
	private add(command: Command): void {
		const id = command.id;
		this.plugin.addCommand(command);
		this.register(() => this.plugin.removeCommand(id));
	}

	/** The active markdown file's path, or null. */
	private activePath(): string | null {
		const file = this.host.app.workspace.getActiveFile();
		return file instanceof TFile && file.extension === "md" ? file.path : null;
	}

	/** checkCallback body for commands on the active markdown note. */
	private onFile(checking: boolean, run: (path: string) => void): boolean {
		const path = this.activePath();
		if (path === null) return false;
		if (!checking) run(path);
		return true;
	}

	/** checkCallback body for commands on the active note's node, available when `applies` says so. */
	private onNode(checking: boolean, applies: (id: string) => boolean, run: (id: string) => void): boolean {
		const id = this.activePath();
		if (id === null || !this.graph.getNode(id) || !applies(id)) return false;
		if (!checking) run(id);
		return true;
	}

	private nodes(ids: readonly string[]): TopicNode[] {
		return ids.flatMap((id) => this.graph.getNode(id) ?? []);
	}

	/** One parent opens directly (a ghost offers to create its note); several ask which. */
	private goToParent(id: string): void {
		const parents = this.model.parents(id);
		if (parents.length === 1) {
			void openNode(this.host, parents[0], false);
			return;
		}
		this.pickAndOpen(this.nodes(parents), "Go to parent");
	}

	private goToChild(id: string): void {
		this.pickAndOpen(this.nodes(this.model.children(id)), "Go to child");
	}

	private pickAndOpen(items: TopicNode[], placeholder: string): void {
		new TopicPicker(this.host.app, { items, placeholder, onChoose: (node, evt) => void openNode(this.host, node.id, targetOfEvent(evt)) }).open();
	}

	/**
	 * The next or previous note of the note's sequence (`next::` / `prev::`) when there is one,
	 * else the next or previous sibling under the first parent (by title) that has one in that direction.
	 */
	private sibling(id: string, step: 1 | -1): string | undefined {
		const inSequence = sequenceNeighbour(this.graph, id, step);
		if (inSequence !== undefined) return inSequence;
		for (const parent of this.model.parents(id)) {
			const sibling = siblingOf(this.model, parent, id, step);
			if (sibling !== undefined) return sibling;
		}
		return undefined;
	}

	/** Every note and ghost topic except the note itself and its current parents, by title. */
	pickNewParent(path: string): void {
		const current = new Set(this.graph.parentsOf(path).map((edge) => edge.parent));
		const items = [...this.graph.nodes()].filter((node) => node.id !== path && !current.has(node.id));
		items.sort((a, b) => compareText(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const onChoose = (node: TopicNode) => void this.writer.setParent(path, node.id);
		new TopicPicker(this.host.app, { items, placeholder: "Choose the new parent", onChoose }).open();
	}

	private pickParentToRemove(id: string): void {
		const parents = [...new Set(this.graph.parentsOf(id).map((edge) => edge.parent))];
		const items = this.nodes(parents).sort((a, b) => compareText(a.title, b.title));
		const onChoose = (node: TopicNode) => void this.writer.removeParent(id, node.id);
		new TopicPicker(this.host.app, { items, placeholder: "Choose the parent to remove", onChoose }).open();
	}

	private async copySubtree(id: string): Promise<void> {
		const metadata = this.host.app.metadataCache;
		const linkText = (node: TopicNode): string => {
			const file = node.path === undefined ? null : this.host.app.vault.getFileByPath(node.path);
			return file instanceof TFile ? safeLink(metadata.fileToLinktext(file, "", true), file.basename, ".md") : safeLink(node.title, node.title);
		};
		const outline = subtreeOutline(this.model, this.graph, id, { linkText });
		const count = outline.split("\n").filter((line) => line.length > 0).length;
		try {
			await this.writeClipboard(outline);
			new Notice(`Copied ${count} ${count === 1 ? "topic" : "topics"}`);
		} catch {
			new Notice("Could not copy to the clipboard");
		}
	}

	private showProblems(): void {
		const problems = this.graph.problems();
		if (problems.length === 0) {
			new Notice("No hierarchy problems found");
			return;
		}
		const app = this.host.app;
		new ProblemsModal(app, problems, (problem, evt) => void openPath(app, problem.path, targetOfEvent(evt), problem.line > 0 ? problem.line : undefined)).open();
	}

	private async rebuild(): Promise<void> {
		await this.host.index.rebuild();
		let notes = 0;
		let ghosts = 0;
		for (const node of this.graph.nodes()) {
			if (node.kind === "ghost") ghosts++;
			else notes++;
		}
		new Notice(`Topic index rebuilt: ${notes} ${notes === 1 ? "note" : "notes"}, ${ghosts} ghost ${ghosts === 1 ? "topic" : "topics"}`);
	}
}
