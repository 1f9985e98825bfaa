/** @jest-environment jsdom */
/**
 * Every comparison table of the real blog corpus, mounted as a panel in each view: nothing
 * throws, every item and criterion shows, and the exports hold every cell.
 */
import * as fs from "fs";
import * as path from "path";
import { detectComparison, noteOverride } from "../../src/core/tables/comparison";
import { locateFrontmatter } from "../../src/core/frontmatter";
import { parseTables } from "../../src/core/tables/parse";
import { DEFAULT_PANEL_STATE, toCsv, toMarkdown, type PanelView } from "../../src/core/tables/panel-model";
import type { Comparison } from "../../src/core/tables/comparison";
import { describeCorpus } from "../helpers/corpus";
import { mount, type Mounted } from "./panel-helpers";

describeCorpus("comparison panels over the corpus", (dir) => {
	const notes = path.join(dir, "notes");
	const comparisons: Array<{ file: string; c: Comparison }> = [];
	for (const file of fs.readdirSync(notes).filter((f) => f.endsWith(".md"))) {
		const text = fs.readFileSync(path.join(notes, file), "utf8");
		const fm = locateFrontmatter(text);
		for (const table of parseTables(text, { start: fm.bodyStart, startLine: fm.bodyStartLine })) {
			const c = detectComparison(table, noteOverride(undefined)).comparison;
			if (c) comparisons.push({ file, c });
		}
	}

	let m: Mounted | null = null;
	afterEach(async () => {
		m?.panel.unload();
		await m?.app.dispose();
		m = null;
		document.body.empty();
	});

	test("the corpus has comparisons", () => {
		expect(comparisons.length).toBeGreaterThan(5);
	});

	test("each one mounts in every view with all items and criteria", async () => {
		for (const { file, c } of comparisons) {
			for (const view of ["table", "cards", "criterion"] as PanelView[]) {
				m = mount(c, { caption: file, state: { ...DEFAULT_PANEL_STATE, view, highlight: true } });
				await m.panel.whenRendered();
				const body = m.el.querySelector(".topic-tree-panel-body") as HTMLElement;
				const itemHeaders = body.querySelectorAll('[data-action="item-menu"]');
				expect(`${file} ${view}: ${itemHeaders.length} item headers`).toBe(`${file} ${view}: ${c.items.length} item headers`);
				if (view === "table") expect(body.querySelectorAll("tbody tr")).toHaveLength(c.orientation === "items-in-columns" ? c.criteria.length : c.items.length);
				if (view === "criterion") expect(body.querySelectorAll('[role="tab"]')).toHaveLength(c.criteria.length);
				m.panel.unload();
				await m.app.dispose();
				m = null;
				document.body.empty();
			}
		}
	});

	test("the exports have one row per criterion and one column per item", () => {
		for (const { c } of comparisons) {
			expect(toMarkdown(c, DEFAULT_PANEL_STATE).split("\n")).toHaveLength((c.orientation === "items-in-columns" ? c.criteria.length : c.items.length) + 2);
			expect(toCsv(c, { ...DEFAULT_PANEL_STATE, transposed: c.orientation === "items-in-rows" }).split("\r\n")).toHaveLength(c.criteria.length + 1);
		}
	});
});
