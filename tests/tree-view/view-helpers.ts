/**
 * Helpers for tree view tests: open the view in a right-sidebar leaf of the double, read its
 * rows as a user sees them, fire mouse and keyboard events, record parent writes.
 */
import type * as O from "obsidian";
import type { ParentWrites } from "../../src/tree-view/actions";
import { TopicTreeView } from "../../src/tree-view/view";
import type { View } from "../obsidian-double";
import type { TestHost } from "./host";

/** Opens a tree view in a new right-sidebar leaf. */
export async function openTreeView(h: TestHost, writer: ParentWrites | null = null): Promise<TopicTreeView> {
	const leaf = h.app.workspace.getRightLeaf(false);
	const view = new TopicTreeView(leaf as unknown as O.WorkspaceLeaf, h.host, writer);
	await leaf.open(view as unknown as View);
	return view;
}

/** The row elements in the DOM, in order. */
export function rowEls(view: TopicTreeView): HTMLElement[] {
	return Array.from(view.scrollEl.querySelectorAll<HTMLElement>(".topic-tree-row"));
}

/** The title text of a row element. */
export function titleOf(el: HTMLElement): string {
	return el.querySelector(".tree-item-inner")?.textContent ?? "";
}

/** Titles of the rendered rows, indented by two spaces per level ("Topics", "  Programming"). */
export function outline(view: TopicTreeView): string[] {
	return rowEls(view).map((el) => "  ".repeat(Number(el.getAttribute("aria-level")) - 1) + titleOf(el));
}

/** The rendered row titled `title` (the `n`-th of several); throws when absent. */
export function rowEl(view: TopicTreeView, title: string, n = 0): HTMLElement {
	const found = rowEls(view).filter((el) => titleOf(el) === title);
	const el = found[n];
	if (!el) throw new Error(`No row "${title}" (#${n}); rows: ${outline(view).join(" | ")}`);
	return el;
}

/** The clickable `tree-item-self` of a row. */
export function selfOf(el: HTMLElement): HTMLElement {
	return el.querySelector(".tree-item-self") as HTMLElement;
}

/** Clicks a row's title (with modifiers). */
export function click(el: HTMLElement, init: MouseEventInit = {}): void {
	(el.querySelector(".tree-item-inner") ?? el).dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ...init }));
}

/** Presses a key on the element (bubbling keydown). */
export function press(el: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
	const evt = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
	el.dispatchEvent(evt);
	return evt;
}

/** The element holding DOM focus. */
export function focused(): Element | null {
	return document.activeElement;
}

/** Opens a note in the main area as a user would, firing `file-open`. */
export async function openNote(h: TestHost, path: string): Promise<void> {
	const file = h.app.vault.getFileByPath(path);
	if (!file) throw new Error(`No file ${path}`);
	await h.app.workspace.getLeaf(false).openFile(file);
}

/** The file shown in the active main leaf, and how that leaf was asked for. */
export function activeMain(h: TestHost): { path: string | null; paneType: unknown; leafCount: number } {
	const leaf = h.app.workspace.activeLeaf;
	const view = leaf?.view as unknown as { file?: { path: string } | null } | undefined;
	return { path: view?.file?.path ?? null, paneType: leaf?.paneType, leafCount: h.app.workspace.rootSplit.children.length };
}

/** A `ParentWrites` that records calls instead of writing. */
export class RecordingWriter implements ParentWrites {
	readonly calls: string[] = [];
	/** What each call resolves to. */
	result = true;

	async setParent(childPath: string, parentId: string): Promise<boolean> {
		this.calls.push(`set ${childPath} -> ${parentId}`);
		return this.result;
	}

	async removeParent(childPath: string, parentId: string): Promise<boolean> {
		this.calls.push(`remove ${childPath} -> ${parentId}`);
		return this.result;
	}

	async reparent(childPath: string, fromParentId: string, toParentId: string): Promise<boolean> {
		this.calls.push(`move ${childPath}: ${fromParentId} -> ${toParentId}`);
		return this.result;
	}
}

/** Waits for pending promises and the double's scheduled events. */
export async function settle(h: TestHost): Promise<void> {
	for (let i = 0; i < 3; i++) {
		await h.app.flush();
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
}

/** The tree view's filter box. */
export function filterInput(view: TopicTreeView): HTMLInputElement {
	return view.contentEl.querySelector("input[type=search]") as HTMLInputElement;
}

/** Types `text` into the filter box and waits past its debounce. */
export async function typeFilter(view: TopicTreeView, text: string): Promise<void> {
	const input = filterInput(view);
	input.value = text;
	input.dispatchEvent(new Event("input", { bubbles: true }));
	await new Promise((resolve) => setTimeout(resolve, 80));
}
