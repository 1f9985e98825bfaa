/**
 * @jest-environment jsdom
 *
 * Breadcrumbs migration in the plugin: adopted on first run with a notice, imported from the
 * settings tab after a preview, and a broken file changes nothing and says why.
 */
import { firstRunAdoption } from "../../src/config/adopt";
import { importFromBreadcrumbs } from "../../src/config/import-modal";
import { PluginStore } from "../../src/settings/store";
import { createApp, Notice, obsidianApp, openModals, type App } from "../obsidian-double";

const V3 = JSON.stringify({ userHiers: [{ up: ["up", "parent"], same: ["same", "sibling"], down: ["down", "child"], next: ["next"], prev: ["prev"] }] });

async function appWith(breadcrumbs: string | undefined, configDir = ".obsidian"): Promise<App> {
	const app = createApp({ "a.md": "parent:: [[b]]\n", "b.md": "" });
	app.vault.configDir = configDir;
	if (breadcrumbs !== undefined) await app.vault.adapter.write(`${configDir}/plugins/breadcrumbs/data.json`, breadcrumbs);
	return app;
}

async function storeOf(saved: unknown): Promise<PluginStore> {
	const store = new PluginStore(() => Promise.resolve(saved), () => Promise.resolve(), 10);
	await store.reload();
	return store;
}

beforeEach(() => {
	Notice.messages.length = 0;
	for (const modal of [...openModals()]) modal.close();
});

describe("first run", () => {
	test("with no saved settings, Breadcrumbs' fields are adopted, read under the vault's own config folder", async () => {
		const app = await appWith(V3, ".config-x");
		const store = await storeOf(undefined);
		const adoption = await firstRunAdoption(obsidianApp(app), undefined, store.data.settings);
		expect(adoption?.fields?.parentFields).toEqual(["up", "parent"]);
		expect(adoption?.fields?.relatedFields).toEqual(["related"]);
		expect(adoption?.notice).toContain("Parent fields: up → up, parent");
	});

	test("saved settings are never overridden, and a vault without Breadcrumbs says nothing", async () => {
		const app = await appWith(V3);
		const store = await storeOf({ settings: { parentFields: ["up"] } });
		expect(await firstRunAdoption(obsidianApp(app), { settings: {} }, store.data.settings)).toBeUndefined();
		expect(await firstRunAdoption(obsidianApp(await appWith(undefined)), undefined, store.data.settings)).toBeUndefined();
	});

	test("a malformed file adopts nothing and says why", async () => {
		const app = await appWith("{ not json");
		const store = await storeOf(undefined);
		const adoption = await firstRunAdoption(obsidianApp(app), undefined, store.data.settings);
		expect(adoption?.fields).toBeUndefined();
		expect(adoption?.notice).toMatch(/could not use Breadcrumbs' settings: .*not valid JSON/);
	});

	test("the plugin itself adopts them on load and shows the notice", async () => {
		const app = await appWith(V3);
		const { default: TopicTreePlugin } = await import("../../src/main");
		const plugin = new TopicTreePlugin(obsidianApp(app), { id: "topic-tree", name: "Topic Tree", version: "0", minAppVersion: "1.5.0", author: "", description: "" });
		await plugin.onload();
		expect(Notice.messages.some((m) => m.startsWith("Topic Tree adopted Breadcrumbs' fields."))).toBe(true);
		expect(plugin.host?.store.data.settings.parentFields).toEqual(["up", "parent"]);
		plugin.unload();
	});
});

describe("Import from Breadcrumbs", () => {
	test("shows what would change, and applies only when confirmed", async () => {
		const app = await appWith(V3);
		const store = await storeOf({ settings: { parentFields: ["up"], childFields: [] } });
		let done = 0;
		await importFromBreadcrumbs(obsidianApp(app), store, () => done++);
		const modal = openModals()[0];
		const items = [...modal.contentEl.querySelectorAll("li")].map((li) => li.textContent);
		expect(items).toEqual(["Parent fields: up → up, parent", "Child fields: none → down, child"]);
		expect(store.data.settings.parentFields).toEqual(["up"]);
		const buttons = [...modal.contentEl.querySelectorAll("button")];
		buttons.find((b) => b.textContent === "Cancel")?.click();
		expect(store.data.settings.parentFields).toEqual(["up"]);
		await importFromBreadcrumbs(obsidianApp(app), store, () => done++);
		[...openModals()[0].contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import")?.click();
		expect(store.data.settings.parentFields).toEqual(["up", "parent"]);
		expect(store.data.settings.childFields).toEqual(["down", "child"]);
		expect(done).toBe(1);
	});

	test("a broken or missing file changes nothing and says why", async () => {
		const store = await storeOf(undefined);
		const before = JSON.stringify(store.data.settings);
		await importFromBreadcrumbs(obsidianApp(await appWith(JSON.stringify({ edge_field_groups: "ups" }))), store);
		expect(Notice.messages.at(-1)).toMatch(/edge_field_groups.*nothing was changed/);
		await importFromBreadcrumbs(obsidianApp(await appWith(undefined)), store);
		expect(Notice.messages.at(-1)).toMatch(/Breadcrumbs has no settings in this vault \(\.obsidian\/plugins\/breadcrumbs\/data\.json\)/);
		expect(openModals()).toHaveLength(0);
		expect(JSON.stringify(store.data.settings)).toBe(before);
	});
});
