/**
 * The panel's current view as text: a GFM table (Copy as Markdown) or RFC 4180 CSV (Copy as
 * CSV). Both hold the visible items and criteria, in display order, in the table view's layout.
 */
import type { Comparison } from "./comparison";
import { plainText } from "./normalise";
import { buildPanelModel } from "./panel-build";
import type { PanelState } from "./panel-state";
import { panelComparison } from "./panel-transpose";

/**
 * Whether the table view shows items as columns: where the source table has them. Transposed,
 * the items are the source's criteria and stand where they stood, so the grid turns over.
 */
export function itemsInColumns(c: Comparison, s: PanelState): boolean {
	void s;
	return c.orientation === "items-in-columns";
}

/** The current view as a grid of markdown cells, header row first. */
export function panelGrid(source: Comparison, s: PanelState): string[][] {
	const m = buildPanelModel(source, s);
	const c = panelComparison(source, s);
	if (itemsInColumns(c, s)) {
		return [
			[c.corner, ...m.items.map((item) => item.name)],
			...m.criteria.map((cr) => [cr.name, ...m.items.map((item) => m.cell(cr.index, item.index).md)]),
		];
	}
	return [
		[c.corner, ...m.criteria.map((cr) => cr.name)],
		...m.items.map((item) => [item.name, ...m.criteria.map((cr) => m.cell(cr.index, item.index).md)]),
	];
}

/** A markdown cell as it must be written inside a table row: pipes escaped, line breaks as `<br>`. */
function markdownCell(md: string): string {
	return md.replace(/\r?\n/g, "<br>").replace(/\|/g, "\\|");
}

/** The current view (visible items and criteria, order, transposition) as a GFM table, without a final newline. */
export function toMarkdown(c: Comparison, s: PanelState): string {
	const grid = panelGrid(c, s);
	const row = (cells: string[]): string => `| ${cells.map(markdownCell).join(" | ")} |`;
	const lines = [row(grid[0]), row(grid[0].map(() => "---")), ...grid.slice(1).map(row)];
	return lines.join("\n");
}

/** A CSV field: quoted when it holds a comma, quote or line break, quotes doubled. */
function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The current view as RFC 4180 CSV (CRLF line ends, plain text of the cells), without a final line break. */
export function toCsv(c: Comparison, s: PanelState): string {
	return panelGrid(c, s)
		.map((cells) => cells.map((md) => csvField(plainText(md))).join(","))
		.join("\r\n");
}
