/** @jest-environment jsdom */
import { liveCounts } from "../obsidian-double";
import { FakeTimers } from "./fake-timers";
import { edgeList, fileAt, parentsOf, settle, startIndex, untilReady } from "./harness";

const VAULT = {
	"a.md": "# A\nup:: [[b]]\n",
	"b.md": "---\nup: \"[[c]]\"\n---\n# B\n",
	"c.md": "# C\n",
	"d.md": "up:: [[Missing topic]]\n",
};

describe("LiveIndex: full index", () => {
	it("indexes the vault once the layout is ready and reports ready", async () => {
		const h = await startIndex(VAULT, { ready: false });
		expect(h.index.status.state).toBe("waiting");
		expect(h.index.core.graph.noteCount).toBe(0);
		await h.app.layoutReady();
		await untilReady(h.index);
		expect(edgeList(h.index)).toEqual(["a.md -> b.md", "b.md -> c.md", "d.md -> ghost:missing topic"]);
		expect(h.index.status).toEqual({ state: "ready", done: 4, total: 4 });
		expect(h.updates).toEqual([null]);
		expect(h.index.model.roots()).toEqual(["c.md", "ghost:missing topic"]);
	});

	it("ignores the create events Obsidian fires for every file at start-up", async () => {
		const h = await startIndex(VAULT, { app: { startupCreateEvents: true } });
		await settle(h);
		expect(h.reads()).toBe(4);
		expect(h.updates).toEqual([null]);
	});
});

