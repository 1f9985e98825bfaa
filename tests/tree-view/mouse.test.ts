/** @jest-environment jsdom */
import type * as O from "obsidian";
import { ParentWriter } from "../../src/writes/parent-writer";
import type { TopicTreeView } from "../../src/tree-view/view";
import { clickMenuItem, ItemView, lastMenu, Notice, openModals, resetMenus, type WorkspaceLeaf } from "../obsidian-double";
import { buildHost, type TestHost } from "./host";
import { SMALL_VAULT } from "./vault";
import { activeMain, click, openNote, openTreeView, outline, RecordingWriter, rowEl, selfOf, settle } from "./view-helpers";

let h: TestHost;
let view: TopicTreeView;
let writer: RecordingWriter;

function expandAll(tree: TopicTreeView): void {
	for (const title of ["Topics", "Programming", "Languages"]) {
		rowEl(tree, title).querySelector(".collapse-icon")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
	}
}

function contextMenu(el: HTMLElement): void {
	selfOf(el).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 10, clientY: 20 }));
}

/** A drag event with a recording DataTransfer (jsdom has none). */
function dragEvent(type: string, data: Map<string, string>): Event {
	const evt = new Event(type, { bubbles: true, cancelable: true });
	const transfer = {
		dropEffect: "none",
		effectAllowed: "all",
		setData: (format: string, value: string) => data.set(format, value),
		getData: (format: string) => data.get(format) ?? "",
	};
	Object.defineProperty(evt, "dataTransfer", { value: transfer });
	return evt;
}

beforeEach(async () => {
	resetMenus();
	Notice.messages.length = 0;
	h = buildHost(SMALL_VAULT);
	writer = new RecordingWriter();
	view = await openTreeView(h, writer);
	expandAll(view);
});

afterEach(async () => {
	await h.app.dispose();
});

describe("clicks", () => {
	test("a click opens the note in the current tab", async () => {
		click(rowEl(view, "Go"));
		await settle(h);
		expect(activeMain(h)).toMatchObject({ path: "Go.md", leafCount: 1 });
		click(rowEl(view, "Gardening"));
		await settle(h);
		expect(activeMain(h)).toMatchObject({ path: "Gardening.md", leafCount: 1 });
	});

	test("Mod-click opens a new tab", async () => {
		await openNote(h, "Topics.md");
		click(rowEl(view, "Go"), { ctrlKey: true });
		await settle(h);
		expect(activeMain(h)).toEqual({ path: "Go.md", paneType: "tab", leafCount: 2 });
	});

	test("a middle click opens a new tab", async () => {
		await openNote(h, "Topics.md");
		const down = new MouseEvent("mousedown", { bubbles: true, cancelable: true, button: 1 });
		selfOf(rowEl(view, "Go")).dispatchEvent(down);
		expect(down.defaultPrevented).toBe(true);
		selfOf(rowEl(view, "Go")).dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 }));
		await settle(h);
		expect(activeMain(h)).toEqual({ path: "Go.md", paneType: "tab", leafCount: 2 });
	});

	test("the collapse icon toggles without opening the note", async () => {
		const icon = rowEl(view, "Programming").querySelector(".collapse-icon") as HTMLElement;
		icon.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		await settle(h);
		expect(outline(view)).not.toContain("    Go");
		expect(activeMain(h).path).toBeNull();
	});

	test("clicking a ghost offers to create its note", async () => {
		click(rowEl(view, "Languages"));
		await settle(h);
		const modal = openModals()[0];
		expect(modal?.titleEl.textContent).toBe("Create note?");
		const create = Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Create") as HTMLElement;
		create.click();
		await settle(h);
		expect(h.app.vault.getFileByPath("Languages.md")).not.toBeNull();
		expect(activeMain(h).path).toBe("Languages.md");
	});

	test("hovering a row asks for a page preview", () => {
		const before = h.app.workspace.triggered.filter((t) => t.name === "hover-link").length;
		selfOf(rowEl(view, "Go")).dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true }));
		const hovers = h.app.workspace.triggered.filter((t) => t.name === "hover-link");
		expect(hovers).toHaveLength(before + 1);
		const info = hovers[hovers.length - 1].args[0] as { source: string; linktext: string; hoverParent: unknown; targetEl: HTMLElement; event: MouseEvent };
		expect(info).toMatchObject({ source: "topic-tree", linktext: "Go.md", hoverParent: view });
		expect(info.event.ctrlKey).toBe(true);
		expect(info.targetEl).toBe(selfOf(rowEl(view, "Go")));
		// Moving within the same row does not ask again; a ghost has nothing to preview.
		rowEl(view, "Go").querySelector(".tree-item-inner")?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		selfOf(rowEl(view, "Languages")).dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(h.app.workspace.triggered.filter((t) => t.name === "hover-link")).toHaveLength(before + 1);
	});
});

