/** @jest-environment jsdom */
import { ItemView, type WorkspaceLeaf } from "obsidian";
import { MarkdownView, createApp } from "./index";
import type { App, TFile } from "./index";

const TYPE = "outline-test";

class OutlineView extends ItemView {
	opened = 0;
	closed = 0;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
	}
	getViewType(): string {
		return TYPE;
	}
	getDisplayText(): string {
		return "Outline";
	}
	async onOpen(): Promise<void> {
		this.opened++;
		this.contentEl.createDiv({ cls: "outline-root", text: "ready" });
	}
	async onClose(): Promise<void> {
		this.closed++;
	}
}

function fileOf(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(path);
	return file;
}

describe("Workspace double", () => {
	let app: App;
	beforeEach(() => {
		app = createApp({ "a.md": "# A\n\nline 2\n## Part\ntext", "b.md": "B" });
		app.viewRegistry.registerView(TYPE, (leaf) => new OutlineView(leaf));
	});
	afterEach(() => app.dispose());

	test("setViewState opens a registered view with header and content elements; detach closes it", async () => {
		const leaf = app.workspace.getRightLeaf(false);
		await leaf.setViewState({ type: TYPE, active: true });
		const view = leaf.view as unknown as OutlineView;
		expect(view).toBeInstanceOf(OutlineView);
		expect(view.opened).toBe(1);
		expect(view.containerEl.children[0].classList.contains("view-header")).toBe(true);
		expect(view.contentEl).toBe(view.containerEl.children[1]);
		expect(view.contentEl.classList.contains("view-content")).toBe(true);
		expect(document.querySelector(".mod-right-split .outline-root")?.textContent).toBe("ready");
		expect(app.workspace.getLeavesOfType(TYPE)).toEqual([leaf]);
		expect(leaf.getViewState()).toMatchObject({ type: TYPE, active: true });
		leaf.detach();
		await app.flush();
		expect(view.closed).toBe(1);
		expect(app.workspace.getLeavesOfType(TYPE)).toEqual([]);
		expect(document.querySelector(".outline-root")).toBeNull();
	});

	test("addAction puts a clickable icon in the view header", async () => {
		const leaf = app.workspace.getRightLeaf(false);
		await leaf.setViewState({ type: TYPE });
		let clicks = 0;
		const action = (leaf.view as unknown as OutlineView).addAction("refresh-cw", "Refresh", () => clicks++);
		expect(action.matches(".view-header .view-actions .clickable-icon.view-action")).toBe(true);
		expect(action.getAttribute("aria-label")).toBe("Refresh");
		action.click();
		expect(clicks).toBe(1);
	});

	test("opening a file fires active-leaf-change then file-open; getActiveFile follows", async () => {
		const events: string[] = [];
		app.workspace.on("active-leaf-change", (leaf) => events.push(`leaf ${leaf?.view.getViewType() ?? "none"}`));
		app.workspace.on("file-open", (file) => events.push(`open ${file?.path ?? "null"}`));
		await app.workspace.getLeaf(false).openFile(fileOf(app, "a.md"));
		await app.workspace.getLeaf(false).openFile(fileOf(app, "b.md"));
		expect(events).toEqual(["leaf markdown", "open a.md", "open b.md"]);
		expect(app.workspace.getActiveFile()?.path).toBe("b.md");
		expect(app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe("b.md");
		const side = app.workspace.getRightLeaf(false);
		await side.setViewState({ type: TYPE, active: true });
		expect(app.workspace.getActiveFile()?.path).toBe("b.md");
		expect(app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
	});

	test("getLeaf(false) reuses the active main leaf; getLeaf('tab') makes a new one", async () => {
		const first = app.workspace.getLeaf(false);
		await first.openFile(fileOf(app, "a.md"));
		expect(app.workspace.getLeaf(false)).toBe(first);
		const tab = app.workspace.getLeaf("tab");
		expect(tab).not.toBe(first);
		expect(tab.paneType).toBe("tab");
	});

	test("openLinkText resolves the link, opens it and moves to the heading", async () => {
		await app.workspace.openLinkText("a#Part", "b.md", false);
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.file?.path).toBe("a.md");
		expect(view?.editor.getCursor().line).toBe(3);
		expect(app.workspace.openedLinks.map((l) => [l.linktext, l.file?.path])).toEqual([["a#Part", "a.md"]]);
		await app.workspace.openLinkText("New note", "b.md");
		expect(app.vault.getFileByPath("New note.md")).not.toBeNull();
	});

	test("editor edits are saved to the vault; external changes reach a clean editor", async () => {
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(fileOf(app, "b.md"));
		const view = leaf.view as unknown as MarkdownView;
		const changes: string[] = [];
		app.workspace.on("editor-change", (editor) => changes.push(editor.getValue()));
		view.editor.replaceRange("!", { line: 0, ch: 1 });
		expect(changes).toEqual(["B!"]);
		await app.flush();
		expect(await app.vault.read(fileOf(app, "b.md"))).toBe("B!");
		await app.vault.modify(fileOf(app, "b.md"), "from disk");
		expect(view.editor.getValue()).toBe("from disk");
	});

	test("onLayoutReady waits for app.layoutReady(), which also fires metadata resolved", async () => {
		const log: string[] = [];
		app.workspace.onLayoutReady(() => log.push("ready"));
		app.metadataCache.on("resolved", () => log.push("resolved"));
		expect(log).toEqual([]);
		await app.layoutReady();
		app.workspace.onLayoutReady(() => log.push("late"));
		expect(log).toEqual(["ready", "resolved", "late"]);
	});

	test("records triggers such as hover-link", () => {
		const targetEl = createDiv();
		app.workspace.trigger("hover-link", { event: new MouseEvent("mouseover"), source: "topic-tree", hoverParent: {}, targetEl, linktext: "a", sourcePath: "" });
		expect(app.workspace.triggered.filter((t) => t.name === "hover-link").map((t) => (t.args[0] as { linktext: string }).linktext)).toEqual(["a"]);
	});
});
