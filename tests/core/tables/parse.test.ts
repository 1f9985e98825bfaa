import * as fs from "fs";
import * as path from "path";
import { parseTableBlock, parseTables } from "../../../src/core/tables/parse";

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, "../../fixtures/tables", name), "utf8");

describe("parseTables: header, delimiter and body", () => {
	it("reads header, alignment and rows with 1-based lines", () => {
		const [t] = parseTables("| Name | Kind | Size |\n| :--- | :--: | ---: |\n| alpha | letter | 1 |\n| beta | letter | 2 |\n");
		expect(t.header).toEqual(["Name", "Kind", "Size"]);
		expect(t.align).toEqual(["left", "center", "right"]);
		expect(t.rows).toEqual([
			["alpha", "letter", "1"],
			["beta", "letter", "2"],
		]);
		expect([t.line, t.endLine, t.quoteDepth]).toEqual([1, 4, 0]);
	});

	it("gives null alignment to a plain --- cell and accepts a one-dash cell", () => {
		expect(parseTables("a | b\n-|:-\n")[0].align).toEqual([null, "left"]);
	});

	it("accepts rows without outer pipes and a table right after a paragraph line", () => {
		const [t] = parseTables("Some text\nName | Kind\n--- | ---\ngamma | letter\n| delta | letter |\n");
		expect(t.line).toBe(2);
		expect(t.header).toEqual(["Name", "Kind"]);
		expect(t.rows).toEqual([
			["gamma", "letter"],
			["delta", "letter"],
		]);
	});

	it("keeps a table made of header and delimiter only", () => {
		const [t] = parseTables("| a | b |\n|---|---|\n");
		expect(t.rows).toEqual([]);
		expect(t.endLine).toBe(2);
	});

	it("needs pipes for a one-column table", () => {
		expect(parseTables("| a |\n| - |\n| x |\n")[0].rows).toEqual([["x"]]);
		expect(parseTables("a\n-\n")).toEqual([]);
		expect(parseTables("| a |\n---\n")).toEqual([]);
	});

	it("is not a table when the delimiter row has the wrong number of cells", () => {
		expect(parseTables("| a | b |\n|---|---|---|\n| x | y |\n")).toEqual([]);
		expect(parseTables("| a | b | c |\n|---|---|\n")).toEqual([]);
	});

	it("is not a table when the delimiter row has a cell without a dash or with other text", () => {
		expect(parseTables("| a | b |\n|---|   |\n")).toEqual([]);
		expect(parseTables("| a | b |\n|---|-x-|\n")).toEqual([]);
		expect(parseTables("| a | b |\n| :: | --- |\n")).toEqual([]);
	});

	it("ends the table at a blank line", () => {
		const tables = parseTables("| a | b |\n|---|---|\n| 1 | 2 |\n\n| 3 | 4 |\n");
		expect(tables).toHaveLength(1);
		expect(tables[0].rows).toEqual([["1", "2"]]);
		expect(tables[0].endLine).toBe(3);
	});

	it("ends the table at a line without a pipe, a heading or a fence", () => {
		expect(parseTables("| a | b |\n|---|---|\n| 1 | 2 |\nplain text\n| 3 | 4 |\n")[0].rows).toEqual([["1", "2"]]);
		expect(parseTables("| a | b |\n|---|---|\n# Title | x\n")[0].rows).toEqual([]);
		expect(parseTables("| a | b |\n|---|---|\n```\n| 1 | 2 |\n```\n")[0].rows).toEqual([]);
		expect(parseTables("| a | b |\n|---|---|\nescaped \\| only\n")[0].rows).toEqual([]);
	});

	it("does not take a heading or a list item as the header row", () => {
		expect(parseTables("# a | b\n|---|---|\n")).toEqual([]);
		expect(parseTables("- a | b\n|---|---|\n")).toEqual([]);
	});

	it("finds several tables in order", () => {
		const tables = parseTables("| a | b |\n|---|---|\n\ntext\n\n| c | d |\n|---|---|\n| 1 | 2 |\n");
		expect(tables.map((t) => [t.line, t.endLine])).toEqual([
			[1, 2],
			[6, 8],
		]);
	});
});

