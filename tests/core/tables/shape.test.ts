/**
 * The content signals behind detection, one by one, and each negative shape: tables a reader
 * does not call comparisons stay tables, whatever their first header says.
 */
import { numberedParts } from "../../../src/core/tables/signals";
import { detectComparison } from "../../../src/core/tables/comparison";
import { orientationVote } from "../../../src/core/tables/orientation";
import { parseTables, type MdTable } from "../../../src/core/tables/parse";
import { glossaryShape, headerlessShape, identifierList, mostlyMath, operationTable, typedLine } from "../../../src/core/tables/shape";

function table(md: string): MdTable {
	const [t] = parseTables(md);
	if (!t) throw new Error("no table in snippet");
	return t;
}

/** A table from rows of cells, header first. */
function grid(...rows: string[][]): MdTable {
	const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
	return table([line(rows[0]), line(rows[0].map(() => "---")), ...rows.slice(1).map(line)].join("\n"));
}

const detect = (...rows: string[][]) => detectComparison(grid(...rows));

describe("negative shapes stay tables", () => {
	test("an empty header row", () => {
		expect(detect(["", "", ""], ["C++", "Java", "Go"], ["compiled", "compiled and interpreted", "compiled"], ["pointers", "no pointers", "pointers"]).reason).toBe("empty header row");
	});

	test("a single body row, even under names", () => {
		expect(detect(["User", "Device", "Server"], ["A licensed person", "A phone or computer", "A host running services"]).reason).toBe("single row");
	});

	test("cells mostly math", () => {
		const t = grid(["$x$", "$\\lfloor 10x \\rfloor$", "$b$"], ["$0.78$", "$7$", "$7$"], ["$0.17$", "$1$", "$1$"], ["$0.39$", "$3$", "$3$"]);
		expect(mostlyMath(t.header, t.rows)).toBe(true);
		expect(detectComparison(t).reason).toBe("mostly math");
	});

	test("an operation table: the header repeats the first column", () => {
		const t = grid(["×", "a", "b", "c"], ["a", "a", "b", "c"], ["b", "b", "c", "a"], ["c", "c", "a", "b"]);
		expect(operationTable(t.header, t.rows)).toBe(true);
		expect(detectComparison(t).reason).toBe("operation table");
		expect(operationTable(["", "Kafka", "Pulsar"], [["Ordering", "x", "y"], ["Storage", "x", "y"]])).toBe(false);
	});

	test("a polynomial division grid of numbers", () => {
		expect(detect(["", "x^2", "x", "1"], ["1", "3", "-2", "5"], ["-2", "6", "8", "-6"]).comparison).toBeNull();
	});

	test("a log: dates down the first column", () => {
		expect(detect(["When", "What", "Who"], ["2024-01-02", "Moved the server", "Ana"], ["2024-02-10", "Renewed the certificate", "Bo"], ["2024-03-01", "Upgraded the database", "Ana"]).reason).toBe(
			"log (dates down the first column)",
		);
	});

	test("two-column key/value tables, with or without names in the header", () => {
		expect(detect(["Code", "Meaning"], ["100", "Info"], ["200", "Success"], ["300", "Redirect"]).comparison).toBeNull();
		expect(detect(["Action", "Hotkey"], ["Toggle reading view", "`Ctrl+R`"], ["Toggle live preview", "`Ctrl+E`"]).reason).toBe("single value column");
		expect(detect(["Name", "Default limit"], ["Auto scaling groups", "200"], ["Launch configurations", "20"]).comparison).toBeNull();
	});

	test("pros and cons: two independent lists, not points per item", () => {
		const t = grid(["Good", "Bad"], ["No dependencies", "Not readable"], ["Flexible", "Inefficient syntax"], ["Cross-platform", ""], ["Typed data", ""]);
		expect(headerlessShape(t.header, t.rows)).toBe(false);
		expect(detectComparison(t).comparison).toBeNull();
	});

	test("glossaries: a defining column and fewer than two other value columns", () => {
		expect(glossaryShape(["Term", "Meaning", "Analogy"])).toBe(true);
		expect(glossaryShape(["ACID property", "Definition", "In our example"])).toBe(true);
		expect(glossaryShape(["Param", "Type", "Description"])).toBe(true);
		expect(glossaryShape(["Type", "Examples", "Key idea"])).toBe(true);
		expect(glossaryShape(["Tool", "Description", "Price", "Licence"])).toBe(false);
		expect(glossaryShape(["Tool", "Notes", "Price"])).toBe(false);
		expect(detect(["Term", "Meaning", "Analogy"], ["Image", "Template", "Java class"], ["Container", "Running app", "Java object"]).reason).toBe("glossary (a descriptive column)");
	});

	test("reference lists: code identifiers with descriptions, unless a column holds typed values", () => {
		const ref = grid(
			["Git attribute", "Defined in", "Effect on file"],
			["`linguist-generated`", "[generated.rb](x)", "Excluded from stats and hidden in diffs by default"],
			["`linguist-vendored`", "[vendor.yml](y)", "Excluded from stats, counted as vendored code"],
		);
		expect(identifierList(ref.header, ref.rows)).toBe(true);
		expect(detectComparison(ref).reason).toBe("reference list (identifiers and descriptions)");
		const compared = grid(["Command", "Overwrites", "Safety", "Use cases"], ["`git push --force`", "Yes", "Low", "Undoing a mistaken push and cleaning up history"], ["`git push --force-with-lease`", "No", "High", "Collaborative work, rebasing or squashing commits"]);
		expect(identifierList(compared.header, compared.rows)).toBe(false);
		expect(detectComparison(compared).comparison?.items).toEqual(["`git push --force`", "`git push --force-with-lease`"]);
	});

	test("steps, layers and numbered rows are sequences, not items", () => {
		expect(detect(["Step", "What happens", "Why it matters"], ["Chunk", "Split documents", "Retrieval units"], ["Embed", "Vectors", "Search quality"]).reason).toBe("steps or records, not items");
		expect(detect(["Sr. No.", "Problem", "Comment"], ["1", "Remove duplicates", "Two pointers"], ["2", "Remove element", "Two pointers"], ["3", "Merge arrays", "Review"]).comparison).toBeNull();
	});

	test("a roster of more than 10 people is a list, not a comparison", () => {
		const members = Array.from({ length: 14 }, (_, i) => [`Member ${String.fromCharCode(65 + i)}`, i % 2 ? "Labour" : "Green", `District ${i + 1}`]);
		expect(detect(["Name", "Party", "Constituency"], ...members).reason).toBe("more than 10 items");
	});

	test("records keyed by repeated values are not items", () => {
		expect(detect(["User", "Device", "Token id"], ["Ana", "Chrome mobile", "A1"], ["Ana", "Firefox desktop", "A2"], ["Bo", "Safari", "B1"]).comparison).toBeNull();
	});

	test("a mapping whose first column is long links is not a list of criteria", () => {
		expect(
			detect(
				["Feature", "Unattend", "Modification file"],
				["[[03 - AREAS/Technology/Windows/Customization/Start menu layout|Start menu layout]]", "Subset", "`LayoutModification.xml`"],
				["[[03 - AREAS/Technology/Windows/Customization/Out of box experience|Out of box experience]]", "Subset", "`OOBE.xml`"],
			).comparison,
		).toBeNull();
	});

	test("header cells that read as attributes or phrases are not items", () => {
		expect(detect(["", "In Jupyter", "External"], ["Best tool", "[nbdime](x)", "[cookiecutter](y)"], ["Runner-up", "[nbconvert](z)", "[dvc](w)"]).reason).toBe("header cells look like attributes");
		expect(detect(["Situation", "Action", "Why"], ["Local branch, not yet pushed", "✅ Rebase freely", "Only you have the hashes"], ["Feature branch you pushed, only you use it", "✅ Rebase, then force-push", "You are the only one affected"], ["Branch others have pulled", "❌ Use merge", "Others have the old hashes"]).comparison).toBeNull();
	});
});

