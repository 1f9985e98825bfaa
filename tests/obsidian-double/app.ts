import type * as O from "obsidian";
import { BasesRegistry } from "./bases";
import { FileManager, type FileManagerOptions } from "./file-manager";
import { Keymap, Scope } from "./keymap";
import { MetadataCache } from "./metadata-cache";
import { hasDom, makeDiv } from "./nodom";
import { ProcessorRegistry } from "./render";
import { Scheduler } from "./scheduler";
import { normalizePath } from "./links";
import { Vault, type VaultOptions } from "./vault";
import { EmptyView, MarkdownView, type View } from "./views";
import { Workspace, type WorkspaceLeaf } from "./workspace";
import { requireApiVersion } from "./util";

/** A view factory as `registerView` takes it. */
export type ViewCreator = (leaf: O.WorkspaceLeaf) => O.View;

/** View types and file extensions (Obsidian's internal `viewRegistry`), with `markdown` and `empty` built in. */
export class ViewRegistry {
	private readonly creators = new Map<string, ViewCreator>();
	private readonly extensions = new Map<string, string>([["md", "markdown"]]);

	/** Register a view type; throws if taken, like Obsidian. */
	registerView(type: string, creator: ViewCreator): void {
		if (this.creators.has(type) || type === "markdown" || type === "empty") throw new Error(`Attempting to register an existing view type "${type}"`);
		this.creators.set(type, creator);
	}
	/** Forget a view type. */
	unregisterView(type: string): void {
		this.creators.delete(type);
	}
	/** The factory for `type`, built-ins included. */
	getViewCreator(type: string): ViewCreator | undefined {
		if (type === "markdown") return (leaf) => new MarkdownView(leaf as unknown as WorkspaceLeaf) as unknown as O.View;
		if (type === "empty") return (leaf) => new EmptyView(leaf as unknown as WorkspaceLeaf) as unknown as O.View;
		return this.creators.get(type);
	}
	/** Whether `type` is registered by a plugin. */
	isRegistered(type: string): boolean {
		return this.creators.has(type);
	}
	/** Map extensions to a view type. */
	registerExtensions(extensions: string[], type: string): void {
		for (const ext of extensions) {
			if (this.extensions.has(ext)) throw new Error(`Attempting to register an existing file extension "${ext}"`);
			this.extensions.set(ext, type);
		}
	}
	/** Forget extensions. */
	unregisterExtensions(extensions: string[]): void {
		for (const ext of extensions) if (ext !== "md") this.extensions.delete(ext);
	}
	/** The view type for an extension. */
	getTypeByExtension(extension: string): string | undefined {
		return this.extensions.get(extension);
	}
}

/** Registered commands (Obsidian's internal `app.commands`). */
export class CommandRegistry {
	/** Commands by full id (`plugin-id:command-id`). */
	readonly commands: Record<string, O.Command> = {};

	constructor(private readonly app: App) {}

	/** Add a command (full id). */
	addCommand(command: O.Command): void {
		this.commands[command.id] = command;
	}
	/** Remove a command by full id. */
	removeCommand(id: string): void {
		delete this.commands[id];
	}
	/** All commands. */
	listCommands(): O.Command[] {
		return Object.values(this.commands);
	}
	/** A command by full id. */
	findCommand(id: string): O.Command | undefined {
		return this.commands[id];
	}
	/**
	 * Run a command as the palette would: `checkCallback(true)` then `(false)`, `callback`, or the
	 * editor variants with the active markdown view. Returns false when unavailable.
	 */
	executeCommandById(id: string): boolean {
		const command = this.commands[id];
		if (!command) return false;
		const view = this.app.workspace.activeEditor;
		const editorCtx = view ? ([view.editor, view] as unknown as [O.Editor, O.MarkdownView]) : null;
		if (command.editorCheckCallback) {
			if (!editorCtx || !command.editorCheckCallback(true, ...editorCtx)) return false;
			command.editorCheckCallback(false, ...editorCtx);
			return true;
		}
		if (command.editorCallback) {
			if (!editorCtx) return false;
			void command.editorCallback(...editorCtx);
			return true;
		}
		if (command.checkCallback) {
			if (!command.checkCallback(true)) return false;
			command.checkCallback(false);
			return true;
		}
		if (command.callback) {
			void command.callback();
			return true;
		}
		return false;
	}
}