describe("LiveIndex: reacting to vault events", () => {
	it("adds and removes an edge when a note's text changes", async () => {
		const h = await startIndex(VAULT);
		await h.app.vault.modify(fileAt(h.app, "c.md"), "# C\nup:: [[a]]\n");
		await settle(h);
		expect(parentsOf(h.index, "c.md")).toEqual(["a.md"]);
		expect(h.index.core.graph.cycles()).toEqual([["a.md", "b.md", "c.md"]]);
		const changed = h.updates[h.updates.length - 1];
		expect(changed).toEqual(new Set(["c.md", "a.md", "b.md"]));

		await h.app.vault.modify(fileAt(h.app, "a.md"), "# A\n");
		await settle(h);
		expect(parentsOf(h.index, "a.md")).toEqual([]);
		expect(h.index.core.graph.cycles()).toEqual([]);
		expect(h.updates[h.updates.length - 1]).toEqual(new Set(["a.md", "b.md", "c.md"]));
	});

	it("turns a ghost into the note when a note with its name is created", async () => {
		const h = await startIndex(VAULT);
		expect(h.index.core.graph.getNode("ghost:missing topic")?.kind).toBe("ghost");
		await h.app.vault.create("topics/Missing topic.md", "# Here now\n");
		await settle(h);
		expect(parentsOf(h.index, "d.md")).toEqual(["topics/Missing topic.md"]);
		expect(h.index.core.graph.getNode("ghost:missing topic")).toBeUndefined();
		const changed = h.updates[h.updates.length - 1];
		expect(changed?.has("topics/Missing topic.md")).toBe(true);
		expect(changed?.has("ghost:missing topic")).toBe(true);
		expect(changed?.has("d.md")).toBe(true);
	});

	it("indexes a created empty note even when no metadata change follows", async () => {
		const h = await startIndex(VAULT);
		h.app.vault.trigger("create", await h.app.vault.create("e.md", "up:: [[c]]\n"));
		await h.index.flush();
		expect(parentsOf(h.index, "e.md")).toEqual(["c.md"]);
	});

	it("makes a deleted parent a ghost and forgets the deleted note's own edges", async () => {
		const h = await startIndex(VAULT);
		await h.app.fileManager.trashFile(fileAt(h.app, "b.md"));
		await settle(h);
		expect(h.index.core.graph.has("b.md")).toBe(false);
		expect(parentsOf(h.index, "a.md")).toEqual(["ghost:b"]);
		expect(h.index.core.graph.childrenOf("c.md")).toEqual([]);
		expect(h.updates[h.updates.length - 1]).toEqual(new Set(["b.md", "a.md", "c.md", "ghost:b"]));
	});

	it("moves a renamed note with its own edges, without reading it again", async () => {
		const h = await startIndex(VAULT);
		const readsBefore = h.reads();
		await h.app.vault.rename(fileAt(h.app, "b.md"), "folder/bee.md");
		await settle(h);
		expect(h.reads()).toBe(readsBefore);
		expect(h.index.core.graph.has("b.md")).toBe(false);
		expect(parentsOf(h.index, "folder/bee.md")).toEqual(["c.md"]);
		// a.md still links to [[b]], which no longer names a note.
		expect(parentsOf(h.index, "a.md")).toEqual(["ghost:b"]);
		const changed = h.updates[h.updates.length - 1];
		expect(changed?.has("b.md") && changed.has("folder/bee.md") && changed.has("a.md") && changed.has("c.md")).toBe(true);
	});

	it("ignores events for files that are gone, folders and other file types", async () => {
		const h = await startIndex({ ...VAULT, "pic.png": "x" });
		const before = edgeList(h.index);
		const b = fileAt(h.app, "b.md");
		await h.app.fileManager.trashFile(b);
		await settle(h);
		const afterDelete = edgeList(h.index);
		// A late `changed` for the deleted file must not bring it back.
		h.app.metadataCache.trigger("changed", b, "up:: [[a]]\n", {});
		h.app.vault.trigger("create", b);
		h.app.vault.trigger("delete", b);
		h.app.vault.trigger("rename", b, "zzz.md");
		const png = fileAt(h.app, "pic.png");
		h.app.metadataCache.trigger("changed", png, "up:: [[a]]", {});
		await h.app.vault.rename(png, "pic2.png");
		const folder = await h.app.vault.createFolder("empty");
		await h.app.vault.rename(folder, "empty2");
		await h.app.fileManager.trashFile(fileAt(h.app, "pic2.png"));
		await settle(h);
		expect(edgeList(h.index)).toEqual(afterDelete);
		expect(before).not.toEqual(afterDelete);
		expect(h.index.core.graph.has("pic.png") || h.index.core.graph.has("pic2.png")).toBe(false);
	});

	it("coalesces 50 quick changes into one updated event", async () => {
		const files: Record<string, string> = { "root.md": "# Root\n" };
		for (let i = 0; i < 50; i++) files[`n${i}.md`] = `# N${i}\n`;
		// A hand-driven clock: however long the machine takes to deliver the 50 changes, no quiet
		// period passes between them (this test used real time, and a loaded machine split the batch).
		const timers = new FakeTimers();
		const h = await startIndex(files, { deps: { quietMs: 30, maxWaitMs: 1000, timers } });
		h.updates.length = 0;
		for (let i = 0; i < 50; i++) void h.app.vault.modify(fileAt(h.app, `n${i}.md`), `up:: [[root]]\n`);
		await h.app.flush();
		timers.advance(29);
		await h.app.flush();
		expect(h.updates).toEqual([]);
		timers.advance(1);
		for (let i = 0; i < 10 && h.updates.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 0));
		expect(h.updates.length).toBe(1);
		expect(h.updates[0]?.size).toBe(51);
		expect(h.index.core.graph.childrenOf("root.md").length).toBe(50);
	});

	it("applies a continuous burst at least every maxWait", async () => {
		// A hand-driven clock: an edit every 10 ms for 200 ms never leaves the 30 ms quiet period,
		// so only maxWait (60 ms) applies batches, whatever the machine's load.
		const timers = new FakeTimers();
		const h = await startIndex({ "a.md": "", "b.md": "" }, { deps: { quietMs: 30, maxWaitMs: 60, timers } });
		h.updates.length = 0;
		for (let i = 0; i < 20; i++) {
			await h.app.vault.modify(fileAt(h.app, "a.md"), i % 2 ? "up:: [[b]]\n" : "");
			await h.app.flush();
			timers.advance(10);
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
		expect(h.updates.length).toBeGreaterThanOrEqual(3);
	});
});