describe("context menu", () => {
	test("lists the actions for a note row", () => {
		contextMenu(rowEl(view, "Go"));
		expect(lastMenu()?.titles()).toEqual([
			"Open in new tab",
			"Open to the right",
			"Open in new window",
			"Reveal in file explorer",
			"Copy link",
			"Focus tree here",
			"Go to defining line",
			"Set as parent of active note",
			"Remove this parent link",
		]);
		expect(lastMenu()?.shownAt).toEqual({ x: 10, y: 20 });
	});

	test("a root ghost has create note but no parent link items", () => {
		contextMenu(rowEl(view, "Languages"));
		expect(lastMenu()?.titles()).toEqual(["Create note", "Copy link", "Focus tree here", "Set as parent of active note"]);
	});

	test("open in new tab, to the right and in a new window", async () => {
		contextMenu(rowEl(view, "Go"));
		clickMenuItem("Open in new tab");
		await settle(h);
		expect(activeMain(h)).toMatchObject({ path: "Go.md", paneType: "tab" });
		contextMenu(rowEl(view, "Rust"));
		clickMenuItem("Open to the right");
		await settle(h);
		expect(activeMain(h)).toMatchObject({ path: "Rust.md", paneType: "split" });
		contextMenu(rowEl(view, "Topics"));
		clickMenuItem("Open in new window");
		await settle(h);
		expect(activeMain(h)).toMatchObject({ path: "Topics.md", paneType: "window" });
	});

	test("copy link puts a wiki link on the clipboard", async () => {
		const copied: string[] = [];
		Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
		contextMenu(rowEl(view, "Go"));
		clickMenuItem("Copy link");
		await settle(h);
		expect(copied).toEqual(["[[Go]]"]);
		expect(Notice.messages).toContain("Link copied");
	});

	test("focus tree here pins the tree to the row", () => {
		contextMenu(rowEl(view, "Programming"));
		clickMenuItem("Focus tree here");
		expect(h.store.data.view.pinned).toBe("Programming.md");
		expect(outline(view)[0]).toBe("Programming");
	});

	test("go to defining line opens the declaring note at the line", async () => {
		contextMenu(rowEl(view, "Rust", 0));
		expect(outline(view).indexOf("  Rust")).toBeGreaterThan(-1);
		clickMenuItem("Go to defining line");
		await settle(h);
		expect(activeMain(h).path).toBe("Rust.md");
		const editor = (h.app.workspace.activeLeaf?.view as unknown as { editor: O.Editor }).editor;
		expect(editor.getCursor().line).toBe(3);
	});

	test("set as parent of active note writes through the parent writer", async () => {
		await openNote(h, "Go.md");
		contextMenu(rowEl(view, "Gardening"));
		clickMenuItem("Set as parent of active note");
		await settle(h);
		expect(writer.calls).toEqual(["set Go.md -> Gardening.md"]);
	});

	test("set as parent is disabled without an active note and on the active note itself", async () => {
		contextMenu(rowEl(view, "Gardening"));
		const item = (title: string) => lastMenu()?.items.find((i) => "title" in i && i.title === title) as { disabled: boolean };
		expect(item("Set as parent of active note").disabled).toBe(true);
		await openNote(h, "Gardening.md");
		contextMenu(rowEl(view, "Gardening"));
		expect(item("Set as parent of active note").disabled).toBe(true);
		contextMenu(rowEl(view, "Go"));
		expect(item("Set as parent of active note").disabled).toBe(false);
	});

	test("remove this parent link removes the row's own parent", async () => {
		contextMenu(rowEl(view, "Rust", 1));
		clickMenuItem("Remove this parent link");
		await settle(h);
		expect(writer.calls).toEqual(["remove Rust.md -> Programming.md"]);
	});

	test("a write that fails is reported", async () => {
		writer.removeParent = () => Promise.reject(new Error("disk full"));
		contextMenu(rowEl(view, "Rust", 1));
		clickMenuItem("Remove this parent link");
		await settle(h);
		expect(Notice.messages).toContain("The parent link was not removed: disk full");
	});

	test("create note on a ghost creates and opens it", async () => {
		contextMenu(rowEl(view, "Languages"));
		clickMenuItem("Create note");
		await settle(h);
		const create = Array.from(openModals()[0].contentEl.querySelectorAll("button")).find((b) => b.textContent === "Create") as HTMLElement;
		create.click();
		await settle(h);
		expect(h.app.vault.getFileByPath("Languages.md")).not.toBeNull();
	});

	test("reveal in file explorer uses the explorer when it is there", async () => {
		const revealed: string[] = [];
		class Explorer extends ItemView {
			getViewType(): string {
				return "file-explorer";
			}
			getDisplayText(): string {
				return "Files";
			}
			revealInFolder(file: O.TFile): void {
				revealed.push(file.path);
			}
		}
		h.app.viewRegistry.registerView("file-explorer", (leaf) => new Explorer(leaf as unknown as WorkspaceLeaf) as unknown as O.View);
		await h.app.workspace.getLeftLeaf(false).setViewState({ type: "file-explorer" });
		contextMenu(rowEl(view, "Go"));
		clickMenuItem("Reveal in file explorer");
		expect(revealed).toEqual(["Go.md"]);
	});
});

