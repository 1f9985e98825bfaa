/** @jest-environment jsdom */
/**
 * Bad input in the tree view: every hostile note gets a row with the right title and badge, HTML
 * in titles and ghost names shows as text and never becomes elements, emoji and right-to-left
 * names show and open, and 1,000 parents keep the DOM bounded.
 */
import { saveExpanded, type SavedStep } from "../../src/core/tree";
import type { TopicTreeView } from "../../src/tree-view/view";
import { ParentWriter } from "../../src/writes/parent-writer";
import { clickMenuItem, Notice, resetMenus } from "../obsidian-double";
import { expectInert, hostileFiles, IMG_PAYLOAD, manyParents } from "../helpers/hostile-vault";
import { buildHost, type TestHost } from "./host";
import { activeMain, click, openNote, openTreeView, outline, rowEl, rowEls, selfOf, settle, titleOf } from "./view-helpers";

let h: TestHost;
let view: TopicTreeView;

/** A host over `files` whose saved view state has every row expanded. */
function expandedHost(files: Record<string, string>): TestHost {
	const host = buildHost(files);
	const rows = host.index.model.flatten({ expanded: new Set(), expandWhere: () => true });
	const keys = rows.filter((r) => r.childCount > 0 && !r.cycleBack).map((r) => r.key);
	host.store.data.view.expanded = saveExpanded(host.index.model.keys, keys);
	return host;
}

/** The badges of a row as "class: text (label)". */
function badges(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll<HTMLElement>(".topic-tree-badge"), (b) => {
		const kind = Array.from(b.classList).find((c) => c !== "topic-tree-badge") ?? "";
		return `${kind}: ${b.textContent ?? ""} (${b.getAttribute("aria-label") ?? ""})`;
	});
}

afterEach(async () => {
	resetMenus();
	await h.app.dispose();
	// Large DOMs left in the document slow jsdom's teardown past the worker's exit deadline.
	document.body.empty();
});

