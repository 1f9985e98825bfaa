/** @jest-environment jsdom */
/**
 * The trail at the top of notes, through the test double: placement in Reading view and in
 * Live Preview / Source mode, left-to-right order, crumbs that open notes, "+N paths", live
 * updates that redraw only affected trails, the no-parent line, settings, popouts and unload.
 */
import { MarkdownView as OMarkdownView, Plugin, type WorkspaceLeaf as OLeaf } from "obsidian";
import type { SequenceOf } from "../../src/core/trail";
import { TrailFeature } from "../../src/trail/feature";
import { makeManifest, MarkdownView, Notice, obsidianApp, openModals, type WorkspaceLeaf } from "../obsidian-double";
import { buildHost, type TestHost } from "../tree-view/host";

const FILES = {
	"Root.md": "# Root\n",
	"Other root.md": "",
	"Topics/Mid.md": "up:: [[Root]]\n",
	"Topics/Leaf.md": "up:: [[Mid]], [[Other root]]\nText of the leaf.\n",
	"Deep.md": "up:: [[Leaf]]\n",
	"Ghosted.md": "up:: [[Nowhere yet]]\n",
	"Alone.md": "No parents here.\n",
	"Unrelated.md": "up:: [[Other root]]\n",
};

class Host extends Plugin {
	onload(): void {}
}

interface Setup {
	h: TestHost;
	feature: TrailFeature;
	setParentCalls: string[];
	stop: () => void;
}

function setup(data?: unknown, sequence?: SequenceOf): Setup {
	const h = buildHost(FILES, { data });
	const plugin = new Host(obsidianApp(h.app), makeManifest());
	const setParentCalls: string[] = [];
	const feature = new TrailFeature(plugin, h.host, { setParent: (path) => setParentCalls.push(path), sequence });
	feature.load();
	const stop = h.index.watch();
	return { h, feature, setParentCalls, stop };
}

async function openIn(s: Setup, path: string, mode: "source" | "preview", leaf?: WorkspaceLeaf): Promise<WorkspaceLeaf> {
	const target = leaf ?? s.h.app.workspace.getLeaf(false);
	await target.setViewState({ type: "markdown", state: { file: path, mode }, active: true });
	await s.h.app.flush();
	return target;
}

function viewOf(leaf: WorkspaceLeaf): MarkdownView {
	if (!(leaf.view instanceof MarkdownView)) throw new Error("not a markdown leaf");
	return leaf.view;
}

function trailEl(leaf: WorkspaceLeaf): HTMLElement | null {
	return viewOf(leaf).containerEl.querySelector(".topic-tree-trail");
}

/** The first row's words left to right: crumbs, separators, the note, "+N paths". */
function rowText(leaf: WorkspaceLeaf): string {
	const row = trailEl(leaf)?.querySelector(".topic-tree-trail-row");
	return Array.from(row?.querySelectorAll(".topic-tree-trail-path > *, .topic-tree-trail-more") ?? [])
		.map((el) => el.textContent)
		.join(" ");
}

function crumb(leaf: WorkspaceLeaf, title: string): HTMLElement {
	const found = Array.from(trailEl(leaf)?.querySelectorAll<HTMLElement>("a.topic-tree-trail-crumb") ?? []).find((a) => a.textContent === title);
	if (!found) throw new Error(`no crumb ${title}`);
	return found;
}

function activePath(s: Setup): string | undefined {
	return s.h.app.workspace.getActiveFile()?.path;
}

let s: Setup;

afterEach(() => {
	s?.stop();
	s?.feature.unload();
	Notice.reset();
	for (const modal of openModals()) modal.close();
});

