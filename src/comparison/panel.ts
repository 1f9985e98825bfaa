/**
 * The interactive comparison panel: a comparison table shown as Table, Cards or By criterion,
 * with tools to hide, reorder, sort and filter, highlight differences against a baseline, and
 * copy the current view. Mounted by the Reading-view post processor, the `compare` code block and
 * the sidebar section (src/comparison/), which persist its state through `onState`.
 *
 * Every change goes through `setStateFrom`: the state is replaced, `onState` is called, and the
 * body is drawn again with a fresh short-lived component for the rendered markdown. The toolbar
 * is built once and updated in place, so the filter box keeps its focus while typing.
 * Large tables are drawn progressively (see panel-queue.ts).
 */
import { Component, debounce, Keymap, MarkdownRenderChild, MarkdownRenderer, Notice, type App, type HoverParent, type HoverPopover } from "obsidian";
import type { Comparison } from "../core/tables/comparison";
import { normaliseCell } from "../core/tables/normalise";
import {
	buildPanelModel,
	clonePanelState,
	DEFAULT_PANEL_STATE,
	itemsInColumns,
	migratePanelState,
	toCsv,
	toMarkdown,
	toggleSort,
	toggleTranspose,
	type PanelModel,
	type PanelState,
	type PanelView,
} from "../core/tables/panel-model";
import { renderCardsView } from "./panel-cards";
import { createDifferenceMark, headingIndex, removeScriptLinks, type ViewContext } from "./panel-cells";
import { renderCriterionView } from "./panel-criterion";
import { itemMenu, itemsMenu, moreMenu, sortMenu, type MenuHost } from "./panel-menus";
import { renderPrintTable } from "./panel-print";
import { renderTableView } from "./panel-table";
import { focusIdentity, restoreFocus, type FocusIdentity } from "./panel-focus";
import { RenderQueue } from "./panel-queue";
import { ACTIONS, PanelToolbar, TOOLS } from "./panel-toolbar";

/** How the panel is mounted. */
export interface PanelOptions {
	app: App;
	/** Note the table is in. */
	sourcePath: string;
	comparison: Comparison;
	/** E.g. "MLOps vs ModelOps" or the nearest heading. */
	caption: string;
	/** Initial state. */
	state: PanelState;
	/** Called on every change the user makes (the host persists it, debounced). */
	onState(state: PanelState): void;
	/** Renders cell markdown; default: MarkdownRenderer.render with a short-lived child component of the panel. */
	renderMarkdown?: (md: string, el: HTMLElement, component: Component) => Promise<void>;
	/** Headings of the note (for criteria that jump to a heading of the same name). */
	headings?: Array<{ heading: string; line: number }>;
	/** Resolves an item name to a note path; default app.metadataCache.getFirstLinkpathDest. */
	resolveItem?: (name: string) => string | null;
	/** Source for `hover-link` events ("topic-tree"). */
	hoverSource?: string;
	/** Width below which the automatic view is Cards (default 480 px). */
	narrowWidth?: number;
}

/** Default width below which the automatic view is Cards. */
export const NARROW_WIDTH = 480;
/** Criteria drawn before the "Show all N criteria" step. */
export const CRITERIA_STEP = 100;
const FILTER_DELAY_MS = 150;
let panels = 0;

/** The comparison panel: renders on load, re-renders on state change, cleans up on unload. */
export class ComparisonPanel extends MarkdownRenderChild implements HoverParent {
	/** Obsidian's page preview sets this while a hover popover is open. */
	hoverPopover: HoverPopover | null = null;
	private state: PanelState;
	private readonly options: PanelOptions;
	private readonly idPrefix = `topic-tree-panel-${++panels}`;
	private readonly headings: Map<string, string>;
	private rootEl: HTMLElement | null = null;
	private toolbar: PanelToolbar | null = null;
	private bodyEl: HTMLElement | null = null;
	private renderComponent: Component | null = null;
	private model: PanelModel | null = null;
	private narrow = false;
	private pending: Promise<void>[] = [];
	private readonly queue = new RenderQueue(() => this.restorePendingFocus());
	private pendingFocus: FocusIdentity | null = null;
	private diffMark: HTMLElement | null = null;
	/** The user asked to see every criterion, past CRITERIA_STEP. */
	private allCriteria = false;
	private readonly applyFilter = debounce((text: string) => this.setStateFrom({ ...this.state, filter: text }), FILTER_DELAY_MS, true);

