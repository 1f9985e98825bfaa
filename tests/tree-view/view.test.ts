/** @jest-environment jsdom */
import { clickMenuItem, lastMenu, liveCounts, resetMenus, WorkspaceLeaf } from "../obsidian-double";
import { buildHost, type TestHost } from "./host";
import { SMALL_VAULT } from "./vault";
import { click, filterInput, openNote, openTreeView, outline, rowEl, rowEls, selfOf, settle, titleOf, typeFilter } from "./view-helpers";
import type { TopicTreeView } from "../../src/tree-view/view";

/** Clicks the collapse triangle of the row titled `title`. */
function toggle(view: TopicTreeView, title: string, n = 0): void {
	const icon = rowEl(view, title, n).querySelector(".collapse-icon") as HTMLElement;
	icon.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
}

function headerButton(view: TopicTreeView, label: string): HTMLElement {
	const el = view.contentEl.querySelector<HTMLElement>(`.nav-action-button[aria-label="${label}"]`);
	if (!el) throw new Error(`No header button "${label}"`);
	return el;
}

function countText(view: TopicTreeView): string | null {
	const el = view.contentEl.querySelector(".topic-tree-filter-count") as HTMLElement;
	return el.hasClass("topic-tree-hidden") ? null : el.textContent;
}

function visibleText(el: Element | null): string | null {
	if (!el || (el as HTMLElement).hasClass("topic-tree-hidden")) return null;
	return el.textContent;
}

let h: TestHost;
let view: TopicTreeView;

beforeEach(async () => {
	resetMenus();
	h = buildHost(SMALL_VAULT);
	view = await openTreeView(h);
});

afterEach(async () => {
	await h.app.dispose();
});