describe("comparisons without a criteria column", () => {
	test("every header cell an item, rows of statements: unnamed points", () => {
		const d = detect(["Kafka", "RabbitMQ"], ["Pull-based model", "Push-based model"], ["better performance and throughput with same resources", "worse performance"]);
		expect(d.reason).toBe("every header cell names an item");
		expect(d.comparison).toEqual({
			orientation: "items-in-columns",
			items: ["Kafka", "RabbitMQ"],
			criteria: ["Point 1", "Point 2"],
			values: [
				["Pull-based model", "Push-based model"],
				["better performance and throughput with same resources", "worse performance"],
			],
			corner: "",
			headerless: true,
		});
	});

	test("three items, statements that repeat across items", () => {
		const d = detect(["On-Demand", "Reserved", "Spot"], ["No upfront fee", "Partial upfront options", "No upfront fee"], ["Charged by hour or second", "Charged by hour or second", "Charged by hour or second"], ["No commitment", "1 or 3 year commitment", "No commitment"]);
		expect(d.comparison?.items).toEqual(["On-Demand", "Reserved", "Spot"]);
		expect(d.comparison?.criteria).toEqual(["Point 1", "Point 2", "Point 3"]);
	});

	test("not when the first column holds short capitalised labels (a criteria column with an unnamed corner)", () => {
		const t = grid(["Topic", "Postgres", "SQLite"], ["Concurrency", "Many writers", "One writer"], ["Setup", "Server", "A file"]);
		expect(headerlessShape(t.header, t.rows)).toBe(false);
		expect(detectComparison(t).comparison?.criteria).toEqual(["Concurrency", "Setup"]);
	});

	test("not when the first header names the criteria or the items", () => {
		expect(detect(["Feature", "Kafka"], ["Pull model", "yes"], ["Replay", "yes"]).comparison).toBeNull();
	});
});

