/** @jest-environment jsdom */
import type { TopicTreeView } from "../../src/tree-view/view";
import { buildHost, type TestHost } from "../tree-view/host";
import { SMALL_VAULT } from "../tree-view/vault";
import { activeMain, openNote, openTreeView, settle } from "../tree-view/view-helpers";

let h: TestHost;
let view: TopicTreeView;

function section(tree: TopicTreeView = view): HTMLElement {
	return tree.contentEl.querySelector(".topic-tree-related") as HTMLElement;
}

/** The section's groups as "Heading: text" lines. */
function groups(tree: TopicTreeView = view): string[] {
	return Array.from(section(tree).querySelectorAll(".topic-tree-related-group")).map((g) => {
		const heading = g.querySelector(".topic-tree-related-heading")?.textContent ?? "";
		const rest = Array.from(g.children)
			.slice(1)
			.map((c) => c.textContent)
			.join(" | ");
		return `${heading}: ${rest}`;
	});
}

function link(title: string, tree: TopicTreeView = view): HTMLElement {
	const found = Array.from(section(tree).querySelectorAll<HTMLElement>(".topic-tree-link")).find((a) => a.textContent === title);
	if (!found) throw new Error(`No link "${title}" in: ${groups(tree).join(" / ")}`);
	return found;
}

beforeEach(async () => {
	h = buildHost(SMALL_VAULT);
	view = await openTreeView(h);
});

afterEach(async () => {
	await h.app.dispose();
});

test("without an active note it says what it will show", () => {
	expect(section().querySelector(".topic-tree-related-empty")?.textContent).toBe("Open a note to see where it sits in the tree.");
	expect(section().querySelector(".topic-tree-related-header")?.textContent).toBe("Related notes");
});

test("shows the paths, parents, siblings by parent and related notes of the active note", async () => {
	await openNote(h, "Rust.md");
	expect(groups()).toEqual([
		"Paths (2): Languages›Rust | Topics›Programming›Rust",
		"Parents (2): Languages, Programming",
		"Siblings (1): Under Programming: Go",
		"Related (1): Go",
	]);
	const crumbs = Array.from(section().querySelectorAll(".topic-tree-breadcrumbs")[1].children).map((c) => c.className);
	expect(crumbs).toEqual(["topic-tree-link topic-tree-crumb", "topic-tree-crumb-separator", "topic-tree-link topic-tree-crumb", "topic-tree-crumb-separator", "topic-tree-crumb-current"]);
	expect(link("Languages").hasClass("is-ghost")).toBe(true);
});

test("lists children, and related notes in both directions", async () => {
	await openNote(h, "Go.md");
	expect(groups()).toEqual(["Path (1): Topics›Programming›Go", "Parents (1): Programming", "Siblings (1): Under Programming: Rust", "Related (1): Rust"]);
	await openNote(h, "Topics.md");
	expect(groups()).toEqual(["Children (2): Gardening, Programming"]);
	await openNote(h, "Lonely.md");
	expect(section().querySelector(".topic-tree-related-empty")?.textContent).toBe("No parents, children or related notes yet.");
});

test("a click opens the note; Mod-click and middle click open a new tab", async () => {
	await openNote(h, "Rust.md");
	link("Programming").dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
	await settle(h);
	expect(activeMain(h)).toMatchObject({ path: "Programming.md", leafCount: 1 });
	link("Go").dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
	await settle(h);
	expect(activeMain(h)).toMatchObject({ path: "Go.md", paneType: "tab", leafCount: 2 });
	link("Rust").dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 }));
	await settle(h);
	expect(activeMain(h)).toMatchObject({ path: "Rust.md", paneType: "tab", leafCount: 3 });
});

test("links are focusable and open with Enter (Mod+Enter in a new tab)", async () => {
	await openNote(h, "Go.md");
	const topics = link("Topics");
	expect(topics.tabIndex).toBe(0);
	topics.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
	await settle(h);
	expect(activeMain(h)).toMatchObject({ path: "Topics.md", leafCount: 1 });
	link("Programming").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true, cancelable: true }));
	await settle(h);
	expect(activeMain(h)).toMatchObject({ path: "Programming.md", paneType: "tab" });
});

test("hovering a link asks for a page preview", async () => {
	await openNote(h, "Go.md");
	link("Rust").dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true }));
	const hover = h.app.workspace.triggered.filter((t) => t.name === "hover-link").pop();
	expect(hover?.args[0]).toMatchObject({ source: "topic-tree", linktext: "Rust.md", hoverParent: view, targetEl: link("Rust") });
});