describe("rows", () => {
	test("roots are listed by title with their child counts", () => {
		expect(outline(view)).toEqual(["Cycle A", "Languages", "Lonely", "Topics"]);
		const flair = (title: string): string => rowEl(view, title).querySelector(".tree-item-flair")?.textContent ?? "";
		expect(flair("Topics")).toBe("2");
		expect(flair("Languages")).toBe("1");
		expect(flair("Lonely")).toBe("");
		expect(rowEl(view, "Lonely").querySelector(".collapse-icon")?.hasClass("topic-tree-invisible")).toBe(true);
	});

	test("rows use Obsidian's tree markup and ARIA tree roles", () => {
		expect(view.scrollEl.getAttribute("role")).toBe("tree");
		expect(view.scrollEl.getAttribute("aria-label")).toBe("Topic tree");
		const topics = rowEl(view, "Topics");
		expect(topics.matches("div.tree-item[role=treeitem]")).toBe(true);
		expect(topics.querySelector(":scope > div.tree-item-self.is-clickable > div.tree-item-icon.collapse-icon.is-collapsed")).not.toBeNull();
		expect(topics.querySelector(".tree-item-flair-outer > span.tree-item-flair")).not.toBeNull();
		expect(topics.getAttribute("aria-level")).toBe("1");
		expect(topics.getAttribute("aria-expanded")).toBe("false");
		expect(topics.getAttribute("aria-setsize")).toBe("4");
		expect(topics.getAttribute("aria-posinset")).toBe("4");
		expect(rowEl(view, "Lonely").hasAttribute("aria-expanded")).toBe(false);
	});

	test("a ghost topic is muted and labelled", () => {
		const ghost = rowEl(view, "Languages");
		expect(ghost.hasClass("is-ghost")).toBe(true);
		const badge = ghost.querySelector(".topic-tree-ghost-badge");
		expect(badge?.getAttribute("aria-label")).toBe("Ghost topic: no note yet");
		expect(badge?.querySelector("svg")).not.toBeNull();
		expect(rowEl(view, "Topics").hasClass("is-ghost")).toBe(false);
	});

	test("a file named as a parent is a file node: its own badge and icon, never a ghost, and it opens the file", async () => {
		const fh = buildHost({ "a.md": "up:: [[board.canvas]]\n", "b.md": "up:: [[list.base]]\n", "board.canvas": "{}", "docs/list.base": "" }, { appResolver: true });
		const fview = await openTreeView(fh);
		const board = rowEl(fview, "board.canvas");
		expect(board.hasClass("is-file")).toBe(true);
		expect(board.hasClass("is-ghost")).toBe(false);
		expect(board.querySelector(".topic-tree-file-badge")?.getAttribute("aria-label")).toBe("File, not a note: opens it");
		expect(board.querySelector(".topic-tree-file-badge .lucide-layout-dashboard")).not.toBeNull();
		expect(rowEl(fview, "list.base").querySelector(".topic-tree-file-badge .lucide-table")).not.toBeNull();
		// The double has no canvas view, so the file's opening is seen at the leaf.
		const opened: string[] = [];
		const spy = jest.spyOn(WorkspaceLeaf.prototype, "openFile").mockImplementation(function (file) {
			opened.push(file.path);
			return Promise.resolve();
		});
		click(selfOf(board));
		await settle(fh);
		spy.mockRestore();
		expect(opened).toEqual(["board.canvas"]);
		await fh.app.dispose();
	});

	test("notes in a cycle carry a cycle badge, and the repeated ancestor is a marked leaf", () => {
		expect(rowEl(view, "Cycle A").querySelector(".topic-tree-cycle-badge")?.textContent).toBe("cycle");
		expect(rowEl(view, "Cycle A").querySelector(".topic-tree-cycle-badge .lucide-refresh-cw")).not.toBeNull();
		toggle(view, "Cycle A");
		toggle(view, "Cycle B");
		expect(outline(view).slice(0, 3)).toEqual(["Cycle A", "  Cycle B", "    Cycle A"]);
		const back = rowEl(view, "Cycle A", 1);
		expect(back.hasClass("is-cycle-back")).toBe(true);
		expect(back.hasAttribute("aria-expanded")).toBe(false);
		expect(back.querySelector(".collapse-icon")?.hasClass("topic-tree-invisible")).toBe(true);
		expect(back.querySelector(".topic-tree-cycle-back-badge")).not.toBeNull();
		toggle(view, "Cycle A", 1);
		expect(outline(view).slice(0, 4)).toEqual(["Cycle A", "  Cycle B", "    Cycle A", "Languages"]);
	});

	test("a note with several parents says where else it is", () => {
		toggle(view, "Topics");
		toggle(view, "Programming");
		toggle(view, "Languages");
		const underProgramming = rowEl(view, "Rust", 1);
		expect(underProgramming.getAttribute("aria-level")).toBe("3");
		const badge = underProgramming.querySelector(".topic-tree-also-badge");
		expect(badge?.textContent).toBe("also under Languages");
		expect(badge?.getAttribute("aria-label")).toBe("Also under: Languages");
		expect(rowEl(view, "Rust", 0).querySelector(".topic-tree-also-badge")?.textContent).toBe("also under Programming");
		expect(rowEl(view, "Go").querySelector(".topic-tree-also-badge")).toBeNull();
	});

	test("expanding and collapsing persists the expanded rows", () => {
		toggle(view, "Topics");
		expect(outline(view)).toEqual(["Cycle A", "Languages", "Lonely", "Topics", "  Gardening", "  Programming"]);
		expect(h.store.data.view.expanded).toEqual([[-1, "Topics.md"]]);
		toggle(view, "Programming");
		// Each row is saved once, pointing at the row above it.
		expect(h.store.data.view.expanded).toEqual([
			[-1, "Topics.md"],
			[0, "Programming.md"],
		]);
		toggle(view, "Topics");
		expect(outline(view)).toEqual(["Cycle A", "Languages", "Lonely", "Topics"]);
		// A collapsed row on the way to an expanded one is kept, marked collapsed.
		expect(h.store.data.view.expanded).toEqual([
			[-1, "Topics.md", 0],
			[0, "Programming.md"],
		]);
	});

	test("the expanded rows of the saved view state are restored", async () => {
		const again = buildHost(SMALL_VAULT, { data: { view: { expanded: ["Topics.md", "Topics.md\nProgramming.md"] } } });
		const restored = await openTreeView(again);
		expect(outline(restored)).toContain("    Rust");
		await again.app.dispose();
	});
});