describe("orientation from content, not from the empty corner alone", () => {
	test("names in code down the first column: items in rows (`var`, `let`, `const`)", () => {
		const d = detect(["", "Scope", "Redeclare"], ["`var`", "function", "yes"], ["`let`", "block", "no"], ["`const`", "block", "no"]);
		expect(d.comparison).toMatchObject({ orientation: "items-in-rows", items: ["`var`", "`let`", "`const`"], criteria: ["Scope", "Redeclare"] });
	});

	test("an empty corner over more criteria than rows: items in rows", () => {
		const d = detect(["", "read", "write", "execute"], ["file", "-", "-", "-"], ["directory", "list contents", "add or remove entries", "enter it"]);
		expect(d.comparison).toMatchObject({ orientation: "items-in-rows", items: ["file", "directory"] });
	});

	test("an empty corner over many criteria rows: items in columns", () => {
		const d = detect(["", "LAZY", "EAGER"], ["Loads data", "On access", "Always"], ["Performance", "Better", "Worse"], ["Default for", "`@OneToMany`", "`@ManyToOne`"]);
		expect(d.comparison).toMatchObject({ orientation: "items-in-columns", items: ["LAZY", "EAGER"] });
	});

	test("typed lines run along the criteria", () => {
		expect(typedLine(["✅ Yes", "❌ No", "✅ Yes"])).toBe(true);
		expect(typedLine(["2", "15", "9"])).toBe(true);
		expect(typedLine(["2", "Y", "Graceful"])).toBe(false);
		const d = detect(["signal", "number", "can be handled", "use case"], ["SIGINT", "2", "Y", "User interrupt"], ["SIGTERM", "15", "Y", "Graceful stop"], ["SIGKILL", "9", "N", "Forced stop"]);
		expect(d.comparison).toMatchObject({ orientation: "items-in-rows", items: ["SIGINT", "SIGTERM", "SIGKILL"] });
		const rows = detect(["Concept", "Use stream", "Use loop"], ["Small data", "❌", "✅"], ["Large data", "✅", "❌"], ["Readable", "✅", "❌"]);
		expect(rows.comparison).toMatchObject({ orientation: "items-in-columns", items: ["Use stream", "Use loop"] });
	});

	test("question and phrase headers are criteria", () => {
		const v = orientationVote(["Term", "Used where", "Visible on internet?", "Given by"], [["Local IP", "In a device", "No", "Automatically"], ["Public IP", "On the internet", "Yes", "ISP"]]);
		expect(v.reasons.map(([r]) => r)).toContain("criteria across the header");
		expect(v.score).toBeGreaterThan(0);
	});

	test("long header labels over short first-column names: items in rows", () => {
		const d = detect(["HTTP verb", "CRUD", "Entire collection (e.g. /customers)", "Specific item (e.g. /customers/{id})"], ["POST", "Create", "201 (Created)", "404 (Not found)"], ["GET", "Read", "200 (OK), a list", "200 (OK), one item"], ["PUT", "Replace", "405 (Not allowed)", "200 (OK)"]);
		expect(d.comparison?.items).toEqual(["POST", "GET", "PUT"]);
	});

	test("a criteria word in the corner wins a close vote", () => {
		const d = detect(["Feature", "Logs", "Metrics", "Tracing"], ["Single request tracking", "❌", "❌", "✅"], ["Aggregated numbers", "❌", "✅", "❌"]);
		expect(d.comparison).toMatchObject({ orientation: "items-in-columns", items: ["Logs", "Metrics", "Tracing"] });
	});
});