describe("placement", () => {
	test("Reading view: at the top of the note, above the inline title, left to right", async () => {
		s = setup();
		const leaf = await openIn(s, "Deep.md", "preview");
		const el = trailEl(leaf);
		expect(el?.parentElement?.hasClass("markdown-preview-sizer")).toBe(true);
		expect(el?.previousElementSibling?.hasClass("markdown-preview-pusher")).toBe(true);
		expect(el?.nextElementSibling?.hasClass("mod-header")).toBe(true);
		expect(rowText(leaf)).toBe("Other root › Leaf › Deep +1 path");
		expect(el?.getAttribute("role")).toBe("navigation");
		expect(el?.querySelector("[aria-current=page]")?.textContent).toBe("Deep");
	});

	test("Live Preview / Source mode: above the editor's inline title; switching modes moves the same element", async () => {
		s = setup();
		const leaf = await openIn(s, "Deep.md", "source");
		const el = trailEl(leaf);
		expect(el?.parentElement?.hasClass("cm-sizer")).toBe(true);
		expect(el?.nextElementSibling?.hasClass("inline-title")).toBe(true);
		expect(rowText(leaf)).toBe("Other root › Leaf › Deep +1 path");
		await viewOf(leaf).setState({ mode: "preview" }, { history: false });
		await s.h.app.flush();
		expect(trailEl(leaf)).toBe(el);
		expect(el?.closest(".markdown-reading-view")).not.toBeNull();
		expect(viewOf(leaf).sourceEl?.querySelector(".topic-tree-trail")).toBeNull();
	});

	test("each pane has its own trail for its own note", async () => {
		s = setup();
		const first = await openIn(s, "Deep.md", "preview");
		const second = await openIn(s, "Topics/Mid.md", "source", s.h.app.workspace.getLeaf("split"));
		expect(rowText(first)).toBe("Other root › Leaf › Deep +1 path");
		expect(rowText(second)).toBe("Root › Mid");
		expect(s.feature.trailOf(second as unknown as OLeaf)?.view).toBe(second.view as unknown as OMarkdownView);
	});

	test("never changes the note's text", async () => {
		s = setup();
		const leaf = await openIn(s, "Deep.md", "source");
		expect(viewOf(leaf).editor.getValue()).toBe(FILES["Deep.md"]);
		expect(s.h.app.vault.writes).toEqual([]);
	});
});

describe("crumbs", () => {
	test("a click opens the crumb's note here; Mod-click in a new tab", async () => {
		s = setup();
		const leaf = await openIn(s, "Deep.md", "preview");
		crumb(leaf, "Leaf").click();
		await s.h.app.flush();
		expect(activePath(s)).toBe("Topics/Leaf.md");
		expect(rowText(leaf)).toBe("Other root › Leaf +1 path");
		crumb(leaf, "Other root").dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
		await s.h.app.flush();
		const leaves = s.h.app.workspace.getLeavesOfType("markdown");
		expect(leaves.map((l) => viewOf(l).file?.path)).toEqual(["Topics/Leaf.md", "Other root.md"]);
	});

	test("hovering with Mod asks for Obsidian's page preview through the plugin's hover source", async () => {
		s = setup();
		const leaf = await openIn(s, "Deep.md", "preview");
		const link = crumb(leaf, "Leaf");
		link.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true }));
		const hover = s.h.app.workspace.triggered.filter((t) => t.name === "hover-link").pop();
		expect(hover?.args[0]).toMatchObject({ source: "topic-tree", linktext: "Topics/Leaf.md", targetEl: link, hoverParent: leaf.view });
	});

	test("a ghost crumb is muted and offers to create its note", async () => {
		s = setup();
		const leaf = await openIn(s, "Ghosted.md", "source");
		const ghost = crumb(leaf, "Nowhere yet");
		expect(ghost.hasClass("is-ghost")).toBe(true);
		ghost.click();
		await s.h.app.flush();
		const modal = openModals()[0];
		expect(modal?.contentEl.textContent).toContain("Create Nowhere yet.md?");
		expect(s.h.app.vault.getFileByPath("Nowhere yet.md")).toBeNull();
	});
});

