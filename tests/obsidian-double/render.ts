import type * as O from "obsidian";
import { Component } from "./component";
import { type Block, computeMetadata, splitBlocks, tableCells } from "./markdown";
import { sanitizeHTMLToDom } from "./util";

/** A code block handler as `registerMarkdownCodeBlockProcessor` takes it. */
export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => Promise<unknown> | void;

/** What renders markdown into an element; replaceable with `setMarkdownRenderer`. */
export type MarkdownRendererFn = (app: unknown, markdown: string, el: HTMLElement, sourcePath: string, component: O.Component) => Promise<void>;

/** Post processors and code block processors registered by plugins. */
export class ProcessorRegistry {
	/** Post processors, in registration order (run sorted by `sortOrder`). */
	readonly postProcessors: O.MarkdownPostProcessor[] = [];
	/** Code block handlers by language. */
	readonly codeBlockProcessors = new Map<string, CodeBlockHandler>();

	/** Add a post processor. */
	addPostProcessor(pp: O.MarkdownPostProcessor, sortOrder?: number): void {
		if (sortOrder !== undefined) pp.sortOrder = sortOrder;
		this.postProcessors.push(pp);
	}
	/** Remove a post processor. */
	removePostProcessor(pp: O.MarkdownPostProcessor): void {
		const index = this.postProcessors.indexOf(pp);
		if (index >= 0) this.postProcessors.splice(index, 1);
	}
	/** Add a code block handler; a language has one handler, the last registered. */
	addCodeBlock(language: string, handler: CodeBlockHandler): void {
		this.codeBlockProcessors.set(language, handler);
	}
	/** Remove a code block handler if it is still the registered one. */
	removeCodeBlock(language: string, handler: CodeBlockHandler): void {
		if (this.codeBlockProcessors.get(language) === handler) this.codeBlockProcessors.delete(language);
	}
}

