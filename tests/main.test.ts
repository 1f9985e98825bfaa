/** @jest-environment jsdom */
import TopicTreePlugin, { HOVER_SOURCE } from "../src/main";
import type { PluginData } from "../src/settings/settings";
import { TFile } from "obsidian";
import * as v8 from "v8";
import * as vm from "vm";
import { createApp, liveCounts, loadPlugin, pluginDouble, unloadPlugin, type LiveCounts } from "./obsidian-double";

const FILES = { "a.md": "up:: [[b]]\n", "b.md": "# B\n" };
const MANIFEST = { id: "topic-tree", name: "Topic Tree" };

/** Load/unload cycles of the leak test. */
const CYCLES = 100;

/** A small vault touching every feature: parents, a ghost, a cycle, related notes, comparison tables. */
const LEAK_FILES = {
	...FILES,
	"c.md": "---\ntitle: Gamma\ntags: [x]\n---\nup:: [[b]]\nrelated:: [[a]]\n",
	"d.md": "up:: [[missing topic]]\n",
	"e.md": "up:: [[f]]\n",
	"f.md": "up:: [[e]]\n",
	"db.md": [
		"up:: [[b]]",
		"",
		"|  | Postgres | SQLite |",
		"|---|---|---|",
		"| Storage | files | one file |",
		"| Server | yes | no |",
		"",
		"```compare",
		"| Tool | Speed | Size |",
		"|---|---|---|",
		"| a | 1 | 2 |",
		"| b | 3 | 4 |",
		"```",
		"",
	].join("\n"),
};

/** Everything the leak test compares before loading and after unloading. */
interface Snapshot {
	/** The double's counters: event refs, registered DOM listeners, intervals, loaded components. */
	live: LiveCounts;
	/** Every node in the document (elements, text, comments). */
	domNodes: number;
	/** `addEventListener` listeners, however added, on the window, the document or attached nodes. */
	attachedListeners: number;
	/** Timeouts, intervals and animation frames requested and neither run nor cancelled, with where they were requested. */
	pendingTimers: string[];
	leaves: number;
	commands: number;
}

interface Tracker {
	/** Listeners on reachable targets; `forgetDetached` drops detached targets (after an unload) to keep the test fast. */
	attachedListeners(forgetDetached?: boolean): number;
	pendingTimers(): string[];
	restore(): void;
}

type Listener = EventListenerOrEventListenerObject | null;
type AddListener = (this: EventTarget, type: string, listener: Listener, options?: boolean | AddEventListenerOptions) => void;

const TIMER_FUNCTIONS = ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "requestAnimationFrame", "cancelAnimationFrame"] as const;

/**
 * Wraps `addEventListener`/`removeEventListener` and the window's timer functions to count what
 * is live: listeners on targets that stay reachable from the page, and timers not yet run or cancelled.
 */
