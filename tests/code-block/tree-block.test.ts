/** @jest-environment jsdom */
/**
 * The `topic-tree` code block through the test double: drawn in Reading view (section by
 * section, as `renderMarkdownWithProcessors` does) and in Live Preview (the editor hands the block
 * to the same handler inside a widget, with no section info); live on index updates; links like
 * the sidebar's; mistakes and missing roots as a message in place of the block.
 */
import { Plugin, type MarkdownPostProcessorContext } from "obsidian";
import { TreeBlockFeature } from "../../src/code-block/feature";
import { makeManifest, MarkdownRenderChild, Notice, obsidianApp, openModals, pluginDouble, renderMarkdownWithProcessors, type RenderedDocument } from "../obsidian-double";
import { buildHost, type TestHost } from "../tree-view/host";

function note(...lines: string[]): string {
	return ["# Hub", "", ...lines, ""].join("\n");
}

function block(...body: string[]): string {
	return ["```topic-tree", ...body, "```"].join("\n");
}

const FILES = {
	"Hub.md": note(block("show: children")),
	"Alpha.md": "up:: [[Hub]]\n",
	"Beta.md": "up:: [[Hub]]\n",
	"Beta child.md": "up:: [[Beta]]\n",
	"Gamma.md": "up:: [[Hub]], [[Someday]]\n",
	"Elsewhere.md": "",
};

class Host extends Plugin {
	onload(): void {}
}

interface Env {
	h: TestHost;
	plugin: Host;
	feature: TreeBlockFeature;
	stop: () => void;
}

let env: Env;

function setup(files: Record<string, string> = FILES): Env {
	const h = buildHost({ ...FILES, ...files });
	const plugin = new Host(obsidianApp(h.app), makeManifest());
	pluginDouble(plugin).load();
	const feature = new TreeBlockFeature(plugin, h.host);
	feature.load();
	return { h, plugin, feature, stop: h.index.watch() };
}

afterEach(() => {
	env?.stop();
	env?.feature.unload();
	pluginDouble(env.plugin).unload();
	Notice.reset();
	for (const modal of openModals()) modal.close();
});

async function reading(path: string, text: string): Promise<RenderedDocument> {
	const el = document.body.createDiv({ cls: "markdown-preview-view" });
	return renderMarkdownWithProcessors(env.h.app, pluginDouble(env.plugin), text, el, path);
}

/** Live Preview: the editor draws the block in a widget and calls the handler with no section info. */
async function livePreview(path: string, source: string): Promise<{ el: HTMLElement; component: MarkdownRenderChild }> {
	const widget = document.body.createDiv({ cls: "markdown-source-view is-live-preview" }).createDiv({ cls: "cm-embed-block cm-lang-topic-tree" });
	const component = new MarkdownRenderChild(widget);
	component.load();
	const ctx: MarkdownPostProcessorContext = { docId: "lp", sourcePath: path, frontmatter: undefined, addChild: (child) => component.addChild(child), getSectionInfo: () => null };
	const handler = pluginDouble(env.plugin).processors.codeBlockProcessors.get("topic-tree");
	if (!handler) throw new Error("no topic-tree handler");
	await handler(source, widget, ctx);
	return { el: widget, component };
}

function titles(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll(".topic-tree-block-link, .topic-tree-block-current"), (a) => a.textContent ?? "");
}

function outline(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll("li"), (li) => {
		let depth = 0;
		for (let p = li.parentElement; p && p !== el; p = p.parentElement) if (p.tagName === "UL") depth++;
		return `${"  ".repeat(depth - 1)}${li.firstElementChild?.textContent ?? li.textContent}`;
	});
}

function message(el: HTMLElement): string | null {
	return el.querySelector(".topic-tree-block-message")?.textContent ?? null;
}