/** Fake of `O.MarkdownRenderChild`. */
export class MarkdownRenderChild extends Component {
	/** `MarkdownRenderChild.containerEl` */
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

const INLINE = /(\[\[([^[\]\n]+?)\]\])|(\[([^\]\n]*)\]\(([^)\s]*)\))|(`[^`\n]+`)|(\*\*[^*\n]+\*\*)|(\*[^*\n]+\*|_[^_\n]+_)|(==[^=\n]+==)|(#[\p{L}\p{N}_\-/]+)/gu;

/** Render inline markdown (links, code, emphasis, highlights, tags) as DOM; everything else is text. */
export function renderInline(el: HTMLElement, text: string): void {
	const doc = el.ownerDocument;
	const inline = new RegExp(INLINE.source, INLINE.flags);
	let at = 0;
	for (let m = inline.exec(text); m; m = inline.exec(text)) {
		if (m[10] && m.index > 0 && !/\s/.test(text[m.index - 1])) continue;
		if (m.index > at) el.appendChild(doc.createTextNode(text.slice(at, m.index)));
		at = m.index + m[0].length;
		if (m[1]) {
			const inner = m[2];
			const bar = inner.search(/\\?\|/);
			const target = (bar < 0 ? inner : inner.slice(0, bar)).trim();
			const alias = bar < 0 ? target : inner.slice(bar).replace(/^\\?\|/, "");
			el.createEl("a", { cls: "internal-link", text: alias, attr: { "data-href": target, href: target, target: "_blank", rel: "noopener" } });
		} else if (m[3]) {
			const external = /^[a-z][a-z0-9+.-]*:/i.test(m[5]);
			el.createEl("a", { cls: external ? "external-link" : "internal-link", text: m[4], attr: { href: m[5], ...(external ? {} : { "data-href": m[5] }) } });
		} else if (m[6]) el.createEl("code", { text: m[6].slice(1, -1) });
		else if (m[7]) renderInline(el.createEl("strong"), m[7].slice(2, -2));
		else if (m[8]) renderInline(el.createEl("em"), m[8].slice(1, -1));
		else if (m[9]) el.createEl("mark", { text: m[9].slice(2, -2) });
		else if (m[10]) el.createEl("a", { cls: "tag", text: m[10], attr: { href: m[10] } });
	}
	if (at < text.length) el.appendChild(doc.createTextNode(text.slice(at)));
}

function renderTable(el: HTMLElement, lines: string[]): void {
	const table = el.createEl("table");
	const aligns = tableCells(lines[1]).map((c) => (c.startsWith(":") && c.endsWith(":") ? "center" : c.endsWith(":") ? "right" : c.startsWith(":") ? "left" : ""));
	const row = (parent: HTMLElement, cells: string[], tag: "th" | "td"): void => {
		const tr = parent.createEl("tr");
		aligns.forEach((align, i) => {
			const cell = tr.createEl(tag);
			if (align) cell.setAttribute("align", align);
			renderInline(cell, (cells[i] ?? "").replace(/\\\|/g, "|"));
		});
	};
	row(table.createEl("thead"), tableCells(lines[0]), "th");
	const body = lines.slice(2);
	if (body.length > 0) {
		const tbody = table.createEl("tbody");
		for (const line of body) row(tbody, tableCells(line), "td");
	}
}

function renderList(el: HTMLElement, lines: string[]): void {
	const ordered = /^\s*\d/.test(lines[0]);
	const list = el.createEl(ordered ? "ol" : "ul");
	let item: HTMLElement | null = null;
	for (const line of lines) {
		const m = /^([ \t]*)([-+*]|\d{1,9}[.)])([ \t]+|$)(.*)$/.exec(line);
		if (!m) {
			if (item && line.trim() !== "") item.appendText(` ${line.trim()}`);
			continue;
		}
		item = list.createEl("li");
		const depth = m[1].replace(/\t/g, "    ").length;
		if (depth > 0) item.setAttribute("data-indent", String(depth));
		const task = /^\[(.)\][ \t]?(.*)$/.exec(m[4]);
		if (task) {
			item.addClass("task-list-item");
			item.setAttribute("data-task", task[1]);
			item.createEl("input", { cls: "task-list-item-checkbox", type: "checkbox", attr: { checked: task[1] !== " " } });
			renderInline(item, task[2]);
		} else renderInline(item, m[4]);
	}
}

/** Render one block of markdown (its lines) as Obsidian's reading view would, simplified. */
export function renderBlock(el: HTMLElement, block: Block, lines: string[]): void {
	const text = lines.join("\n");
	switch (block.type) {
		case "heading": {
			const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(lines[0]);
			const title = lines.length === 1 ? (atx?.[1] ?? "") : lines.slice(0, -1).join(" ");
			renderInline(el.createEl(`h${block.level ?? 1}` as "h1"), title.trim());
			return;
		}
		case "code": {
			const fenced = /^ {0,3}(`{3,}|~{3,})/.test(lines[0]);
			const body = fenced ? lines.slice(1, /^ {0,3}(`{3,}|~{3,})\s*$/.test(lines[lines.length - 1]) && lines.length > 1 ? -1 : undefined) : lines.map((l) => l.replace(/^(?: {4}|\t)/, ""));
			const code = el.createEl("pre").createEl("code", { text: body.join("\n") });
			if (block.lang) code.addClass(`language-${block.lang}`);
			return;
		}
		case "table":
			renderTable(el, lines);
			return;
		case "list":
			renderList(el, lines);
			return;
		case "blockquote":
			renderInline(el.createEl("blockquote").createEl("p"), lines.map((l) => l.replace(/^ {0,3}> ?/, "")).join("\n"));
			return;
		case "callout": {
			const m = /^ {0,3}>\s*\[!([^\]]+)\]([+-]?)\s*(.*)$/.exec(lines[0]);
			const type = (m?.[1] ?? "note").toLowerCase();
			const callout = el.createDiv({ cls: "callout", attr: { "data-callout": type } });
			renderInline(callout.createDiv({ cls: "callout-title" }).createDiv({ cls: "callout-title-inner" }), m?.[3] || type.charAt(0).toUpperCase() + type.slice(1));
			const content = lines.slice(1).map((l) => l.replace(/^ {0,3}> ?/, ""));
			if (content.length > 0) renderInline(callout.createDiv({ cls: "callout-content" }).createEl("p"), content.join("\n"));
			return;
		}
		case "thematicBreak":
			el.createEl("hr");
			return;
		case "html":
			el.appendChild(sanitizeHTMLToDom(text));
			return;
		case "comment":
		case "yaml":
			return;
		case "math":
			el.createDiv({ cls: "math math-block", text: text.replace(/^\s*\$\$|\$\$\s*$/g, "").trim() });
			return;
		default:
			renderInline(el.createEl("p"), text);
	}
}

/** The default renderer: the double's block splitter and `renderBlock`, no post processors. */
export const basicMarkdownRenderer: MarkdownRendererFn = (_app, markdown, el) => {
	const lines = markdown.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
	for (const block of splitBlocks(lines, 0)) renderBlock(el, block, lines.slice(block.startLine, block.endLine + 1));
	return Promise.resolve();
};

let renderer: MarkdownRendererFn = basicMarkdownRenderer;

/** Double only: every `MarkdownRenderer.render` call, in order. */
export const renderCalls: { markdown: string; el: HTMLElement; sourcePath: string; component: O.Component }[] = [];

/** Double only: replace the markdown renderer (the browser host plugs a real one); no argument restores the default. */
export function setMarkdownRenderer(fn?: MarkdownRendererFn): void {
	renderer = fn ?? basicMarkdownRenderer;
}

/** Fake of `O.MarkdownRenderer`: the static `render` delegates to the current renderer (see `setMarkdownRenderer`). */
export abstract class MarkdownRenderer extends MarkdownRenderChild {
	/** `MarkdownRenderer.app` */
	app: unknown;
	/** `MarkdownRenderer.hoverPopover` */
	hoverPopover: O.HoverPopover | null = null;

	/** `MarkdownRenderer.render` */
	static render(app: unknown, markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
		renderCalls.push({ markdown, el, sourcePath, component });
		return renderer(app, markdown, el, sourcePath, component);
	}

	/** `MarkdownRenderer.renderMarkdown` (deprecated in Obsidian) */
	static renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
		return MarkdownRenderer.render(null, markdown, el, sourcePath, component);
	}
}

/** Processors registered through `MarkdownPreviewRenderer` (global, like Obsidian's). */
export const globalProcessors = new ProcessorRegistry();

/** Fake of `O.MarkdownPreviewRenderer`'s static registration helpers. */
export class MarkdownPreviewRenderer {
	/** `MarkdownPreviewRenderer.registerPostProcessor` */
	static registerPostProcessor(postProcessor: O.MarkdownPostProcessor, sortOrder?: number): void {
		globalProcessors.addPostProcessor(postProcessor, sortOrder);
	}
	/** `MarkdownPreviewRenderer.unregisterPostProcessor` */
	static unregisterPostProcessor(postProcessor: O.MarkdownPostProcessor): void {
		globalProcessors.removePostProcessor(postProcessor);
	}
	/** `MarkdownPreviewRenderer.createCodeBlockPostProcessor`: replaces `pre > code.language-<lang>` with the handler's output. */
	static createCodeBlockPostProcessor(language: string, handler: CodeBlockHandler): (el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => void {
		return (el, ctx) => {
			for (const code of Array.from(el.querySelectorAll(`pre > code.language-${language}`))) {
				const pre = code.parentElement as HTMLElement;
				const box = createDiv({ cls: `block-language-${language}` });
				pre.replaceWith(box);
				void handler(`${code.textContent ?? ""}\n`, box, ctx);
			}
		};
	}
}

/** What `renderMarkdownWithProcessors` produced. */
export interface RenderedDocument {
	/** The container passed in. */
	el: HTMLElement;
	/** Owns every child added with `ctx.addChild`; unload it to tear the render down. */
	component: MarkdownRenderChild;
	/** One element per rendered section, with its 0-based line range. */
	sections: { el: HTMLElement; type: string; lineStart: number; lineEnd: number }[];
	/** The context given to processors. */
	ctx: O.MarkdownPostProcessorContext;
}

let docIds = 0;

/**
 * Double only: render a note like Obsidian's reading view: one `div` per section (front matter
 * skipped), code blocks of a registered language given to their handler (source with a trailing
 * newline, element `div.block-language-<lang>`), other sections drawn by the current renderer,
 * then every post processor run on each section `div` in `sortOrder`. The context's
 * `getSectionInfo(el)` answers for any element inside a section.
 */
export async function renderMarkdownWithProcessors(
	app: unknown,
	source: ProcessorRegistry | { processors: ProcessorRegistry },
	markdown: string,
	el: HTMLElement,
	sourcePath: string,
): Promise<RenderedDocument> {
	const registry = source instanceof ProcessorRegistry ? source : source.processors;
	const component = new MarkdownRenderChild(el);
	component.load();
	const parsed = computeMetadata(markdown);
	const lines = markdown.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
	const sectionOf = new Map<Element, { lineStart: number; lineEnd: number }>();
	const ctx: O.MarkdownPostProcessorContext = {
		docId: `doc-${++docIds}`,
		sourcePath,
		frontmatter: parsed.cache.frontmatter,
		addChild: (child) => {
			component.addChild(child);
		},
		getSectionInfo: (target) => {
			for (let n: Element | null = target; n; n = n.parentElement) {
				const info = sectionOf.get(n);
				if (info) return { text: markdown, ...info };
			}
			return null;
		},
	};
	const sections: RenderedDocument["sections"] = [];
	const processors = [...registry.postProcessors, ...globalProcessors.postProcessors].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
	for (const block of parsed.blocks) {
		if (block.type === "yaml") continue;
		const blockLines = lines.slice(block.startLine, block.endLine + 1);
		const sectionEl = el.createDiv({ cls: `el-${sectionClass(block)}` });
		sectionOf.set(sectionEl, { lineStart: block.startLine, lineEnd: block.endLine });
		sections.push({ el: sectionEl, type: block.type, lineStart: block.startLine, lineEnd: block.endLine });
		const handler = block.type === "code" && block.lang ? registry.codeBlockProcessors.get(block.lang) : undefined;
		if (handler) {
			const closed = blockLines.length > 1 && /^ {0,3}(`{3,}|~{3,})\s*$/.test(blockLines[blockLines.length - 1]);
			const body = blockLines.slice(1, closed ? -1 : undefined);
			const box = sectionEl.createDiv({ cls: `block-language-${block.lang}` });
			await handler(body.length > 0 ? `${body.join("\n")}\n` : "", box, ctx);
		} else await MarkdownRenderer.render(app, blockLines.join("\n"), sectionEl, sourcePath, component);
		for (const pp of processors) await pp(sectionEl, ctx);
	}
	return { el, component, sections, ctx };
}

function sectionClass(block: Block): string {
	switch (block.type) {
		case "heading":
			return `h${block.level ?? 1}`;
		case "code":
			return "pre";
		case "list":
			return "ul";
		case "thematicBreak":
			return "hr";
		case "paragraph":
			return "p";
		default:
			return block.type;
	}
}
