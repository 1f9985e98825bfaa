/**
 * The static table printed and exported to PDF: every item and criterion in the source layout,
 * whatever the panel state. Hidden on screen (styles.css shows it under `@media print`); drawn
 * once, as it does not depend on the state, its rows in the panel's idle slices.
 */
import type { Comparison } from "../core/tables/comparison";
import { DEFAULT_PANEL_STATE, panelGrid } from "../core/tables/panel-model";
import { renderContent, type DrawMarkdown } from "./panel-cells";

/** Render the full static table into `parent`; `defer` runs each body row later. */
export function renderPrintTable(parent: HTMLElement, c: Comparison, caption: string, draw: DrawMarkdown, defer: (task: () => void) => void): void {
	const [header, ...rows] = panelGrid(c, DEFAULT_PANEL_STATE);
	const table = parent.createEl("table", { cls: "topic-tree-panel-print-table" });
	if (caption) table.createEl("caption", { text: caption });
	const headRow = table.createEl("thead").createEl("tr");
	header.forEach((md, k) => {
		if (k === 0 && md.trim() === "") headRow.createEl("td");
		else renderContent(headRow.createEl("th", { attr: { scope: "col" } }), md, draw);
	});
	const body = table.createEl("tbody");
	for (const row of rows) {
		defer(() => {
			const tr = body.createEl("tr");
			row.forEach((md, k) => renderContent(k === 0 ? tr.createEl("th", { attr: { scope: "row" } }) : tr.createEl("td"), md, draw));
		});
	}
}
