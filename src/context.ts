/**
 * What the plugin's features share. Views, commands and renderers receive a `TopicTreeHost`
 * instead of the plugin, so each can be built and tested alone (tests pass a host built over the
 * test double of `obsidian`).
 */
import type { App, EventRef } from "obsidian";
import type { TopicIndex } from "./core/topic-index";
import type { TreeModel } from "./core/tree";
import type { PluginData, TopicTreeSettings, ViewState } from "./settings/settings";

/** Progress of the live index, shown in the view ("Indexing 3,000 of 10,000 notes"). */
export interface IndexStatus {
	state: "waiting" | "indexing" | "ready";
	done: number;
	total: number;
}

/** The live index as features see it (implemented by `LiveIndex` in src/index/). */
export interface IndexSource {
	/** The core index: `.graph` holds nodes, edges, cycles and problems. */
	readonly core: TopicIndex;
	/** The tree view model over the graph (sort and ghost options follow the view state). */
	readonly model: TreeModel;
	readonly status: IndexStatus;
	/** Fired after changes are applied; `changed` lists the affected node ids, or null after a full (re)index. */
	on(name: "updated", callback: (changed: ReadonlySet<string> | null) => void): EventRef;
	/** Fired as indexing progresses. */
	on(name: "status", callback: (status: IndexStatus) => void): EventRef;
	offref(ref: EventRef): void;
	/** Throw everything away and index the vault again. */
	rebuild(): Promise<void>;
}

/** Saved plugin data with a debounced save (implemented by `PluginStore` in src/settings/). */
export interface DataStore {
	readonly data: PluginData;
	/** Change the view state and schedule a save. */
	updateView(patch: Partial<ViewState>): void;
	/** Change settings, schedule a save, and notify listeners (the index re-parses when fields change). */
	updateSettings(patch: Partial<TopicTreeSettings>): void;
	/** Change the per-table state of comparison panels and schedule a save. */
	updateTables(key: string, value: unknown): void;
	/** Schedule a save (debounced). */
	requestSave(): void;
	/** Save now if a save is pending (on unload). */
	flush(): Promise<void>;
	on(name: "settings", callback: (settings: TopicTreeSettings, previous: TopicTreeSettings) => void): EventRef;
	offref(ref: EventRef): void;
}

/** Everything a feature needs. */
export interface TopicTreeHost {
	readonly app: App;
	readonly index: IndexSource;
	readonly store: DataStore;
	/** Identifier passed to `registerHoverLinkSource` and `hover-link` events. */
	readonly hoverSource: string;
}
