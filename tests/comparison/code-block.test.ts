/** @jest-environment jsdom */
import { tableKey } from "../../src/comparison/state";
import { parseTables } from "../../src/core/tables/parse";
import { pluginDouble } from "../obsidian-double";
import { click, itemKeys, panels, renderNote, setup, teardown } from "./integration-harness";

const TABLE = ["| Database | Storage | Server |", "|---|---|---|", "| Postgres | files | yes |", "| SQLite | one file | no |", "| DuckDB | one file | no |"];

function block(...body: string[]): string {
	return ["# Embedded databases", "", "```compare", ...body, "```", ""].join("\n");
}

function messages(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll(".topic-tree-compare-message"), (m) => m.textContent ?? "");
}

afterEach(teardown);

describe("compare code block", () => {
	test("a table in the block is always a panel, here with items in rows from its first header", async () => {
		const env = await setup({ "db.md": block(...TABLE) });
		const doc = await renderNote(env, "db.md");
		const [panel] = panels(doc.el);
		expect(panels(doc.el)).toHaveLength(1);
		expect(doc.el.querySelector(".block-language-compare .topic-tree-panel")).toBe(panel);
		expect(itemKeys(panel)).toEqual(["postgres", "sqlite", "duckdb"]);
		expect(panel.getAttribute("aria-label")).toBe("Comparison: Embedded databases");
		expect(messages(doc.el)).toEqual([]);
	});

	test("a table that detection would reject is still shown as a comparison", async () => {
		const env = await setup({ "n.md": block("| Year | Sales |", "|---|---|", "| 2021 | 10 |", "| 2022 | 12 |") });
		const doc = await renderNote(env, "n.md");
		expect(panels(doc.el)).toHaveLength(1);
		expect(itemKeys(panels(doc.el)[0])).toEqual(["sales"]);
	});

	test("the orientation line turns the table around", async () => {
		const env = await setup({ "db.md": block("orientation: items-in-columns", ...TABLE) });
		const doc = await renderNote(env, "db.md");
		expect(itemKeys(panels(doc.el)[0])).toEqual(["storage", "server"]);
	});

	test("the items line restricts and orders the items, and says which names it did not find", async () => {
		const env = await setup({ "db.md": block("items: DuckDB, postgres, Oracle", "caption: Two of them", ...TABLE) });
		const doc = await renderNote(env, "db.md");
		const [panel] = panels(doc.el);
		expect(itemKeys(panel)).toEqual(["duckdb", "postgres"]);
		expect(panel.getAttribute("aria-label")).toBe("Comparison: Two of them");
		expect(messages(doc.el)).toEqual(["Not in the table: Oracle."]);
	});

	test.each([
		["no table", ["orientation: items-in-rows"], /No table found in this compare block/],
		["an unknown option", ["colour: red", ...TABLE], /line 1: Unknown option "colour"/],
		["a bad orientation", ["orientation: sideways", ...TABLE], /Unknown orientation "sideways"/],
		["no listed item in the table", ["items: Oracle", ...TABLE], /None of the items listed is in the table/],
		["a header-only table", ["| A | B |", "|---|---|"], /nothing to compare/],
	])("%s shows a message in the block instead of throwing", async (_name, body, expected) => {
		const env = await setup({ "bad.md": block(...body) });
		const doc = await renderNote(env, "bad.md");
		expect(panels(doc.el)).toHaveLength(0);
		const [message] = messages(doc.el);
		expect(message).toMatch(expected);
		expect(doc.el.querySelector(".topic-tree-compare-message.is-error")?.getAttribute("role")).toBe("alert");
	});

	test("the block's panel state is saved under the table's key and restored", async () => {
		const text = block(...TABLE);
		const env = await setup({ "db.md": text });
		let doc = await renderNote(env, "db.md");
		click(panels(doc.el)[0].querySelector("[data-action='only-differences']") as HTMLElement);
		const key = tableKey("db.md", parseTables(TABLE.join("\n"))[0]);
		expect(env.h.store.data.tables[key]).toMatchObject({ override: "auto", panel: { onlyDifferences: true } });
		doc.component.unload();
		doc = await renderNote(env, "db.md");
		expect(panels(doc.el)[0].querySelector("[data-action='only-differences']")?.getAttribute("aria-pressed")).toBe("true");
		doc.component.unload();
		expect(panels(doc.el)).toHaveLength(0);
	});

	test("the processor is registered for the `compare` language", async () => {
		const env = await setup({});
		expect([...pluginDouble(env.plugin).processors.codeBlockProcessors.keys()]).toEqual(["compare"]);
	});
});
