/** @jest-environment jsdom */
import { Component } from "obsidian";
import { VirtualList } from "../../src/tree-view/virtual-list";
import { Platform } from "../obsidian-double";
import { buildHost } from "./host";
import { SMALL_VAULT } from "./vault";
import { openTreeView } from "./view-helpers";

/** Makes the probe of `parent` report `height` px, as a laid-out stylesheet would. */
function probeHeight(parent: HTMLElement, height: number): void {
	const probe = parent.querySelector(".topic-tree-row-probe") as HTMLElement;
	probe.getBoundingClientRect = () => ({ height, width: 0, top: 0, left: 0, right: 0, bottom: height, x: 0, y: 0, toJSON: () => ({}) });
}

function makeList(): { list: VirtualList<string>; host: HTMLElement } {
	const host = document.body.createDiv();
	const list = new VirtualList<string>(host, {
		rowHeight: 28,
		overscan: 0,
		keyOf: (item) => item,
		create: (parent) => parent.createDiv({ cls: "row" }),
		update: (el, item) => el.setText(item),
		schedule: (cb) => cb(),
	});
	Object.defineProperty(list.scrollEl, "clientHeight", { configurable: true, value: 200 });
	const parent = new Component();
	parent.load();
	parent.addChild(list);
	return { list, host };
}

describe("row height follows the stylesheet", () => {
	test("without layout the fallback height is used", () => {
		const { list } = makeList();
		list.setItems(["a", "b", "c"]);
		expect(list.rowHeight).toBe(28);
		expect(list.sizerEl.style.getPropertyValue("--topic-tree-list-height")).toBe("84px");
	});

	test("a measured theme height lays the rows out again, rounded, and keeps the first row in view", () => {
		const { list, host } = makeList();
		list.setItems(Array.from({ length: 100 }, (_, i) => `r${i}`));
		list.scrollEl.scrollTop = 28 * 10;
		probeHeight(host, 35.6);
		expect(list.measureRowHeight()).toBe(true);
		expect(list.rowHeight).toBe(36);
		expect(list.sizerEl.style.getPropertyValue("--topic-tree-list-height")).toBe("3600px");
		expect(list.scrollEl.style.getPropertyValue("--topic-tree-row-height")).toBe("36px");
		expect(list.scrollEl.scrollTop).toBe(360);
		const row = list.elementOf("r10");
		expect(row?.style.getPropertyValue("--topic-tree-row-top")).toBe("360px");
		expect(list.measureRowHeight()).toBe(false);
	});

	test("the tree view is taller for touch on phones and tablets", async () => {
		Platform.isMobile = true;
		try {
			const h = buildHost(SMALL_VAULT);
			const view = await openTreeView(h);
			expect(view.contentEl.hasClass("is-touch")).toBe(true);
			await h.app.dispose();
		} finally {
			Platform.isMobile = false;
		}
		const h = buildHost(SMALL_VAULT);
		const view = await openTreeView(h);
		expect(view.contentEl.hasClass("is-touch")).toBe(false);
		await h.app.dispose();
	});
});
