/** @jest-environment jsdom */
/**
 * Bad input in comparison panels: HTML in cells, item names and captions is shown as text or
 * through the (sanitising) markdown renderer, never executed, in every view, in Reading view and
 * in the comparisons sidebar; a table of 10,000 rows is parsed in linear work, drawn
 * progressively, and sorted, filtered and reduced to its differences over all of its rows.
 */
import type * as O from "obsidian";
import { ComparisonsView, VIEW_TYPE_COMPARISONS } from "../../src/comparison/sidebar";
import { cellMode } from "../../src/comparison/panel-cells";
import { FIRST_CELLS } from "../../src/comparison/panel-queue";
import { detectComparison, type Comparison } from "../../src/core/tables/comparison";
import { DEFAULT_PANEL_STATE, type PanelState, type PanelView } from "../../src/core/tables/panel-model";
import { parseTables } from "../../src/core/tables/parse";
import * as rows from "../../src/core/tables/rows";
import { expectInert, hostileFiles, IMG_PAYLOAD } from "../helpers/hostile-vault";
import { action, click, comparisonOf, mount, texts, type Mounted } from "./panel-helpers";
import { panels, renderNote, settle, setup, teardown } from "./integration-harness";

const TABLES = hostileFiles()["Tables.md"];

let m: Mounted | null = null;

afterEach(async () => {
	m?.panel.unload();
	await m?.app.dispose();
	m = null;
	await teardown();
});

const body = (el: HTMLElement) => el.querySelector(".topic-tree-panel-body") as HTMLElement;

describe("HTML in cells, names and captions", () => {
	const hostile = comparisonOf(TABLES.slice(TABLES.indexOf("|")));

	test.each(["table", "cards", "criterion"] as PanelView[])("the %s view draws it as text or sanitised markdown; nothing runs", async (view) => {
		m = mount(hostile, { renderMarkdown: undefined, state: { ...DEFAULT_PANEL_STATE, view, highlight: true } });
		await m.panel.whenRendered();
		expect(m.el.textContent).toContain(IMG_PAYLOAD);
		expect(m.el.textContent).toContain("<script>");
		expectInert(m.el);
	});

	test("every tab of the criterion view, and the hidden print table", async () => {
		m = mount(hostile, { renderMarkdown: undefined, state: { ...DEFAULT_PANEL_STATE, view: "criterion" } });
		for (const key of ["logo", "link", "entity", "safe tags"]) {
			click(action(m.el, "tab", `[data-criterion="${key}"]`));
			await m.panel.whenRendered();
			expectInert(m.el);
		}
		expect(texts(m.el, ".topic-tree-panel-print thead th")).toEqual(["PostgreSQL", IMG_PAYLOAD]);
	});

	test("an item named with HTML is a name, never a link or markup, also in its menu label", () => {
		m = mount(hostile, { renderMarkdown: undefined });
		const names = texts(body(m.el), "thead th .topic-tree-panel-name");
		expect(names).toEqual(["PostgreSQL", IMG_PAYLOAD]);
		expect(body(m.el).querySelector(`[aria-label="Options for ${IMG_PAYLOAD}"]`)).not.toBeNull();
		expectInert(m.el);
	});

	test.each([
		["[x](javascript:alert(1))"],
		["[x](  JavaScript:alert(1) )"],
		["<javascript:alert(1)>"],
		["[x](vbscript:msgbox(1))"],
		["[x](data:text/html;base64,PHNjcmlwdD4=)"],
		// Issue 16's vectors: references, tabs and control characters inside the scheme, reference definitions.
		["[x](&#106;avascript:alert(1))"],
		["[x](javascript&colon;alert(1))"],
		["[x](java&Tab;script:alert(1))"],
		["[x](\u0001javascript:alert(1))"],
		["[x](\u0000 \u001fjavascript:alert(1))"],
		["[x][r]<br>[r]: javascript:alert(1)"],
		["[r]: javascript:alert(1)"],
	])("a link to script, %j, is shown as written, not as a link", (md) => {
		expect(cellMode(md)).toBe("literal");
	});

	test("whatever the renderer draws, no javascript:, vbscript: or data: link stays in the panel", async () => {
		// A renderer that keeps every link as written, as a careless one would.
		const careless = (md: string, el: HTMLElement): Promise<void> => {
			void md;
			el.createEl("a", { text: "Link one", href: "javascript:alert(1)" });
			el.createEl("a", { text: "Link two", attr: { href: "java\tscript:alert(2)" } });
			el.createEl("a", { text: "Link three", attr: { href: "\u0001 JAVASCRIPT:alert(3)" } });
			el.createEl("a", { text: "Link four", attr: { href: "vbscript:msgbox(4)" } });
			el.createEl("img", { attr: { src: "data:image/svg+xml;base64,PHN2Zz4=" } });
			el.createEl("form", { attr: { action: "javascript:alert(5)" } });
			el.createEl("a", { text: "Safe link", href: "https://example.org" });
			return Promise.resolve();
		};
		const c = comparisonOf("|  | A | B |\n|---|---|---|\n| Link | **x** | *y* |\n| Other | `a` | `b` |\n");
		m = mount(c, { renderMarkdown: careless });
		await m.panel.whenRendered();
		const urls = Array.from(m.el.querySelectorAll("[href], [src], [action]")).map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? e.getAttribute("action"));
		expect(urls.filter((u) => !u?.startsWith("https:") && !u?.startsWith("#") && u !== "" )).toEqual([]);
		expect(m.el.querySelectorAll('a[href^="https:"]').length).toBeGreaterThan(0);
		expect(m.el.textContent).toContain("Link one");
	});

	test("links to web pages and notes still render as links", () => {
		expect(cellMode("[site](https://example.org)")).toBe("markdown");
		expect(cellMode("<https://example.org>")).toBe("markdown");
		expect(cellMode("[[Note]]")).toBe("markdown");
	});
});

