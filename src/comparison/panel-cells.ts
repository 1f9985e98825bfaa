/**
 * Cell content of the comparison panel: markdown through the injected renderer, plain text
 * without it (fast), and anything holding raw HTML as literal text. Also the shared pieces of
 * every view: item and criterion headers, difference and baseline marks.
 */
import { setIcon } from "obsidian";
import { hasScriptLink, isScriptUrl } from "../core/tables/link-guard";
import { normaliseCell, plainText } from "../core/tables/normalise";
import { verdictText } from "../core/tables/value-kinds";
import type { PanelCell, PanelCriterion, PanelItem, PanelModel, PanelState } from "../core/tables/panel-model";

/** How a cell is drawn: `text` has no markdown; `literal` holds HTML other than simple inline tags, or a link to a script, and is shown as written. */
export type CellMode = "text" | "markdown" | "literal";

const BR = /<br\s*\/?>/gi;
/** Markdown that changes how a cell looks: emphasis, code, links, embeds, tags, entities, math, comments, URLs. */
const RICH = /[*_`<[\\]|~~|==|%%|!\[|(?:^|\s)#[^\s#\d]|&(?:#\d+|#x[\da-f]+|[a-z]+\d*);|\$[^\s$](?:[^$]*[^\s$])?\$|:\/\/|www\./i;
const TAG = /<\/?([A-Za-z][\w-]*)([^>]*)>/g;
const SAFE_TAGS = new Set(["br", "sup", "sub", "kbd", "mark", "u", "s", "del", "ins", "small", "b", "i", "em", "strong", "code"]);
const AUTOLINK = /^<[a-z][a-z\d+.-]*:[^\s<>]*>$/i;
const BLOCK_MARK = /^(\s*)([-+*>#])(?=\s|$)/;
const ORDERED_MARK = /^(\s*\d{1,9})([.)])(?=\s|$)/;

/** Which way a cell's markdown is drawn. */
export function cellMode(md: string): CellMode {
	// A link to script, however it is spelt (`&#106;avascript:`, `java&Tab;script:`, `[r]: javascript:`), is shown as written.
	if (hasScriptLink(md)) return "literal";
	for (const m of md.matchAll(TAG)) {
		if (AUTOLINK.test(m[0])) continue;
		const attrs = m[2].trim();
		if (!SAFE_TAGS.has(m[1].toLowerCase()) || (attrs !== "" && attrs !== "/")) return "literal";
	}
	return RICH.test(md.replace(BR, "")) ? "markdown" : "text";
}

/** Table cells hold inline content: keep a leading `-`, `#`, `>` or `1.` from starting a list, heading or quote. */
export function escapeBlockStart(md: string): string {
	return md.replace(BLOCK_MARK, "$1\\$2").replace(ORDERED_MARK, "$1\\$2");
}

/** Draws markdown into an element (the panel wraps the injected renderer). */
export type DrawMarkdown = (md: string, el: HTMLElement) => void;

/** Cell markdown into `el`: text and `<br>` line breaks directly, markdown through `draw`. */
export function renderContent(el: HTMLElement, md: string, draw: DrawMarkdown): void {
	if (cellMode(md) === "markdown") {
		draw(escapeBlockStart(md), el);
		return;
	}
	md.split(BR).forEach((line, k) => {
		if (k > 0) el.createEl("br");
		el.appendText(line);
	});
}

/** Attributes that carry a URL a browser may follow or load. */
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"];

/**
 * After rendering, whatever the renderer did: every link to `javascript:`, `vbscript:` or
 * `data:` under `el` becomes its text, and such URLs are removed from other elements.
 */
export function removeScriptLinks(el: HTMLElement): void {
	const selector = URL_ATTRIBUTES.map((a) => `[${a.replace(":", "\\:")}]`).join(",");
	for (const node of Array.from(el.querySelectorAll(selector))) {
		for (const name of URL_ATTRIBUTES) {
			const value = node.getAttribute(name);
			if (value === null || !isScriptUrl(value)) continue;
			if (node.tagName === "A") {
				node.replaceWith(node.ownerDocument.createTextNode(node.textContent ?? ""));
				break;
			}
			node.removeAttribute(name);
		}
	}
}

/** A label for menus, tabs and ARIA: the plain text, else the source, else a placeholder. */
export function labelOf(md: string): string {
	return plainText(md) || md.trim() || "Untitled";
}