	constructor(containerEl: HTMLElement, options: PanelOptions) {
		super(containerEl);
		this.options = options;
		this.state = migratePanelState(options.state);
		this.headings = headingIndex(options.headings);
	}

	/** A copy of the current state. */
	getState(): PanelState {
		return clonePanelState(this.state);
	}

	/** Replace the state and redraw (without calling `onState`). */
	setState(s: PanelState): void {
		this.applyFilter.cancel();
		this.state = migratePanelState(s);
		if (this.toolbar) this.toolbar.filterEl.value = this.state.filter;
		this.render();
	}

	/** Resolves when every queued row and the markdown of the last render have been drawn. */
	async whenRendered(): Promise<void> {
		await this.queue.whenIdle();
		await Promise.all(this.pending);
	}

	/** The view shown: the chosen one, else Cards in a narrow pane and Table otherwise. */
	get view(): PanelView {
		return this.state.view ?? (this.narrow ? "cards" : "table");
	}

	onload(): void {
		const root = this.containerEl.createDiv({ cls: "topic-tree-panel", attr: { role: "group" } });
		if (this.options.caption) root.setAttribute("aria-label", `Comparison: ${this.options.caption}`);
		this.rootEl = root;
		this.toolbar = new PanelToolbar(root);
		this.toolbar.filterEl.value = this.state.filter;
		this.bodyEl = root.createDiv({ cls: "topic-tree-panel-body" });
		const print = root.createDiv({ cls: "topic-tree-panel-print" });
		const printComponent = this.addChild(new Component());
		renderPrintTable(
			print,
			this.options.comparison,
			this.options.caption,
			(md, el) => this.draw(md, el, printComponent),
			(task) => this.queue.defer(task),
		);

		this.registerDomEvent(root, "click", (evt) => this.onClick(evt));
		this.registerDomEvent(root, "mouseover", (evt) => this.onHover(evt));
		this.registerDomEvent(root, "keydown", (evt) => this.onKeyDown(evt));
		this.registerDomEvent(root, "contextmenu", (evt) => this.onContextMenu(evt));
		this.registerDomEvent(this.toolbar.filterEl, "input", () => this.onFilterInput());
		this.register(() => this.applyFilter.cancel());
		this.register(() => this.queue.stop());
		this.observeWidth(root);
		this.render();
	}

	onunload(): void {
		this.rootEl?.remove();
		this.rootEl = this.toolbar = this.bodyEl = null;
		this.renderComponent = null;
	}

	/** Change the state as the user asked: notify the host and redraw. */
	private setStateFrom(next: PanelState): void {
		this.state = clonePanelState(next);
		this.options.onState(this.getState());
		this.render();
	}

	private observeWidth(root: HTMLElement): void {
		const Observer = root.ownerDocument.defaultView?.ResizeObserver;
		if (!Observer) return;
		const limit = this.options.narrowWidth ?? NARROW_WIDTH;
		const observer = new Observer((entries) => {
			const width = entries[entries.length - 1]?.contentRect.width ?? 0;
			const narrow = width > 0 && width < limit;
			if (narrow === this.narrow) return;
			this.narrow = narrow;
			if (this.state.view === null) this.render();
		});
		observer.observe(root);
		this.register(() => observer.disconnect());
	}

	private restorePendingFocus(): void {
		if (this.pendingFocus && this.bodyEl && restoreFocus(this.bodyEl, this.pendingFocus)) this.pendingFocus = null;
	}

	/** Draw markdown with the injected renderer (or Obsidian's), falling back to text on failure. */
	private draw(md: string, el: HTMLElement, component: Component): void {
		const render = this.options.renderMarkdown ?? ((text: string, target: HTMLElement, owner: Component) => MarkdownRenderer.render(this.options.app, text, target, this.options.sourcePath, owner));
		const done = render(md, el, component).then(
			() => removeScriptLinks(el),
			() => {
				el.empty();
				el.setText(md);
			},
		);
		this.pending.push(done);
	}

	private resolveItem(name: string): string | null {
		const resolve =
			this.options.resolveItem ?? ((n: string) => this.options.app.metadataCache.getFirstLinkpathDest(n, this.options.sourcePath)?.path ?? null);
		const path = resolve(name);
		return path && path !== this.options.sourcePath ? path : null;
	}

