/** @jest-environment jsdom */
import fc from "fast-check";
import type { TopicTreeView } from "../../src/tree-view/view";
import { lastMenu, resetMenus } from "../obsidian-double";
import { buildHost, type TestHost } from "./host";
import { SMALL_VAULT } from "./vault";
import { activeMain, focused, openTreeView, outline, press, rowEl, rowEls, selfOf, settle, titleOf } from "./view-helpers";

let h: TestHost;
let view: TopicTreeView;

/** The focused row's title, checking it is the one tabbable row and marked has-focus. */
function current(tree: TopicTreeView = view): string {
	const el = focused() as HTMLElement;
	expect(el.hasClass("topic-tree-row")).toBe(true);
	expect(el.tabIndex).toBe(0);
	expect(selfOf(el).hasClass("has-focus")).toBe(true);
	expect(tree.scrollEl.contains(el)).toBe(true);
	return titleOf(el);
}

/** Exactly one rendered row has tabindex 0. */
function tabbable(tree: TopicTreeView = view): HTMLElement[] {
	return rowEls(tree).filter((el) => el.tabIndex === 0);
}

function key(name: string, init: KeyboardEventInit = {}): KeyboardEvent {
	return press(focused() as Element, name, init);
}

beforeEach(async () => {
	resetMenus();
	h = buildHost(SMALL_VAULT);
	view = await openTreeView(h);
	rowEls(view)[0].focus();
});

afterEach(async () => {
	await h.app.dispose();
});

test("exactly one row is tabbable: the first row before any focus", () => {
	expect(tabbable()).toEqual([rowEls(view)[0]]);
	expect(current()).toBe("Cycle A");
});

test("Down and Up move between rows; the keys are consumed", () => {
	const evt = key("ArrowDown");
	expect(evt.defaultPrevented).toBe(true);
	expect(current()).toBe("Languages");
	key("ArrowDown");
	expect(current()).toBe("Lonely");
	key("ArrowUp");
	expect(current()).toBe("Languages");
	key("ArrowUp");
	key("ArrowUp");
	expect(current()).toBe("Cycle A");
	expect(tabbable()).toHaveLength(1);
});

test("Home and End jump to the first and last rows", () => {
	key("End");
	expect(current()).toBe("Topics");
	key("Home");
	expect(current()).toBe("Cycle A");
});

test("Right expands, then moves to the first child; Left moves to the parent, then collapses", () => {
	key("End");
	key("ArrowRight");
	expect(current()).toBe("Topics");
	expect(rowEl(view, "Topics").getAttribute("aria-expanded")).toBe("true");
	key("ArrowRight");
	expect(current()).toBe("Gardening");
	key("ArrowRight");
	expect(current()).toBe("Gardening");
	key("ArrowLeft");
	expect(current()).toBe("Topics");
	key("ArrowLeft");
	expect(current()).toBe("Topics");
	expect(rowEl(view, "Topics").getAttribute("aria-expanded")).toBe("false");
	expect(outline(view)).toEqual(["Cycle A", "Languages", "Lonely", "Topics"]);
});

test("Left on a collapsed child collapses nothing and moves up to its parent row", () => {
	key("End");
	key("ArrowRight");
	key("ArrowDown");
	key("ArrowDown");
	expect(current()).toBe("Programming");
	key("ArrowRight");
	key("ArrowRight");
	expect(current()).toBe("Go");
	key("ArrowLeft");
	expect(current()).toBe("Programming");
	expect(rowEl(view, "Programming").getAttribute("aria-expanded")).toBe("true");
});

test("Enter opens the focused note in the current tab, Mod+Enter in a new one", async () => {
	key("End");
	key("Enter");
	await settle(h);
	expect(activeMain(h)).toMatchObject({ path: "Topics.md", leafCount: 1 });
	key("ArrowUp");
	key("Enter", { ctrlKey: true });
	await settle(h);
	expect(activeMain(h)).toMatchObject({ path: "Lonely.md", paneType: "tab", leafCount: 2 });
});

