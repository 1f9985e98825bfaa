/** @jest-environment jsdom */
import { ItemView, Plugin, type WorkspaceLeaf } from "obsidian";
import { Component, createApp, liveCounts, loadPlugin, pluginDouble, resetLiveCounts, unloadPlugin } from "./index";

class Recorder extends Component {
	constructor(
		private readonly name: string,
		private readonly log: string[],
	) {
		super();
	}
	onload(): void {
		this.log.push(`load ${this.name}`);
	}
	onunload(): void {
		this.log.push(`unload ${this.name}`);
	}
}

describe("Component double", () => {
	beforeEach(() => resetLiveCounts());

	test("children load with the parent and unload before its cleanups and onunload", () => {
		const log: string[] = [];
		const parent = new Recorder("parent", log);
		parent.addChild(new Recorder("early", log));
		parent.register(() => log.push("cleanup"));
		parent.load();
		parent.addChild(new Recorder("late", log));
		parent.unload();
		expect(log).toEqual(["load parent", "load early", "load late", "unload late", "unload early", "cleanup", "unload parent"]);
	});

	test("removeChild unloads the child at once", () => {
		const log: string[] = [];
		const parent = new Recorder("p", log);
		const child = parent.addChild(new Recorder("c", log));
		parent.load();
		parent.removeChild(child);
		expect(log).toEqual(["load p", "load c", "unload c"]);
		expect(parent.getChildren()).toEqual([]);
	});

	test("registered events, DOM listeners and intervals are released on unload and counted until then", () => {
		const app = createApp({});
		const c = new Component();
		c.load();
		let fired = 0;
		c.registerEvent(app.vault.on("modify", () => fired++));
		const el = document.body.createDiv();
		c.registerDomEvent(el, "click", () => fired++);
		c.registerInterval(window.setInterval(() => undefined, 100000));
		expect(liveCounts()).toEqual({ eventRefs: 1, domListeners: 1, intervals: 1, components: 1 });
		c.unload();
		expect(liveCounts()).toEqual({ eventRefs: 0, domListeners: 0, intervals: 0, components: 0 });
		el.click();
		app.vault.trigger("modify");
		expect(fired).toBe(0);
	});

	test("an event listener never removed is reported as live", () => {
		const app = createApp({});
		app.workspace.on("file-open", () => undefined);
		expect(liveCounts().eventRefs).toBe(1);
	});
});

const VIEW_TYPE = "double-test-view";

/** Plugin code is typed against the real API; jest runs it on the double. */
class TestView extends ItemView {
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
	}
	getViewType(): string {
		return VIEW_TYPE;
	}
	getDisplayText(): string {
		return "Test view";
	}
}

/** A plugin that registers one of most things. */
class SamplePlugin extends Plugin {
	async onload(): Promise<void> {
		await Promise.resolve();
		this.registerView(VIEW_TYPE, (leaf) => new TestView(leaf));
		this.addCommand({ id: "do", name: "Do it", callback: () => undefined });
		this.addRibbonIcon("tree", "Open tree", () => undefined);
		this.addStatusBarItem().setText("Ready");
		this.registerEvent(this.app.vault.on("modify", () => undefined));
		this.registerEvent(this.app.metadataCache.on("resolved", () => undefined));
		this.registerDomEvent(document, "keydown", () => undefined);
		this.registerMarkdownPostProcessor(() => undefined);
		this.registerMarkdownCodeBlockProcessor("topic-tree", () => undefined);
		await this.saveData({ version: 1 });
		await this.app.workspace.getRightLeaf(false)?.setViewState({ type: VIEW_TYPE });
	}
}

describe("Plugin double lifecycle", () => {
	test("loading registers everything; unloading removes it and leaks nothing", async () => {
		resetLiveCounts();
		const app = createApp({ "a.md": "" }, { layoutReady: true });
		const before = liveCounts();
		const plugin = await loadPlugin(app, SamplePlugin, { id: "sample", name: "Sample" });
		const double = pluginDouble(plugin);
		expect(app.commands.findCommand("sample:do")?.name).toBe("Sample: Do it");
		expect(document.querySelector(".side-dock-ribbon-action")?.getAttribute("aria-label")).toBe("Open tree");
		expect(document.querySelector(".status-bar-item.plugin-sample")?.textContent).toBe("Ready");
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1);
		expect(app.processors.postProcessors).toHaveLength(1);
		expect(double.saveCount).toBe(1);
		expect(liveCounts().eventRefs - before.eventRefs).toBe(2);
		await unloadPlugin(plugin);
		expect(liveCounts()).toEqual(before);
		expect(app.commands.listCommands()).toEqual([]);
		expect(document.querySelector(".side-dock-ribbon-action")).toBeNull();
		expect(document.querySelector(".status-bar-item")).toBeNull();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(0);
		expect(app.processors.postProcessors).toHaveLength(0);
		expect(app.pluginData.get("sample")).toEqual({ version: 1 });
		await app.dispose();
	});

	test("loadData returns the initial pluginData, then a copy of what was saved", async () => {
		class Bare extends Plugin {}
		const app = createApp({}, { pluginData: { sample: { a: [1] } } });
		expect(await (await loadPlugin(app, Bare, { id: "sample" })).loadData()).toEqual({ a: [1] });
		await app.dispose();
		const plugin = await loadPlugin(app, SamplePlugin, { id: "sample" });
		const data = (await plugin.loadData()) as { version: number };
		data.version = 99;
		expect(await plugin.loadData()).toEqual({ version: 1 });
		await app.dispose();
	});
});
