/**
 * The panel's toolbar. The view switcher is a group of toggle buttons (`aria-pressed`, one pressed
 * at a time) rather than a tablist: the views are alternative presentations of one region, not
 * separate panels. Every control carries `data-action`; the panel handles clicks by delegation.
 */
import { setIcon } from "obsidian";
import type { PanelModel, PanelState, PanelView } from "../core/tables/panel-model";

const VIEWS: ReadonlyArray<[PanelView, string, string]> = [
	["table", "table", "Table"],
	["cards", "layout-grid", "Cards"],
	["criterion", "columns", "By criterion"],
];

/** "3 of 7 criteria", "10 of 10,000 criteria". */
export function criteriaCount(shown: number, total: number): string {
	return `${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} ${total === 1 ? "criterion" : "criteria"}`;
}

/** Toolbar elements and their update from the state. */
export class PanelToolbar {
	readonly el: HTMLElement;
	readonly filterEl: HTMLInputElement;
	private readonly countEl: HTMLElement;
	private readonly viewButtons = new Map<PanelView, HTMLElement>();
	private readonly toggles: Array<[HTMLElement, (s: PanelState) => boolean]> = [];
	private readonly sortButton: HTMLButtonElement;

	constructor(parent: HTMLElement) {
		this.el = parent.createDiv({ cls: "topic-tree-panel-toolbar", attr: { role: "group", "aria-label": "Comparison tools" } });
		const views = this.el.createDiv({ cls: "topic-tree-panel-views", attr: { role: "group", "aria-label": "View" } });
		for (const [view, icon, label] of VIEWS) {
			const button = views.createEl("button", { cls: "topic-tree-panel-view", attr: { type: "button", "aria-pressed": "false", "data-action": "view", "data-view": view } });
			setIcon(button.createSpan({ cls: "topic-tree-panel-icon" }), icon);
			button.createSpan({ text: label });
			this.viewButtons.set(view, button);
		}
		const tools = this.el.createDiv({ cls: "topic-tree-panel-tools" });
		const items = tools.createEl("button", { cls: "topic-tree-panel-items", attr: { type: "button", "aria-haspopup": "menu", "data-action": "items" } });
		setIcon(items.createSpan({ cls: "topic-tree-panel-icon" }), "eye");
		items.createSpan({ text: "Items" });
		this.toggle(tools, "highlight", "highlighter", "Highlight differences", (s) => s.highlight);
		this.toggle(tools, "only-differences", "diff", "Only differences", (s) => s.onlyDifferences);
		this.toggle(tools, "transpose", "arrow-left-right", "Transpose", (s) => s.transposed);
		this.sortButton = this.iconButton(tools, "sort-menu", "arrow-up-down", "Sort items");
		this.sortButton.setAttribute("aria-haspopup", "menu");
		const filter = this.el.createDiv({ cls: "topic-tree-panel-filter search-input-container" });
		this.filterEl = filter.createEl("input", {
			type: "search",
			placeholder: "Filter criteria…",
			attr: { "aria-label": "Filter criteria", spellcheck: "false", enterkeyhint: "search" },
		});
		this.countEl = this.el.createSpan({ cls: "topic-tree-panel-count", attr: { "aria-live": "polite" } });
		const actions = this.el.createDiv({ cls: "topic-tree-panel-actions" });
		this.iconButton(actions, "copy-markdown", "copy", "Copy as Markdown");
		this.iconButton(actions, "copy-csv", "sheet", "Copy as CSV");
		this.iconButton(actions, "reset", "rotate-ccw", "Reset");
	}

	/** Reflect the state: pressed toggles, the current view, the criteria count, the filter text. */
	update(s: PanelState, model: PanelModel, view: PanelView): void {
		for (const [v, button] of this.viewButtons) {
			button.setAttribute("aria-pressed", String(v === view));
			button.toggleClass("is-active", v === view);
		}
		for (const [button, pressed] of this.toggles) {
			button.setAttribute("aria-pressed", String(pressed(s)));
			button.toggleClass("is-active", pressed(s));
		}
		const sortable = model.criteria.some((cr) => cr.sortable !== null);
		this.sortButton.disabled = !sortable && s.sortBy === null;
		this.sortButton.toggleClass("is-active", s.sortBy !== null);
		if (this.filterEl.value !== s.filter && this.filterEl.ownerDocument.activeElement !== this.filterEl) this.filterEl.value = s.filter;
		const count = criteriaCount(model.criteria.length, model.totalCriteria);
		if (this.countEl.textContent !== count) this.countEl.setText(count);
	}

	private iconButton(parent: HTMLElement, action: string, icon: string, label: string): HTMLButtonElement {
		const button = parent.createEl("button", { cls: "clickable-icon", attr: { type: "button", "aria-label": label, "data-action": action } });
		setIcon(button, icon);
		return button;
	}

	private toggle(parent: HTMLElement, action: string, icon: string, label: string, pressed: (s: PanelState) => boolean): void {
		const button = this.iconButton(parent, action, icon, label);
		button.setAttribute("aria-pressed", "false");
		this.toggles.push([button, pressed]);
	}
}