test("typing letters jumps to the next row starting with them", () => {
	const now = jest.spyOn(Date, "now");
	try {
		now.mockReturnValue(10_000);
		key("l");
		expect(current()).toBe("Languages");
		now.mockReturnValue(10_100);
		key("o");
		expect(current()).toBe("Lonely");
		now.mockReturnValue(11_000);
		key("t");
		expect(current()).toBe("Topics");
		now.mockReturnValue(12_000);
		key("c");
		expect(current()).toBe("Cycle A");
		now.mockReturnValue(13_000);
		key("l");
		now.mockReturnValue(13_100);
		key("l");
		expect(current()).toBe("Lonely");
		now.mockReturnValue(14_000);
		key("q");
		expect(current()).toBe("Lonely");
	} finally {
		now.mockRestore();
	}
});

test("the context menu key and Shift+F10 open the row menu", () => {
	key("ArrowDown");
	key("ContextMenu");
	expect(lastMenu()?.titles()).toContain("Create note");
	resetMenus();
	key("ArrowDown");
	key("F10", { shiftKey: true });
	expect(lastMenu()?.titles()).toContain("Open in new tab");
	expect(lastMenu()?.isShown).toBe(true);
});

test("* expands every sibling of the focused row", () => {
	key("*");
	expect(outline(view)).toEqual(["Cycle A", "  Cycle B", "Languages", "  Rust", "Lonely", "Topics", "  Gardening", "  Programming"]);
	expect(current()).toBe("Cycle A");
});

test("keys with Ctrl/Alt held and unrelated keys are left to Obsidian", () => {
	expect(key("ArrowDown", { altKey: true }).defaultPrevented).toBe(false);
	expect(key("p", { ctrlKey: true }).defaultPrevented).toBe(false);
	expect(key("Tab").defaultPrevented).toBe(false);
	expect(current()).toBe("Cycle A");
});

test("ArrowDown in the filter box moves into the tree", () => {
	const input = view.contentEl.querySelector("input[type=search]") as HTMLInputElement;
	input.focus();
	press(input, "ArrowDown");
	expect(current()).toBe("Cycle A");
});

test("any key sequence keeps exactly one tabbable row, and it holds focus", async () => {
	const keys = ["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight", "Home", "End", "*", "g", "r"];
	await fc.assert(
		fc.asyncProperty(fc.array(fc.constantFrom(...keys), { maxLength: 25 }), async (sequence) => {
			const tree = buildHost(SMALL_VAULT);
			const v = await openTreeView(tree);
			rowEls(v)[0].focus();
			for (const k of sequence) {
				press(focused() as Element, k);
				const rows = tabbable(v);
				expect(rows).toHaveLength(1);
				expect(rows[0]).toBe(focused());
				const level = Number(rows[0].getAttribute("aria-level"));
				expect(level).toBeGreaterThanOrEqual(1);
			}
			await tree.app.dispose();
		}),
		{ numRuns: 25 },
	);
});

test("focus stays on the logical row while it scrolls out of view and back", async () => {
	const files: Record<string, string> = { "Hub.md": "" };
	for (let i = 0; i < 500; i++) files[`N${String(i).padStart(3, "0")}.md`] = "up:: [[Hub]]";
	const big = buildHost(files, { data: { view: { expanded: ["Hub.md"] } } });
	const tree = await openTreeView(big);
	Object.defineProperty(tree.scrollEl, "clientHeight", { configurable: true, value: 280 });
	rowEls(tree)[0].focus();
	press(focused() as Element, "ArrowDown");
	expect(current(tree)).toBe("N000");
	tree.scrollEl.scrollTop = 400 * 28;
	tree.scrollEl.dispatchEvent(new Event("scroll"));
	await new Promise((resolve) => setTimeout(resolve, 50));
	expect(rowEls(tree).some((el) => titleOf(el) === "N000")).toBe(false);
	expect(focused()).toBe(tree.scrollEl);
	expect(tabbable(tree)).toHaveLength(1);
	tree.scrollEl.scrollTop = 0;
	tree.scrollEl.dispatchEvent(new Event("scroll"));
	await new Promise((resolve) => setTimeout(resolve, 50));
	expect(current(tree)).toBe("N000");
	// Keys pressed while focus is parked on the list still act on the logical row.
	tree.scrollEl.scrollTop = 400 * 28;
	tree.scrollEl.dispatchEvent(new Event("scroll"));
	await new Promise((resolve) => setTimeout(resolve, 50));
	press(tree.scrollEl, "ArrowDown");
	expect(current(tree)).toBe("N001");
	expect(tree.scrollEl.scrollTop).toBeLessThan(28 * 3);
	await big.app.dispose();
});