describe("the hostile vault", () => {
	beforeEach(async () => {
		h = expandedHost(hostileFiles());
		view = await openTreeView(h);
	});

	test("every note and ghost has a row, in a tree that still reads top-down", () => {
		expect(rowEls(view).length).toBe(view.rows.length);
		expect(outline(view)).toEqual([
			"<b onmouseover=alert(1)>bold</b>",
			"  HTML ghost child",
			IMG_PAYLOAD,
			"  HTML ghost child",
			"Hub",
			`  ${IMG_PAYLOAD}`,
			"  🌱 Garden",
			"    שלום עולם",
			"      Under RTL",
			"  Alias link",
			"  Block link",
			"  C# | F# ^notes",
			"  Code front matter",
			"  Heading link",
			"  Invalid YAML",
			"  Self",
			"  Tables",
			"  Topic",
			"    Duplicate child",
			"  Topic",
			"    Duplicate child",
			"Hub^block1",
			"  Caret link",
			"Three 1",
			"  Three 3",
			"    Three 2",
			"      Three 1",
			"Two A",
			"  Two B",
			"    Two A",
			"مرحبا 🌍",
			"  Under RTL",
		]);
	});

	test("HTML in a title or a ghost name is text: no element, no handler, nothing runs", () => {
		const note = rowEl(view, IMG_PAYLOAD);
		expect(note.querySelector(".tree-item-inner")?.textContent).toBe(IMG_PAYLOAD);
		expect(note.querySelector(".tree-item-inner")?.childElementCount).toBe(0);
		const ghost = rowEl(view, "<b onmouseover=alert(1)>bold</b>");
		expect(ghost.hasClass("is-ghost")).toBe(true);
		expect(ghost.querySelector("b")).toBeNull();
		expect(badges(rowEl(view, "Hub^block1"))).toEqual(["topic-tree-ghost-badge:  (Ghost topic: no note yet)"]);
		expectInert(view.containerEl);
	});

	test("a filter matching inside HTML highlights the text without making markup", async () => {
		const input = view.contentEl.querySelector("input[type=search]") as HTMLInputElement;
		input.value = "onerror";
		input.dispatchEvent(new Event("input", { bubbles: true }));
		await new Promise((resolve) => setTimeout(resolve, 80));
		const inner = rowEl(view, IMG_PAYLOAD).querySelector(".tree-item-inner") as HTMLElement;
		expect(inner.querySelector(".topic-tree-match")?.textContent).toBe("onerror");
		expect(inner.textContent).toBe(IMG_PAYLOAD);
		expectInert(view.containerEl);
	});

	test("cycles of two and three notes: members carry the cycle badge, the repeat ends the branch", () => {
		for (const title of ["Two A", "Two B", "Three 1", "Three 2", "Three 3"]) {
			expect(badges(rowEl(view, title))).toEqual(["topic-tree-cycle-badge: cycle (Part of a cycle of parent links)"]);
		}
		const repeat = rowEl(view, "Two A", 1);
		expect(badges(repeat)).toEqual(["topic-tree-cycle-back-badge:  (Repeats a topic above it: the hierarchy has a cycle here)"]);
		expect(repeat.hasClass("is-cycle-back")).toBe(true);
		expect(repeat.getAttribute("aria-expanded")).toBeNull();
	});

	test("a note naming itself sits under its other parent, without a badge or children", () => {
		const self = rowEl(view, "Self");
		expect(self.getAttribute("aria-level")).toBe("2");
		expect(badges(self)).toEqual([]);
		expect(self.getAttribute("aria-expanded")).toBeNull();
	});

	test("invalid and code front matter: the notes are still in the tree, titled by file name", () => {
		expect(rowEl(view, "Invalid YAML").getAttribute("aria-level")).toBe("2");
		expect(rowEl(view, "Code front matter").getAttribute("aria-level")).toBe("2");
	});

	test("duplicate basenames: one row per note, each opening its own file, the child under both", async () => {
		expect(badges(rowEl(view, "Duplicate child", 0))).toEqual(["topic-tree-also-badge: also under Topic (Also under: Topic)"]);
		click(rowEl(view, "Topic", 0));
		await settle(h);
		expect(activeMain(h).path).toBe("a/Topic.md");
		click(rowEl(view, "Topic", 1));
		await settle(h);
		expect(activeMain(h).path).toBe("b/Topic.md");
	});

	test("emoji and right-to-left names show and open", async () => {
		click(rowEl(view, "🌱 Garden"));
		await settle(h);
		expect(activeMain(h).path).toBe("names/🌱 Garden.md");
		click(rowEl(view, "שלום עולם"));
		await settle(h);
		expect(activeMain(h).path).toBe("names/שלום עולם.md");
		expect(badges(rowEl(view, "Under RTL", 0))).toEqual(["topic-tree-also-badge: also under مرحبا 🌍 (Also under: مرحبا 🌍)"]);
	});

	test("names in the also-under badge are isolated, so right-to-left names keep their order", () => {
		const badge = rowEl(view, "Under RTL", 0).querySelector(".topic-tree-also-badge") as HTMLElement;
		const names = Array.from(badge.querySelectorAll<HTMLElement>("[dir=auto]"), (el) => el.textContent);
		expect(names).toEqual(["مرحبا 🌍"]);
	});

	test("copy link writes links to emoji, right-to-left and duplicate names that resolve back", async () => {
		const copied: string[] = [];
		Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
		for (const [title, n] of [["🌱 Garden", 0], ["שלום עולם", 0], ["Topic", 1], ["Hub^block1", 0]] as const) {
			selfOf(rowEl(view, title, n)).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
			clickMenuItem("Copy link");
			await settle(h);
		}
		expect(copied).toEqual(["[[🌱 Garden]]", "[[שלום עולם]]", "[[b/Topic]]", "[[Hub^block1]]"]);
		for (const link of copied.slice(0, 3)) {
			const target = link.slice(2, -2);
			expect(h.app.metadataCache.getFirstLinkpathDest(target, "")).not.toBeNull();
		}
	});
});