/** A setting tab as the registry sees it. */
interface SettingTabLike {
	containerEl: HTMLElement;
	display(): void;
	hide(): void;
	plugin?: unknown;
	getSettingDefinitions?(): unknown[];
	update?(): void;
}

/** Whether this version draws a tab from its definitions instead of calling `display()` (1.13+, non-empty). */
function drawnDeclaratively(tab: SettingTabLike): boolean {
	return requireApiVersion("1.13.0") && (tab.getSettingDefinitions?.().length ?? 0) > 0;
}

/** The settings window (Obsidian's internal `app.setting`), minimal. */
export class SettingRegistry {
	/** Tabs added by plugins. */
	readonly pluginTabs: SettingTabLike[] = [];
	/** The tab shown, if any. */
	activeTab: SettingTabLike | null = null;

	/** Show the tab of plugin `id` (calls `display()`); returns it. */
	openTabById(id: string): SettingTabLike | null {
		const tab = this.pluginTabs.find((t) => (t.plugin as { manifest?: O.PluginManifest } | undefined)?.manifest?.id === id) ?? null;
		this.activeTab?.hide();
		this.activeTab = tab;
		// 1.13+ draws a tab with definitions itself. That drawing is not faked: the definitions are
		// stored (`settingItems`) and `display()`, the same tab drawn imperatively, stands in for it.
		if (tab && drawnDeclaratively(tab)) tab.update?.();
		tab?.display();
		return tab;
	}
	/** Open the settings window (no tab). */
	open(): void {}
	/** Close: hides the active tab. */
	close(): void {
		this.activeTab?.hide();
		this.activeTab = null;
	}
	/** Add a plugin tab. */
	addSettingTab(tab: SettingTabLike): void {
		this.pluginTabs.push(tab);
		// 1.13+ reads the definitions once when the tab is added, for the settings search.
		if (requireApiVersion("1.13.0")) tab.update?.();
	}
	/** Remove a plugin tab. */
	removeSettingTab(tab: SettingTabLike): void {
		const index = this.pluginTabs.indexOf(tab);
		if (index >= 0) this.pluginTabs.splice(index, 1);
		if (this.activeTab === tab) this.close();
	}
}

/** A loaded plugin as the registry sees it. */
interface PluginLike {
	manifest: O.PluginManifest;
	unload(): void;
}

/** Initial content of a file: its text, or its text with times. */
export type InitialFile = string | { content: string; ctime?: number; mtime?: number };

/** Options of `createApp`. */
export interface CreateAppOptions extends VaultOptions, FileManagerOptions {
	/** Start with the layout ready (default false: `onLayoutReady` callbacks wait for `app.layoutReady()`). */
	layoutReady?: boolean;
	/** Saved data by plugin id: what each plugin's `loadData()` returns. */
	pluginData?: Record<string, unknown>;
	/** Make `layoutReady()` first fire vault `create` for every file, like Obsidian's start-up. */
	startupCreateEvents?: boolean;
	/** Attach the app's DOM to `document.body` (default true when there is a DOM). */
	attach?: boolean;
}

/**
 * Fake of `O.App`: an in-memory vault, its metadata cache, a workspace, a file manager; plus
 * the internal registries plugins touch (`commands`, `setting`, `plugins`) and double-only
 * helpers: `flush()`, `layoutReady()`, `dispose()`.
 */