describe("parseTables: cells", () => {
	it("unescapes \\| into a literal pipe that does not split the cell", () => {
		const [t] = parseTables("| a \\| b | c |\n|---|---|\n| x \\|\\| y | z |\n");
		expect(t.header).toEqual(["a | b", "c"]);
		expect(t.rows).toEqual([["x || y", "z"]]);
	});

	it("splits on pipes inside inline code, as GFM does, unless they are escaped", () => {
		const [t] = parseTables("| Code | Note |\n|---|---|\n| `x | y` | z |\n| `p \\| q` | r |\n");
		expect(t.rows).toEqual([
			["`x", "y`"],
			["`p | q`", "r"],
		]);
	});

	it("pads short rows with empty cells and cuts long rows to the header", () => {
		const [t] = parseTables("| a | b | c |\n|---|---|---|\n| only one |\n| 1 | 2 | 3 | 4 | 5 |\n");
		expect(t.rows).toEqual([
			["only one", "", ""],
			["1", "2", "3"],
		]);
	});

	it("keeps empty cells and trims the others", () => {
		const [t] = parseTables("|   |  MLOps   | ModelOps|\n|--|--|--|\n|Scope|  | x |\n");
		expect(t.header).toEqual(["", "MLOps", "ModelOps"]);
		expect(t.rows).toEqual([["Scope", "", "x"]]);
	});

	it("reads CRLF text like LF text", () => {
		const lf = "intro\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\nafter\n";
		expect(parseTables(lf.replace(/\n/g, "\r\n"))).toEqual(parseTables(lf));
		expect(parseTables(lf.replace(/\n/g, "\r\n"))[0].rows).toEqual([["1", "2"]]);
	});

	it("ignores a byte order mark before the first row", () => {
		expect(parseTables("\uFEFF| a | b |\n|---|---|\n")[0].header).toEqual(["a", "b"]);
	});

	it("reads tab-separated spacing around cells", () => {
		expect(parseTables("|\ta\t|\tb\t|\n|\t---\t|\t---\t|\n")[0].header).toEqual(["a", "b"]);
	});
});

describe("parseTables: blockquotes, callouts and fences", () => {
	const tables = parseTables(fixture("quotes-and-fences.md"));

	it("reads a table inside a callout with the > prefix stripped", () => {
		expect(tables[0]).toEqual({
			line: 4,
			endLine: 7,
			header: ["Option", "Speed", "Cost"],
			align: [null, null, null],
			rows: [
				["A", "fast", "high"],
				["B", "slow", "low"],
			],
			quoteDepth: 1,
		});
	});

	it("reads a nested blockquote table and ends it where the depth changes", () => {
		expect(tables[1]).toMatchObject({ line: 11, endLine: 13, quoteDepth: 2, rows: [["1", "2"]] });
	});

	it("finds nothing inside ``` or ~~~ fences of any length, with info strings, also inside quotes", () => {
		expect(tables.map((t) => t.line)).toEqual([4, 11, 39]);
		expect(tables[2].header).toEqual(["after", "fences"]);
	});

	it("ends a table at a heading", () => {
		expect(tables[2].rows).toEqual([["ok", "yes"]]);
	});

	it("reads a table after an unclosed fence as code", () => {
		expect(parseTables("```\n| a | b |\n|---|---|\n")).toEqual([]);
	});

	it("closes a fence only with the same character and at least the same length", () => {
		expect(parseTables("````\n```\n| a | b |\n|---|---|\n````\n| c | d |\n|---|---|\n").map((t) => t.line)).toEqual([6]);
		expect(parseTables("~~~\n```\n| a | b |\n|---|---|\n~~~\n").map((t) => t.line)).toEqual([]);
	});

	it("ends a fence opened inside a quote when the quote ends", () => {
		expect(parseTables("> ```\n> code\n\n| a | b |\n|---|---|\n").map((t) => t.line)).toEqual([4]);
	});

	it("needs header and delimiter at the same quote depth", () => {
		expect(parseTables("> | a | b |\n|---|---|\n")).toEqual([]);
	});
});

describe("parseTables: options", () => {
	it("skips front matter given by start/startLine and numbers lines from startLine", () => {
		const text = fixture("basics.md");
		const bodyStart = text.indexOf("# Table basics");
		expect(parseTables(text)[0].header).toEqual(["front", "matter"]);
		const tables = parseTables(text, { start: bodyStart, startLine: 7 });
		expect(tables.map((t) => t.line)).toEqual([9, 15, 20, 25, 34]);
	});

	it("computes startLine from start when only start is given", () => {
		const text = "---\na: 1\n---\n| a | b |\n|---|---|\n";
		expect(parseTables(text, { start: text.indexOf("|") })[0].line).toBe(4);
	});

	it("parses the basics fixture: outer pipes or not, escapes, ragged rows, a wrong delimiter", () => {
		const text = fixture("basics.md");
		const tables = parseTables(text, { start: text.indexOf("# Table basics") });
		expect(tables.map((t) => t.header)).toEqual([
			["Name", "Kind", "Size"],
			["Name", "Kind"],
			["Escaped", "Code"],
			["a", "b", "c"],
			["ends", "here"],
		]);
		expect(tables[2].rows).toEqual([
			["a | b", "`x"],
			["c", "`p | q`"],
		]);
	});
});

describe("parseTableBlock", () => {
	it("parses a section's lines with the section's first line", () => {
		const t = parseTableBlock(["| a | b |", "|---|---|", "| 1 | 2 |"], 41);
		expect(t).toMatchObject({ line: 41, endLine: 43, rows: [["1", "2"]] });
	});

	it("finds the table after other lines of a code block body", () => {
		const t = parseTableBlock(["orientation: items-in-rows", "", "| Tool | Cost | Speed |", "|---|---|---|", "| A | low | high |"]);
		expect(t?.line).toBe(3);
		expect(t?.header).toEqual(["Tool", "Cost", "Speed"]);
	});

	it("returns null when there is no table", () => {
		expect(parseTableBlock(["just text", "| half |"])).toBeNull();
		expect(parseTableBlock([])).toBeNull();
	});
});