describe("LiveIndex: exclusions", () => {
	const files = {
		"Templates/t.md": "up:: [[c]]\n",
		"Archive/old.md": "up:: [[c]]\n",
		"Archive old/kept.md": "up:: [[c]]\n",
		"c.md": "# C\n",
		"x.md": "up:: [[c]]\n",
	};

	it("leaves out Obsidian's excluded files and the plugin's excluded folders", async () => {
		const h = await startIndex(files, { app: { config: { userIgnoreFilters: ["Templates/"] } }, data: { settings: { excludedFolders: ["Archive"] } } });
		expect(h.index.core.graph.childrenOf("c.md").map((e) => e.child).sort()).toEqual(["Archive old/kept.md", "x.md"]);
		await h.app.vault.modify(fileAt(h.app, "Templates/t.md"), "up:: [[x]]\n");
		await h.app.vault.create("Archive/new.md", "up:: [[x]]\n");
		await settle(h);
		expect(h.index.core.graph.childrenOf("x.md")).toEqual([]);
		expect(h.index.core.graph.has("Archive/new.md")).toBe(false);
	});

	it("drops a note moved into an excluded folder and adds one moved out of it", async () => {
		const h = await startIndex(files, { data: { settings: { excludedFolders: ["Archive"] } } });
		await h.app.vault.rename(fileAt(h.app, "x.md"), "Archive/x.md");
		await settle(h);
		expect(h.index.core.graph.has("x.md")).toBe(false);
		expect(h.index.core.graph.has("Archive/x.md")).toBe(false);
		await h.app.vault.rename(fileAt(h.app, "Archive/old.md"), "old.md");
		await settle(h);
		expect(parentsOf(h.index, "old.md")).toEqual(["c.md"]);
	});

	it("leaves out drawings by default and notes matching an excluded glob, kept out through edits", async () => {
		const h = await startIndex({ ...files, "Sketch.excalidraw.md": "up:: [[c]]\n", "Daily/2024-01-01.md": "up:: [[c]]\n" }, { data: { settings: { excludedPaths: ["*.excalidraw.md", "Daily/*"] } } });
		expect(h.index.core.graph.has("Sketch.excalidraw.md")).toBe(false);
		expect(h.index.core.graph.has("Daily/2024-01-01.md")).toBe(false);
		await h.app.vault.create("Daily/2024-01-02.md", "up:: [[x]]\n");
		await h.app.vault.create("Other.excalidraw.md", "up:: [[x]]\n");
		await settle(h);
		expect(h.index.core.graph.childrenOf("x.md")).toEqual([]);
	});

	it("re-indexes when the excluded folders change", async () => {
		const h = await startIndex(files);
		expect(h.index.core.graph.has("Archive/old.md")).toBe(true);
		h.store.updateSettings({ excludedPaths: ["Archive"] });
		await untilReady(h.index);
		expect(h.index.core.graph.has("Archive/old.md")).toBe(false);
		expect(h.index.core.graph.has("Archive old/kept.md")).toBe(true);
	});
});

describe("LiveIndex: settings", () => {
	const files = { "a.md": "up:: [[b]]\nparent:: [[c]]\n", "b.md": "", "c.md": "" };

	it("re-parses everything when the parent field is renamed", async () => {
		const h = await startIndex(files);
		expect(parentsOf(h.index, "a.md")).toEqual(["b.md"]);
		h.store.updateSettings({ parentFields: ["parent"] });
		expect(h.index.status.state).toBe("indexing");
		await untilReady(h.index);
		expect(parentsOf(h.index, "a.md")).toEqual(["c.md"]);
		expect(h.index.model.children("c.md")).toEqual(["a.md"]);
	});

	it("follows show-ghosts and the view's sort without re-reading notes", async () => {
		const h = await startIndex({ "a.md": "up:: [[gone]]\n", "b.md": "", "z.md": "up:: [[b]]\n", "y.md": "up:: [[b]]\n" });
		const reads = h.reads();
		h.updates.length = 0;
		expect(h.index.model.roots()).toContain("ghost:gone");
		h.store.updateSettings({ showGhosts: false });
		expect(h.index.model.roots()).not.toContain("ghost:gone");
		expect(h.updates).toEqual([null]);
		expect(h.index.model.children("b.md")).toEqual(["y.md", "z.md"]);
		h.store.updateView({ descending: true });
		expect(h.index.model.children("b.md")).toEqual(["z.md", "y.md"]);
		expect(h.reads()).toBe(reads);
		expect(h.index.status.state).toBe("ready");
	});
});