describe("the hostile table in Reading view and in the comparisons sidebar", () => {
	// The note's own table, hidden behind the panel, is the app's rendering (Obsidian sanitises it;
	// the double's simple renderer does not), so only the panel is checked here.
	test("Reading view: the panel is inert; its caption is the heading above, as text", async () => {
		const env = await setup(hostileFiles());
		const doc = await renderNote(env, "Tables.md");
		const [panel] = panels(doc.el);
		expect(panel.getAttribute("aria-label")).toBe(`Comparison: ${IMG_PAYLOAD} heading`);
		expect(panel.querySelector("caption")?.textContent).toBe(`${IMG_PAYLOAD} heading`);
		expect(panel.textContent).toContain("[x](javascript:alert(1))");
		expectInert(panel);
	});

	test("invalid YAML or `---js` front matter does not stop the panels of a note", async () => {
		const table = TABLES.slice(TABLES.indexOf("|"));
		const env = await setup({ "bad.md": `---\ncomparison: [off\n---\n${table}`, "js.md": `---js\n{ comparison: "off" }\n---\n${table}` });
		for (const path of ["bad.md", "js.md"]) {
			const doc = await renderNote(env, path);
			expect(panels(doc.el)).toHaveLength(1);
			expectInert(panels(doc.el)[0]);
		}
	});

	test("the comparisons sidebar shows the same panel, inert", async () => {
		const env = await setup(hostileFiles());
		await env.h.app.workspace.getLeaf(false).openFile(env.h.app.vault.getFileByPath("Tables.md") as O.TFile);
		await env.feature.openView();
		await settle(env);
		const view = env.h.app.workspace.getLeavesOfType(VIEW_TYPE_COMPARISONS)[0]?.view;
		if (!(view instanceof ComparisonsView)) throw new Error("no comparisons view");
		expect(panels(view.contentEl)).toHaveLength(1);
		expect(view.contentEl.textContent).toContain(IMG_PAYLOAD);
		expectInert(view.contentEl);
	});
});

