/** @jest-environment jsdom */
import type * as O from "obsidian";
import { CompareNotesModal, childNoteIds, notesForComparison, openCompareNotes } from "../../src/comparison/compare-notes";
import { ComparisonFeature } from "../../src/comparison/feature";
import type { TopicTreeView } from "../../src/tree-view/view";
import { clickMenuItem, lastMenu, loadPlugin, Notice, openModals, resetMenus } from "../obsidian-double";
import { buildHost, type TestHost } from "../tree-view/host";
import { activeMain, click, openTreeView, outline, press, rowEl, rowEls, selfOf, settle } from "../tree-view/view-helpers";
import { BarePlugin } from "./integration-harness";

/** Topics ─ Programming ─ Go, Rust (also under the ghost Languages); Topics ─ Gardening (titled "Garden care"). */
const VAULT = {
	"Topics.md": "# Topics\n",
	"Programming.md": "---\nstatus: active\n---\nup:: [[Topics]]\n",
	"Gardening.md": "---\ntitle: Garden care\nstatus: dormant\n---\nup:: [[Topics]]\n",
	"Go.md": "---\nspeed: fast\nreleased: 2009-11-10\ngc: true\ntags: [lang, google]\n---\nup:: [[Programming]]\n",
	"Rust.md": "---\nSpeed: faster\nowner:\n  name: Mozilla\n---\nup:: [[Programming]]\nup:: [[Languages]]\nA #systems language.\n",
};

let h: TestHost;
let view: TopicTreeView;

function expand(tree: TopicTreeView, ...titles: string[]): void {
	for (const title of titles) rowEl(tree, title).querySelector(".collapse-icon")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
}

function selectedTitles(tree: TopicTreeView): string[] {
	return rowEls(tree)
		.filter((el) => selfOf(el).classList.contains("is-selected"))
		.map((el) => el.querySelector(".tree-item-inner")?.textContent ?? "");
}

function contextMenu(el: HTMLElement): void {
	selfOf(el).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 10, clientY: 20 }));
}

function openModal(): CompareNotesModal {
	const modal: unknown = openModals().find((m: unknown) => m instanceof CompareNotesModal);
	if (!(modal instanceof CompareNotesModal)) throw new Error("no compare notes modal");
	return modal;
}

/** The panel's table view as rows of text: criterion, then one value per item. */
function grid(modal: CompareNotesModal): string[][] {
	const table = modal.contentEl.querySelector(".topic-tree-panel-table") as HTMLTableElement;
	const head = Array.from(table.tHead?.rows[0].cells ?? [], (c) => c.textContent?.trim() ?? "");
	const body = Array.from(table.tBodies[0].rows, (r) => Array.from(r.cells, (c) => c.textContent?.trim() ?? ""));
	return [head, ...body];
}

beforeEach(async () => {
	resetMenus();
	Notice.messages.length = 0;
	h = buildHost(VAULT);
	view = await openTreeView(h);
	expand(view, "Languages", "Topics", "Programming");
});

afterEach(async () => {
	for (const modal of [...openModals()]) modal.close();
	await h.app.dispose();
	document.body.empty();
});

describe("selecting notes in the tree", () => {
	test("the vault shows as expected", () => {
		expect(outline(view)).toEqual(["Languages", "  Rust", "Topics", "  Garden care", "  Programming", "    Go", "    Rust"]);
	});

	test("Shift-click selects the range from the last clicked row, without opening anything", async () => {
		click(rowEl(view, "Garden care"));
		await settle(h);
		click(rowEl(view, "Go"), { shiftKey: true });
		await settle(h);
		expect(selectedTitles(view)).toEqual(["Garden care", "Programming", "Go"]);
		expect(view.selectedIds()).toEqual(["Gardening.md", "Programming.md", "Go.md"]);
		expect(activeMain(h).path).toBe("Gardening.md");
		// A second Shift-click moves the end of the range, not its start.
		click(rowEl(view, "Programming"), { shiftKey: true });
		expect(selectedTitles(view)).toEqual(["Garden care", "Programming"]);
	});

	test("Alt-click toggles one row; the same note under two parents counts once; ghosts are not notes", () => {
		click(rowEl(view, "Go"), { altKey: true });
		click(rowEl(view, "Rust", 1), { altKey: true });
		click(rowEl(view, "Rust", 0), { altKey: true });
		click(rowEl(view, "Languages"), { altKey: true });
		expect(selectedTitles(view)).toEqual(["Languages", "Rust", "Go", "Rust"]);
		expect(view.selectedIds()).toEqual(["Go.md", "Rust.md"]);
		click(rowEl(view, "Go"), { altKey: true });
		expect(view.selectedIds()).toEqual(["Rust.md"]);
	});

	test("Escape clears the selection, and so does a plain click", async () => {
		click(rowEl(view, "Go"), { altKey: true });
		click(rowEl(view, "Garden care"), { altKey: true });
		press(rowEl(view, "Go"), "Escape");
		expect(selectedTitles(view)).toEqual([]);
		click(rowEl(view, "Go"), { altKey: true });
		click(rowEl(view, "Garden care"));
		await settle(h);
		expect(selectedTitles(view)).toEqual([]);
		expect(activeMain(h).path).toBe("Gardening.md");
	});

	test("Mod-click still opens a new tab rather than selecting", async () => {
		click(rowEl(view, "Go"), { ctrlKey: true, shiftKey: false });
		await settle(h);
		expect(selectedTitles(view)).toEqual([]);
		expect(activeMain(h)).toMatchObject({ path: "Go.md", paneType: "tab" });
	});
});