describe("filter", () => {
	test("keeps the ancestors of matches, expanded, highlights the match and counts it", async () => {
		await typeFilter(view, "rus");
		expect(outline(view)).toEqual(["Languages", "  Rust", "Topics", "  Programming", "    Rust"]);
		const marks = rowEl(view, "Rust").querySelectorAll(".topic-tree-match");
		expect(Array.from(marks).map((m) => m.textContent)).toEqual(["Rus"]);
		expect(rowEl(view, "Topics").querySelector(".topic-tree-match")).toBeNull();
		expect(countText(view)).toBe("1 match");
	});

	test("counts several matches", async () => {
		await typeFilter(view, "cycle");
		expect(countText(view)).toBe("2 matches");
	});

	test("matches aliases, tags and paths as well as titles", async () => {
		await typeFilter(view, "programming.md");
		expect(outline(view)).toEqual(["Topics", "  Programming"]);
	});

	test("Escape clears the filter and restores the tree", async () => {
		toggle(view, "Topics");
		const before = outline(view);
		await typeFilter(view, "go");
		expect(outline(view)).not.toEqual(before);
		filterInput(view).dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
		expect(filterInput(view).value).toBe("");
		expect(outline(view)).toEqual(before);
		expect(countText(view)).toBeNull();
	});

	test("no match says so", async () => {
		await typeFilter(view, "zzz");
		expect(rowEls(view)).toHaveLength(0);
		expect(visibleText(view.contentEl.querySelector(".topic-tree-empty"))).toBe("No topics match");
		expect(countText(view)).toBe("0 matches");
	});

	test("keystrokes are debounced: the tree changes once typing pauses", async () => {
		const input = filterInput(view);
		input.value = "r";
		input.dispatchEvent(new Event("input", { bubbles: true }));
		input.value = "ru";
		input.dispatchEvent(new Event("input", { bubbles: true }));
		expect(outline(view)).toEqual(["Cycle A", "Languages", "Lonely", "Topics"]);
		await new Promise((resolve) => setTimeout(resolve, 80));
		expect(outline(view)).toContain("    Rust");
	});
});

describe("header controls", () => {
	test("the sort menu lists the orders with the current one checked", () => {
		headerButton(view, "Change sort order").dispatchEvent(new MouseEvent("click", { bubbles: true }));
		const menu = lastMenu();
		expect(menu?.titles()).toEqual([
			"Title (A to Z)",
			"Title (Z to A)",
			"---",
			"File name (A to Z)",
			"File name (Z to A)",
			"---",
			"Modified time (new to old)",
			"Modified time (old to new)",
			"---",
			"Created time (new to old)",
			"Created time (old to new)",
			"---",
			"Manual order",
		]);
		const checked = menu?.items.filter((i) => "checked" in i && i.checked).map((i) => ("title" in i ? i.title : ""));
		expect(checked).toEqual(["Title (A to Z)"]);
	});

	test("choosing a sort changes the order and persists it", () => {
		toggle(view, "Topics");
		toggle(view, "Programming");
		const topicsSubtree = (): string[] => {
			const rows = outline(view);
			const start = rows.indexOf("Topics");
			const end = rows.findIndex((r, i) => i > start && !r.startsWith(" "));
			return rows.slice(start, end === -1 ? undefined : end);
		};
		expect(topicsSubtree()).toEqual(["Topics", "  Gardening", "  Programming", "    Go", "    Rust"]);
		headerButton(view, "Change sort order").dispatchEvent(new MouseEvent("click", { bubbles: true }));
		clickMenuItem("Modified time (new to old)");
		expect(topicsSubtree()).toEqual(["Topics", "  Programming", "    Go", "    Rust", "  Gardening"]);
		expect(h.store.data.view).toMatchObject({ sort: "modified", descending: true });
		headerButton(view, "Change sort order").dispatchEvent(new MouseEvent("click", { bubbles: true }));
		const checked = lastMenu()?.items.filter((i) => "checked" in i && i.checked).map((i) => ("title" in i ? i.title : ""));
		expect(checked).toEqual(["Modified time (new to old)"]);
		clickMenuItem("Modified time (old to new)");
		expect(topicsSubtree()).toEqual(["Topics", "  Gardening", "  Programming", "    Rust", "    Go"]);
		expect(h.store.data.view.descending).toBe(false);
		expect(h.store.updates).toContainEqual({ sort: "modified", descending: true });
		expect(h.store.updates).toContainEqual({ sort: "modified", descending: false });
	});

	test("the sort menu opens from the keyboard too", () => {
		headerButton(view, "Change sort order").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(lastMenu()?.isShown).toBe(true);
	});

	test("collapse all shows only the roots and saves it", () => {
		toggle(view, "Topics");
		toggle(view, "Programming");
		headerButton(view, "Collapse all").click();
		expect(outline(view)).toEqual(["Cycle A", "Languages", "Lonely", "Topics"]);
		expect(h.store.data.view.expanded).toEqual([]);
	});

	test("pin shows only the selected subtree with a chip; the chip's button unpins", () => {
		toggle(view, "Topics");
		click(rowEl(view, "Programming"));
		headerButton(view, "Pin tree to the selected topic").click();
		expect(h.store.data.view.pinned).toBe("Programming.md");
		expect(outline(view)[0]).toBe("Programming");
		expect(outline(view)).not.toContain("Topics");
		const chip = view.contentEl.querySelector(".topic-tree-pinned") as HTMLElement;
		expect(visibleText(chip)).toBe("Pinned: Programming");
		(chip.querySelector(".topic-tree-unpin") as HTMLElement).click();
		expect(h.store.data.view.pinned).toBeNull();
		expect(visibleText(chip)).toBeNull();
		expect(outline(view)).toContain("Topics");
	});

	test("the pin button unpins when pinned", () => {
		view.pin("Topics.md");
		expect(outline(view)[0]).toBe("Topics");
		headerButton(view, "Unpin tree").click();
		expect(h.store.data.view.pinned).toBeNull();
	});

	test("rebuild asks the index to start over", () => {
		headerButton(view, "Rebuild index").click();
		expect(h.index.rebuilds).toBe(1);
	});
});

