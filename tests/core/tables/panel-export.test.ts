import { toCsv, toMarkdown } from "../../../src/core/tables/panel-model";
import { parseTables } from "../../../src/core/tables/parse";
import { detectComparison } from "../../../src/core/tables/comparison";
import fc from "fast-check";
import { DATABASES, state, TOOLS } from "./panel-fixtures";

/** A minimal RFC 4180 reader, to check what toCsv writes. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [[]];
	let field = "";
	let quoted = false;
	const endField = (): void => {
		rows[rows.length - 1].push(field);
		field = "";
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ",") endField();
		else if (ch === "\r" && text[i + 1] === "\n") {
			endField();
			rows.push([]);
			i++;
		} else field += ch;
	}
	endField();
	return rows;
}

describe("toMarkdown", () => {
	test("the whole comparison, pipes in cells escaped", () => {
		expect(toMarkdown(DATABASES, state())).toBe(
			[
				"|  | PostgreSQL | MySQL | **SQLite** |",
				"| --- | --- | --- | --- |",
				"| License | PostgreSQL License | GPL | Public domain |",
				"| Latency | 12 ms | 900 µs | 1.5 s |",
				"| First release | 1996-07-08 | Jan 1995 | 2000 |",
				"| Type | Relational | relational  | **Relational** |",
				'| Notes | Mature \\| stable | Says "fast" | Embedded, small |',
			].join("\n"),
		);
	});

	test("only visible items and criteria, in display order", () => {
		const s = state({ hidden: ["mysql"], order: ["sqlite"], filter: "la" });
		expect(toMarkdown(DATABASES, s)).toBe(["|  | **SQLite** | PostgreSQL |", "| --- | --- | --- |", "| Latency | 1.5 s | 12 ms |"].join("\n"));
	});

	test("transposed: the criteria become the items (hidden, filtered, in columns) and the items the criteria", () => {
		const s = state({ transposed: true, filter: "my", hidden: ["latency", "type", "notes"] });
		expect(toMarkdown(DATABASES, s)).toBe(["|  | License | First release |", "| --- | --- | --- |", "| MySQL | GPL | Jan 1995 |"].join("\n"));
	});

	test("an items-in-rows table keeps its layout, and transposing puts items in columns", () => {
		expect(toMarkdown(TOOLS, state())).toBe(
			["| Tool | License | Price |", "| --- | --- | --- |", "| MLflow | Apache-2.0 | $0 |", "| Neptune | Proprietary | $1,200 |"].join("\n"),
		);
		expect(toMarkdown(TOOLS, state({ transposed: true }))).toBe(
			["| Tool | MLflow | Neptune |", "| --- | --- | --- |", "| License | Apache-2.0 | Proprietary |", "| Price | $0 | $1,200 |"].join("\n"),
		);
	});

	test("the exported table parses back to the same comparison", () => {
		const [table] = parseTables(toMarkdown(DATABASES, state()));
		const back = detectComparison(table, "on").comparison;
		expect(back?.items).toEqual(DATABASES.items);
		expect(back?.criteria).toEqual(DATABASES.criteria);
		expect(back?.values).toEqual(DATABASES.values.map((row) => row.map((v) => v.trim())));
	});

	test("property: any cell text survives export and re-parsing", () => {
		const cell = fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n\\]/g, "").trim());
		fc.assert(
			fc.property(fc.array(cell, { minLength: 2, maxLength: 2 }), (values) => {
				const c = { ...TOOLS, items: ["A", "B"], criteria: ["C"], values: [values], orientation: "items-in-columns" as const, corner: "" };
				const [table] = parseTables(toMarkdown(c, state()));
				expect(table.rows[0].slice(1)).toEqual(values);
			}),
		);
	});
});

describe("toCsv", () => {
	test("plain text of the cells, quoted when needed, CRLF line ends", () => {
		expect(toCsv(DATABASES, state({ filter: "notes" }))).toBe(',PostgreSQL,MySQL,SQLite\r\nNotes,Mature | stable,"Says ""fast""","Embedded, small"');
	});

	test("links and formatting reduce to their text, <br> to a space", () => {
		const c = { ...TOOLS, values: [["[[Apache-2.0|Apache]]", "**Proprietary**<br>closed"], ["$0", "$1,200"]] };
		expect(readCsv(toCsv(c, state()))).toEqual([
			["Tool", "License", "Price"],
			["MLflow", "Apache", "$0"],
			["Neptune", "Proprietary closed", "$1,200"],
		]);
	});

	test("transposed like the table view", () => {
		expect(readCsv(toCsv(TOOLS, state({ transposed: true })))).toEqual([
			["Tool", "MLflow", "Neptune"],
			["License", "Apache-2.0", "Proprietary"],
			["Price", "$0", "$1,200"],
		]);
	});

	test("property: every cell reads back as written", () => {
		const text = fc.string({ maxLength: 10 }).filter((s) => s === s.trim() && !/[\s*_~=`<[!\\]/.test(s));
		fc.assert(
			fc.property(text, text, (a, b) => {
				const c = { ...TOOLS, values: [[a, b], ["1", "2"]] };
				expect(readCsv(toCsv(c, state()))[1][1]).toBe(a);
				expect(readCsv(toCsv(c, state()))[2][1]).toBe(b);
			}),
		);
	});
});
