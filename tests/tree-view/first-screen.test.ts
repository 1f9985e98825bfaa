/** @jest-environment jsdom */
import { buildHost, type TestHost } from "./host";
import { click, filterInput, openNote, openTreeView, outline, rowEl, rowEls, settle, typeFilter } from "./view-helpers";
import type { TopicTreeView } from "../../src/tree-view/view";
import { migrateData } from "../../src/settings/settings";

/**
 * Hub ─ Course A ─ Security (A/Security.md), Course A ─ Security (A/Lecture 9.md, titled Security);
 * Course B/README, Course C/README under Hub; Loose 1…3 link to nothing.
 */
const VAULT = {
	"Hub.md": "# Hub\n",
	"Course A.md": "up:: [[Hub]]\n",
	"A/Security.md": "up:: [[Course A]]\n",
	"A/Lecture 9.md": "---\ntitle: Security\n---\nup:: [[Course A]]\n",
	"Course B/README.md": "up:: [[Hub]]\n",
	"Course C/README.md": "up:: [[Hub]]\n",
	"2024-01-05 kafka notes.md": "---\ntitle: Kafka\n---\nup:: [[Hub]]\n",
	"Loose 1.md": "nothing\n",
	"Loose 2.md": "nothing\n",
	"Loose 3.md": "nothing\n",
};

function toggle(view: TopicTreeView, title: string, n = 0): void {
	(rowEl(view, title, n).querySelector(".collapse-icon") as HTMLElement).dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
}

/** The row's hover tooltip. */
function tooltip(el: HTMLElement): string {
	return el.querySelector(".tree-item-self")?.getAttribute("title") ?? "";
}

function muted(el: HTMLElement): string | null {
	const m = el.querySelector<HTMLElement>(".topic-tree-row-muted");
	return m === null || m.hasClass("topic-tree-hidden") ? null : m.textContent;
}

async function open(settings: Record<string, unknown> = {}): Promise<{ h: TestHost; view: TopicTreeView }> {
	const h = buildHost(VAULT, { data: { settings: { unlinkedNotes: "group", ...settings } } });
	const view = await openTreeView(h);
	return { h, view };
}

describe("the first screen", () => {
	test("unlinked notes are gathered in a collapsed group at the end; clicking it opens it", async () => {
		const { view } = await open();
		expect(outline(view)).toEqual(["Hub", "Unlinked notes (3)"]);
		const group = rowEl(view, "Unlinked notes (3)");
		expect(group.getAttribute("aria-expanded")).toBe("false");
		expect(tooltip(group)).toBe("Notes with no parent and no child");
		click(group);
		expect(outline(view)).toEqual(["Hub", "Unlinked notes (3)", "  Loose 1", "  Loose 2", "  Loose 3"]);
	});

	test("the group stays as it was left across a reload", async () => {
		const { h, view } = await open();
		click(rowEl(view, "Unlinked notes (3)"));
		const saved = migrateData(JSON.parse(JSON.stringify(h.store.data)));
		expect(saved.view.unlinkedOpen).toBe(true);
		const reloaded = buildHost(VAULT, { data: saved });
		const again = await openTreeView(reloaded);
		expect(outline(again)).toEqual(["Hub", "Unlinked notes (3)", "  Loose 1", "  Loose 2", "  Loose 3"]);
		click(rowEl(again, "Unlinked notes (3)"));
		expect(reloaded.store.data.view.unlinkedOpen).toBe(false);
		const closed = await openTreeView(buildHost(VAULT, { data: migrateData(JSON.parse(JSON.stringify(reloaded.store.data))) }));
		expect(outline(closed)).toEqual(["Hub", "Unlinked notes (3)"]);
	});

	test("hidden leaves them out but the filter finds them; among roots lists them with the others", async () => {
		const { h, view } = await open({ unlinkedNotes: "hidden" });
		expect(outline(view)).toEqual(["Hub"]);
		await typeFilter(view, "loose 2");
		expect(outline(view)).toEqual(["Loose 2"]);
		h.store.updateSettings({ unlinkedNotes: "roots" });
		await typeFilter(view, "");
		expect(outline(view)).toEqual(["Hub", "Loose 1", "Loose 2", "Loose 3"]);
	});

	test("opening an unlinked note reveals it inside the group", async () => {
		const { h, view } = await open();
		await openNote(h, "Loose 2.md");
		await settle(h);
		expect(outline(view)).toContain("  Loose 2");
		expect(rowEl(view, "Loose 2").querySelector(".tree-item-self")?.classList.contains("is-active")).toBe(true);
	});

	test("a pinned root opens expanded one level", async () => {
		const { view } = await open();
		view.pin("Course A.md");
		expect(outline(view)).toEqual(["Course A", "  Security", "  Security"]);
	});
});

