/** @jest-environment jsdom */
import type * as O from "obsidian";
import { TreeViewFeature, VIEW_TYPE_TOPIC_TREE } from "../../src/tree-view/feature";
import { TopicTreeView } from "../../src/tree-view/view";
import { liveCounts, makeManifest, Plugin } from "../obsidian-double";
import { buildHost, type TestHost } from "./host";
import { SMALL_VAULT } from "./vault";
import { outline, RecordingWriter, rowEl, selfOf } from "./view-helpers";

class TestPlugin extends Plugin {}

let h: TestHost;
let plugin: TestPlugin;
let feature: TreeViewFeature;

beforeEach(() => {
	h = buildHost(SMALL_VAULT);
	plugin = new TestPlugin(h.app, makeManifest({ id: "topic-tree" }));
	plugin.load();
	feature = plugin.addChild(new TreeViewFeature(plugin as unknown as O.Plugin, h.host, new RecordingWriter()));
});

afterEach(async () => {
	await h.app.dispose();
});

test("registers the view type and a ribbon icon that opens the view in the right sidebar", async () => {
	expect(plugin.views).toEqual([VIEW_TYPE_TOPIC_TREE]);
	expect(VIEW_TYPE_TOPIC_TREE).toBe("topic-tree-view");
	const ribbon = plugin.ribbonIcons[0];
	expect(ribbon.getAttribute("aria-label")).toBe("Open topic tree");
	expect(ribbon.querySelector(".lucide-list-tree")).not.toBeNull();
	ribbon.click();
	await h.app.flush();
	await new Promise((resolve) => setTimeout(resolve, 0));
	const leaves = h.app.workspace.getLeavesOfType(VIEW_TYPE_TOPIC_TREE);
	expect(leaves).toHaveLength(1);
	expect(leaves[0].parent).toBe(h.app.workspace.rightSplit);
	expect(leaves[0].view.getDisplayText()).toBe("Topic tree");
	expect(leaves[0].view.getIcon()).toBe("list-tree");
});

test("openView re-uses the open view and reveals its leaf", async () => {
	const first = await feature.openView();
	const second = await feature.openView();
	expect(first).toBeInstanceOf(TopicTreeView);
	expect(second).toBe(first);
	const leaves = h.app.workspace.getLeavesOfType(VIEW_TYPE_TOPIC_TREE);
	expect(leaves).toHaveLength(1);
	expect(leaves[0].revealCount).toBe(2);
});

test("revealNote opens the view with the note's row revealed and active", async () => {
	expect(await feature.revealNote("Go.md")).toBe(true);
	const view = h.app.workspace.getLeavesOfType(VIEW_TYPE_TOPIC_TREE)[0].view as unknown as TopicTreeView;
	expect(outline(view)).toContain("    Go");
	expect(selfOf(rowEl(view, "Go")).hasClass("is-active")).toBe(true);
});

test("focusOn opens the view pinned to the node", async () => {
	expect(await feature.focusOn("Programming.md")).toBe(true);
	const view = h.app.workspace.getLeavesOfType(VIEW_TYPE_TOPIC_TREE)[0].view as unknown as TopicTreeView;
	expect(outline(view)[0]).toBe("Programming");
	expect(h.store.data.view.pinned).toBe("Programming.md");
});

test("unloading the feature removes its ribbon icon; unloading the plugin closes the view cleanly", async () => {
	const before = liveCounts();
	await feature.openView();
	plugin.removeChild(feature);
	expect(plugin.ribbonIcons[0].isConnected).toBe(false);
	plugin.unload();
	await h.app.flush();
	await new Promise((resolve) => setTimeout(resolve, 0));
	expect(h.app.workspace.getLeavesOfType(VIEW_TYPE_TOPIC_TREE)).toHaveLength(0);
	expect(liveCounts().domListeners).toBeLessThanOrEqual(before.domListeners);
});
