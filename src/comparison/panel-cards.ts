/**
 * The Cards view: one card per item listing criterion and value, for narrow panes. The default
 * view when the pane is narrower than the panel's `narrowWidth` and no view was chosen.
 */
import { renderCriterionName, renderItemHeader, renderValue, type ViewContext } from "./panel-cells";

/** Render the cards view into `parent`. */
export function renderCardsView(parent: HTMLElement, ctx: ViewContext): void {
	const { model } = ctx;
	const list = parent.createDiv({ cls: "topic-tree-panel-cards" });
	const lists = model.items.map((item, n) => {
		const nameId = `${ctx.idPrefix}-card-${n}`;
		const card = list.createDiv({ cls: "topic-tree-panel-card", attr: { role: "group", "aria-labelledby": nameId, "data-item": item.key } });
		card.toggleClass("is-baseline", item.baseline);
		renderItemHeader(card.createDiv({ cls: "topic-tree-panel-card-title" }), item, ctx, nameId);
		return card.createEl("dl", { cls: "topic-tree-panel-card-list" });
	});
	// One criterion at a time across every card, so a long comparison fills in from the top.
	for (const cr of model.criteria) {
		ctx.defer(model.items.length * 2, () => {
			model.items.forEach((item, n) => {
				const row = lists[n].createDiv({ cls: "topic-tree-panel-card-row", attr: { "data-criterion": cr.key } });
				renderCriterionName(row.createEl("dt"), cr.name, ctx);
				renderValue(row.createEl("dd"), model.cell(cr.index, item.index), ctx, false);
			});
		});
	}
}
