/**
 * The By criterion view: a WAI-ARIA tablist with one tab per visible criterion; the tab panel
 * shows every item's value side by side for the active criterion. Keys (handled by the panel):
 * Left/Right move to the previous/next tab and activate it (wrapping), Home/End the first/last.
 */
import { labelOf, renderCriterionHeader, renderItemHeader, renderValue, type ViewContext } from "./panel-cells";

/** Key of the tab that is shown: the state's tab when visible, else the first criterion. */
export function activeTab(ctx: ViewContext): string | null {
	const { criteria } = ctx.model;
	return criteria.find((cr) => cr.key === ctx.state.tab)?.key ?? criteria[0]?.key ?? null;
}

/** Tabs, or values of the tab panel, drawn together: a table may have thousands of either. */
export const CRITERION_BATCH = 50;

/** Render the by-criterion view into `parent`. */
export function renderCriterionView(parent: HTMLElement, ctx: ViewContext): void {
	const { model } = ctx;
	const active = activeTab(ctx);
	const panelId = `${ctx.idPrefix}-tabpanel`;
	const view = parent.createDiv({ cls: "topic-tree-panel-by-criterion" });
	const tablist = view.createDiv({ cls: "topic-tree-panel-tabs", attr: { role: "tablist", "aria-label": "Criteria" } });
	const at = Math.max(0, model.criteria.findIndex((c) => c.key === active));
	const first = at - (at % CRITERION_BATCH);
	// The active tab's batch first, so the selected tab is there at once (it takes the focus);
	// earlier batches go in front of it, later ones after it.
	let anchor: Element | null = null;
	ctx.defer(Math.min(CRITERION_BATCH, model.criteria.length - first), () => {
		anchor = drawTabs(tablist, null, first, active, panelId, ctx);
	});
	const cr = model.criteria.find((c) => c.key === active);
	if (cr) {
		const tabpanel = view.createDiv({
			cls: "topic-tree-panel-tabpanel",
			attr: { role: "tabpanel", id: panelId, "aria-labelledby": `${ctx.idPrefix}-tab-${at}`, tabindex: "0" },
		});
		renderCriterionHeader(tabpanel.createDiv({ cls: "topic-tree-panel-tabpanel-title" }), cr, ctx);
		const dl = tabpanel.createEl("dl", { cls: "topic-tree-panel-values" });
		for (let start = 0; start < model.items.length; start += CRITERION_BATCH) {
			const batch = model.items.slice(start, start + CRITERION_BATCH);
			ctx.defer(batch.length * 2, () => {
				for (const item of batch) {
					const box = dl.createDiv({ cls: "topic-tree-panel-value", attr: { "data-item": item.key } });
					box.toggleClass("is-baseline", item.baseline);
					renderItemHeader(box.createEl("dt"), item, ctx);
					renderValue(box.createEl("dd"), model.cell(cr.index, item.index), ctx, false);
				}
			});
		}
	}
	for (let start = 0; start < model.criteria.length; start += CRITERION_BATCH) {
		if (start === first) continue;
		const before = start < first;
		ctx.defer(Math.min(CRITERION_BATCH, model.criteria.length - start), () => {
			drawTabs(tablist, before ? anchor : null, start, active, panelId, ctx);
		});
	}
}

/** Draws the tabs of criteria `start…start + CRITERION_BATCH` before `before` (or at the end); returns the first. */
function drawTabs(tablist: HTMLElement, before: Element | null, start: number, active: string | null, panelId: string, ctx: ViewContext): Element | null {
	let first: Element | null = null;
	ctx.model.criteria.slice(start, start + CRITERION_BATCH).forEach((cr, k) => {
		const selected = cr.key === active;
		const tab = tablist.createEl("button", {
			cls: "topic-tree-panel-tab",
			text: labelOf(cr.name),
			attr: {
				type: "button",
				role: "tab",
				id: `${ctx.idPrefix}-tab-${start + k}`,
				"aria-selected": String(selected),
				"aria-controls": panelId,
				tabindex: selected ? "0" : "-1",
				"data-action": "tab",
				"data-criterion": cr.key,
			},
		});
		tab.toggleClass("is-active", selected);
		if (before) tablist.insertBefore(tab, before);
		first ??= tab;
	});
	return first;
}
