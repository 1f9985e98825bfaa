/** @jest-environment jsdom */
import type * as O from "obsidian";
import { ComparisonFeature } from "../../src/comparison/feature";
import { VIEW_TYPE_COMPARISONS } from "../../src/comparison/sidebar";
import { liveCounts, loadPlugin, openModals, pluginDouble, renderMarkdownWithProcessors, resetLiveCounts, unloadPlugin } from "../obsidian-double";
import { buildHost } from "../tree-view/host";
import { openTreeView, rowEl } from "../tree-view/view-helpers";
import { BarePlugin, click, mounts, panels, renderNote, settle, setup, teardown } from "./integration-harness";

const NOTE = ["# Databases", "", "|  | Postgres | SQLite |", "|---|---|---|", "| Storage | files | one file |", "| Server | yes | no |", "", "```compare", "| Tool | Speed | Size |", "|---|---|---|", "| a | 1 | 2 |", "| b | 3 | 4 |", "```", ""].join("\n");

const PluginClass = BarePlugin as unknown as new (app: O.App, manifest: O.PluginManifest) => O.Plugin;

afterEach(teardown);

describe("ComparisonFeature", () => {
	test("registers the post processor, the compare block, the view and two commands without hotkeys", async () => {
		const env = await setup({});
		const double = pluginDouble(env.plugin);
		expect(double.processors.postProcessors).toHaveLength(1);
		expect([...double.processors.codeBlockProcessors.keys()]).toEqual(["compare"]);
		expect(double.views).toEqual([VIEW_TYPE_COMPARISONS]);
		expect(double.commands.map((c) => [c.id, c.name, c.hotkeys])).toEqual([
			["test-plugin:open-comparisons", "Test plugin: Open comparisons view", undefined],
			["test-plugin:compare-selected", "Test plugin: Compare selected notes", undefined],
		]);
		expect(double.ribbonIcons).toHaveLength(0);
	});

	test("opening the view twice reuses its leaf", async () => {
		const env = await setup({});
		const first = await env.feature.openView();
		const second = await env.feature.openView();
		expect(second).toBe(first);
		expect(env.h.app.workspace.getLeavesOfType(VIEW_TYPE_COMPARISONS)).toHaveLength(1);
	});

	test("deleting a note forgets its tables' state", async () => {
		const env = await setup({ "db.md": NOTE });
		const doc = await renderNote(env, "db.md");
		click(panels(doc.el)[0].querySelector("[data-action='highlight']") as HTMLElement);
		const saved = () => Object.values(env.h.store.data.tables).filter((v) => v !== undefined);
		expect(saved()).toHaveLength(1);
		await env.h.app.fileManager.trashFile(env.h.app.vault.getFileByPath("db.md") as O.TFile);
		expect(saved()).toHaveLength(0);
	});

	test("once the feature is unloaded its processors render nothing and its commands are gone", async () => {
		const env = await setup({ "db.md": NOTE });
		env.plugin.removeChild(env.feature);
		const el = document.body.createDiv();
		const text = env.h.app.vault.textOf(env.h.app.vault.getFileByPath("db.md") as O.TFile);
		await renderMarkdownWithProcessors(env.h.app, pluginDouble(env.plugin), text, el, "db.md");
		expect(mounts(el)).toHaveLength(0);
		expect(panels(el)).toHaveLength(0);
		expect(pluginDouble(env.plugin).commands).toHaveLength(0);
	});

	test("everything unloads cleanly: no listener, DOM handler or component left behind", async () => {
		const h = buildHost({ "db.md": NOTE, "a.md": "---\nx: 1\n---\nup:: [[db]]\n", "b.md": "---\nx: 2\n---\nup:: [[db]]\n" });
		const tree = await openTreeView(h);
		await h.app.workspace.getLeaf(false).openFile(h.app.vault.getFileByPath("db.md") as O.TFile);
		await h.app.flush();
		resetLiveCounts();
		const baseline = liveCounts();

		const plugin = await loadPlugin(h.app, PluginClass);
		const feature = plugin.addChild(new ComparisonFeature(plugin, h.host, { sidebarRefreshMs: 0 }));
		const env = { h, plugin, feature };
		const doc = await renderNote(env, "db.md");
		expect(panels(doc.el)).toHaveLength(2);
		await feature.openView();
		await settle(env);
		const sidebar = h.app.workspace.getLeavesOfType(VIEW_TYPE_COMPARISONS)[0].view.containerEl;
		expect(panels(sidebar)).toHaveLength(2);
		rowEl(tree, "db").querySelector(".collapse-icon")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		click(rowEl(tree, "a").querySelector(".tree-item-inner") as HTMLElement, { altKey: true });
		click(rowEl(tree, "b").querySelector(".tree-item-inner") as HTMLElement, { altKey: true });
		expect(h.app.commands.executeCommandById("test-plugin:compare-selected")).toBe(true);
		expect(liveCounts().components).toBeGreaterThan(baseline.components);

		for (const modal of [...openModals()]) modal.close();
		doc.component.unload();
		await unloadPlugin(plugin);
		await settle(env);
		expect(liveCounts()).toEqual(baseline);
		expect(h.app.workspace.getLeavesOfType(VIEW_TYPE_COMPARISONS)).toHaveLength(0);
		await h.app.dispose();
	});
});
