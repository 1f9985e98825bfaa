/** @jest-environment jsdom */
import TopicTreePlugin, { HOVER_SOURCE } from "../src/main";
import type { PluginData } from "../src/settings/settings";
import { createApp, liveCounts, loadPlugin, pluginDouble, unloadPlugin } from "./obsidian-double";

const FILES = { "a.md": "up:: [[b]]\n", "b.md": "# B\n" };
const MANIFEST = { id: "topic-tree", name: "Topic Tree" };

describe("TopicTreePlugin", () => {
	it("loads: settings tab, hover source, tree view type, commands, and the saved data", async () => {
		const app = createApp(FILES, { pluginData: { "topic-tree": { settings: { parentFields: ["parent"] } } }, layoutReady: true });
		const plugin = await loadPlugin(app, TopicTreePlugin, MANIFEST);
		const double = pluginDouble(plugin);
		expect(double.settingTabs.length).toBe(1);
		expect(app.hoverLinkSources.get(HOVER_SOURCE)).toEqual({ display: "Topic Tree", defaultMod: true });
		expect(double.views.length).toBeGreaterThan(0);
		expect(app.commands.listCommands().length).toBeGreaterThan(0);
		const tab = app.setting.openTabById("topic-tree");
		const input = tab?.containerEl.querySelector<HTMLInputElement>(".setting-item input");
		expect(input?.value).toBe("parent");
		app.setting.close();
		await unloadPlugin(plugin);
		expect(app.hoverLinkSources.has(HOVER_SOURCE)).toBe(false);
		expect(app.setting.pluginTabs.length).toBe(0);
		expect(app.commands.listCommands()).toEqual([]);
		await app.dispose();
	});

	it("saves pending view state when unloaded", async () => {
		const app = createApp(FILES, { layoutReady: true });
		const plugin = await loadPlugin(app, TopicTreePlugin, MANIFEST);
		const tab = app.setting.openTabById("topic-tree");
		const toggle = [...(tab?.containerEl.querySelectorAll(".setting-item") ?? [])].find((el) => el.textContent?.startsWith("Show ghost topics"));
		toggle?.querySelector<HTMLElement>(".checkbox-container")?.click();
		expect(pluginDouble(plugin).saveCount).toBe(0);
		await unloadPlugin(plugin);
		expect(pluginDouble(plugin).saveCount).toBe(1);
		expect((app.pluginData.get("topic-tree") as PluginData).settings.showGhosts).toBe(false);
		await app.dispose();
	});

	it("loads and unloads 20 times without leaking listeners, components or DOM handlers", async () => {
		const app = createApp(FILES);
		await app.layoutReady();
		const before = liveCounts();
		for (let i = 0; i < 20; i++) {
			const plugin = await loadPlugin(app, TopicTreePlugin, MANIFEST);
			app.setting.openTabById("topic-tree");
			app.setting.close();
			const loaded = liveCounts();
			expect(loaded.eventRefs).toBeGreaterThan(before.eventRefs);
			expect(loaded.components).toBeGreaterThan(before.components);
			await unloadPlugin(plugin);
			expect(liveCounts()).toEqual(before);
		}
		await app.dispose();
	});

	it("indexes the vault once the layout is ready and follows changes", async () => {
		const app = createApp(FILES);
		const plugin = await loadPlugin(app, TopicTreePlugin, MANIFEST);
		const index = plugin.host?.index;
		expect(index?.status.state).toBe("waiting");
		await app.layoutReady();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(index?.status).toEqual({ state: "ready", done: 2, total: 2 });
		expect(index?.core.graph.parentsOf("a.md").map((e) => e.parent)).toEqual(["b.md"]);
		const updated = new Promise<ReadonlySet<string> | null>((resolve) => index?.on("updated", resolve));
		await app.vault.create("c.md", "up:: [[a]]\n");
		expect(await updated).toEqual(new Set(["c.md", "a.md"]));
		expect(index?.model.children("a.md")).toEqual(["c.md"]);
		await unloadPlugin(plugin);
		expect(plugin.host).toBeNull();
		await app.dispose();
	});
});
