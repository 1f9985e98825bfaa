/**
 * Topic Tree: wiring only. Opens the saved data, starts the live index, and loads each feature
 * as a child component, so unloading the plugin unloads everything it registered.
 */
import { Notice, Plugin } from "obsidian";
import { firstRunAdoption } from "./config/adopt";
import type { TopicTreeHost } from "./context";
import { LiveIndex } from "./index/live-index";
import { TopicTreeSettingTab } from "./settings/settings-tab";
import { PluginStore } from "./settings/store";
import { TreeViewFeature } from "./tree-view/feature";
import { CommandsFeature } from "./commands/feature";
import { ComparisonFeature } from "./comparison/feature";
import { TrailFeature } from "./trail/feature";
import { sequenceNeighbours } from "./core/trail";
import { TreeBlockFeature } from "./code-block/feature";
import { ThreadFeature } from "./thread/feature";
import { BasesFeature } from "./bases/feature";
import { RelatedViewFeature } from "./related/feature";

/** Identifier of the tree's page previews in Obsidian's Page preview settings. */
export const HOVER_SOURCE = "topic-tree";

/** The plugin: opens the store, starts the live index, loads the features. */
export default class TopicTreePlugin extends Plugin {
	/** What the features share (the live index and the saved data); null until loaded. */
	host: TopicTreeHost | null = null;
	private store: PluginStore | null = null;

	async onload(): Promise<void> {
		const store = await PluginStore.open(this);
		this.store = store;
		await this.adoptBreadcrumbs(store);
		const index = this.addChild(new LiveIndex(this.app, store));
		const host: TopicTreeHost = { app: this.app, index, store, hoverSource: HOVER_SOURCE };
		this.host = host;
		this.registerHoverLinkSource(HOVER_SOURCE, { display: "Topic Tree", defaultMod: true });
		this.addSettingTab(new TopicTreeSettingTab(this.app, this, store));
		const treeView = this.addChild(new TreeViewFeature(this, host));
		const commands = this.addChild(new CommandsFeature(this, host, treeView));
		this.addChild(new ComparisonFeature(this, host));
		this.addChild(
			new TrailFeature(this, host, {
				setParent: (path) => commands.pickNewParent(path),
				sequence: (id) => sequenceNeighbours(index.core.graph, id),
			}),
		);
		this.addChild(new TreeBlockFeature(this, host));
		this.addChild(new ThreadFeature(this, host));
		this.addChild(new BasesFeature(this, host));
		this.addChild(new RelatedViewFeature(this, host));
	}

	/** First run: Breadcrumbs' fields, when it has settings in this vault, with a notice saying what was taken. */
	private async adoptBreadcrumbs(store: PluginStore): Promise<void> {
		const adoption = await firstRunAdoption(this.app, store.hadSavedData ? store.data : undefined, store.data.settings);
		if (!adoption) return;
		if (adoption.fields) store.updateSettings(adoption.fields);
		const [first, ...rest] = adoption.notice.split("\n");
		new Notice(
			createFragment((f) => {
				f.createDiv({ text: first });
				for (const line of rest) f.createDiv({ text: line });
			}),
			10000,
		);
	}

	onunload(): void {
		void this.store?.flush();
		this.host = null;
	}
}