test("collapsing persists and hides the body; opening shows the current note", async () => {
	const header = section().querySelector(".topic-tree-related-header") as HTMLElement;
	header.click();
	expect(h.store.data.view.relatedOpen).toBe(false);
	expect(header.getAttribute("aria-expanded")).toBe("false");
	expect(section().querySelector(".topic-tree-related-body")?.hasClass("topic-tree-hidden")).toBe(true);
	await openNote(h, "Go.md");
	header.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
	expect(h.store.data.view.relatedOpen).toBe(true);
	expect(groups()[0]).toBe("Path (1): Topics›Programming›Go");
});

test("a saved closed state is restored", async () => {
	const closed = buildHost(SMALL_VAULT, { data: { view: { relatedOpen: false } } });
	const tree = await openTreeView(closed);
	expect(section(tree).querySelector(".topic-tree-related-header")?.getAttribute("aria-expanded")).toBe("false");
	await closed.app.dispose();
});

test("updates live when the index changes", async () => {
	h.index.watch();
	await openNote(h, "Go.md");
	const go = h.app.vault.getFileByPath("Go.md");
	if (!go) throw new Error("missing Go.md");
	await h.app.vault.modify(go, "up:: [[Programming]]\nrelated:: [[Rust]], [[Gardening]]\n");
	await settle(h);
	expect(groups()).toContain("Related (2): Gardening, Rust");
});

test("an update elsewhere leaves the section's DOM alone; a shown title that changes is redrawn", async () => {
	h.index.watch();
	await openNote(h, "Rust.md");
	let records: MutationRecord[] = [];
	const observer = new MutationObserver((found) => records.push(...found));
	observer.observe(section(), { subtree: true, childList: true, attributes: true, characterData: true });
	const lonely = h.app.vault.getFileByPath("Lonely.md");
	if (!lonely) throw new Error("missing Lonely.md");
	await h.app.vault.modify(lonely, "Still no relations, other words.\n");
	await settle(h);
	records.push(...observer.takeRecords());
	expect(records).toEqual([]);
	const go = h.app.vault.getFileByPath("Go.md");
	if (!go) throw new Error("missing Go.md");
	await h.app.vault.modify(go, "---\ntitle: Golang\n---\nup:: [[Programming]]\nrelated:: [[Rust]]\n");
	await settle(h);
	observer.disconnect();
	expect(groups()).toContain("Related (1): Golang");
	expect(groups()).toContain("Siblings (1): Under Programming: Golang");
});

test("long lists are cut with a count of the rest", async () => {
	const files: Record<string, string> = { "Hub.md": "" };
	for (let i = 0; i < 60; i++) files[`N${String(i).padStart(2, "0")}.md`] = "up:: [[Hub]]";
	const big = buildHost(files);
	const tree = await openTreeView(big);
	await openNote(big, "N00.md");
	const siblings = groups(tree).find((g) => g.startsWith("Siblings"));
	expect(siblings).toMatch(/^Siblings \(59\): Under Hub: N01, N02, .*N50 and 9 more Show all$/);
	await big.app.dispose();
});

test("a path thousands of notes deep shows its first and last crumbs and a button for the rest", async () => {
	const files: Record<string, string> = {};
	for (let i = 0; i < 3000; i++) files[`c${i}.md`] = i + 1 < 3000 ? `up:: [[c${i + 1}]]\n` : "";
	await h.app.dispose();
	h = buildHost(files);
	view = await openTreeView(h);
	await openNote(h, "c0.md");
	const nav = section().querySelector(".topic-tree-breadcrumbs") as HTMLElement;
	const titles = () => Array.from(nav.querySelectorAll(".topic-tree-crumb, .topic-tree-crumb-current, .topic-tree-crumb-more")).map((c) => c.textContent);
	expect(titles()).toEqual(["c2999", "c2998", "… 2,990 more", "c7", "c6", "c5", "c4", "c3", "c2", "c1", "c0"]);
	(nav.querySelector(".topic-tree-crumb-more") as HTMLElement).click();
	expect(nav.querySelectorAll(".topic-tree-crumb, .topic-tree-crumb-current")).toHaveLength(3000);
	expect(titles()[2]).toBe("c2997");
});
