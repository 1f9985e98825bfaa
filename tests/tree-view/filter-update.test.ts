/** @jest-environment jsdom */
import type { TopicTreeView } from "../../src/tree-view/view";
import { buildHost, type TestHost } from "./host";
import { SMALL_VAULT } from "./vault";
import { openTreeView, outline, rowEl, typeFilter } from "./view-helpers";

let h: TestHost;
let view: TopicTreeView;

beforeEach(async () => {
	h = buildHost(SMALL_VAULT);
	view = await openTreeView(h);
	h.index.watch();
});

afterEach(async () => {
	await h.app.dispose();
});

async function edit(path: string, content: string): Promise<void> {
	const file = h.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	await h.app.vault.modify(file, content);
	await h.app.flush();
}

function countText(): string | null {
	const el = view.contentEl.querySelector(".topic-tree-filter-count") as HTMLElement;
	return el.hasClass("topic-tree-hidden") ? null : el.textContent;
}

function isMatch(title: string): boolean {
	return rowEl(view, title).querySelector(".topic-tree-match") !== null;
}

describe("the filter follows edits of the vault", () => {
	test("a note that starts matching, moves, and stops matching shows, moves and stays as context, with the count right", async () => {
		await typeFilter(view, "go");
		expect(outline(view)).toEqual(["Topics", "  Programming", "    Go"]);
		expect(countText()).toBe("1 match");

		// Gardening starts matching: it shows under Topics, highlighted, and the count follows.
		await edit("Gardening.md", "---\ntitle: Gardening with gophers\n---\nup:: [[Topics]]\n");
		expect(outline(view)).toEqual(["Topics", "  Gardening with gophers", "  Programming", "    Go"]);
		expect(isMatch("Gardening with gophers")).toBe(true);
		expect(countText()).toBe("2 matches");
		// The rows were patched, not flattened afresh.
		expect(h.index.model.patchOf(view.rows)).not.toBeNull();

		// Go moves under Gardening: Programming, left without a match below it, goes.
		await edit("Go.md", "up:: [[Gardening]]\nrelated:: [[Rust]]\n");
		expect(outline(view)).toEqual(["Topics", "  Gardening with gophers", "    Go"]);
		expect(rowEl(view, "Gardening with gophers").querySelector(".tree-item-flair")?.textContent).toBe("1");

		// Gardening stops matching: it stays as the context of Go, without a highlight.
		await edit("Gardening.md", "---\ntitle: Gardening\n---\nup:: [[Topics]]\n");
		expect(outline(view)).toEqual(["Topics", "  Gardening", "    Go"]);
		expect(isMatch("Gardening")).toBe(false);
		expect(isMatch("Go")).toBe(true);
		expect(countText()).toBe("1 match");

		// Go is retitled: it still matches by its path (Go.md), under its new title.
		await edit("Go.md", "---\ntitle: Went\n---\nup:: [[Gardening]]\n");
		expect(outline(view)).toEqual(["Topics", "  Gardening", "    Went"]);
		expect(countText()).toBe("1 match");

		// Under a narrower query, Go's move back leaves Gardening without a match: it goes, Programming comes back.
		await typeFilter(view, "go.md");
		await edit("Go.md", "up:: [[Programming]]\n");
		expect(outline(view)).toEqual(["Topics", "  Programming", "    Go"]);
		expect(h.index.model.patchOf(view.rows)).not.toBeNull();
	});

	test("a tag filter picks up a tag added to a note", async () => {
		await typeFilter(view, "#lang");
		expect(countText()).toBe("0 matches");
		await edit("Rust.md", "---\ntags: [language]\n---\n# Rust\n\nup:: [[Programming]]\nup:: [[Languages]]\n");
		expect(outline(view)).toEqual(["Languages", "  Rust", "Topics", "  Programming", "    Rust"]);
		expect(countText()).toBe("1 match");
	});
});