	private render(): void {
		const body = this.bodyEl;
		if (!body || !this.toolbar) return;
		const c = this.options.comparison;
		const full = buildPanelModel(c, this.state);
		this.model = full;
		// The By criterion view draws one criterion's values, its tabs in batches: it is not capped.
		const capped = !this.allCriteria && this.view !== "criterion" && full.criteria.length > CRITERIA_STEP;
		const model: PanelModel = capped ? { ...full, criteria: full.criteria.slice(0, CRITERIA_STEP) } : full;
		const view = this.view;
		this.toolbar.update(this.state, full, view);
		const focus = focusIdentity(body);

		if (this.renderComponent) this.removeChild(this.renderComponent);
		const component = this.addChild(new Component());
		this.renderComponent = component;
		this.pending = [];
		this.queue.reset();
		body.empty();
		body.setAttribute("data-view", view);
		const ctx: ViewContext = {
			state: this.state,
			model,
			caption: this.options.caption,
			corner: c.corner,
			itemsInColumns: itemsInColumns(c, this.state),
			idPrefix: this.idPrefix,
			defer: (cells, task) => this.queue.row(cells, task),
			differenceMark: () => {
				this.diffMark ??= createDifferenceMark();
				return this.diffMark.cloneNode(true) as HTMLElement;
			},
			draw: (md, el) => this.draw(md, el, component),
			resolveItem: (name) => this.resolveItem(name),
			headingOf: (name) => this.headings.get(normaliseCell(name)) ?? null,
		};
		if (view !== "table" && this.options.caption) body.createDiv({ cls: "topic-tree-panel-caption", text: this.options.caption });
		if (model.criteria.length === 0) this.renderEmpty(body);
		else if (view === "cards") renderCardsView(body, ctx);
		else if (view === "criterion") renderCriterionView(body, ctx);
		else renderTableView(body, ctx);
		if (capped) {
			body.createEl("button", {
				cls: "topic-tree-panel-show-all",
				text: `Show all ${full.criteria.length.toLocaleString("en-US")} criteria`,
				attr: { type: "button", "data-action": "show-all-criteria" },
			});
		}
		this.pendingFocus = focus && !restoreFocus(body, focus) ? focus : null;
		this.queue.start();
	}

	private renderEmpty(body: HTMLElement): void {
		const s = this.state;
		const text =
			s.filter.trim() !== ""
				? `No criteria match "${s.filter.trim()}".`
				: s.onlyDifferences
					? "The shown items do not differ."
					: "No criteria to show.";
		body.createDiv({ cls: "topic-tree-panel-empty", text });
	}

	private menuHost(): MenuHost {
		const c = this.options.comparison;
		return {
			comparison: c,
			state: this.state,
			model: this.model ?? buildPanelModel(c, this.state),
			itemsVertical: this.view === "table" && !itemsInColumns(c, this.state),
			setState: (next) => this.setStateFrom(next),
		};
	}

	private onClick(evt: MouseEvent): void {
		const target = evt.target instanceof Element ? evt.target : null;
		if (!target) return;
		const link = target.closest<HTMLElement>("a.internal-link");
		if (link && this.rootEl?.contains(link)) {
			evt.preventDefault();
			evt.stopPropagation();
			const linktext = link.getAttribute("data-href") ?? link.getAttribute("href") ?? "";
			if (linktext) void this.options.app.workspace.openLinkText(linktext, this.options.sourcePath, Keymap.isModEvent(evt));
			return;
		}
		const control = target.closest<HTMLElement>("[data-action]");
		if (!control || (control.instanceOf(HTMLButtonElement) && control.disabled)) return;
		this.runAction(control);
	}

	private runAction(control: HTMLElement, name = control.getAttribute("data-action")): void {
		const s = this.state;
		const c = this.options.comparison;
		switch (name) {
			case "view":
				this.setStateFrom({ ...s, view: control.getAttribute("data-view") as PanelView });
				return;
			case "highlight":
				this.setStateFrom({ ...s, highlight: !s.highlight });
				return;
			case "only-differences":
				this.setStateFrom({ ...s, onlyDifferences: !s.onlyDifferences });
				return;
			case "transpose":
				this.setStateFrom(toggleTranspose(s));
				return;
			case "sort":
				this.setStateFrom(toggleSort(s, control.getAttribute("data-criterion") ?? ""));
				return;
			case "tab":
				this.selectTab(control.getAttribute("data-criterion"));
				return;
			case "items":
				showMenu(itemsMenu(this.menuHost()), control);
				return;
			case "more":
				showMenu(moreMenu(this.menuHost(), TOOLS, ACTIONS, (action) => this.runAction(control, action)), control);
				return;
			case "item-menu":
				showMenu(itemMenu(this.menuHost(), control.getAttribute("data-item") ?? ""), control);
				return;
			case "sort-menu":
				showMenu(sortMenu(this.menuHost()), control);
				return;
			case "copy-markdown":
				this.copy(toMarkdown(c, s), "Markdown");
				return;
			case "copy-csv":
				this.copy(toCsv(c, s), "CSV");
				return;
			case "show-all-criteria":
				this.allCriteria = true;
				this.render();
				return;
			case "reset":
				this.applyFilter.cancel();
				if (this.toolbar) this.toolbar.filterEl.value = "";
				this.setStateFrom(DEFAULT_PANEL_STATE);
				return;
		}
	}

