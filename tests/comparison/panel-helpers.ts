/** Mounting comparison panels in jsdom for the panel tests. */
import type { Component } from "obsidian";
import { createApp, obsidianApp, type App } from "../obsidian-double";
import { ComparisonPanel, type PanelOptions } from "../../src/comparison/panel";
import { detectComparison, type Comparison } from "../../src/core/tables/comparison";
import { DEFAULT_PANEL_STATE, type PanelState } from "../../src/core/tables/panel-model";
import { parseTables } from "../../src/core/tables/parse";

/** The first table of a markdown snippet read as a comparison (forced on). */
export function comparisonOf(md: string): Comparison {
	const [table] = parseTables(md);
	const c = table ? detectComparison(table, "on").comparison : null;
	if (!c) throw new Error("no comparison in snippet");
	return c;
}

/** A synchronous stand-in for MarkdownRenderer.render: the markdown as text in a `p`. */
export function textRenderer(md: string, el: HTMLElement, component: Component): Promise<void> {
	void component;
	el.createEl("p", { text: md });
	return Promise.resolve();
}

/** A mounted panel and what it reported. */
export interface Mounted {
	app: App;
	panel: ComparisonPanel;
	el: HTMLElement;
	states: PanelState[];
}

/** Mount a panel over a test app in `document.body`. */
export function mount(comparison: Comparison, options: Partial<PanelOptions> = {}, files: Record<string, string> = {}): Mounted {
	const app = createApp({ "Notes/Compare.md": "", ...files });
	const el = document.body.createDiv({ cls: "test-host" });
	const states: PanelState[] = [];
	const panel = new ComparisonPanel(el, {
		app: obsidianApp(app),
		sourcePath: "Notes/Compare.md",
		comparison,
		caption: "Databases",
		state: { ...DEFAULT_PANEL_STATE, hidden: [], order: [] },
		onState: (s) => states.push(s),
		renderMarkdown: textRenderer,
		...options,
	});
	panel.load();
	return { app, panel, el, states };
}

/** The button with this `data-action` (and optional extra attribute match). */
export function action(el: HTMLElement, name: string, extra = ""): HTMLElement {
	const found = el.querySelector<HTMLElement>(`[data-action="${name}"]${extra}`);
	if (!found) throw new Error(`no control ${name}${extra}`);
	return found;
}

/** Click an element as a user would. */
export function click(el: Element, init: MouseEventInit = {}): void {
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}

/** Press a key on an element. */
export function press(el: Element, key: string): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

/** Text of each element matching `selector`, whitespace collapsed. */
export function texts(el: ParentNode, selector: string): string[] {
	return Array.from(el.querySelectorAll(selector)).map((e) => (e.textContent ?? "").replace(/\s+/g, " ").trim());
}

/** Wait for real timers (the filter box is debounced). */
export function wait(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

const VOID = new Set(["br", "hr", "img", "input", "wbr", "col"]);

/** Serialise a DOM subtree as normalised, pretty-printed HTML: attributes sorted, panel ids numbered from the first. */
export function prettyHtml(root: Element): string {
	const ids = new Map<string, string>();
	const normalise = (value: string): string =>
		value.replace(/topic-tree-panel-\d+/g, (id) => {
			if (!ids.has(id)) ids.set(id, `topic-tree-panel-${ids.size + 1}`);
			return ids.get(id) ?? id;
		});
	const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
	const lines: string[] = [];
	const walk = (node: Node, depth: number): void => {
		const pad = "  ".repeat(depth);
		if (node.nodeType === 3) {
			const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
			if (text) lines.push(pad + escape(text));
			return;
		}
		if (node.nodeType !== 1) return;
		const el = node as Element;
		const tag = el.tagName.toLowerCase();
		const attrs = Array.from(el.attributes)
			.map((a) => [a.name, normalise(a.value)] as const)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([name, value]) => ` ${name}="${escape(value).replace(/"/g, "&quot;")}"`)
			.join("");
		const children = Array.from(el.childNodes).filter((n) => n.nodeType !== 3 || (n.textContent ?? "").trim() !== "");
		if (VOID.has(tag)) lines.push(`${pad}<${tag}${attrs}>`);
		else if (children.length === 0) lines.push(`${pad}<${tag}${attrs}></${tag}>`);
		else if (children.length === 1 && children[0].nodeType === 3) lines.push(`${pad}<${tag}${attrs}>${escape((children[0].textContent ?? "").replace(/\s+/g, " ").trim())}</${tag}>`);
		else {
			lines.push(`${pad}<${tag}${attrs}>`);
			for (const child of children) walk(child, depth + 1);
			lines.push(`${pad}</${tag}>`);
		}
	};
	walk(root, 0);
	return `${lines.join("\n")}\n`;
}