describe("several paths", () => {
	test("+N paths lists every path, capped with a count, and folds back", async () => {
		s = setup({ settings: { trailMaxPaths: 1 } });
		const leaf = await openIn(s, "Deep.md", "preview");
		const more = trailEl(leaf)?.querySelector<HTMLElement>(".topic-tree-trail-more");
		expect(more?.getAttribute("aria-expanded")).toBe("false");
		more?.click();
		expect(trailEl(leaf)?.querySelector(".topic-tree-trail-count")?.textContent).toBe("Showing 1 of 2 paths");
		s.h.store.updateSettings({ trailMaxPaths: 5 });
		const lines = Array.from(trailEl(leaf)?.querySelectorAll(".topic-tree-trail-all .topic-tree-trail-line") ?? []).map((l) => l.textContent);
		expect(lines).toEqual(["Root›Mid›Leaf›Deep"]);
		expect(trailEl(leaf)?.querySelector(".topic-tree-trail-count")).toBeNull();
		const fewer = trailEl(leaf)?.querySelector<HTMLElement>(".topic-tree-trail-more");
		expect(fewer?.textContent).toBe("Fewer paths");
		fewer?.click();
		expect(trailEl(leaf)?.querySelector(".topic-tree-trail-all")).toBeNull();
	});
});

describe("sequence links", () => {
	test("a sequence function puts ← previous and next → at the trail's end, as links that open notes", async () => {
		const sequence: SequenceOf = (id) => (id === "Topics/Mid.md" ? { previous: ["Other root.md"], next: ["Alone.md"] } : { previous: [], next: [] });
		s = setup(undefined, sequence);
		const leaf = await openIn(s, "Topics/Mid.md", "preview");
		const row = trailEl(leaf)?.querySelector(".topic-tree-trail-row");
		const last = row?.lastElementChild;
		expect(last?.hasClass("topic-tree-trail-sequence")).toBe(true);
		expect(Array.from(last?.querySelectorAll("a") ?? [], (a) => [a.textContent, a.getAttribute("aria-label")])).toEqual([
			["← Other root", "Previous: Other root"],
			["Alone →", "Next: Alone"],
		]);
		last?.querySelector<HTMLElement>(".topic-tree-trail-next")?.click();
		await s.h.app.flush();
		expect(activePath(s)).toBe("Alone.md");
		// Alone has no parent, but it has neighbours in no sequence: nothing to show.
		expect(trailEl(leaf)?.textContent ?? "").toBe("");
	});
});

describe("live updates", () => {
	test("an ancestor's change redraws the trail; an unrelated note's change does not", async () => {
		s = setup();
		const leaf = await openIn(s, "Deep.md", "source");
		const trail = s.feature.trailOf(leaf as unknown as OLeaf);
		const draws = trail?.draws ?? 0;
		await s.h.app.vault.modify(s.h.app.vault.fileAt("Unrelated.md"), "up:: [[Root]]\n");
		await s.h.app.flush();
		expect(trail?.draws).toBe(draws);
		await s.h.app.vault.modify(s.h.app.vault.fileAt("Topics/Mid.md"), "---\ntitle: Middle\n---\nup:: [[Root]]\n");
		await s.h.app.flush();
		expect(trail?.draws).toBe(draws + 1);
		trailEl(leaf)?.querySelector<HTMLElement>(".topic-tree-trail-more")?.click();
		expect(trailEl(leaf)?.textContent).toContain("Root›Middle›Leaf›Deep");
	});

	test("a note gaining its first parent gets a trail", async () => {
		s = setup();
		const leaf = await openIn(s, "Alone.md", "preview");
		expect(trailEl(leaf)?.hasClass("topic-tree-hidden")).toBe(true);
		await s.h.app.vault.modify(s.h.app.vault.fileAt("Alone.md"), "up:: [[Root]]\n");
		await s.h.app.flush();
		expect(rowText(leaf)).toBe("Root › Alone");
		expect(trailEl(leaf)?.hasClass("topic-tree-hidden")).toBe(false);
	});
});