	private selectTab(key: string | null, focus = false): void {
		if (key === null) return;
		if (key !== this.state.tab) this.setStateFrom({ ...this.state, tab: key });
		if (focus) this.bodyEl?.querySelector<HTMLElement>(`[role="tab"][aria-selected="true"]`)?.focus();
	}

	private onKeyDown(evt: KeyboardEvent): void {
		const target = evt.target instanceof HTMLElement ? evt.target : null;
		if (!target) return;
		if (target === this.toolbar?.filterEl) {
			this.onFilterKey(evt);
			return;
		}
		if (target.getAttribute("role") !== "tab") return;
		const tabs = Array.from(target.parentElement?.querySelectorAll<HTMLElement>(`[role="tab"]`) ?? []);
		const at = tabs.indexOf(target);
		let next = -1;
		if (evt.key === "ArrowRight") next = (at + 1) % tabs.length;
		else if (evt.key === "ArrowLeft") next = (at - 1 + tabs.length) % tabs.length;
		else if (evt.key === "Home") next = 0;
		else if (evt.key === "End") next = tabs.length - 1;
		if (next < 0 || at < 0) return;
		evt.preventDefault();
		this.selectTab(tabs[next].getAttribute("data-criterion"), true);
	}

	private onFilterInput(): void {
		const text = this.toolbar?.filterEl.value ?? "";
		if (text === "") {
			this.applyFilter.cancel();
			this.setStateFrom({ ...this.state, filter: "" });
		} else this.applyFilter(text);
	}

	private onFilterKey(evt: KeyboardEvent): void {
		const input = this.toolbar?.filterEl;
		if (!input) return;
		if (evt.key === "Escape" && input.value !== "") {
			evt.preventDefault();
			evt.stopPropagation();
			input.value = "";
			this.onFilterInput();
		} else if (evt.key === "Enter") {
			evt.preventDefault();
			this.applyFilter.cancel();
			if (input.value !== this.state.filter) this.setStateFrom({ ...this.state, filter: input.value });
		}
	}

	private onHover(evt: MouseEvent): void {
		const target = evt.target instanceof Element ? evt.target : null;
		const link = target?.closest<HTMLElement>("a.internal-link");
		if (!link) return;
		if (evt.relatedTarget instanceof Node && link.contains(evt.relatedTarget)) return;
		const linktext = link.getAttribute("data-href") ?? "";
		if (!linktext) return;
		this.options.app.workspace.trigger("hover-link", {
			event: evt,
			source: this.options.hoverSource ?? "topic-tree",
			hoverParent: this,
			targetEl: link,
			linktext,
			sourcePath: this.options.sourcePath,
		});
	}

	private onContextMenu(evt: MouseEvent): void {
		const target = evt.target instanceof Element ? evt.target : null;
		const holder = target?.closest<HTMLElement>(".topic-tree-panel-item, .topic-tree-panel-card-title, .topic-tree-panel-value > dt");
		const key = holder?.querySelector<HTMLElement>(`[data-action="item-menu"]`)?.getAttribute("data-item");
		if (!key || target?.closest("a")) return;
		evt.preventDefault();
		itemMenu(this.menuHost(), key).showAtMouseEvent(evt);
	}

	private copy(text: string, what: string): void {
		const clipboard = this.rootEl?.ownerDocument.defaultView?.navigator.clipboard;
		if (!clipboard) {
			new Notice("Could not copy: the clipboard is not available.");
			return;
		}
		clipboard.writeText(text).then(
			() => new Notice(`Copied as ${what}`),
			() => new Notice("Could not copy to the clipboard."),
		);
	}
}

/** Show a menu under its button, for keyboard and mouse alike. */
function showMenu(menu: { showAtPosition(p: { x: number; y: number }, doc?: Document): unknown }, anchor: HTMLElement): void {
	const rect = anchor.getBoundingClientRect();
	menu.showAtPosition({ x: rect.left, y: rect.bottom }, anchor.ownerDocument);
}
