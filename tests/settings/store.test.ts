/** @jest-environment jsdom */
import { PluginStore } from "../../src/settings/store";
import { DEFAULT_SETTINGS, DEFAULT_VIEW_STATE, type PluginData } from "../../src/settings/settings";
import { Plugin } from "obsidian";
import { createApp, loadPlugin, Notice } from "../obsidian-double";

function recordingStore(raw: unknown, delayMs = 1000): { store: PluginStore; saves: PluginData[] } {
	const saves: PluginData[] = [];
	const store = new PluginStore(
		() => Promise.resolve(raw),
		(data) => {
			saves.push(JSON.parse(JSON.stringify(data)) as PluginData);
			return Promise.resolve();
		},
		delayMs,
	);
	return { store, saves };
}

describe("PluginStore", () => {
	beforeEach(() => jest.useFakeTimers());
	afterEach(() => jest.useRealTimers());

	it("saves once, after the delay, however many quick view changes came before", async () => {
		const { store, saves } = recordingStore(undefined);
		await store.reload();
		for (let i = 0; i < 20; i++) store.updateView({ expanded: [[-1, `row ${i}`]] });
		expect(saves).toEqual([]);
		jest.advanceTimersByTime(999);
		expect(saves).toEqual([]);
		jest.advanceTimersByTime(1);
		await Promise.resolve();
		expect(saves.length).toBe(1);
		expect(saves[0].view.expanded).toEqual([[-1, "row 19"]]);
		jest.advanceTimersByTime(5000);
		expect(saves.length).toBe(1);
	});

	it("flush saves a pending change at once, and does nothing when nothing is pending", async () => {
		const { store, saves } = recordingStore(undefined);
		await store.reload();
		await store.flush();
		expect(saves).toEqual([]);
		store.updateTables("table-1", { sort: "price" });
		expect(store.dirty).toBe(true);
		await store.flush();
		expect(saves.length).toBe(1);
		expect(saves[0].tables).toEqual({ "table-1": { sort: "price" } });
		expect(store.dirty).toBe(false);
		jest.advanceTimersByTime(5000);
		expect(saves.length).toBe(1);
		store.updateTables("table-1", undefined);
		await store.flush();
		expect(saves[1].tables).toEqual({});
	});

	it("tells listeners about settings changes with the new and previous settings", async () => {
		const { store } = recordingStore({ settings: { parentFields: ["up"] } });
		await store.reload();
		const seen: [string[], string[]][] = [];
		const ref = store.on("settings", (next, previous) => seen.push([next.parentFields, previous.parentFields]));
		store.updateSettings({ parentFields: ["parent", "up"] });
		expect(seen).toEqual([[["parent", "up"], ["up"]]]);
		expect(store.data.settings.parentFields).toEqual(["parent", "up"]);
		store.offref(ref);
		store.updateSettings({ parentFields: ["x"] });
		expect(seen.length).toBe(1);
	});

	it("migrates whatever was saved", async () => {
		for (const raw of [undefined, null, "garbage", 42, [], { settings: "nope", view: 3 }]) {
			const { store } = recordingStore(raw);
			await store.reload();
			expect(store.data).toEqual({ settings: DEFAULT_SETTINGS, view: DEFAULT_VIEW_STATE, tables: {} });
		}
		const { store } = recordingStore({
			settings: { parentFields: [" up ", 3, "parent"], defaultSort: "modified", showGhosts: "yes", unknownKey: 1 },
			view: { expanded: ["a.md"], pinned: "a.md", sort: "bogus" },
			tables: { t: 1 },
		});
		await store.reload();
		expect(store.data.settings.parentFields).toEqual(["up", "parent"]);
		expect(store.data.settings.showGhosts).toBe(true);
		// Whole-path keys of older versions become saved steps.
		expect(store.data.view).toEqual({ ...DEFAULT_VIEW_STATE, expanded: [[-1, "a.md"]], pinned: "a.md", sort: "modified" });
		expect(store.data.tables).toEqual({ t: 1 });
	});

	it("keeps the old excluded folders as excluded paths, drawings added; a saved list stays as it is", async () => {
		const old = recordingStore({ settings: { excludedFolders: ["Templates", " /Archive ", 7] } });
		await old.store.reload();
		expect(old.store.data.settings.excludedPaths).toEqual(["Templates", "/Archive", "*.excalidraw.md"]);
		expect("excludedFolders" in old.store.data.settings).toBe(false);
		const saved = recordingStore({ settings: { excludedPaths: [], excludedFolders: ["Templates"] } });
		await saved.store.reload();
		expect(saved.store.data.settings.excludedPaths).toEqual([]);
		const choices = recordingStore({ settings: { unlinkedNotes: "hidden", rowLabel: "bogus" }, view: { relatedHeight: 212.4 } });
		await choices.store.reload();
		expect(choices.store.data.settings.unlinkedNotes).toBe("hidden");
		expect(choices.store.data.settings.rowLabel).toBe("title");
		expect(choices.store.data.view.relatedHeight).toBe(212);
	});

	it("survives a failing load and reports a failing save", async () => {
		const store = new PluginStore(
			() => Promise.reject(new Error("disk")),
			() => Promise.reject(new Error("disk full")),
		);
		await store.reload();
		expect(store.data.settings).toEqual(DEFAULT_SETTINGS);
		Notice.messages.length = 0;
		store.requestSave();
		await store.flush();
		expect(Notice.messages).toEqual(["Could not save the topic tree settings."]);
	});
});

describe("PluginStore.open", () => {
	class Host extends Plugin {
		onload(): void {}
	}

	it("reads and writes the plugin's data", async () => {
		const app = createApp({}, { pluginData: { "test-plugin": { settings: { parentFields: ["parent"] } } } });
		const plugin = await loadPlugin(app, Host);
		const store = await PluginStore.open(plugin, 10);
		expect(store.data.settings.parentFields).toEqual(["parent"]);
		store.updateView({ pinned: "a.md" });
		await store.flush();
		expect((app.pluginData.get("test-plugin") as PluginData).view.pinned).toBe("a.md");
		expect((app.pluginData.get("test-plugin") as PluginData).settings.parentFields).toEqual(["parent"]);
	});
});