describe("in Reading view", () => {
	test("lists the note's children as links, in the tree's order", async () => {
		env = setup();
		const doc = await reading("Hub.md", FILES["Hub.md"]);
		const box = doc.el.querySelector<HTMLElement>(".block-language-topic-tree");
		expect(box && titles(box)).toEqual(["Alpha", "Beta", "Gamma"]);
		expect(box?.querySelector("ul.topic-tree-block-list")).not.toBeNull();
	});

	test("root, subtree, depth and the tree style", async () => {
		env = setup();
		const doc = await reading("Elsewhere.md", block("root: [[Hub]]", "show: subtree", "depth: 2"));
		const box = doc.el.querySelector<HTMLElement>(".block-language-topic-tree") as HTMLElement;
		expect(outline(box)).toEqual(["Alpha", "Beta", "  Beta child", "Gamma"]);
		const tree = await reading("Elsewhere.md", block("root: Hub", "show: subtree", "style: tree", "sort: title desc"));
		const items = Array.from(tree.el.querySelectorAll(".topic-tree-block-tree .tree-item-inner"), (i) => i.textContent);
		expect(items).toEqual(["Gamma", "Beta", "Beta child", "Alpha"]);
		expect(tree.el.querySelector(".topic-tree-block-tree [role=treeitem] [role=group] .tree-item-inner")?.textContent).toBe("Beta child");
	});

	test("siblings and path", async () => {
		env = setup();
		const siblings = await reading("Beta.md", block("show: siblings"));
		expect(titles(siblings.el)).toEqual(["Alpha", "Gamma"]);
		const path = await reading("Beta child.md", block("show: path"));
		expect(outline(path.el)).toEqual(["Hub", "  Beta", "    Beta child"]);
		expect(path.el.querySelector("[aria-current=page]")?.textContent).toBe("Beta child");
	});

	test("a ghost parent can be the root; ghosts are muted and offer to create their note", async () => {
		env = setup({ "Plans.md": "down:: [[Not written]]\n" });
		const doc = await reading("Elsewhere.md", block("root: [[Someday]]"));
		expect(titles(doc.el)).toEqual(["Gamma"]);
		const children = await reading("Plans.md", block(""));
		const ghost = children.el.querySelector<HTMLElement>("a.is-ghost");
		expect(ghost?.textContent).toBe("Not written");
		ghost?.click();
		await env.h.app.flush();
		expect(openModals()[0]?.contentEl.textContent).toContain("Create Not written.md?");
	});
});

describe("messages in place of the block", () => {
	test.each([
		[block("colour: blue"), 'Topic tree block, line 1: unknown option "colour"; options are root, show, depth, sort, style.'],
		[block("show: children", "depth: deep"), 'Topic tree block, line 2: depth must be a whole number from 1 to 20, or all, not "deep".'],
		[block("root: [[Nobody]]"), 'No note or topic named "Nobody" (root: [[Nobody]]).'],
	])("%j", async (text, expected) => {
		env = setup();
		const doc = await reading("Elsewhere.md", text);
		const box = doc.el.querySelector<HTMLElement>(".block-language-topic-tree") as HTMLElement;
		expect(message(box)).toBe(expected);
		expect(box.querySelector("[role=alert]")).not.toBeNull();
		expect(box.querySelector("ul")).toBeNull();
	});

	test("an empty result says so", async () => {
		env = setup();
		const doc = await reading("Elsewhere.md", block(""));
		expect(doc.el.querySelector(".topic-tree-block-empty")?.textContent).toBe("No children yet.");
	});
});

describe("in Live Preview", () => {
	test("the same handler draws the block inside the editor's widget", async () => {
		env = setup();
		const { el } = await livePreview("Hub.md", "show: subtree\n");
		expect(outline(el)).toEqual(["Alpha", "Beta", "  Beta child", "Gamma"]);
	});
});

describe("live", () => {
	test("a new child appears; an unrelated edit does not redraw; unloading the note's render stops listening", async () => {
		env = setup();
		const { el, component } = await livePreview("Hub.md", "show: children\n");
		expect(titles(el)).toEqual(["Alpha", "Beta", "Gamma"]);
		await env.h.app.vault.create("Delta.md", "up:: [[Hub]]\n");
		await env.h.app.flush();
		expect(titles(el)).toEqual(["Alpha", "Beta", "Delta", "Gamma"]);
		const first = el.firstElementChild;
		await env.h.app.vault.modify(env.h.app.vault.fileAt("Elsewhere.md"), "Just text\n");
		await env.h.app.flush();
		expect(el.firstElementChild).toBe(first);
		expect(env.feature.liveBlocks).toBe(1);
		component.unload();
		expect(env.feature.liveBlocks).toBe(0);
	});

	test("unloading the feature unloads blocks still on screen", async () => {
		env = setup();
		await reading("Hub.md", FILES["Hub.md"]);
		expect(env.feature.liveBlocks).toBe(1);
		env.feature.unload();
		expect(env.feature.liveBlocks).toBe(0);
	});
});

describe("links", () => {
	test("click opens here, Mod-click in a new tab, Mod-hover asks for the page preview", async () => {
		env = setup();
		await env.h.app.workspace.getLeaf(false).openFile(env.h.app.vault.fileAt("Hub.md"));
		const doc = await reading("Hub.md", FILES["Hub.md"]);
		const link = (title: string) => Array.from(doc.el.querySelectorAll<HTMLElement>(".topic-tree-block-link")).find((a) => a.textContent === title) as HTMLElement;
		link("Beta").click();
		await env.h.app.flush();
		expect(env.h.app.workspace.getActiveFile()?.path).toBe("Beta.md");
		link("Alpha").dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
		await env.h.app.flush();
		expect(env.h.app.workspace.getLeavesOfType("markdown")).toHaveLength(2);
		link("Gamma").dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true }));
		const hover = env.h.app.workspace.triggered.filter((t) => t.name === "hover-link").pop();
		expect(hover?.args[0]).toMatchObject({ source: "topic-tree", linktext: "Gamma.md" });
	});
});
