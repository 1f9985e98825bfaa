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

/** Render the by-criterion view into `parent`. */
export function renderCriterionView(parent: HTMLElement, ctx: ViewContext): void {
	const { model } = ctx;
	const active = activeTab(ctx);
	const panelId = `${ctx.idPrefix}-tabpanel`;
	const view = parent.createDiv({ cls: "topic-tree-panel-by-criterion" });
	const tablist = view.createDiv({ cls: "topic-tree-panel-tabs", attr: { role: "tablist", "aria-label": "Criteria" } });
	let activeId = "";
	model.criteria.forEach((cr, n) => {
		const selected = cr.key === active;
		const id = `${ctx.idPrefix}-tab-${n}`;
		if (selected) activeId = id;
		const tab = tablist.createEl("button", {
			cls: "topic-tree-panel-tab",
			text: labelOf(cr.name),
			attr: {
				type: "button",
				role: "tab",
				id,
				"aria-selected": String(selected),
				"aria-controls": panelId,
				tabindex: selected ? "0" : "-1",
				"data-action": "tab",
				"data-criterion": cr.key,
			},
		});
		tab.toggleClass("is-active", selected);
	});
	const cr = model.criteria.find((c) => c.key === active);
	if (!cr) return;
	const tabpanel = view.createDiv({ cls: "topic-tree-panel-tabpanel", attr: { role: "tabpanel", id: panelId, "aria-labelledby": activeId, tabindex: "0" } });
	renderCriterionHeader(tabpanel.createDiv({ cls: "topic-tree-panel-tabpanel-title" }), cr, ctx);
	const dl = tabpanel.createEl("dl", { cls: "topic-tree-panel-values" });
	for (const item of model.items) {
		const box = dl.createDiv({ cls: "topic-tree-panel-value", attr: { "data-item": item.key } });
		box.toggleClass("is-baseline", item.baseline);
		renderItemHeader(box.createEl("dt"), item, ctx);
		renderValue(box.createEl("dd"), model.cell(cr.index, item.index), ctx, false);
	}
}
