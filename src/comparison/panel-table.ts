/**
 * The Table view: a native table inside its own scroll container, so the item header row and the
 * first column stay in view (sticky). Items are columns unless the layout is transposed.
 */
import { plainText } from "../core/tables/normalise";
import { renderCriterionHeader, renderItemHeader, renderValue, type ViewContext } from "./panel-cells";

/** Render the table view into `parent`. */
export function renderTableView(parent: HTMLElement, ctx: ViewContext): void {
	const { model } = ctx;
	const scroll = parent.createDiv({
		cls: "topic-tree-panel-scroll",
		attr: { tabindex: "0", role: "region", "aria-label": ctx.caption ? `${ctx.caption}, scrollable` : "Comparison, scrollable" },
	});
	const table = scroll.createEl("table", { cls: "topic-tree-panel-table" });
	if (ctx.caption) table.createEl("caption", { text: ctx.caption });
	const headRow = table.createEl("thead").createEl("tr");
	const corner = plainText(ctx.corner);
	if (corner) headRow.createEl("th", { cls: "topic-tree-panel-corner", text: corner, attr: { scope: "col" } });
	else headRow.createEl("td", { cls: "topic-tree-panel-corner" });
	const body = table.createEl("tbody");

	if (ctx.itemsInColumns) {
		for (const item of model.items) {
			const th = headRow.createEl("th", { cls: "topic-tree-panel-item", attr: { scope: "col", "data-item": item.key } });
			th.toggleClass("is-baseline", item.baseline);
			renderItemHeader(th, item, ctx);
		}
		for (const cr of model.criteria) {
			ctx.defer(model.items.length + 1, () => {
				const tr = body.createEl("tr", { attr: { "data-criterion": cr.key } });
				const th = tr.createEl("th", { cls: "topic-tree-panel-criterion", attr: { scope: "row" } });
				renderCriterionHeader(th, cr, ctx, th);
				for (const item of model.items) renderValue(tr.createEl("td"), model.cell(cr.index, item.index), ctx, item.baseline);
			});
		}
		return;
	}
	for (const cr of model.criteria) {
		const th = headRow.createEl("th", { cls: "topic-tree-panel-criterion", attr: { scope: "col", "data-criterion": cr.key } });
		renderCriterionHeader(th, cr, ctx, th);
	}
	for (const item of model.items) {
		ctx.defer(model.criteria.length + 1, () => {
			const tr = body.createEl("tr", { attr: { "data-item": item.key } });
			tr.toggleClass("is-baseline", item.baseline);
			const th = tr.createEl("th", { cls: "topic-tree-panel-item", attr: { scope: "row" } });
			th.toggleClass("is-baseline", item.baseline);
			renderItemHeader(th, item, ctx);
			for (const cr of model.criteria) renderValue(tr.createEl("td"), model.cell(cr.index, item.index), ctx, item.baseline);
		});
	}
}
