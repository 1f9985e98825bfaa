import type * as O from "obsidian";
import type { App, ViewCreator } from "./app";
import { Component } from "./component";
import { setIcon, setTooltip } from "./icons";
import { makeDiv } from "./nodom";
import { type CodeBlockHandler, MarkdownPreviewRenderer, ProcessorRegistry } from "./render";

/** Double only: a complete manifest with test defaults. */
export function makeManifest(overrides: Partial<O.PluginManifest> = {}): O.PluginManifest {
	return { id: "test-plugin", name: "Test plugin", author: "Tests", version: "0.0.0", minAppVersion: "1.8.7", description: "", ...overrides };
}

/**
 * Fake of `O.Plugin`. Everything registered is recorded on the plugin (`commands`, `ribbonIcons`,
 * `views`, `processors`, `editorExtensions`, ...) and in the app's registries, and removed again
 * on unload. `loadData`/`saveData` use `app.pluginData` (JSON round trip) and count saves.
 */
export abstract class Plugin extends Component {
	/** `Plugin.app` */
	app: App;
	/** `Plugin.manifest` */
	manifest: O.PluginManifest;
	/** Double only: commands added (with full ids). */
	readonly commands: O.Command[] = [];
	/** Double only: ribbon icon elements. */
	readonly ribbonIcons: HTMLElement[] = [];
	/** Double only: status bar items. */
	readonly statusBarItems: HTMLElement[] = [];
	/** Double only: setting tabs added. */
	readonly settingTabs: unknown[] = [];
	/** Double only: view types registered. */
	readonly views: string[] = [];
	/** Double only: this plugin's post processors and code block processors. */
	readonly processors = new ProcessorRegistry();
	/** Double only: editor extensions registered. */
	readonly editorExtensions: unknown[] = [];
	/** Double only: editor suggests registered. */
	readonly editorSuggests: unknown[] = [];
	/** Double only: protocol handlers by action. */
	readonly protocolHandlers = new Map<string, O.ObsidianProtocolHandler>();
	/** Double only: number of `saveData` calls. */
	saveCount = 0;

	constructor(app: O.App | App, manifest: O.PluginManifest) {
		super();
		this.app = app as App;
		this.manifest = manifest;
	}

	/** `Plugin.addRibbonIcon`: `div.side-dock-ribbon-action` in the left ribbon; click runs `callback`. */
	addRibbonIcon(icon: O.IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = makeDiv("A ribbon icon", "clickable-icon side-dock-ribbon-action", this.app.workspace.leftRibbon.containerEl);
		if (typeof document !== "undefined") {
			setTooltip(el, title);
			setIcon(el, icon);
			el.addEventListener("click", (evt) => void callback(evt));
		}
		this.ribbonIcons.push(el);
		this.register(() => {
			if (typeof document !== "undefined") el.remove();
		});
		return el;
	}

	/** `Plugin.addStatusBarItem`: `div.status-bar-item.plugin-<id>` in the status bar. */
	addStatusBarItem(): HTMLElement {
		const el = makeDiv("A status bar item", `status-bar-item plugin-${this.manifest.id.replace(/[^\w-]/g, "-")}`, this.app.statusBarEl);
		this.statusBarItems.push(el);
		this.register(() => {
			if (typeof document !== "undefined") el.remove();
		});
		return el;
	}