describe("compare notes", () => {
	test("the context menu compares the selected notes: front matter keys, then parents and children", () => {
		click(rowEl(view, "Go"), { altKey: true });
		click(rowEl(view, "Rust", 1), { altKey: true });
		contextMenu(rowEl(view, "Go"));
		expect(lastMenu()?.titles()).toContain("Compare selected notes");
		clickMenuItem("Compare selected notes");
		const modal = openModal();
		expect(modal.titleEl.textContent).toBe("Compare notes");
		expect(grid(modal)).toEqual([
			["", "Go", "Rust"],
			["speed", "fast", "faster"],
			["released", "2009-11-10", ""],
			["gc", "true", ""],
			["tags", "lang, google", "systems"],
			["owner", "", '{"name":"Mozilla"}'],
			["Parents", "Programming", "Programming, Languages"],
			["Children", "0", "0"],
		]);
	});

	test("Compare children of a topic, in the tree's order; not offered with fewer than two note children", () => {
		contextMenu(rowEl(view, "Topics"));
		expect(lastMenu()?.titles()).not.toContain("Compare selected notes");
		clickMenuItem("Compare children");
		const modal = openModal();
		expect(modal.titleEl.textContent).toBe("Children of Topics");
		// The title is not the file name: the item still links to its note.
		expect(modal.contentEl.querySelector("thead a.internal-link")?.getAttribute("data-href")).toBe("Gardening");
		expect(grid(modal)).toEqual([
			["", "Garden care", "Programming"],
			["title", "Garden care", ""],
			["status", "dormant", "active"],
			["Parents", "Topics", "Topics"],
			["Children", "0 lowest", "2 highest"],
		]);
		modal.close();
		contextMenu(rowEl(view, "Languages"));
		expect(lastMenu()?.titles()).not.toContain("Compare children");
	});

	test("items link to their notes with hover previews; closing the modal unloads the panel", () => {
		const modal = openCompareNotes(h.host, ["Go.md", "Rust.md"]);
		if (!modal) throw new Error("no modal");
		const link = modal.contentEl.querySelector<HTMLElement>("a.internal-link");
		expect(link?.getAttribute("data-href")).toBe("Go");
		link?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		const hover = h.app.workspace.triggered.filter((t) => t.name === "hover-link").map((t) => t.args[0]);
		expect(hover).toEqual([expect.objectContaining({ source: "topic-tree", linktext: "Go" })]);
		const panel = modal.current as unknown as { loaded: boolean };
		expect(panel.loaded).toBe(true);
		modal.close();
		expect(panel.loaded).toBe(false);
		expect(modal.contentEl.childElementCount).toBe(0);
	});

	test("fewer than two notes gives a notice, not a modal", () => {
		expect(openCompareNotes(h.host, ["Go.md", "ghost:languages", "missing.md"])).toBeNull();
		expect(Notice.messages).toEqual(["Select at least two notes to compare."]);
		expect(openModals()).toHaveLength(0);
	});

	test("notesForComparison and childNoteIds read the graph and the metadata cache", () => {
		expect(childNoteIds(h.host, "Programming.md")).toEqual(["Go.md", "Rust.md"]);
		expect(childNoteIds(h.host, "ghost:languages")).toEqual(["Rust.md"]);
		const [rust] = notesForComparison(h.host, ["Rust.md", "Rust.md"]);
		expect(rust).toEqual({ path: "Rust.md", title: "Rust", frontmatter: { Speed: "faster", owner: { name: "Mozilla" }, tags: ["systems"] }, parents: ["Programming", "Languages"], children: 0 });
	});

	test("the command compares the tree's selection and is offered only with two or more notes selected", async () => {
		const plugin = await loadPlugin(h.app, BarePlugin as unknown as new (app: O.App, manifest: O.PluginManifest) => O.Plugin);
		plugin.addChild(new ComparisonFeature(plugin, h.host));
		const run = () => h.app.commands.executeCommandById("test-plugin:compare-selected");
		expect(run()).toBe(false);
		click(rowEl(view, "Go"), { altKey: true });
		expect(run()).toBe(false);
		click(rowEl(view, "Garden care"), { altKey: true });
		expect(run()).toBe(true);
		expect(grid(openModal())[0]).toEqual(["", "Go", "Garden care"]);
		expect(h.app.commands.findCommand("test-plugin:compare-selected")?.name).toBe("Test plugin: Compare selected notes");
	});
});
