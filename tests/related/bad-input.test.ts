/** @jest-environment jsdom */
/**
 * Bad input in the related-notes section: HTML titles and ghost names as text, emoji and
 * right-to-left names as isolated links, cycles and self links without loops, and a note with
 * 1,000 parents (each with other children) rendered in bounded groups with a "Show all" control.
 */
import type { TopicTreeView } from "../../src/tree-view/view";
import { RELATED_LIST_LIMIT } from "../../src/tree-view/constants";
import { expectInert, hostileFiles, IMG_PAYLOAD, manyParents } from "../helpers/hostile-vault";
import { buildHost, type TestHost } from "../tree-view/host";
import { activeMain, openNote, openTreeView, settle } from "../tree-view/view-helpers";

let h: TestHost;
let view: TopicTreeView;

function body(): HTMLElement {
	return view.contentEl.querySelector(".topic-tree-related-body") as HTMLElement;
}

/** The section's groups as "Heading: text". */
function groups(): string[] {
	return Array.from(body().querySelectorAll(".topic-tree-related-group"), (g) => {
		const heading = g.querySelector(".topic-tree-related-heading")?.textContent ?? "";
		const rest = Array.from(g.children)
			.slice(1)
			.map((c) => c.textContent)
			.join(" | ");
		return `${heading}: ${rest}`;
	});
}

function group(heading: string): HTMLElement {
	const found = Array.from(body().querySelectorAll<HTMLElement>(".topic-tree-related-group")).find((g) => g.querySelector(".topic-tree-related-heading")?.textContent?.startsWith(heading));
	if (!found) throw new Error(`No group ${heading}: ${groups().join(" / ")}`);
	return found;
}

function links(el: HTMLElement = body()): HTMLElement[] {
	return Array.from(el.querySelectorAll<HTMLElement>(".topic-tree-link"));
}

afterEach(async () => {
	await h.app.dispose();
	// Large DOMs left in the document slow jsdom's teardown past the worker's exit deadline.
	document.body.empty();
});

describe("the hostile vault", () => {
	beforeEach(async () => {
		h = buildHost(hostileFiles());
		view = await openTreeView(h);
	});

	test("HTML titles and ghost names are link text, never markup", async () => {
		await openNote(h, "HTML ghost child.md");
		expect(groups()).toEqual([
			`Paths (2): <b onmouseover=alert(1)>bold</b>›HTML ghost child | ${IMG_PAYLOAD}›HTML ghost child`,
			`Parents (2): <b onmouseover=alert(1)>bold</b>, ${IMG_PAYLOAD}`,
		]);
		await openNote(h, "Hub.md");
		expect(links(group("Children")).map((a) => a.textContent)).toContain(IMG_PAYLOAD);
		expectInert(view.containerEl);
	});

	test("the note with an HTML title shows it as the current crumb, as text", async () => {
		await openNote(h, "HTML title.md");
		expect(body().querySelector(".topic-tree-crumb-current")?.textContent).toBe(IMG_PAYLOAD);
		expectInert(view.containerEl);
	});

	test("right-to-left and emoji names are isolated links, so a list of them keeps its order", async () => {
		await openNote(h, "names/Under RTL.md");
		expect(groups()).toEqual(["Paths (2): مرحبا 🌍›Under RTL | Hub›🌱 Garden›שלום עולם›Under RTL", "Parents (2): שלום עולם, مرحبا 🌍"]);
		for (const a of links()) expect(a.getAttribute("dir")).toBe("auto");
		expect(body().querySelector(".topic-tree-crumb-current")?.getAttribute("dir")).toBe("auto");
		links(group("Parents"))[0].dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		await settle(h);
		expect(activeMain(h).path).toBe("names/שלום עולם.md");
	});

	test("cycle members list each other once; a self link lists nothing of itself", async () => {
		await openNote(h, "cycles/Three 2.md");
		expect(groups()).toEqual(["Path (1): Three 1›Three 3›Three 2", "Parents (1): Three 3", "Children (1): Three 1"]);
		await openNote(h, "Self.md");
		expect(links().map((a) => a.textContent)).not.toContain("Self");
	});

	test("duplicate basenames: two parents of the same title, each link opening its own note", async () => {
		await openNote(h, "Duplicate child.md");
		const parents = links(group("Parents"));
		expect(parents.map((a) => a.textContent)).toEqual(["Topic", "Topic"]);
		parents[1].dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		await settle(h);
		const second = activeMain(h).path;
		await openNote(h, "Duplicate child.md");
		links(group("Parents"))[0].dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
		await settle(h);
		expect([activeMain(h).path, second].sort()).toEqual(["a/Topic.md", "b/Topic.md"]);
	});
});

describe("1,000 parents on one note", () => {
	/** Kid under 1,000 parents, each of which has one other child. */
	function crowded(): Record<string, string> {
		const files = manyParents(1000, true);
		for (let i = 0; i < 1000; i++) files[`others/O${String(i).padStart(4, "0")}.md`] = `up:: [[P${String(i).padStart(4, "0")}]]\n`;
		return files;
	}

	beforeEach(async () => {
		h = buildHost(crowded());
		view = await openTreeView(h);
		await openNote(h, "Kid.md");
	});

	test("every group is cut to the limit with a count of the rest; the DOM stays bounded", () => {
		expect(group("Parents").querySelector(".topic-tree-related-heading")?.textContent).toBe("Parents (1,000)");
		expect(links(group("Parents"))).toHaveLength(RELATED_LIST_LIMIT);
		expect(group("Parents").querySelector(".topic-tree-related-more")?.textContent).toBe(" and 950 more");
		expect(group("Siblings").querySelector(".topic-tree-related-heading")?.textContent).toBe("Siblings (1,000)");
		expect(group("Siblings").querySelectorAll(".topic-tree-related-siblings")).toHaveLength(RELATED_LIST_LIMIT);
		expect(group("Siblings").querySelector(":scope > .topic-tree-related-more")?.textContent).toBe("and 950 more parents Show all");
		expect(group("Paths").querySelectorAll(".topic-tree-breadcrumbs").length).toBeLessThanOrEqual(20);
		expect(body().querySelectorAll("*").length).toBeLessThan(1000);
	});

	test('"Show all" lists the whole group, and the choice lasts until another note is opened', async () => {
		const show = group("Parents").querySelector<HTMLElement>(".topic-tree-related-show-all");
		expect(show?.textContent).toBe("Show all");
		expect(show?.tagName).toBe("BUTTON");
		show?.click();
		expect(links(group("Parents"))).toHaveLength(1000);
		expect(group("Parents").querySelector(".topic-tree-related-show-all")).toBeNull();
		expect(group("Siblings").querySelectorAll(".topic-tree-related-siblings")).toHaveLength(RELATED_LIST_LIMIT);
		group("Siblings").querySelector<HTMLElement>(":scope > .topic-tree-related-more > .topic-tree-related-show-all")?.click();
		expect(group("Siblings").querySelectorAll(".topic-tree-related-siblings")).toHaveLength(1000);
		await openNote(h, "parents/P0001.md");
		await openNote(h, "Kid.md");
		expect(links(group("Parents"))).toHaveLength(RELATED_LIST_LIMIT);
	});
});