	/** `Plugin.addCommand`: prefixes the id with the plugin id and the name with the plugin name, like Obsidian. */
	addCommand(command: O.Command): O.Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.commands.push(command);
		this.app.commands.addCommand(command);
		this.register(() => this.app.commands.removeCommand(command.id));
		return command;
	}

	/** `Plugin.removeCommand` (id without the plugin prefix). */
	removeCommand(commandId: string): void {
		const id = `${this.manifest.id}:${commandId}`;
		this.app.commands.removeCommand(id);
		const index = this.commands.findIndex((c) => c.id === id);
		if (index >= 0) this.commands.splice(index, 1);
	}

	/** `Plugin.addSettingTab` */
	addSettingTab(settingTab: { containerEl: HTMLElement; display(): void; hide(): void }): void {
		const tab = settingTab;
		this.settingTabs.push(tab);
		this.app.setting.addSettingTab(tab);
		this.register(() => this.app.setting.removeSettingTab(tab));
	}

	/**
	 * `Plugin.registerBasesView`: false when Bases is off (`app.bases.enabled`); on unload the view
	 * type is removed again.
	 */
	registerBasesView(viewId: string, registration: O.BasesViewRegistration): boolean {
		const bases = this.app.bases;
		if (!bases.enabled) return false;
		bases.views.set(viewId, registration);
		this.register(() => {
			if (bases.views.get(viewId) === registration) bases.views.delete(viewId);
		});
		return true;
	}

	/** `Plugin.registerView`: on unload the type is unregistered and its leaves detached. */
	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.views.push(type);
		this.register(() => {
			this.app.workspace.detachLeavesOfType(type);
			this.app.viewRegistry.unregisterView(type);
		});
	}

	/** `Plugin.registerHoverLinkSource` */
	registerHoverLinkSource(id: string, info: O.HoverLinkSource): void {
		this.app.hoverLinkSources.set(id, info);
		this.register(() => this.app.hoverLinkSources.delete(id));
	}

	/** `Plugin.registerExtensions` */
	registerExtensions(extensions: string[], viewType: string): void {
		this.app.viewRegistry.registerExtensions(extensions, viewType);
		this.register(() => this.app.viewRegistry.unregisterExtensions(extensions));
	}

	/** `Plugin.registerMarkdownPostProcessor` */
	registerMarkdownPostProcessor(postProcessor: O.MarkdownPostProcessor, sortOrder?: number): O.MarkdownPostProcessor {
		this.processors.addPostProcessor(postProcessor, sortOrder);
		this.app.processors.addPostProcessor(postProcessor);
		this.register(() => {
			this.processors.removePostProcessor(postProcessor);
			this.app.processors.removePostProcessor(postProcessor);
		});
		return postProcessor;
	}

	/** `Plugin.registerMarkdownCodeBlockProcessor`: returns the equivalent post processor, like Obsidian. */
	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, sortOrder?: number): O.MarkdownPostProcessor {
		this.processors.addCodeBlock(language, handler);
		this.app.processors.addCodeBlock(language, handler);
		this.register(() => {
			this.processors.removeCodeBlock(language, handler);
			this.app.processors.removeCodeBlock(language, handler);
		});
		const pp: O.MarkdownPostProcessor = MarkdownPreviewRenderer.createCodeBlockPostProcessor(language, handler);
		if (sortOrder !== undefined) pp.sortOrder = sortOrder;
		return pp;
	}

	/** `Plugin.registerEditorExtension`: recorded in `editorExtensions`. */
	registerEditorExtension(extension: unknown): void {
		this.editorExtensions.push(extension);
		this.register(() => {
			const index = this.editorExtensions.indexOf(extension);
			if (index >= 0) this.editorExtensions.splice(index, 1);
		});
	}

	/** `Plugin.registerObsidianProtocolHandler` */
	registerObsidianProtocolHandler(action: string, handler: O.ObsidianProtocolHandler): void {
		this.protocolHandlers.set(action, handler);
		this.register(() => this.protocolHandlers.delete(action));
	}

	/** `Plugin.registerEditorSuggest`: recorded in `editorSuggests`. */
	registerEditorSuggest(editorSuggest: unknown): void {
		this.editorSuggests.push(editorSuggest);
	}

	/** `Plugin.loadData`: a copy of the saved data, or null. */
	loadData(): Promise<unknown> {
		const data = this.app.pluginData.get(this.manifest.id);
		return Promise.resolve(data === undefined ? null : (JSON.parse(JSON.stringify(data)) as unknown));
	}

	/** `Plugin.saveData`: stores a JSON copy and counts the save. */
	saveData(data: unknown): Promise<void> {
		this.saveCount++;
		this.app.pluginData.set(this.manifest.id, JSON.parse(JSON.stringify(data ?? null)) as unknown);
		return Promise.resolve();
	}

	/** `Plugin.onUserEnable` */
	onUserEnable(): void {}
}

/** Double only: the double's view of a plugin typed against the real API (to read what it registered). */
export function pluginDouble(plugin: O.Plugin): Plugin {
	return plugin as unknown as Plugin;
}

/** Double only: the double's app typed as the real `App`, to hand to code under test. */
export function obsidianApp(app: App): O.App {
	return app as unknown as O.App;
}

/**
 * Double only: construct and load a plugin as Obsidian does (awaiting an async `onload`), register
 * it in `app.plugins`, and wait for the app to settle.
 */
export async function loadPlugin<T extends O.Plugin>(app: App, PluginClass: new (app: O.App, manifest: O.PluginManifest) => T, manifest: Partial<O.PluginManifest> = {}): Promise<T> {
	const plugin = new PluginClass(obsidianApp(app), makeManifest(manifest));
	const double = pluginDouble(plugin);
	app.plugins.plugins[plugin.manifest.id] = double;
	app.plugins.enabledPlugins.add(plugin.manifest.id);
	double.load();
	await double._onloadResult;
	await app.flush();
	return plugin;
}

/** Double only: unload a plugin, remove it from `app.plugins`, and wait for the app to settle. */
export async function unloadPlugin(plugin: O.Plugin): Promise<void> {
	const double = pluginDouble(plugin);
	double.unload();
	delete double.app.plugins.plugins[plugin.manifest.id];
	double.app.plugins.enabledPlugins.delete(plugin.manifest.id);
	await double.app.flush();
}
