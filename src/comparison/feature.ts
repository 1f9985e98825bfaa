/**
 * The comparison feature: Reading view panels, the `compare` code block, the "Comparisons"
 * sidebar view, compare notes, and the per-table state following renamed notes. Registered
 * through the plugin's register* methods; after the feature unloads, its processors do nothing.
 */
import { Component, type Command, type Plugin, type WorkspaceLeaf } from "obsidian";
import type { TopicTreeHost } from "../context";
import { VIEW_TYPE_TOPIC_TREE } from "../tree-view/constants";
import { TopicTreeView } from "../tree-view/view";
import { COMPARE_LANGUAGE, createCompareBlockProcessor } from "./code-block";
import { MIN_NOTES, openCompareNotes } from "./compare-notes";
import type { PanelOptions } from "./panel";
import { createTablePostProcessor, type ComparisonDeps } from "./post-processor";
import { ComparisonsView, VIEW_TYPE_COMPARISONS } from "./sidebar";
import { TableStates } from "./state";
import { revealSideLeaf } from "../ui/side-view";

/** Replaceable dependencies (tests pass a synchronous markdown renderer). */
export interface ComparisonFeatureDeps {
	renderMarkdown?: PanelOptions["renderMarkdown"];
	/** Delay before the sidebar follows an edit (ms). */
	sidebarRefreshMs?: number;
}

/** Registers everything comparison panels need. */
export class ComparisonFeature extends Component {
	/** Per-table persisted state. */
	readonly states: TableStates;
	private readonly deps: ComparisonDeps;
	private active = false;

	constructor(
		private readonly plugin: Plugin,
		private readonly host: TopicTreeHost,
		private readonly options: ComparisonFeatureDeps = {},
	) {
		super();
		this.states = new TableStates(host.store);
		this.deps = { app: host.app, states: this.states, hoverSource: host.hoverSource };
		if (options.renderMarkdown) this.deps.renderMarkdown = options.renderMarkdown;
	}

	onload(): void {
		this.active = true;
		this.register(() => (this.active = false));
		const enabled = (): boolean => this.active;
		const plugin = this.plugin;
		plugin.registerMarkdownPostProcessor(createTablePostProcessor(this.deps, enabled));
		plugin.registerMarkdownCodeBlockProcessor(COMPARE_LANGUAGE, createCompareBlockProcessor(this.deps, enabled));
		plugin.registerView(VIEW_TYPE_COMPARISONS, (leaf) => new ComparisonsView(leaf, this.deps, this.options.sidebarRefreshMs));
		this.add({ id: "open-comparisons", name: "Open comparisons view", callback: () => void this.openView() });
		this.add({
			id: "compare-selected",
			name: "Compare selected notes",
			checkCallback: (checking) => {
				const ids = this.selectedIds();
				if (ids.length < MIN_NOTES) return false;
				if (!checking) openCompareNotes(this.host, ids, { renderMarkdown: this.deps.renderMarkdown });
				return true;
			},
		});
		const vault = this.host.app.vault;
		this.registerEvent(vault.on("rename", (file, oldPath) => void this.states.renameNote(oldPath, file.path)));
		this.registerEvent(vault.on("delete", (file) => void this.states.deleteNote(file.path)));
	}

	/** The open comparisons view's leaf (a new one in the right sidebar when none), revealed. */
	async openView(): Promise<WorkspaceLeaf | null> {
		return revealSideLeaf(this.host.app, VIEW_TYPE_COMPARISONS);
	}

	/** The notes selected in the first topic tree view that has a selection. */
	selectedIds(): string[] {
		for (const leaf of this.host.app.workspace.getLeavesOfType(VIEW_TYPE_TOPIC_TREE)) {
			const view = leaf.view;
			if (view instanceof TopicTreeView) {
				const ids = view.selectedIds();
				if (ids.length > 0) return ids;
			}
		}
		return [];
	}

	/** Adds a command and removes it again when the feature unloads. */
	private add(command: Command): void {
		const id = command.id;
		this.plugin.addCommand(command);
		this.register(() => this.plugin.removeCommand(id));
	}
}