describe("the active note", () => {
	test("opening a note expands its ancestors, marks its row active and scrolls to it", async () => {
		const files: Record<string, string> = { "Hub.md": "", "Deep.md": "up:: [[Hub]]" };
		for (let i = 0; i < 300; i++) files[`A${String(i).padStart(3, "0")}.md`] = "";
		files["A000.md"] = "up:: [[Zed]]";
		files["Zed.md"] = "";
		const big = buildHost(files);
		const tree = await openTreeView(big);
		Object.defineProperty(tree.scrollEl, "clientHeight", { configurable: true, value: 280 });
		await openNote(big, "Deep.md");
		const row = rowEl(tree, "Deep");
		expect(selfOf(row).hasClass("is-active")).toBe(true);
		expect(row.getAttribute("aria-selected")).toBe("true");
		expect(outline(tree).filter((t) => t.startsWith("Hub") || t.startsWith("  Deep"))).toEqual(["Hub", "  Deep"]);
		const index = tree.rows.findIndex((r) => r.id === "Deep.md");
		const top = tree.scrollEl.scrollTop;
		expect(index * 28).toBeGreaterThanOrEqual(top);
		expect(index * 28 + 28).toBeLessThanOrEqual(top + 280);
		expect(top).toBeGreaterThan(0);
		expect(big.store.data.view.expanded).toContainEqual([-1, "Hub.md"]);
		await big.app.dispose();
	});

	test("the row under the path the user came from is preferred", async () => {
		toggle(view, "Languages");
		click(rowEl(view, "Rust"));
		await settle(h);
		expect(selfOf(rowEl(view, "Rust")).hasClass("is-active")).toBe(true);
		expect(rowEl(view, "Rust").getAttribute("aria-level")).toBe("2");
		expect(h.store.data.view.expanded.map((step) => step[1])).not.toContain("Topics.md");

		toggle(view, "Topics");
		toggle(view, "Programming");
		click(rowEl(view, "Rust", 1));
		await settle(h);
		expect(selfOf(rowEl(view, "Rust", 1)).hasClass("is-active")).toBe(true);
		expect(selfOf(rowEl(view, "Rust", 0)).hasClass("is-active")).toBe(false);
	});

	test("a child opened from a note is revealed under that note's row", async () => {
		await h.app.vault.create("Ownership.md", "up:: [[Rust]]\n");
		h.index.sync("Ownership.md");
		toggle(view, "Languages");
		click(rowEl(view, "Rust"));
		await settle(h);
		await openNote(h, "Ownership.md");
		const row = rowEl(view, "Ownership");
		expect(selfOf(row).hasClass("is-active")).toBe(true);
		expect(outline(view).slice(1, 4)).toEqual(["Languages", "  Rust", "    Ownership"]);
		expect(h.store.data.view.expanded.map((step) => step[1])).not.toContain("Programming.md");
	});

	test("without a remembered row the shortest path is revealed", async () => {
		await openNote(h, "Rust.md");
		expect(outline(view)).toContain("  Rust");
		expect(selfOf(rowEl(view, "Rust")).hasClass("is-active")).toBe(true);
		expect(rowEl(view, "Rust").getAttribute("aria-level")).toBe("2");
	});

	test("with follow active note off the tree stays as it is", async () => {
		h.store.updateSettings({ followActiveNote: false });
		await openNote(h, "Go.md");
		expect(outline(view)).toEqual(["Cycle A", "Languages", "Lonely", "Topics"]);
		headerButton(view, "Reveal active note").click();
		expect(selfOf(rowEl(view, "Go")).hasClass("is-active")).toBe(true);
	});
});

