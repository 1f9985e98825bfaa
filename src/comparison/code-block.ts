/**
 * The `compare` code block: a markdown table always shown as a comparison panel, in Reading view
 * and Live Preview alike, with optional `orientation:`, `items:` and `caption:` lines (see
 * src/core/tables/compare-block.ts). Mistakes show a message in the block instead of throwing.
 */
import { setIcon, type MarkdownPostProcessorContext } from "obsidian";
import { parseCompareBlock, selectItems } from "../core/tables/compare-block";
import { detectComparison, MAX_ITEMS } from "../core/tables/comparison";
import { createPanel, type ComparisonDeps } from "./post-processor";
import { tableKey } from "./state";

/** The code block's language. */
export const COMPARE_LANGUAGE = "compare";

/** A message inside the block (error or warning), never a thrown error. */
function message(el: HTMLElement, kind: "error" | "warning", text: string): HTMLElement {
	const box = el.createDiv({ cls: `topic-tree-compare-message is-${kind}`, attr: { role: kind === "error" ? "alert" : "status" } });
	setIcon(box.createSpan({ cls: "topic-tree-compare-message-icon" }), kind === "error" ? "alert-circle" : "alert-triangle");
	box.createSpan({ text });
	return box;
}

/** The 1-based note line of the block's first body line, 0 when unknown. */
function bodyLine(el: HTMLElement, ctx: MarkdownPostProcessorContext): number {
	const info = ctx.getSectionInfo(el);
	// lineStart is the opening fence (0-based): the body starts on the next line.
	return info ? info.lineStart + 2 : 0;
}

/** The `compare` code block handler. */
export function createCompareBlockProcessor(
	deps: ComparisonDeps,
	enabled: () => boolean = () => true,
): (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => void {
	return (source, el, ctx) => {
		if (!enabled()) return;
		el.addClass("topic-tree-compare-block");
		const block = parseCompareBlock(source);
		if (!block.ok) {
			message(el, "error", block.line > 0 ? `Compare block, line ${block.line}: ${block.error}` : block.error);
			return;
		}
		const detected = detectComparison(block.table, "on", block.orientation, { maxItems: block.items ? Infinity : MAX_ITEMS });
		let comparison = detected.comparison;
		if (!comparison && detected.reason.startsWith("more than")) {
			message(el, "error", `This table has more than ${MAX_ITEMS} items: name the ones to compare in an "items:" line.`);
			return;
		}
		if (!comparison || comparison.criteria.length === 0 || comparison.items.length === 0) {
			message(el, "error", "This table has nothing to compare: it needs a header row, at least two columns and one row.");
			return;
		}
		if (block.items) {
			const selected = selectItems(comparison, block.items.slice(0, MAX_ITEMS));
			if (selected.comparison.items.length === 0) {
				message(el, "error", `None of the items listed is in the table (${block.items.join(", ")}). Items: ${comparison.items.join(", ")}.`);
				return;
			}
			if (selected.missing.length > 0) message(el, "warning", `Not in the table: ${selected.missing.join(", ")}.`);
			comparison = selected.comparison;
		}
		const line = bodyLine(el, ctx);
		const panelEl = el.createDiv({ cls: "topic-tree-comparison-host" });
		ctx.addChild(
			createPanel(panelEl, deps, {
				key: tableKey(ctx.sourcePath, block.table),
				sourcePath: ctx.sourcePath,
				comparison,
				line: line > 0 ? line + block.table.line - 1 : 0,
				caption: block.caption,
			}),
		);
	};
}