export class App {
	/** `App.keymap` */
	keymap = new Keymap();
	/** `App.scope` */
	scope = new Scope();
	/** `App.vault` */
	vault: Vault;
	/** `App.metadataCache` */
	metadataCache: MetadataCache;
	/** `App.workspace` */
	workspace: Workspace;
	/** `App.fileManager` */
	fileManager: FileManager;
	/** `App.lastEvent` */
	lastEvent: O.UserEvent | null = null;
	/** Double only: deferred work; see `flush`. */
	readonly scheduler = new Scheduler();
	/** Not public API: view types. */
	readonly viewRegistry = new ViewRegistry();
	/** Not public API: commands. */
	readonly commands: CommandRegistry;
	/** Not public API: the settings window. */
	readonly setting = new SettingRegistry();
	/** Not public API: loaded plugins by id. */
	readonly plugins: { plugins: Record<string, PluginLike>; enabledPlugins: Set<string>; getPlugin(id: string): PluginLike | null };
	/** Double only: hover link sources by id. */
	readonly hoverLinkSources = new Map<string, O.HoverLinkSource>();
	/** Double only: post processors and code block processors of every plugin. */
	readonly processors = new ProcessorRegistry();
	/** Double only: the Bases core plugin's view types (`bases.enabled = false` turns Bases off). */
	readonly bases = new BasesRegistry();
	/** Double only: saved plugin data by plugin id (JSON values). */
	readonly pluginData = new Map<string, unknown>();
	/** Double only: `.app-container`, holding the workspace and the status bar. */
	containerEl: HTMLElement;
	/** Double only: `.status-bar`. */
	statusBarEl: HTMLElement;
	private readonly local = new Map<string, string>();
	private readonly startupCreateEvents: boolean;

	constructor(options: CreateAppOptions = {}) {
		this.vault = new Vault(options);
		this.metadataCache = new MetadataCache(this.vault, this.scheduler);
		this.fileManager = new FileManager(this.vault, this.metadataCache, options);
		this.commands = new CommandRegistry(this);
		const plugins: Record<string, PluginLike> = {};
		this.plugins = { plugins, enabledPlugins: new Set(), getPlugin: (id) => plugins[id] ?? null };
		for (const [id, data] of Object.entries(options.pluginData ?? {})) this.pluginData.set(id, JSON.parse(JSON.stringify(data)) as unknown);
		this.containerEl = makeDiv("The app", "app-container");
		this.workspace = new Workspace(this, hasDom() ? this.containerEl : null);
		this.statusBarEl = makeDiv("The status bar", "status-bar", hasDom() ? this.containerEl : null);
		if (hasDom() && options.attach !== false) document.body.appendChild(this.containerEl);
		this.startupCreateEvents = options.startupCreateEvents ?? false;
		if (options.layoutReady) this.workspace.markLayoutReady();
	}

	/** `App.loadLocalStorage` */
	loadLocalStorage(key: string): unknown {
		const raw = this.local.get(key);
		return raw === undefined ? null : (JSON.parse(raw) as unknown);
	}

	/** `App.saveLocalStorage`: null removes. */
	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.local.delete(key);
		else this.local.set(key, JSON.stringify(data));
	}

	/** Double only: wait until metadata events, layout changes, view saves and closes have all run. */
	flush(): Promise<void> {
		return this.scheduler.flush();
	}

	/**
	 * Double only: finish start-up: optionally fire vault `create` for every file, mark the layout
	 * ready (running `onLayoutReady` callbacks), then fire metadata `resolved` once; waits for it all.
	 */
	async layoutReady(): Promise<void> {
		if (this.startupCreateEvents) for (const file of this.vault.getAllLoadedFiles()) if (file.path !== "/") this.vault.trigger("create", file);
		this.workspace.markLayoutReady();
		this.scheduler.schedule(() => this.metadataCache.trigger("resolved"));
		await this.flush();
	}

	/** Double only: unload plugins, close leaves, remove the DOM. */
	async dispose(): Promise<void> {
		for (const plugin of Object.values(this.plugins.plugins)) plugin.unload();
		for (const leaf of [...this.workspace.leaves]) leaf.detach();
		await this.flush();
		if (hasDom()) this.containerEl.remove();
	}

	/** Double only: the view of every leaf of `type`. */
	viewsOfType<T extends View>(type: string): T[] {
		return this.workspace.getLeavesOfType(type).map((l) => l.view as T);
	}
}

/**
 * Double only: an app whose vault holds `files` (path → text), indexed as after start-up:
 * `getFileCache` and `resolvedLinks` are ready, no events fired. Paths are normalized.
 */
export function createApp(files: Record<string, InitialFile> = {}, options: CreateAppOptions = {}): App {
	const app = new App(options);
	for (const [path, file] of Object.entries(files)) {
		const f = typeof file === "string" ? { content: file } : file;
		app.vault.createSync(normalizePath(path), f.content, { ctime: f.ctime, mtime: f.mtime }, true);
	}
	app.metadataCache.indexAll();
	return app;
}