describe("drag and drop", () => {
	test("dragging a row carries its link as text", () => {
		const data = new Map<string, string>();
		rowEl(view, "Go").dispatchEvent(dragEvent("dragstart", data));
		expect(data.get("text/plain")).toBe("[[Go]]");
	});

	test("dropping a row onto another row re-parents it", async () => {
		const data = new Map<string, string>();
		rowEl(view, "Go").dispatchEvent(dragEvent("dragstart", data));
		const over = dragEvent("dragover", data);
		selfOf(rowEl(view, "Gardening")).dispatchEvent(over);
		expect(over.defaultPrevented).toBe(true);
		expect(selfOf(rowEl(view, "Gardening")).hasClass("is-being-dragged-over")).toBe(true);
		selfOf(rowEl(view, "Gardening")).dispatchEvent(dragEvent("drop", data));
		await settle(h);
		expect(writer.calls).toEqual(["move Go.md: Programming.md -> Gardening.md"]);
		expect(selfOf(rowEl(view, "Gardening")).hasClass("is-being-dragged-over")).toBe(false);
	});

	test("a root dropped onto a row gets that row as its parent", async () => {
		const data = new Map<string, string>();
		rowEl(view, "Lonely").dispatchEvent(dragEvent("dragstart", data));
		selfOf(rowEl(view, "Gardening")).dispatchEvent(dragEvent("dragover", data));
		selfOf(rowEl(view, "Gardening")).dispatchEvent(dragEvent("drop", data));
		await settle(h);
		expect(writer.calls).toEqual(["set Lonely.md -> Gardening.md"]);
	});

	test("dropping onto itself, its parent or its own descendant is refused", async () => {
		const data = new Map<string, string>();
		rowEl(view, "Programming").dispatchEvent(dragEvent("dragstart", data));
		for (const [title, n] of [["Programming", 0], ["Topics", 0], ["Go", 0], ["Rust", 1]] as const) {
			const over = dragEvent("dragover", data);
			selfOf(rowEl(view, title, n)).dispatchEvent(over);
			expect(over.defaultPrevented).toBe(false);
			selfOf(rowEl(view, title, n)).dispatchEvent(dragEvent("drop", data));
		}
		await settle(h);
		expect(writer.calls).toEqual([]);
	});

	test("dragend clears the drop highlight", () => {
		const data = new Map<string, string>();
		rowEl(view, "Go").dispatchEvent(dragEvent("dragstart", data));
		selfOf(rowEl(view, "Gardening")).dispatchEvent(dragEvent("dragover", data));
		rowEl(view, "Go").dispatchEvent(dragEvent("dragend", data));
		expect(selfOf(rowEl(view, "Gardening")).hasClass("is-being-dragged-over")).toBe(false);
	});
});

test("set as parent of active note changes the note's text (real ParentWriter)", async () => {
	const real = buildHost(SMALL_VAULT);
	const tree = await openTreeView(real, new ParentWriter(real.host));
	await openNote(real, "Lonely.md");
	contextMenu(rowEl(tree, "Topics"));
	clickMenuItem("Set as parent of active note");
	await settle(real);
	expect(real.app.vault.textOf("Lonely.md")).toBe("No relations here.\nup:: [[Topics]]\n");
	await real.app.dispose();
});

test("dropping a row re-parents the note on disk (real ParentWriter)", async () => {
	const real = buildHost(SMALL_VAULT);
	const tree = await openTreeView(real, new ParentWriter(real.host));
	expandAll(tree);
	const data = new Map<string, string>();
	rowEl(tree, "Go").dispatchEvent(dragEvent("dragstart", data));
	selfOf(rowEl(tree, "Gardening")).dispatchEvent(dragEvent("dragover", data));
	selfOf(rowEl(tree, "Gardening")).dispatchEvent(dragEvent("drop", data));
	await settle(real);
	expect(real.app.vault.textOf("Go.md")).toBe("up:: [[Gardening]]\nrelated:: [[Rust]]\n");
	await real.app.dispose();
});