/** A markdown table of `n` body rows: `| Criterion i | a | b | c |`; every 1,000th row differs. */
function bigTable(n: number): string {
	const lines = ["|  | Alpha | Beta | Gamma |", "|---|---|---|---|"];
	for (let i = 0; i < n; i++) lines.push(i % 1000 === 0 ? `| Criterion ${i} | ${i} ms | ${i + 1} ms | ${i} ms |` : `| Criterion ${i} | same | same | same |`);
	return lines.join("\n");
}

/** A markdown table of `n` items in rows with a numeric Price column. */
function bigItems(n: number): string {
	const lines = ["| Tool | Price | Licence |", "|---|---|---|"];
	for (let i = 0; i < n; i++) lines.push(`| Tool ${i} | $${(i * 7919) % 10007} | MIT |`);
	return lines.join("\n");
}

describe("tables of 10,000 rows", () => {
	test("parsing is linear: the per-line work grows with the rows, ten times the rows ten times the calls", () => {
		const counts = (n: number): { strip: number; split: number; rows: number } => {
			const strip = jest.spyOn(rows, "stripQuotes");
			const split = jest.spyOn(rows, "splitCells");
			const [table] = parseTables(`# Note\n\n${bigTable(n)}\n\nAfter.\n`);
			const result = { strip: strip.mock.calls.length, split: split.mock.calls.length, rows: table.rows.length };
			strip.mockRestore();
			split.mockRestore();
			return result;
		};
		const small = counts(1000);
		const large = counts(10000);
		expect(large.rows).toBe(10000);
		expect(large.strip).toBeLessThanOrEqual(2 * large.rows + 10);
		expect(large.split).toBeLessThanOrEqual(large.rows + 10);
		expect(large.strip / small.strip).toBeGreaterThan(9);
		expect(large.strip / small.strip).toBeLessThan(11);
		// Splitting a row looks at each of its characters once.
		const chars = jest.spyOn(String.prototype, "charCodeAt");
		parseTables(bigTable(10000));
		const looked = chars.mock.calls.length;
		chars.mockRestore();
		expect(looked).toBeLessThan(bigTable(10000).length * 2);
	});

	const criteria = detectComparison(parseTables(bigTable(10000))[0], "on").comparison as Comparison;

	test("the comparison reads every row; a table of more than 10 items is no comparison, even forced", () => {
		expect(criteria.criteria).toHaveLength(10000);
		expect(detectComparison(parseTables(bigItems(10000))[0], "on")).toEqual({ comparison: null, reason: "more than 10 items" });
		expect(detectComparison(parseTables(bigItems(11))[0], "on").comparison).toBeNull();
		expect(detectComparison(parseTables(bigItems(10))[0], "on").comparison?.items).toHaveLength(10);
	});

	/** Cells drawn in the panel body right after mounting. */
	const cellsDrawn = (el: HTMLElement): number => body(el).querySelectorAll("td, th, dd, dt, [role=tab]").length;

	test.each(["table", "cards", "criterion"] as PanelView[])("the %s view with 10,000 criteria draws a bounded first screen", (view) => {
		m = mount(criteria, { state: { ...DEFAULT_PANEL_STATE, view } });
		const drawn = cellsDrawn(m.el);
		expect(drawn).toBeGreaterThan(0);
		expect(drawn).toBeLessThanOrEqual(2 * FIRST_CELLS + 200);
		expect(m.el.querySelectorAll("*").length).toBeLessThan(3000);
	});

	test("criterion view: the selected tab is drawn at once, wherever it is; the others fill in around it, in order", async () => {
		const many = comparisonOf(bigTable(200));
		m = mount(many, { state: { ...DEFAULT_PANEL_STATE, view: "criterion", tab: "criterion 150" } });
		const tabs = () => texts(body((m as Mounted).el), "[role=tab]");
		expect(tabs()).toContain("Criterion 150");
		expect(tabs().length).toBeLessThan(200);
		const selected = body(m.el).querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
		expect(body(m.el).querySelector('[role="tabpanel"]')?.getAttribute("aria-labelledby")).toBe(selected?.id);
		await m.panel.whenRendered();
		expect(tabs()).toEqual(many.criteria);
		selected?.focus();
		selected?.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true, cancelable: true }));
		expect(document.activeElement?.getAttribute("data-criterion")).toBe("criterion 199");
	});

	test("filter, only differences and sort work on all 10,000 rows", () => {
		const states: PanelState[] = [];
		m = mount(criteria, { onState: (s) => states.push(s) });
		const count = () => m?.el.querySelector(".topic-tree-panel-count")?.textContent;
		expect(count()).toBe("10,000 of 10,000 criteria");
		click(action(m.el, "only-differences"));
		expect(count()).toBe("10 of 10,000 criteria");
		expect(texts(body(m.el), "tbody th .topic-tree-panel-name")).toEqual(Array.from({ length: 10 }, (_, k) => `Criterion ${k * 1000}`));
		click(action(m.el, "only-differences"));
		m.panel.setState({ ...DEFAULT_PANEL_STATE, filter: "criterion 9999" });
		expect(count()).toBe("1 of 10,000 criteria");
		expect(texts(body(m.el), "tbody th .topic-tree-panel-name")).toEqual(["Criterion 9999"]);
		m.panel.setState({ ...DEFAULT_PANEL_STATE, sortBy: { criterion: "criterion 0", descending: true } });
		expect(states).toHaveLength(2);
	});

	test("the table shows the first 100 criteria and a Show all step; drawing all is linear in the rows", async () => {
		m = mount(criteria);
		await m.panel.whenRendered();
		expect(body(m.el).querySelectorAll("tbody tr")).toHaveLength(100);
		expect(action(m.el, "show-all-criteria").textContent).toBe("Show all 10,000 criteria");
		m.panel.unload();
		/** Elements and `createElement` calls to draw every row of an n-row table, and calls to Array#shift meanwhile. */
		const cost = async (n: number): Promise<{ elements: number; created: number; shifts: number }> => {
			const created = jest.spyOn(document, "createElement");
			const shifts = jest.spyOn(Array.prototype, "shift");
			const one = mount(comparisonOf(bigTable(n)));
			click(action(one.el, "show-all-criteria"));
			await one.panel.whenRendered();
			const result = { elements: one.el.querySelectorAll("*").length, created: created.mock.calls.length, shifts: shifts.mock.calls.length };
			created.mockRestore();
			shifts.mockRestore();
			one.panel.unload();
			await one.app.dispose();
			return result;
		};
		const small = await cost(500);
		const large = await cost(5000);
		expect(large.elements / small.elements).toBeGreaterThan(9);
		expect(large.elements / small.elements).toBeLessThan(10.5);
		expect(large.created / small.created).toBeLessThan(10.5);
		// The queue walks its rows by index: shifting a long array would cost its length each time.
		expect(large.shifts).toBeLessThan(large.elements / 10);
	}, 120_000);

	test("the queue draws every row in the end, in order", async () => {
		m = mount(criteria, { state: { ...DEFAULT_PANEL_STATE, filter: "criterion 99" } });
		click(action(m.el, "show-all-criteria"));
		const expected = criteria.criteria.filter((name) => name.includes("99"));
		expect(expected).toHaveLength(280);
		const drawn = () => body((m as Mounted).el).querySelectorAll("tbody tr").length;
		expect(drawn()).toBeLessThan(expected.length);
		// Body rows come before the hidden print table in the queue: wait for them only.
		for (let i = 0; i < 3000 && drawn() < expected.length; i++) await new Promise((resolve) => setTimeout(resolve, 10));
		expect(texts(body(m.el), "tbody th .topic-tree-panel-name")).toEqual(expected);
	});
});