describe("live updates and status", () => {
	test("a changed note adds its row, re-using the rows already shown", async () => {
		h.index.watch();
		toggle(view, "Topics");
		toggle(view, "Programming");
		const programming = rowEl(view, "Programming");
		const rendersBefore = rowEls(view);
		await h.app.vault.create("Zig.md", "up:: [[Programming]]\n");
		await settle(h);
		expect(outline(view)).toEqual(["Cycle A", "Languages", "Lonely", "Topics", "  Gardening", "  Programming", "    Go", "    Rust", "    Zig"]);
		expect(rowEl(view, "Programming")).toBe(programming);
		expect(rowEl(view, "Programming").querySelector(".tree-item-flair")?.textContent).toBe("3");
		const kept = rowEls(view).filter((el) => rendersBefore.includes(el));
		expect(kept).toHaveLength(rendersBefore.length);
	});

	test("shows indexing progress until the index is ready", () => {
		const progress = view.contentEl.querySelector(".topic-tree-progress");
		expect(visibleText(progress)).toBeNull();
		h.index.setStatus({ state: "indexing", done: 3000, total: 10000 });
		expect(visibleText(progress)).toBe("Indexing 3,000 of 10,000 notes");
		h.index.setStatus({ state: "ready", done: 10000, total: 10000 });
		expect(visibleText(progress)).toBeNull();
	});

	test("a vault without parent fields explains how to add one", async () => {
		const plain = buildHost({ "a.md": "hello", "b.md": "world" });
		const tree = await openTreeView(plain);
		const empty = tree.contentEl.querySelector(".topic-tree-empty");
		expect(visibleText(empty)).toContain("No topics yet. Add up:: [[parent]] to a note");
		expect(empty?.querySelector("code")?.textContent).toBe("up:: [[parent]]");
		expect(tree.scrollEl.hasClass("topic-tree-hidden")).toBe(true);
		await plain.app.dispose();
	});

	test("hiding ghosts in the settings removes their rows", () => {
		h.store.updateSettings({ showGhosts: false });
		expect(outline(view)).not.toContain("Languages");
	});

	test("closing the view leaves no listener behind", async () => {
		const other = buildHost(SMALL_VAULT);
		await settle(other);
		const before = liveCounts();
		const tree = await openTreeView(other);
		await openNote(other, "Rust.md");
		expect(liveCounts().domListeners).toBeGreaterThan(before.domListeners);
		expect(liveCounts().eventRefs).toBeGreaterThan(before.eventRefs);
		tree.leaf.detach();
		await settle(other);
		const after = liveCounts();
		expect(after.domListeners).toBe(before.domListeners);
		expect(after.eventRefs).toBe(before.eventRefs);
		await other.app.dispose();
	});
});

test("row titles are the notes' display titles", () => {
	toggle(view, "Topics");
	expect(rowEls(view).map(titleOf)).toContain("Gardening");
});

test("renaming the active note keeps it revealed under its new name", async () => {
	h.index.watch();
	await openNote(h, "Go.md");
	const go = h.app.vault.getFileByPath("Go.md");
	if (!go) throw new Error("missing Go.md");
	await h.app.vault.rename(go, "Golang.md");
	await settle(h);
	expect(selfOf(rowEl(view, "Golang")).hasClass("is-active")).toBe(true);
	expect(view.contentEl.querySelector(".topic-tree-crumb-current")?.textContent).toBe("Golang");
});