describe("LiveIndex: chunked indexing", () => {
	it("after the first index, and after a change of sort, warms the filter in budgeted slices at idle time", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 3000; i++) files[`n${i}.md`] = i === 0 ? "# Root\n" : "up:: [[n0]]\n";
		let clock = 0;
		let ticking = false;
		const queue: (() => void)[] = [];
		const h = await startIndex(files, {
			ready: false,
			deps: {
				// Once indexed, every budget check costs 20 ms of fake time: a 50 ms budget allows a few hundred nodes.
				now: () => (ticking ? (clock += 20) : clock),
				schedule: (fn) => queue.push(fn),
			},
		});
		const ready = untilReady(h.index);
		h.index.on("status", (status) => {
			if (status.state === "ready") ticking = true;
		});
		await h.app.layoutReady();
		while (h.index.status.state !== "ready") {
			await new Promise((resolve) => setTimeout(resolve, 0));
			queue.shift()?.();
		}
		await ready;
		let slices = 0;
		while (queue.length > 0) {
			slices++;
			queue.shift()?.();
		}
		expect(slices).toBeGreaterThan(3);
		expect(h.index.model.prepareFilterSome(() => false)).toBe(true);
		expect(h.index.model.filter("n29")?.count).toBe(111);
		// A new sort drops the children's orders; the warm-up runs again, in slices.
		h.store.updateView({ descending: true });
		expect(h.index.model.options.descending).toBe(true);
		expect(queue.length).toBe(1);
		let again = 0;
		while (queue.length > 0) {
			again++;
			queue.shift()?.();
		}
		expect(again).toBeGreaterThan(1);
		expect(h.index.model.children("n0.md").slice(0, 2)).toEqual(["n2999.md", "n2998.md"]);
	});

	it("indexes 2,000 notes in chunks within the time budget, reporting progress", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 2000; i++) files[`n${String(i).padStart(4, "0")}.md`] = i === 0 ? "# Root\n" : `up:: [[n${String(Math.floor(i / 2)).padStart(4, "0")}]]\n`;
		let clock = 0;
		const queue: (() => void)[] = [];
		const chunks: { start: number; end: number }[] = [];
		let chunkStart = 0;
		const h = await startIndex(files, {
			ready: false,
			deps: {
				now: () => clock,
				// Each note costs 0.7 ms of fake time.
				frontmatterOf: () => {
					clock += 0.7;
					return null;
				},
				schedule: (fn) => {
					chunks.push({ start: chunkStart, end: clock });
					queue.push(() => {
						clock += 5;
						chunkStart = clock;
						fn();
					});
				},
			},
		});
		const ready = untilReady(h.index);
		await h.app.layoutReady();
		while (h.index.status.state !== "ready") {
			await new Promise((resolve) => setTimeout(resolve, 0));
			queue.shift()?.();
		}
		await ready;
		chunks.push({ start: chunkStart, end: clock });
		expect(chunks.length).toBeGreaterThan(10);
		for (const chunk of chunks) expect(chunk.end - chunk.start).toBeLessThanOrEqual(50);
		const progress = h.statuses.filter((s) => s.state === "indexing");
		expect(progress[0]).toEqual({ state: "indexing", done: 0, total: 2000 });
		expect(progress.length).toBe(chunks.length);
		for (let i = 1; i < progress.length; i++) expect(progress[i].done).toBeGreaterThan(progress[i - 1].done);
		expect(progress.every((s) => s.total === 2000 && s.done < 2000)).toBe(true);
		expect(h.index.status).toEqual({ state: "ready", done: 2000, total: 2000 });
		expect(h.index.core.graph.edges().length).toBe(1999);
		expect(h.index.core.graph.roots()).toEqual(["n0000.md"]);
	});

	it("a rebuild started during another cancels it and changes made meanwhile are applied", async () => {
		const files: Record<string, string> = { "root.md": "" };
		for (let i = 0; i < 300; i++) files[`n${i}.md`] = "up:: [[root]]\n";
		let clock = 0;
		const queue: (() => void)[] = [];
		const h = await startIndex(files, {
			ready: false,
			deps: {
				now: () => clock,
				frontmatterOf: () => {
					clock += 1;
					return undefined;
				},
				schedule: (fn) => queue.push(fn),
			},
		});
		void h.app.layoutReady();
		while (queue.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
		expect(h.index.status.state).toBe("indexing");
		// A change while indexing: queued and applied once the index is ready.
		await h.app.vault.modify(fileAt(h.app, "n5.md"), "# detached\n");
		await h.app.flush();
		const second = h.index.rebuild();
		while (h.index.status.state !== "ready") {
			await new Promise((resolve) => setTimeout(resolve, 0));
			queue.shift()?.();
		}
		await second;
		await h.index.flush();
		expect(h.statuses.filter((s) => s.state === "ready").length).toBe(1);
		expect(h.index.core.graph.childrenOf("root.md").length).toBe(299);
		expect(parentsOf(h.index, "n5.md")).toEqual([]);
	});
});

describe("LiveIndex: unloading", () => {
	it("stops listening when unloaded and leaves no listeners behind", async () => {
		const before = liveCounts().eventRefs;
		const h = await startIndex(VAULT);
		const afterLoad = liveCounts().eventRefs;
		expect(afterLoad).toBeGreaterThan(before);
		h.index.unload();
		// The harness's own two listeners on the index remain; everything the index registered is gone.
		expect(liveCounts().eventRefs).toBe(before + 2);
		await h.app.vault.modify(fileAt(h.app, "a.md"), "");
		await settle(h);
		expect(parentsOf(h.index, "a.md")).toEqual(["b.md"]);
	});
});