describe("1,000 parents on one note", () => {
	test("the note is a row under each parent in the model; the DOM holds only the rows in view", async () => {
		h = buildHost(manyParents(1000, true));
		h.store.data.view.expanded = h.index.model.roots().filter((id) => id !== "Kid.md").map((id): SavedStep => [-1, id]);
		view = await openTreeView(h);
		expect(view.rows).toHaveLength(2000);
		expect(view.rows.filter((r) => r.id === "Kid.md")).toHaveLength(1000);
		expect(rowEls(view).length).toBeLessThanOrEqual(60);
		const kid = rowEl(view, "Kid");
		expect(kid.querySelector(".topic-tree-also-badge .topic-tree-badge-text")?.textContent).toBe("also under P0001, P0002 +997");
	});

	test("the also-under label names a few parents and counts the rest", async () => {
		h = buildHost(manyParents(1000, true));
		h.store.data.view.expanded = [[-1, "parents/P0000.md"]];
		view = await openTreeView(h);
		const label = rowEl(view, "Kid").querySelector(".topic-tree-also-badge")?.getAttribute("aria-label") ?? "";
		expect(label.startsWith("Also under: P0001, P0002, P0003")).toBe(true);
		expect(label.endsWith("and 989 more")).toBe(true);
		expect(label.length).toBeLessThan(200);
	});

	test("opening the note reveals one row of it, not a thousand", async () => {
		h = buildHost(manyParents(1000, true));
		view = await openTreeView(h);
		await openNote(h, "Kid.md");
		expect(view.rows).toHaveLength(1001);
		expect(rowEls(view).filter((el) => titleOf(el) === "Kid")).toHaveLength(1);
		expect(rowEls(view).filter((el) => el.querySelector(".is-active"))).toHaveLength(1);
	});

	test("as ghost topics hidden by the setting, the note is a root once", async () => {
		h = buildHost(manyParents(1000, false), { data: { settings: { showGhosts: false } } });
		view = await openTreeView(h);
		expect(outline(view)).toEqual(["Kid"]);
	});
});

describe("writes from the tree keep the file's bytes", () => {
	/** A drag event with a recording DataTransfer (jsdom has none). */
	function dragEvent(type: string, data: Map<string, string>): Event {
		const evt = new Event(type, { bubbles: true, cancelable: true });
		const transfer = { dropEffect: "none", effectAllowed: "all", setData: (f: string, v: string) => data.set(f, v), getData: (f: string) => data.get(f) ?? "" };
		Object.defineProperty(evt, "dataTransfer", { value: transfer });
		return evt;
	}

	/** Drags the row titled `from` onto the row titled `onto`. */
	async function drag(from: string, onto: string): Promise<void> {
		const data = new Map<string, string>();
		rowEl(view, from).dispatchEvent(dragEvent("dragstart", data));
		selfOf(rowEl(view, onto)).dispatchEvent(dragEvent("dragover", data));
		selfOf(rowEl(view, onto)).dispatchEvent(dragEvent("drop", data));
		await settle(h);
	}

	const FILES = { "A.md": "", "B.md": "", "Kid.md": "\uFEFF---\r\ntags: [x]\r\n---\r\n# Kid\r\nup:: [[A]]  \r\nend\n" };

	let unwatch: () => void;

	beforeEach(async () => {
		Notice.reset();
		h = buildHost(FILES, { data: { view: { expanded: ["A.md"] } } });
		unwatch = h.index.watch();
		view = await openTreeView(h, new ParentWriter(h.host));
	});

	test("drag re-parent rewrites only the link: BOM, CRLF, trailing blanks and the LF line stay", async () => {
		await drag("Kid", "B");
		expect(h.app.vault.textOf("Kid.md")).toBe("\uFEFF---\r\ntags: [x]\r\n---\r\n# Kid\r\nup:: [[B]]  \r\nend\n");
		expect(h.index.core.graph.parentsOf("Kid.md").map((e) => e.parent)).toEqual(["B.md"]);
	});

	test("drag re-parent of a note changed since it was indexed: refused with a notice, file untouched", async () => {
		const file = h.app.vault.getFileByPath("Kid.md");
		if (!file) throw new Error("no Kid.md");
		unwatch(); // the index keeps the old lines
		const newer = "\uFEFFnew line\r\n---\r\nup:: [[A]]\r\n";
		await h.app.vault.modify(file, newer);
		await settle(h);
		const writes = h.app.vault.writes.length;
		await drag("Kid", "B");
		expect(h.app.vault.textOf("Kid.md")).toBe(newer);
		expect(h.app.vault.writes.length).toBe(writes);
		expect(Notice.messages).toEqual(["Kid changed since it was indexed; nothing was written"]);
	});

	test("remove this parent link, from the row menu, on the same file", async () => {
		selfOf(rowEl(view, "Kid")).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		clickMenuItem("Remove this parent link");
		await settle(h);
		expect(h.app.vault.textOf("Kid.md")).toBe("\uFEFF---\r\ntags: [x]\r\n---\r\n# Kid\r\nend\n");
	});
});
