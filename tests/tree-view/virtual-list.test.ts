/** @jest-environment jsdom */
import { Component } from "obsidian";
import { VirtualList } from "../../src/tree-view/virtual-list";
import { buildHost } from "./host";
import { openTreeView, outline, rowEls, titleOf } from "./view-helpers";

const RH = 20;

interface Item {
	key: string;
	label: string;
}

function items(n: number, prefix = "item"): Item[] {
	return Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}`, label: `${prefix} ${i}` }));
}

/** A list in a loaded parent component, rendering synchronously on request. */
function makeList(height: number): { list: VirtualList<Item>; created: HTMLElement[]; updates: string[]; parent: Component } {
	const host = document.body.createDiv();
	const created: HTMLElement[] = [];
	const updates: string[] = [];
	const list = new VirtualList<Item>(host, {
		rowHeight: RH,
		overscan: 2,
		keyOf: (item) => item.key,
		create: (parent) => {
			const el = parent.createDiv({ cls: "row" });
			created.push(el);
			return el;
		},
		update: (el, item) => {
			el.setText(item.label);
			updates.push(item.key);
		},
		schedule: (cb) => cb(),
	});
	Object.defineProperty(list.scrollEl, "clientHeight", { configurable: true, value: height });
	const parent = new Component();
	parent.load();
	parent.addChild(list);
	return { list, created, updates, parent };
}

function shown(list: VirtualList<Item>): string[] {
	return Array.from(list.sizerEl.children).map((el) => el.textContent ?? "");
}

function scrollTo(list: VirtualList<Item>, top: number): void {
	list.scrollEl.scrollTop = top;
	list.scrollEl.dispatchEvent(new Event("scroll"));
}

describe("VirtualList", () => {
	test("renders only the rows in view plus the overscan, in order, with a full-height sizer", () => {
		const { list } = makeList(100);
		list.setItems(items(1000));
		expect(shown(list)).toEqual(["item 0", "item 1", "item 2", "item 3", "item 4", "item 5", "item 6"]);
		expect(list.sizerEl.style.getPropertyValue("--topic-tree-list-height")).toBe("20000px");
		expect((list.sizerEl.children[3] as HTMLElement).style.getPropertyValue("--topic-tree-row-top")).toBe("60px");
	});

	test("scrolling re-uses elements: a one-row scroll creates nothing and re-fills one row", () => {
		const { list, created, updates } = makeList(100);
		list.setItems(items(1000));
		scrollTo(list, 200);
		const before = created.length;
		const els = Array.from(list.sizerEl.children);
		updates.length = 0;
		scrollTo(list, 220);
		expect(created.length).toBe(before);
		expect(updates).toEqual(["item17"]);
		expect(shown(list)[0]).toBe("item 9");
		// The row that left is the element that came back for the new row.
		expect(new Set(list.sizerEl.children)).toEqual(new Set(els));
	});

	test("scrolling to the end shows the last rows", () => {
		const { list } = makeList(100);
		list.setItems(items(1000));
		scrollTo(list, 1000 * RH - 100);
		expect(shown(list).slice(-3)).toEqual(["item 997", "item 998", "item 999"]);
		expect(list.sizerEl.childElementCount).toBeLessThanOrEqual(5 + 2 + 1);
	});

	test("new items with the same keys keep their elements; the DOM follows the new order", () => {
		const { list } = makeList(100);
		const first = items(10);
		list.setItems(first);
		const el3 = list.elementOf("item3");
		list.setItems([...first].reverse());
		expect(list.elementOf("item3")).toBe(el3);
		expect(shown(list)[0]).toBe("item 9");
	});

	test("scrollToIndex scrolls the least needed, or centres when asked", () => {
		const { list } = makeList(100);
		list.setItems(items(1000));
		list.scrollToIndex(50);
		expect(list.scrollEl.scrollTop).toBe(51 * RH - 100);
		list.scrollToIndex(10);
		expect(list.scrollEl.scrollTop).toBe(10 * RH);
		list.scrollToIndex(500, "center");
		expect(list.scrollEl.scrollTop).toBe(500 * RH - 40);
		list.scrollToIndex(501, "auto");
		expect(list.scrollEl.scrollTop).toBe(500 * RH - 40);
	});

	test("keyFromTarget finds the row of a nested element", () => {
		const { list } = makeList(100);
		list.setItems(items(10));
		const el = list.elementOf("item2") as HTMLElement;
		const inner = el.createSpan();
		expect(list.keyFromTarget(inner)).toBe("item2");
		expect(list.keyFromTarget(list.scrollEl)).toBeNull();
	});

	test("unloading removes its scroll listener", () => {
		const { list, parent, updates } = makeList(100);
		list.setItems(items(1000));
		parent.unload();
		updates.length = 0;
		scrollTo(list, 500);
		expect(updates).toEqual([]);
	});
});

describe("a 100,000-note tree", () => {
	const N = 100_000;
	const name = (i: number): string => `Note ${String(i).padStart(6, "0")}`;

	async function bigTree() {
		const h = buildHost({}, { data: { view: { expanded: ["Hub.md"] } } });
		const notes = [{ path: "Hub.md", text: "" }];
		for (let i = 1; i < N; i++) notes.push({ path: `${name(i)}.md`, text: "up:: [[Hub]]\n" });
		const started = performance.now();
		h.index.core.indexAll(notes);
		const indexMs = performance.now() - started;
		const view = await openTreeView(h);
		Object.defineProperty(view.scrollEl, "clientHeight", { configurable: true, value: 700 });
		h.index.fire(null);
		return { h, view, indexMs };
	}

	test("renders a bounded number of rows, scrolls to the end and filters quickly", async () => {
		const { h, view, indexMs } = await bigTree();
		expect(view.rows).toHaveLength(N);
		expect(rowEls(view).length).toBeLessThan(200);
		expect(view.scrollEl.querySelector(".topic-tree-sizer")?.getAttribute("style")).toContain(`${N * 28}px`);

		view.scrollEl.scrollTop = N * 28 - 700;
		view.scrollEl.dispatchEvent(new Event("scroll"));
		await new Promise((resolve) => setTimeout(resolve, 50));
		const titles = rowEls(view).map(titleOf);
		expect(titles.slice(-2)).toEqual([name(N - 2), name(N - 1)]);
		expect(rowEls(view).length).toBeLessThan(200);

		const input = view.contentEl.querySelector("input[type=search]") as HTMLInputElement;
		/** Types a query and returns how long filtering and rendering took beyond the debounce wait. */
		const typeQuery = async (query: string): Promise<number> => {
			const started = performance.now();
			input.value = query;
			input.dispatchEvent(new Event("input", { bubbles: true }));
			await new Promise((resolve) => setTimeout(resolve, 60));
			return performance.now() - started - 60;
		};
		const firstMs = await typeQuery("note 0999");
		const nextMs = await typeQuery("note 09999");
		const expected = Array.from({ length: N - 1 }, (_, i) => name(i + 1)).filter((t) => t.includes("09999"));
		expect(expected).toHaveLength(11);
		expect(outline(view)).toEqual(["Hub", ...expected.map((t) => `  ${t}`)]);
		expect(view.contentEl.querySelector(".topic-tree-filter-count")?.textContent).toBe("11 matches");
		console.log(`100,000 notes: indexed in ${indexMs.toFixed(0)} ms; first filter ${firstMs.toFixed(0)} ms, next keystroke ${nextMs.toFixed(0)} ms (jsdom)`);
		expect(nextMs).toBeLessThan(1000);
		await h.app.dispose();
	}, 120_000);
});
