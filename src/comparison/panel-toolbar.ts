/**
 * The panel's toolbar: one row at every width. The view switcher is a group of toggle buttons
 * (`aria-pressed`, one pressed at a time) rather than a tablist: the views are alternative
 * presentations of one region, not separate panels. Every control carries `data-action`; the
 * panel handles clicks by delegation.
 *
 * The row fits its pane with container queries (styles.css): wide panes show text labels on the
 * views and the tools; middle ones icons; in a sidebar the tools and the copy actions move into
 * the "More" menu (`data-action="more"`), so the row never wraps. Below the row a status line
 * counts items and criteria and, while differences are marked, what was compared.
 */
import { setIcon } from "obsidian";
import type { PanelModel, PanelState, PanelView } from "../core/tables/panel-model";

const VIEWS: ReadonlyArray<[PanelView, string, string]> = [
	["table", "table", "Table"],
	["cards", "layout-grid", "Cards"],
	["criterion", "columns", "By criterion"],
];

/** The tools that move into the More menu in a narrow pane: action, icon, label, pressed state. */
export const TOOLS: ReadonlyArray<[string, string, string, ((s: PanelState) => boolean) | null]> = [
	["highlight", "highlighter", "Highlight differences", (s) => s.highlight],
	["only-differences", "diff", "Only differences", (s) => s.onlyDifferences],
	["transpose", "arrow-left-right", "Transpose", (s) => s.transposed],
	["sort-menu", "arrow-up-down", "Sort items", null],
];

/** The copy and reset actions, also in the More menu in a narrow pane. */
export const ACTIONS: ReadonlyArray<[string, string, string]> = [
	["copy-markdown", "copy", "Copy as Markdown"],
	["copy-csv", "sheet", "Copy as CSV"],
	["reset", "rotate-ccw", "Reset"],
];

/** "3 of 7 criteria", "10 of 10,000 criteria". */
export function criteriaCount(shown: number, total: number): string {
	return `${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} ${total === 1 ? "criterion" : "criteria"}`;
}

/** "4 items" when every item is shown, "3 of 4 items" when some are hidden. */
export function itemsCount(shown: number, total: number): string {
	const noun = total === 1 ? "item" : "items";
	return shown === total ? `${total.toLocaleString("en-US")} ${noun}` : `${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} ${noun}`;
}

/** "4 criteria compared · 2 prose": what Highlight/Only differences look at. */
export function comparedSummary(compared: number, prose: number): string {
	if (compared === 0 && prose > 0) return `${prose.toLocaleString("en-US")} prose ${prose === 1 ? "criterion" : "criteria"}, not marked`;
	const first = `${compared.toLocaleString("en-US")} ${compared === 1 ? "criterion" : "criteria"} compared`;
	return prose > 0 ? `${first} · ${prose.toLocaleString("en-US")} prose` : first;
}

/** Toolbar elements and their update from the state. */
export class PanelToolbar {
	readonly el: HTMLElement;
	readonly filterEl: HTMLInputElement;
	private readonly countEl: HTMLElement;
	private readonly itemsCountEl: HTMLElement;
	private readonly summaryEl: HTMLElement;
	private readonly itemsButton: HTMLElement;
	private readonly viewButtons = new Map<PanelView, HTMLElement>();
	private readonly toggles: Array<[HTMLElement, (s: PanelState) => boolean]> = [];
	private readonly sortButton: HTMLButtonElement;

	constructor(parent: HTMLElement) {
		this.el = parent.createDiv({ cls: "topic-tree-panel-toolbar", attr: { role: "group", "aria-label": "Comparison tools" } });
		const views = this.el.createDiv({ cls: "topic-tree-panel-views", attr: { role: "group", "aria-label": "View" } });
		for (const [view, icon, label] of VIEWS) {
			const button = views.createEl("button", {
				cls: "topic-tree-panel-view",
				attr: { type: "button", "aria-pressed": "false", "aria-label": label, "data-action": "view", "data-view": view },
			});
			setIcon(button.createSpan({ cls: "topic-tree-panel-icon" }), icon);
			button.createSpan({ cls: "topic-tree-panel-label", text: label });
			this.viewButtons.set(view, button);
		}
		this.itemsButton = this.el.createEl("button", { cls: "topic-tree-panel-items", attr: { type: "button", "aria-haspopup": "menu", "data-action": "items" } });
		setIcon(this.itemsButton.createSpan({ cls: "topic-tree-panel-icon" }), "eye");
		this.itemsButton.createSpan({ cls: "topic-tree-panel-label", text: "Items" });
		const tools = this.el.createDiv({ cls: "topic-tree-panel-tools" });
		let sort: HTMLButtonElement | null = null;
		for (const [action, icon, label, pressed] of TOOLS) {
			const button = this.labelledButton(tools, action, icon, label);
			if (pressed) {
				button.setAttribute("aria-pressed", "false");
				this.toggles.push([button, pressed]);
			} else {
				button.setAttribute("aria-haspopup", "menu");
				sort = button;
			}
		}
		this.sortButton = sort as HTMLButtonElement;
		const filter = this.el.createDiv({ cls: "topic-tree-panel-filter search-input-container" });
		this.filterEl = filter.createEl("input", {
			type: "search",
			placeholder: "Filter criteria…",
			attr: { "aria-label": "Filter criteria", spellcheck: "false", enterkeyhint: "search" },
		});
		const actions = this.el.createDiv({ cls: "topic-tree-panel-actions" });
		for (const [action, icon, label] of ACTIONS) this.iconButton(actions, action, icon, label);
		const more = this.iconButton(this.el, "more", "more-horizontal", "More tools");
		more.addClass("topic-tree-panel-more");
		more.setAttribute("aria-haspopup", "menu");
		const status = parent.createDiv({ cls: "topic-tree-panel-status" });
		this.itemsCountEl = status.createSpan({ cls: "topic-tree-panel-items-count" });
		this.countEl = status.createSpan({ cls: "topic-tree-panel-count", attr: { "aria-live": "polite" } });
		this.summaryEl = status.createSpan({ cls: "topic-tree-panel-summary" });
	}

	/** Reflect the state: pressed toggles, the current view, the counts, the filter text. */
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
		const items = itemsCount(model.items.length, model.allItems.length);
		setText(this.itemsCountEl, items);
		this.itemsButton.setAttribute("aria-label", `Items: ${items} shown`);
		setText(this.countEl, criteriaCount(model.criteria.length, model.totalCriteria));
		const marking = s.highlight || s.onlyDifferences;
		setText(this.summaryEl, marking ? comparedSummary(model.compared, model.prose) : "");
	}

	private iconButton(parent: HTMLElement, action: string, icon: string, label: string): HTMLButtonElement {
		const button = parent.createEl("button", { cls: "clickable-icon", attr: { type: "button", "aria-label": label, "data-action": action } });
		setIcon(button, icon);
		return button;
	}

	/** An icon button with a text label, shown where the pane is wide. */
	private labelledButton(parent: HTMLElement, action: string, icon: string, label: string): HTMLButtonElement {
		const button = parent.createEl("button", { cls: "clickable-icon topic-tree-panel-tool", attr: { type: "button", "aria-label": label, "data-action": action } });
		setIcon(button.createSpan({ cls: "topic-tree-panel-icon" }), icon);
		button.createSpan({ cls: "topic-tree-panel-label", text: label });
		return button;
	}
}

function setText(el: HTMLElement, text: string): void {
	if (el.textContent !== text) el.setText(text);
}