function trackDomAndTimers(): Tracker {
	const proto = EventTarget.prototype;
	const savedListenerFns = (["addEventListener", "removeEventListener"] as const).map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const);
	const add = Object.getOwnPropertyDescriptor(proto, "addEventListener")?.value as AddListener;
	const remove = Object.getOwnPropertyDescriptor(proto, "removeEventListener")?.value as AddListener;
	const listeners = new Map<EventTarget, Set<string>>();
	const ids = new WeakMap<object, number>();
	let nextId = 0;
	const key = (type: string, listener: object, options?: boolean | EventListenerOptions): string => {
		if (!ids.has(listener)) ids.set(listener, nextId++);
		const capture = typeof options === "boolean" ? options : options?.capture === true;
		return `${type}|${ids.get(listener)}|${capture}`;
	};
	proto.addEventListener = function (this: EventTarget, type: string, listener: Listener, options?: boolean | AddEventListenerOptions): void {
		if (listener !== null) {
			const set = listeners.get(this) ?? new Set<string>();
			set.add(key(type, listener, options));
			listeners.set(this, set);
		}
		add.call(this, type, listener, options);
	};
	proto.removeEventListener = function (this: EventTarget, type: string, listener: Listener, options?: boolean | EventListenerOptions): void {
		if (listener !== null) listeners.get(this)?.delete(key(type, listener, options));
		remove.call(this, type, listener, options);
	};

	const timers = new Map<string, { what: string; where: Error }>();
	/** What a timer is; its stack is read only when a test fails and shows it. */
	const origin = (what: string): { what: string; where: Error } => ({ what, where: new Error() });
	const describeTimer = ({ what, where }: { what: string; where: Error }): string => {
		const frame = where.stack?.split("\n").find((line) => line.includes("/src/"));
		return `${what} from ${frame?.trim().replace(/^at /, "") ?? "outside src/"}`;
	};
	const savedTimerFns = TIMER_FUNCTIONS.map((name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const);
	const setTimeout = window.setTimeout.bind(window);
	const clearTimeout = window.clearTimeout.bind(window);
	const setInterval = window.setInterval.bind(window);
	const clearInterval = window.clearInterval.bind(window);
	const requestFrame = window.requestAnimationFrame.bind(window);
	const cancelFrame = window.cancelAnimationFrame.bind(window);
	Object.assign(window, {
		setTimeout: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): number => {
			const id = setTimeout(() => {
				timers.delete(`t${id}`);
				fn(...args);
			}, ms);
			timers.set(`t${id}`, origin(`timeout ${ms ?? 0} ms`));
			return id;
		},
		clearTimeout: (id?: number): void => {
			timers.delete(`t${id}`);
			clearTimeout(id);
		},
		setInterval: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): number => {
			const id = setInterval(fn, ms, ...args);
			timers.set(`i${id}`, origin(`interval ${ms ?? 0} ms`));
			return id;
		},
		clearInterval: (id?: number): void => {
			timers.delete(`i${id}`);
			clearInterval(id);
		},
		requestAnimationFrame: (fn: FrameRequestCallback): number => {
			const id = requestFrame((time) => {
				timers.delete(`f${id}`);
				fn(time);
			});
			timers.set(`f${id}`, origin("animation frame"));
			return id;
		},
		cancelAnimationFrame: (id: number): void => {
			timers.delete(`f${id}`);
			cancelFrame(id);
		},
	});

	return {
		attachedListeners: (forgetDetached) => {
			let n = 0;
			for (const [target, set] of listeners) {
				const attached = target === window || target === document || (target instanceof Node && target.isConnected);
				if (attached) n += set.size;
				else if (forgetDetached) listeners.delete(target);
			}
			return n;
		},
		pendingTimers: () => [...timers.values()].map(describeTimer),
		restore: () => {
			for (const [name, descriptor] of savedListenerFns) if (descriptor) Object.defineProperty(proto, name, descriptor);
			for (const [name, descriptor] of savedTimerFns) {
				if (descriptor) Object.defineProperty(window, name, descriptor);
				else delete (window as unknown as Record<string, unknown>)[name];
			}
			listeners.clear();
			timers.clear();
		},
	};
}

/** A full garbage collection (V8's `gc`, made available at run time). */
function collectGarbage(): void {
	v8.setFlagsFromString("--expose-gc");
	(vm.runInNewContext("gc") as () => void)();
}

