/** @jest-environment jsdom */
import { MarkdownRenderChild, MarkdownRenderer, Plugin } from "obsidian";
import { createApp, loadPlugin, obsidianApp, pluginDouble, renderMarkdownWithProcessors, setMarkdownRenderer } from "./index";

const NOTE = ["---", "title: T", "---", "# Title", "", "| Criteria | A | B |", "|---|---|---|", "| speed | [[Fast]] | **slow** |", "", "```topic-tree", "root: Notes", "```", "", "- one", "- [x] two"].join("\n");

class Child extends MarkdownRenderChild {
	static unloaded = 0;
	onunload(): void {
		Child.unloaded++;
	}
}

class ProcessorPlugin extends Plugin {
	seen: { tag: string; info: [number, number] | null; frontmatter: unknown }[] = [];
	blocks: string[] = [];
	onload(): void {
		this.registerMarkdownPostProcessor((el, ctx) => {
			const info = ctx.getSectionInfo(el);
			this.seen.push({ tag: el.firstElementChild?.tagName ?? "", info: info && [info.lineStart, info.lineEnd], frontmatter: ctx.frontmatter });
			const table = el.querySelector("table");
			if (table) ctx.addChild(new Child(table));
		});
		this.registerMarkdownCodeBlockProcessor("topic-tree", (source, el, ctx) => {
			this.blocks.push(source);
			el.createDiv({ cls: "tree", text: ctx.sourcePath });
		});
	}
}

describe("markdown rendering double", () => {
	afterEach(() => setMarkdownRenderer());

	test("renders sections, runs code block and post processors with section info, and owns render children", async () => {
		const app = createApp({ "n.md": NOTE });
		const plugin = await loadPlugin(app, ProcessorPlugin);
		const el = createDiv();
		const doc = await renderMarkdownWithProcessors(app, pluginDouble(plugin), NOTE, el, "n.md");
		expect(doc.sections.map((s) => [s.type, s.lineStart, s.lineEnd])).toEqual([
			["heading", 3, 3],
			["table", 5, 7],
			["code", 9, 11],
			["list", 13, 14],
		]);
		expect(plugin.blocks).toEqual(["root: Notes\n"]);
		expect(el.querySelector(".block-language-topic-tree .tree")?.textContent).toBe("n.md");
		expect(plugin.seen.map((s) => [s.tag, s.info])).toEqual([
			["H1", [3, 3]],
			["TABLE", [5, 7]],
			["DIV", [9, 11]],
			["UL", [13, 14]],
		]);
		expect(plugin.seen[0].frontmatter).toEqual({ title: "T" });
		const cells = Array.from(el.querySelectorAll("tbody td"), (td) => td.innerHTML);
		expect(cells).toEqual(["speed", '<a class="internal-link" data-href="Fast" href="Fast" target="_blank" rel="noopener">Fast</a>', "<strong>slow</strong>"]);
		expect(el.querySelector("li.task-list-item")?.getAttribute("data-task")).toBe("x");
		expect(doc.ctx.getSectionInfo(el.querySelector("td") as HTMLElement)?.lineStart).toBe(5);
		expect(doc.ctx.getSectionInfo(createDiv())).toBeNull();
		doc.component.unload();
		expect(Child.unloaded).toBe(1);
		await app.dispose();
	});

	test("MarkdownRenderer.render uses the replaceable renderer", async () => {
		const calls: string[] = [];
		setMarkdownRenderer((_app, markdown, el) => {
			calls.push(markdown);
			el.createEl("p", { cls: "custom", text: markdown.toUpperCase() });
			return Promise.resolve();
		});
		const el = createDiv();
		const child = new MarkdownRenderChild(el);
		await MarkdownRenderer.render(obsidianApp(createApp({})), "hello", el, "", child);
		expect(calls).toEqual(["hello"]);
		expect(el.querySelector("p.custom")?.textContent).toBe("HELLO");
		setMarkdownRenderer();
		const plain = createDiv();
		const plainChild = new MarkdownRenderChild(plain);
		await MarkdownRenderer.render(obsidianApp(createApp({})), "hello *there*", plain, "", plainChild);
		expect(plain.innerHTML).toBe("<p>hello <em>there</em></p>");
	});
});