describe("notes without parents", () => {
	test("show nothing by default", async () => {
		s = setup();
		const leaf = await openIn(s, "Alone.md", "source");
		expect(trailEl(leaf)?.textContent ?? "").toBe("");
	});

	test("or a muted 'No parent · Set parent…' that runs set parent for that note", async () => {
		s = setup({ settings: { trailEmpty: "hint" } });
		const leaf = await openIn(s, "Alone.md", "source");
		const el = trailEl(leaf);
		expect(el?.hasClass("is-empty")).toBe(true);
		expect(el?.textContent).toBe("No parent·Set parent…");
		el?.querySelector<HTMLElement>(".topic-tree-trail-set-parent")?.click();
		expect(s.setParentCalls).toEqual(["Alone.md"]);
	});

	test("a note the index does not know (an excluded folder) gets neither a trail nor the hint", async () => {
		s = setup({ settings: { trailEmpty: "hint" } });
		// The index stops following the vault, as it ignores an excluded folder.
		s.stop();
		s.stop = () => {};
		await s.h.app.vault.create("Templates/Daily.md", "up:: [[Root]]\n");
		const leaf = await openIn(s, "Templates/Daily.md", "preview");
		expect(s.h.index.core.graph.getNode("Templates/Daily.md")).toBeUndefined();
		expect(trailEl(leaf)).not.toBeNull();
		expect(trailEl(leaf)?.textContent ?? "").toBe("");
		expect(trailEl(leaf)?.hasClass("topic-tree-hidden") ?? true).toBe(true);
	});
});

describe("settings", () => {
	test("show trail off removes it; on brings it back", async () => {
		s = setup();
		const leaf = await openIn(s, "Deep.md", "preview");
		s.h.store.updateSettings({ showTrail: false });
		expect(trailEl(leaf)).toBeNull();
		s.h.store.updateSettings({ showTrail: true });
		expect(rowText(leaf)).toBe("Other root › Leaf › Deep +1 path");
	});

	test("modes: Reading view only leaves Live Preview without a trail", async () => {
		s = setup({ settings: { trailModes: "reading" } });
		const leaf = await openIn(s, "Deep.md", "source");
		expect(trailEl(leaf)).toBeNull();
		await viewOf(leaf).setState({ mode: "preview" }, { history: false });
		await s.h.app.flush();
		expect(trailEl(leaf)?.closest(".markdown-reading-view")).not.toBeNull();
		s.h.store.updateSettings({ trailModes: "editing" });
		expect(trailEl(leaf)).toBeNull();
	});
});

describe("windows and unload", () => {
	test("a leaf in a popout window gets its trail from that window's document", async () => {
		s = setup();
		const leaf = await openIn(s, "Deep.md", "source");
		const popout = document.implementation.createHTMLDocument("popout");
		popout.body.appendChild(popout.adoptNode(viewOf(leaf).containerEl));
		s.feature.syncAll(null);
		const el = trailEl(leaf);
		expect(el?.ownerDocument).toBe(popout);
		expect(document.querySelector(".topic-tree-trail")).toBeNull();
		crumb(leaf, "Leaf").click();
		await s.h.app.flush();
		expect(activePath(s)).toBe("Topics/Leaf.md");
	});

	test("closing a leaf drops its trail; unloading removes every trail", async () => {
		s = setup();
		const first = await openIn(s, "Deep.md", "preview");
		const second = await openIn(s, "Topics/Mid.md", "source", s.h.app.workspace.getLeaf("tab"));
		first.detach();
		await s.h.app.flush();
		expect(s.feature.trailOf(first as unknown as OLeaf)).toBeUndefined();
		expect(trailEl(second)).not.toBeNull();
		s.feature.unload();
		expect(trailEl(second)).toBeNull();
		expect(document.querySelectorAll(".topic-tree-trail")).toHaveLength(0);
	});
});