/** The note at `path`; throws when there is none. */
function fileAt(app: ReturnType<typeof createApp>, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no note ${path}`);
	return file;
}

/** Every node of the document. */
function countNodes(): number {
	const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
	let n = 0;
	while (walker.nextNode()) n++;
	return n;
}

/** What the page and the double hold now; `unloaded` also forgets listeners on detached nodes. */
function snapshot(app: ReturnType<typeof createApp>, tracker: Tracker, unloaded = false): Snapshot {
	let leaves = 0;
	app.workspace.iterateAllLeaves(() => leaves++);
	return {
		live: liveCounts(),
		domNodes: countNodes(),
		attachedListeners: tracker.attachedListeners(unloaded),
		pendingTimers: tracker.pendingTimers(),
		leaves,
		commands: app.commands.listCommands().length,
	};
}

/** Lets the double's events, promises and zero-delay timers run. */
async function settle(app: ReturnType<typeof createApp>): Promise<void> {
	for (let i = 0; i < 3; i++) {
		await app.flush();
		await new Promise((resolve) => window.setTimeout(resolve, 0));
	}
}

/**
 * Lets timers of zero delay run once. The chunked first index yields with one it cannot cancel;
 * after an unload it wakes up, sees it is stale and stops. Anything still pending after this
 * (a delay, an interval, a frame, a timer that re-arms itself) counts as a leak.
 */
async function drainZeroDelay(app: ReturnType<typeof createApp>): Promise<void> {
	await new Promise((resolve) => window.setTimeout(resolve, 0));
	await app.flush();
}

/**
 * Loads and unloads the plugin `CYCLES` times, using it in between (every tenth cycle it is
 * disabled at once, mid first index), and checks after each unload that everything is as before.
 * Returns weak references to the unloaded plugins.
 */
async function runCycles(app: ReturnType<typeof createApp>, tracker: Tracker): Promise<WeakRef<TopicTreePlugin>[]> {
	const before = snapshot(app, tracker);
	const unloaded: WeakRef<TopicTreePlugin>[] = [];
	for (let i = 0; i < CYCLES; i++) {
		const plugin = await loadPlugin(app, TopicTreePlugin, MANIFEST);
		if (i % 10 !== 9) {
			await exercise(app, plugin, i);
			const loaded = snapshot(app, tracker);
			expect(loaded.live.eventRefs).toBeGreaterThan(before.live.eventRefs);
			expect(loaded.live.components).toBeGreaterThan(before.live.components);
			expect(loaded.live.domListeners).toBeGreaterThan(before.live.domListeners);
			expect(loaded.domNodes).toBeGreaterThan(before.domNodes);
			expect(loaded.attachedListeners).toBeGreaterThan(before.attachedListeners);
			expect(loaded.leaves).toBeGreaterThan(before.leaves);
			// An edit leaves the coalescer's timer pending: unloading must clear it.
			await app.vault.modify(fileAt(app, "a.md"), `up:: [[b]]\nedit ${i}\n`);
			expect(tracker.pendingTimers().length).toBeGreaterThan(0);
		}
		await unloadPlugin(plugin);
		await drainZeroDelay(app);
		expect(snapshot(app, tracker, true)).toEqual(before);
		unloaded.push(new WeakRef(plugin));
		// The double records every workspace event with its arguments (closed leaves included): not the plugin's memory.
		app.workspace.triggered.length = 0;
	}
	return unloaded;
}

/** Uses the loaded plugin as a person would: the tree, the comparisons view, a command, the settings tab. */
async function exercise(app: ReturnType<typeof createApp>, plugin: TopicTreePlugin, cycle: number): Promise<void> {
	for (let i = 0; i < 20 && plugin.host?.index.status.state !== "ready"; i++) await settle(app);
	expect(plugin.host?.index.status.state).toBe("ready");
	expect(app.commands.executeCommandById("topic-tree:open-view")).toBe(true);
	// The comparison panels cost the most to render in jsdom: every other cycle is plenty to see them pile up.
	const compare = cycle % 2 === 0;
	if (compare) expect(app.commands.executeCommandById("topic-tree:open-comparisons")).toBe(true);
	await settle(app);
	expect(app.commands.executeCommandById("topic-tree:reveal-active")).toBe(true);
	// The related-notes view on the other cycles, so that every cycle does not pay for both.
	if (!compare) expect(app.commands.executeCommandById("topic-tree:open-related-notes")).toBe(true);
	await settle(app);
	expect(document.querySelectorAll(".topic-tree-view .tree-item").length).toBeGreaterThan(0);
	// The open note (db.md, under b) has its trail.
	expect(document.querySelector(".markdown-source-view .topic-tree-trail")?.textContent).toContain("›");
	expect(document.querySelectorAll(".topic-tree-related-view .topic-tree-related").length).toBe(compare ? 0 : 1);
	expect(document.querySelectorAll(".topic-tree-panel").length > 0).toBe(compare);
	const tab = app.setting.openTabById("topic-tree");
	const input = tab?.containerEl.querySelector<HTMLInputElement>(".setting-item input");
	if (!input) throw new Error("the settings tab shows no text field");
	// Typed but not yet applied (a pause is awaited): closing the tab applies it and re-indexes.
	input.value = cycle % 2 === 0 ? "up, parent" : "up";
	input.dispatchEvent(new Event("input", { bubbles: true }));
	app.setting.close();
}

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

	it(`loads, works and unloads ${CYCLES} times without leaking listeners, components, DOM nodes, timers or memory`, async () => {
		const app = createApp(LEAK_FILES);
		await app.layoutReady();
		await app.workspace.getLeaf(false).openFile(fileAt(app, "db.md"));
		await app.flush();
		const tracker = trackDomAndTimers();
		let unloaded: WeakRef<TopicTreePlugin>[] = [];
		try {
			unloaded = await runCycles(app, tracker);
		} finally {
			tracker.restore();
		}
		// No unloaded plugin (with its views, index and DOM) is still reachable. The last cycles' may
		// still be, through jsdom's selector cache or a stale stack slot: they must not pile up.
		await new Promise((resolve) => window.setTimeout(resolve, 0));
		collectGarbage();
		const survivors = unloaded.flatMap((ref, cycle) => (ref.deref() === undefined ? [] : [cycle]));
		expect(survivors.filter((cycle) => cycle < CYCLES - 2)).toEqual([]);
		await app.dispose();
	}, 180_000); // 100 cycles: seconds alone, longer on a busy 2-core machine

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