describe("a forced panel reads the sensible way round", () => {
	test("numbers down the first column are never items", () => {
		const d = detectComparison(grid(["Code", "Name", "Description"], ["100", "Continue", "Go on"], ["200", "OK", "Done"]), "on");
		expect(d.comparison?.orientation).toBe("items-in-columns");
		expect(d.comparison?.items).toEqual(["Name", "Description"]);
	});

	test("numbers across the header are never items", () => {
		const d = detectComparison(grid(["Year", "2022", "2023"], ["Revenue", "1.2", "1.5"], ["Growth", "12", "25"]), "on");
		expect(d.comparison?.orientation).toBe("items-in-rows");
		expect(d.comparison?.items).toEqual(["Revenue", "Growth"]);
	});

	test("a forced headerless table keeps every header cell as an item", () => {
		const d = detectComparison(grid(["Threads", "Processes"], ["Share memory", "Own memory"], ["Cheap to start", "Costly to start"]), "on");
		expect(d.comparison).toMatchObject({ items: ["Threads", "Processes"], headerless: true });
	});
});

describe("numbered parts of one whole", () => {
	test("chapters, weeks and 第N章 down the first column are a table of contents, not items", () => {
		expect(numberedParts(["Chapter 1 Graphs", "Chapter 2 Trees", "Chapter 4 Flows"])).toBe(true);
		expect(numberedParts(["第1章 图的基本概念", "第2章 树", "第3章 图的连通度", "第9章 匹配"])).toBe(true);
		expect(numberedParts(["Week 1", "Week 2", "Week 3"])).toBe(true);
	});

	test("list numbers, products and short or unordered lists are not", () => {
		expect(numberedParts(["1. Selection sort", "2. Insertion sort", "3. Bubble sort"])).toBe(false);
		expect(numberedParts(["iPhone 13", "iPhone 14", "iPhone 15"])).toBe(false);
		expect(numberedParts(["Chapter 1", "Chapter 2"])).toBe(false);
		expect(numberedParts(["Week 3", "Week 1", "Week 2"])).toBe(false);
		expect(numberedParts(["Week 1", "Chapter 2", "Week 3"])).toBe(false);
	});

	test("a syllabus table with a description and a count stays a table", () => {
		const table = parseTables("| Chapter | Topics | Notes |\n|---|---|---|\n| [[Chapter 1 Basics]] | graphs, paths | 20 |\n| [[Chapter 2 Trees]] | trees, spanning trees | 12 |\n| [[Chapter 3 Flows]] | cuts, flows | 13 |\n| [[Chapter 5 Colouring]] | colourings | 21 |\n")[0];
		expect(detectComparison(table).comparison).toBeNull();
	});
});
