/**
 * The plugin's saved data: settings, tree view state and comparison tables, loaded once and saved
 * debounced, so expanding rows or switching files never writes data.json on every click.
 */
import { Events, Notice, type EventRef, type Plugin } from "obsidian";
import type { DataStore } from "../context";
import { migrateData, type PluginData, type TopicTreeSettings, type ViewState } from "./settings";

/** The plugin's data.json: migrated on load, saved debounced, settings changes announced. */
export class PluginStore implements DataStore {
	data: PluginData = migrateData(undefined);
	/** Whether `loadData()` returned saved data (false on a first run: nothing saved yet). */
	hadSavedData = false;
	private readonly events = new Events();
	private timer: number | null = null;
	private saving: Promise<void> = Promise.resolve();

	constructor(
		private readonly load: () => Promise<unknown>,
		private readonly save: (data: PluginData) => Promise<void>,
		private readonly delayMs = 1000,
	) {}

	/** A store over the plugin's `loadData`/`saveData`, with the saved data already read and migrated. */
	static async open(plugin: Plugin, delayMs?: number): Promise<PluginStore> {
		const store = new PluginStore(
			() => plugin.loadData(),
			(data) => plugin.saveData(data),
			delayMs,
		);
		await store.reload();
		return store;
	}

	/** Read the saved data again (whatever shape it has) and migrate it. */
	async reload(): Promise<void> {
		let raw: unknown;
		try {
			raw = await this.load();
		} catch {
			raw = undefined;
		}
		this.hadSavedData = raw !== undefined && raw !== null;
		this.data = migrateData(raw);
	}

	/** Whether a save is scheduled and not yet written. */
	get dirty(): boolean {
		return this.timer !== null;
	}

	updateView(patch: Partial<ViewState>): void {
		this.data = { ...this.data, view: { ...this.data.view, ...patch } };
		this.requestSave();
	}

	updateSettings(patch: Partial<TopicTreeSettings>): void {
		const previous = this.data.settings;
		const settings = { ...previous, ...patch };
		this.data = { ...this.data, settings };
		this.requestSave();
		this.events.trigger("settings", settings, previous);
	}

	updateTables(key: string, value: unknown): void {
		const tables = { ...this.data.tables };
		if (value === undefined) delete tables[key];
		else tables[key] = value;
		this.data = { ...this.data, tables };
		this.requestSave();
	}

	requestSave(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => {
			this.timer = null;
			void this.write();
		}, this.delayMs);
	}

	async flush(): Promise<void> {
		if (this.timer !== null) {
			window.clearTimeout(this.timer);
			this.timer = null;
			await this.write();
		} else {
			await this.saving;
		}
	}

	on(name: "settings", callback: (settings: TopicTreeSettings, previous: TopicTreeSettings) => void): EventRef {
		return this.events.on(name, callback as (...data: unknown[]) => unknown);
	}

	offref(ref: EventRef): void {
		this.events.offref(ref);
	}

	/** Save the current data, after any save already in progress (saves never overlap or reorder). */
	private write(): Promise<void> {
		const data = this.data;
		this.saving = this.saving
			.then(() => this.save(data))
			.catch(() => {
				new Notice("Could not save the topic tree settings.");
			});
		return this.saving;
	}
}