describe("names people recognise", () => {
	test("rows sharing a title show what tells them apart, muted; every row has its path as tooltip", async () => {
		const { view } = await open();
		toggle(view, "Hub");
		toggle(view, "Course A");
		expect(muted(rowEl(view, "README", 0))).toBe("Course B");
		expect(muted(rowEl(view, "README", 1))).toBe("Course C");
		expect(muted(rowEl(view, "Security", 0))).not.toBe(muted(rowEl(view, "Security", 1)));
		expect([muted(rowEl(view, "Security", 0)), muted(rowEl(view, "Security", 1))].sort()).toEqual(["Lecture 9", "Security"]);
		expect(muted(rowEl(view, "Course A"))).toBeNull();
		expect(tooltip(rowEl(view, "README", 1))).toBe("Course C/README.md");
		expect(rowEls(view).every((el) => tooltip(el) !== "")).toBe(true);
		// The accessible name stays the visible text: the tooltip is no aria-label.
		expect(rowEl(view, "README").hasAttribute("aria-label")).toBe(false);
	});

	test("row label: file name, or title and file name", async () => {
		const { h, view } = await open({ rowLabel: "filename" });
		toggle(view, "Hub");
		expect(outline(view)).toContain("  2024-01-05 kafka notes");
		h.store.updateSettings({ rowLabel: "both" });
		expect(outline(view)).toContain("  Kafka");
		expect(muted(rowEl(view, "Kafka"))).toBe("2024-01-05 kafka notes");
	});

	test("the open note's row shows its file name when its title differs", async () => {
		const { h, view } = await open();
		toggle(view, "Hub");
		expect(muted(rowEl(view, "Kafka"))).toBeNull();
		await openNote(h, "2024-01-05 kafka notes.md");
		await settle(h);
		expect(muted(rowEl(view, "Kafka"))).toBe("2024-01-05 kafka notes");
	});
});

describe("keeping the user's place", () => {
	test("clearing the filter with Escape after opening a result keeps that note revealed, selected and in view", async () => {
		const { h, view } = await open();
		await typeFilter(view, "kafka");
		click(rowEl(view, "Kafka"));
		await settle(h);
		filterInput(view).dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
		expect(filterInput(view).value).toBe("");
		expect(outline(view)).toContain("  Kafka");
		const row = rowEl(view, "Kafka");
		expect(row.querySelector(".tree-item-self")?.classList.contains("is-active")).toBe(true);
		expect(row.getAttribute("aria-selected")).toBe("true");
		expect(h.store.data.view.expanded.length).toBeGreaterThan(0);
	});

	test("the clear button (emptying the box) does the same", async () => {
		const { h, view } = await open();
		await typeFilter(view, "loose 3");
		click(rowEl(view, "Loose 3"));
		await settle(h);
		await typeFilter(view, "");
		expect(outline(view)).toEqual(["Hub", "Unlinked notes (3)", "  Loose 1", "  Loose 2", "  Loose 3"]);
		expect(rowEl(view, "Loose 3").querySelector(".tree-item-self")?.classList.contains("is-active")).toBe(true);
	});
});
