/** @jest-environment jsdom */
import type * as O from "obsidian";
import { RelatedNotesView } from "../../src/related/related-view";
import { clampHeight, MIN_RELATED_HEIGHT, RESIZE_STEP } from "../../src/related/resize-handle";
import type { TopicTreeView } from "../../src/tree-view/view";
import type { View } from "../obsidian-double";
import { buildHost, type TestHost } from "../tree-view/host";
import { SMALL_VAULT } from "../tree-view/vault";
import { openNote, openTreeView, settle } from "../tree-view/view-helpers";

let h: TestHost;

afterEach(async () => {
	await h.app.dispose();
});

function handleOf(view: TopicTreeView): HTMLElement {
	return view.contentEl.querySelector(".topic-tree-related-handle") as HTMLElement;
}

function press(el: HTMLElement, key: string): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

describe("the related-notes section under the tree", () => {
	test("its drag handle changes the height, remembered in the view state; double-click goes back to the default", async () => {
		h = buildHost(SMALL_VAULT, { data: { view: { relatedHeight: 200 } } });
		const view = await openTreeView(h);
		const section = view.contentEl.querySelector(".topic-tree-related") as HTMLElement;
		const handle = handleOf(view);
		expect(handle.getAttribute("role")).toBe("separator");
		expect(section.hasClass("has-height")).toBe(true);
		expect(section.style.getPropertyValue("--topic-tree-related-height")).toBe("200px");
		press(handle, "ArrowUp");
		expect(h.store.data.view.relatedHeight).toBe(200 + RESIZE_STEP);
		press(handle, "ArrowDown");
		press(handle, "ArrowDown");
		expect(h.store.data.view.relatedHeight).toBe(200 - RESIZE_STEP);
		handle.dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
		expect(h.store.data.view.relatedHeight).toBeNull();
		expect(section.hasClass("has-height")).toBe(false);
	});

	test("dragging the handle up makes the section taller", async () => {
		h = buildHost(SMALL_VAULT, { data: { view: { relatedHeight: 150 } } });
		const view = await openTreeView(h);
		const handle = handleOf(view);
		handle.dispatchEvent(new MouseEvent("pointerdown", { bubbles: true, button: 0, clientY: 500 }));
		document.dispatchEvent(new MouseEvent("pointermove", { bubbles: true, clientY: 440 }));
		document.dispatchEvent(new MouseEvent("pointerup", { bubbles: true, clientY: 440 }));
		expect(h.store.data.view.relatedHeight).toBe(210);
	});

	test("heights stay within bounds: never below the minimum, never over the tree", () => {
		expect(clampHeight(10, 600)).toBe(MIN_RELATED_HEIGHT);
		expect(clampHeight(5000, 600)).toBe(520);
		expect(clampHeight(300.4, 0)).toBe(300);
	});

	test("while a filter is on the view says so, and the stylesheet shrinks the section", async () => {
		h = buildHost(SMALL_VAULT);
		const view = await openTreeView(h);
		const input = view.contentEl.querySelector("input[type=search]") as HTMLInputElement;
		input.value = "go";
		input.dispatchEvent(new Event("input", { bubbles: true }));
		await new Promise((resolve) => setTimeout(resolve, 80));
		expect(view.contentEl.hasClass("is-filtering")).toBe(true);
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
		expect(view.contentEl.hasClass("is-filtering")).toBe(false);
	});
});

describe("Open related notes: a view of its own", () => {
	test("follows the active note, always open, without the collapsible header or a handle", async () => {
		h = buildHost(SMALL_VAULT, { data: { view: { relatedOpen: false } } });
		const leaf = h.app.workspace.getRightLeaf(false);
		const view = new RelatedNotesView(leaf as unknown as O.WorkspaceLeaf, h.host);
		await leaf.open(view as unknown as View);
		expect(view.getDisplayText()).toBe("Related notes");
		await openNote(h, "Go.md");
		await settle(h);
		const text = view.contentEl.textContent ?? "";
		expect(text).toContain("Programming");
		expect(text).toContain("Rust");
		expect(view.contentEl.querySelector(".topic-tree-related-header")?.classList.contains("topic-tree-hidden")).toBe(true);
		expect(view.contentEl.querySelector(".topic-tree-related-handle")).toBeNull();
		await openNote(h, "Topics.md");
		await settle(h);
		expect(view.contentEl.textContent).toContain("Gardening");
	});
});
