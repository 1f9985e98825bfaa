/**
 * Test host for UI features: builds a `TopicTreeHost` from the obsidian double's in-memory app,
 * a real `TopicIndex` + `TreeModel` over the same texts, and small in-test `IndexSource` and
 * `DataStore` implementations, so view tests do not depend on the live index or the plugin.
 *
 * Reuse:
 *   const host = buildHost({ "a.md": "up:: [[b]]", "b.md": "" });
 *   host.index.watch();            // apply metadata `changed` events to the index, firing `updated`
 *   host.index.setStatus({ state: "indexing", done: 3, total: 10 });
 *   host.store.data.view / .settings, host.store.updates (every updateView patch)
 *   await host.app.flush()         // wait for the double's pending events
 */
import type * as O from "obsidian";
import type { DataStore, IndexSource, IndexStatus, TopicTreeHost } from "../../src/context";
import { TopicIndex } from "../../src/core/topic-index";
import { TreeModel } from "../../src/core/tree";
import { migrateData, parseSettingsOf, type PluginData, type TopicTreeSettings, type ViewState } from "../../src/settings/settings";
import { createApp, Events, TFile, type App, type CreateAppOptions, type InitialFile } from "../obsidian-double";

/** An `IndexSource` over the double's vault: indexes every markdown file synchronously. */
export class TestIndex extends Events {
	readonly core: TopicIndex;
	readonly model: TreeModel;
	status: IndexStatus = { state: "ready", done: 0, total: 0 };
	/** How many times `rebuild()` ran. */
	rebuilds = 0;
	/** Every `updated` payload fired, in order. */
	readonly fired: Array<ReadonlySet<string> | null> = [];

	constructor(
		private readonly app: App,
		settings: TopicTreeSettings,
		appResolver = false,
	) {
		super();
		this.core = new TopicIndex(
			parseSettingsOf(settings),
			// With `appResolver`, links resolve as in the plugin, through the app's resolver (which knows every file, not only notes).
			appResolver ? { resolve: (linkpath, source) => app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null } : undefined,
		);
		this.model = new TreeModel(this.core.graph, { showGhosts: settings.showGhosts });
		this.indexAll();
	}

	/** Index every markdown file of the vault from scratch (no event). */
	indexAll(): void {
		const files = this.app.vault.getMarkdownFiles();
		this.core.indexAll(files.map((f) => ({ path: f.path, text: this.app.vault.textOf(f), stat: { mtime: f.stat.mtime, ctime: f.stat.ctime } })));
		this.status = { state: "ready", done: files.length, total: files.length };
	}

	/** Re-read one file (or note its removal) and fire `updated` with its id. */
	sync(path: string): void {
		const file = this.app.vault.getFileByPath(path);
		if (file instanceof TFile) this.core.update({ path, text: this.app.vault.textOf(file), stat: { mtime: file.stat.mtime, ctime: file.stat.ctime } });
		else this.core.remove(path);
		this.fire(new Set([path]));
	}

	/** Apply the double's metadata `changed`/`deleted` and vault `rename` events as the live index would. Returns a stop function. */
	watch(): () => void {
		const refs = [
			this.app.metadataCache.on("changed", (file: TFile) => this.sync(file.path)),
			this.app.vault.on("delete", (file: TFile) => this.sync(file.path)),
			this.app.vault.on("rename", (file: TFile, old: string) => {
				this.core.rename(old, file.path);
				this.fire(new Set([old, file.path]));
			}),
		];
		return () => {
			this.app.metadataCache.offref(refs[0]);
			this.app.vault.offref(refs[1]);
			this.app.vault.offref(refs[2]);
		};
	}

	/** Fire `updated`. */
	fire(changed: ReadonlySet<string> | null): void {
		this.fired.push(changed);
		this.trigger("updated", changed);
	}

	/** Set the status and fire `status`. */
	setStatus(status: IndexStatus): void {
		this.status = status;
		this.trigger("status", status);
	}

	/** `IndexSource.rebuild`: index again and fire `updated(null)`. */
	async rebuild(): Promise<void> {
		this.rebuilds++;
		this.indexAll();
		this.fire(null);
	}
}

/** A `DataStore` keeping data in memory; records every view patch. */
export class TestStore extends Events {
	readonly data: PluginData;
	/** Every `updateView` patch, in order. */
	readonly updates: Array<Partial<ViewState>> = [];
	saves = 0;

	constructor(raw?: unknown) {
		super();
		this.data = migrateData(raw);
	}

	updateView(patch: Partial<ViewState>): void {
		this.updates.push(patch);
		Object.assign(this.data.view, patch);
		this.saves++;
	}

	updateSettings(patch: Partial<TopicTreeSettings>): void {
		const previous = { ...this.data.settings };
		Object.assign(this.data.settings, patch);
		this.saves++;
		this.trigger("settings", this.data.settings, previous);
	}

	updateTables(key: string, value: unknown): void {
		this.data.tables[key] = value;
		this.saves++;
	}

	requestSave(): void {
		this.saves++;
	}

	async flush(): Promise<void> {}
}

/** Compile-time checks: the test implementations satisfy the plugin's interfaces. */
type Satisfies<T, U extends T> = U;
export type CheckedIndex = Satisfies<IndexSource, TestIndex>;
export type CheckedStore = Satisfies<DataStore, TestStore>;

/** A host whose parts keep their test types. */
export interface TestHost {
	readonly app: App;
	readonly index: TestIndex;
	readonly store: TestStore;
	readonly hoverSource: string;
	/** The same object typed as the plugin's `TopicTreeHost`. */
	readonly host: TopicTreeHost;
}

/** Options of `buildHost`. */
export interface BuildHostOptions {
	/** Saved plugin data (`{ settings, view }`), migrated like `loadData()`. */
	data?: unknown;
	app?: CreateAppOptions;
	/** Resolve links with the app's `getFirstLinkpathDest`, as the plugin does (default: the core's own resolver over the indexed notes). */
	appResolver?: boolean;
}

function hasSetting(data: unknown, key: string): boolean {
	const settings = (data as { settings?: unknown } | undefined)?.settings;
	return typeof settings === "object" && settings !== null && key in settings;
}

/**
 * The double's app over `files` (path → text), indexed; with a fresh store. Unlinked notes stay
 * among the roots unless `data.settings.unlinkedNotes` says otherwise.
 */
export function buildHost(files: Record<string, InitialFile>, options: BuildHostOptions = {}): TestHost {
	const app = createApp(files, { layoutReady: true, ...options.app });
	const store = new TestStore(options.data);
	// The tests written before the unlinked group keep unlinked notes among the roots unless they ask.
	if (!hasSetting(options.data, "unlinkedNotes")) store.data.settings.unlinkedNotes = "roots";
	const index = new TestIndex(app, store.data.settings, options.appResolver);
	const host = { app, index, store, hoverSource: "topic-tree" } as const;
	return {
		...host,
		host: {
			app: app as unknown as O.App,
			index,
			store,
			hoverSource: host.hoverSource,
		},
	};
}
