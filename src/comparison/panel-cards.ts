/**
 * The Cards view: one card per item listing criterion and value, for narrow panes. The default
 * view when the pane is narrower than the panel's `narrowWidth` and no view was chosen.
 */
import { renderCriterionName, renderItemHeader, renderValue, type ViewContext } from "./panel-cells";
import type { PanelItem } from "../core/tables/panel-model";

/** Cards drawn together: a table of thousands of items is drawn a batch of cards at a time. */
export const CARD_BATCH = 50;

/** Render the cards view into `parent`. */
export function renderCardsView(parent: HTMLElement, ctx: ViewContext): void {
	const { model } = ctx;
	const list = parent.createDiv({ cls: "topic-tree-panel-cards" });
	for (let start = 0; start < model.items.length; start += CARD_BATCH) {
		const batch = model.items.slice(start, start + CARD_BATCH);
		let lists: HTMLElement[] | null = null;
		// The batch's cards are made by its first row of values, so nothing is drawn ahead of the queue.
		const cards = (): HTMLElement[] => (lists ??= batch.map((item, k) => createCard(list, item, start + k, ctx)));
		// One criterion at a time across the batch's cards, so a long comparison fills in from the top.
		for (const cr of model.criteria) {
			ctx.defer(batch.length * 2, () => {
				const dls = cards();
				batch.forEach((item, k) => {
					const row = dls[k].createDiv({ cls: "topic-tree-panel-card-row", attr: { "data-criterion": cr.key } });
					renderCriterionName(row.createEl("dt"), cr.name, ctx, cr.unnamed);
					renderValue(row.createEl("dd"), model.cell(cr.index, item.index), ctx, false);
				});
			});
		}
	}
}

/** An item's card in `list`, with its header; returns the card's list of values. */
function createCard(list: HTMLElement, item: PanelItem, n: number, ctx: ViewContext): HTMLElement {
	const nameId = `${ctx.idPrefix}-card-${n}`;
	const card = list.createDiv({ cls: "topic-tree-panel-card", attr: { role: "group", "aria-labelledby": nameId, "data-item": item.key } });
	card.toggleClass("is-baseline", item.baseline);
	renderItemHeader(card.createDiv({ cls: "topic-tree-panel-card-title" }), item, ctx, nameId);
	return card.createEl("dl", { cls: "topic-tree-panel-card-list" });
}