/** What the views need from the panel. */
export interface ViewContext {
	readonly state: PanelState;
	readonly model: PanelModel;
	readonly caption: string;
	/** Corner label (markdown). */
	readonly corner: string;
	/** The table view shows items as columns. */
	readonly itemsInColumns: boolean;
	/** Unique prefix for element ids. */
	readonly idPrefix: string;
	/** A fresh difference mark (a copy of one drawn with `createDifferenceMark`: icons are costly to draw per cell). */
	differenceMark(): HTMLElement;
	/** Run a piece of the view (a row of `cells` cells) now while the first-screen budget lasts, else in a later slice, in order. */
	defer(cells: number, task: () => void): void;
	draw: DrawMarkdown;
	/** The note path an item name links to, or null. */
	resolveItem(name: string): string | null;
	/** The heading of the note a criterion name matches, or null. */
	headingOf(name: string): string | null;
}

/** An item name: a link to its note when the plain name resolves, else its markdown. */
export function renderItemName(el: HTMLElement, name: string, ctx: ViewContext): void {
	const nameEl = el.createDiv({ cls: "topic-tree-panel-name" });
	const plain = plainText(name);
	const linkSyntax = /\[\[|\]\(/.test(name);
	const path = plain !== "" && !linkSyntax && cellMode(name) !== "literal" ? ctx.resolveItem(plain) : null;
	if (path) nameEl.createEl("a", { cls: "internal-link", text: plain, href: plain, attr: { "data-href": plain } });
	else renderContent(nameEl, name, ctx.draw);
}

/** A criterion name: a link to the heading of the note with the same name, else its markdown. */
export function renderCriterionName(el: HTMLElement, name: string, ctx: ViewContext, unnamed = false): void {
	const nameEl = el.createDiv({ cls: "topic-tree-panel-name" });
	if (unnamed) {
		nameEl.addClass("is-unnamed");
		nameEl.setText(name);
		return;
	}
	const heading = ctx.headingOf(name);
	if (heading !== null) nameEl.createEl("a", { cls: "internal-link", text: labelOf(name), href: `#${heading}`, attr: { "data-href": `#${heading}` } });
	else renderContent(nameEl, name, ctx.draw);
}

/** The difference mark: the "diff" icon and the visually hidden text "differs". */
export function createDifferenceMark(): HTMLElement {
	const mark = createSpan({ cls: "topic-tree-panel-diff topic-tree-panel-icon" });
	setIcon(mark, "diff");
	mark.createSpan({ cls: "topic-tree-sr-only", text: "differs" });
	return mark;
}

/** The "Baseline" mark: an icon and visible text. */
export function renderBaselineMark(el: HTMLElement): void {
	const mark = el.createSpan({ cls: "topic-tree-panel-baseline-mark" });
	setIcon(mark.createSpan({ cls: "topic-tree-panel-icon" }), "pin");
	mark.createSpan({ text: "Baseline" });
}

/** An item's header content: name, baseline mark, and its options button. */
export function renderItemHeader(el: HTMLElement, item: PanelItem, ctx: ViewContext, nameId?: string): void {
	const head = el.createDiv({ cls: "topic-tree-panel-head" });
	renderItemName(head, item.name, ctx);
	if (nameId) head.firstElementChild?.setAttribute("id", nameId);
	if (item.baseline) renderBaselineMark(head);
	const button = head.createEl("button", {
		cls: "clickable-icon topic-tree-panel-item-menu",
		attr: { type: "button", "aria-label": `Options for ${labelOf(item.name)}`, "aria-haspopup": "menu", "data-action": "item-menu", "data-item": item.key },
	});
	setIcon(button, "more-vertical");
}

/** The sort icon and `aria-sort` of a criterion, when items can be sorted by it. */
function sortOf(cr: PanelCriterion, state: PanelState): "ascending" | "descending" | "none" {
	if (state.sortBy?.criterion !== cr.key) return "none";
	return state.sortBy.descending ? "descending" : "ascending";
}

const SORT_ICONS = { none: "arrow-up-down", ascending: "arrow-up-narrow-wide", descending: "arrow-down-wide-narrow" } as const;

/** A criterion's header content: name and, when sortable, a sort button; `header` gets `aria-sort`. */
export function renderCriterionHeader(el: HTMLElement, cr: PanelCriterion, ctx: ViewContext, header?: HTMLElement): void {
	if (cr.sortable === null) {
		renderCriterionName(el, cr.name, ctx, cr.unnamed);
		return;
	}
	const head = el.createDiv({ cls: "topic-tree-panel-head" });
	renderCriterionName(head, cr.name, ctx, cr.unnamed);
	const sort = sortOf(cr, ctx.state);
	header?.setAttribute("aria-sort", sort);
	const button = head.createEl("button", {
		cls: "clickable-icon topic-tree-panel-sort",
		attr: { type: "button", "aria-label": `Sort items by ${labelOf(cr.name)}`, "data-action": "sort", "data-criterion": cr.key },
	});
	if (sort !== "none") button.addClass("is-active");
	setIcon(button, SORT_ICONS[sort]);
}

/** The mark of a cell compared with the baseline: "same as baseline" (an equals icon) or "differs". */
function baselineMark(el: HTMLElement, same: boolean, ctx: ViewContext): void {
	if (!same) {
		el.appendChild(ctx.differenceMark());
		return;
	}
	const mark = el.createSpan({ cls: "topic-tree-panel-diff is-same-mark topic-tree-panel-icon", attr: { title: "Same as baseline" } });
	setIcon(mark, "equal");
	mark.createSpan({ cls: "topic-tree-sr-only", text: "same as baseline" });
}

const VERDICTS = { yes: ["check", "Yes"], no: ["x", "No"], partial: ["alert-triangle", "Partial"] } as const;

/** A yes/no value: an icon, its text (the cell's own words after the mark, else Yes/No/Partial) and a colour class. */
function renderVerdict(el: HTMLElement, cell: PanelCell, ctx: ViewContext): void {
	const verdict = cell.verdict;
	if (!verdict) {
		renderContent(el, cell.md, ctx.draw);
		return;
	}
	const [icon, word] = VERDICTS[verdict];
	el.addClass(`is-${verdict}`);
	const box = el.createSpan({ cls: "topic-tree-panel-verdict" });
	setIcon(box.createSpan({ cls: "topic-tree-panel-icon topic-tree-panel-verdict-icon" }), icon);
	const rest = verdictText(cell.md);
	const text = box.createSpan({ cls: "topic-tree-panel-verdict-text" });
	if (rest === "" || /^[^\p{L}\p{N}]*$/u.test(rest)) text.setText(word);
	else renderContent(text, cell.md.replace(/^\s*(?:\*\*|__)?\s*(?:✓|✔️?|✅|☑️?|🟢|👍|✗|✘|❌|❎|✖️?|🚫|⛔|🔴|👎|⚠️?|🟡|🟠|◐|～|~)\uFE0F?\s*/u, ""), ctx.draw);
}

/**
 * A value cell: its content directly in `el` (few nodes: tables can be large). Marks first,
 * floated to the end: while highlighting, "differs" on cells that differ; against a pinned
 * baseline, "same as baseline" or "differs" (prose is never marked). Yes/no values show an icon,
 * text and colour; numbers are right-aligned, the lowest and highest marked, with a bar.
 */
export function renderValue(el: HTMLElement, cell: PanelCell, ctx: ViewContext, baseline: boolean): void {
	if (baseline) el.addClass("is-baseline");
	if (cell.againstBaseline) {
		el.addClass(cell.differs ? "is-different" : "is-same");
		baselineMark(el, cell.same, ctx);
	} else if (ctx.state.highlight) {
		if (cell.differs) {
			el.addClass("is-different");
			el.appendChild(ctx.differenceMark());
		} else if (cell.same) {
			el.addClass("is-same");
		}
	}
	if (cell.kind === "yes-no") {
		renderVerdict(el, cell, ctx);
		return;
	}
	if (cell.kind === "number") el.addClass("is-number");
	renderContent(el, cell.md, ctx.draw);
	if (cell.extreme) {
		el.addClass(`is-${cell.extreme}`);
		el.appendText(" ");
		el.createSpan({ cls: "topic-tree-panel-extreme", text: cell.extreme === "min" ? "lowest" : "highest" });
	}
	if (cell.share !== null) {
		const bar = el.createSpan({ cls: "topic-tree-panel-bar", attr: { "aria-hidden": "true" } });
		bar.setCssProps({ "--topic-tree-share": `${Math.round(Math.max(0, Math.min(1, cell.share)) * 100)}%` });
	}
}

/** Headings of a note by normalised text, for criteria that link to them. */
export function headingIndex(headings: ReadonlyArray<{ heading: string }> | undefined): Map<string, string> {
	const map = new Map<string, string>();
	for (const h of headings ?? []) {
		const key = normaliseCell(h.heading);
		if (key !== "" && !map.has(key)) map.set(key, h.heading);
	}
	return map;
}
