import * as fs from "fs";
import * as path from "path";
import { detectComparison, normaliseCell, noteOverride } from "../../../src/core/tables/comparison";
import { parseTables, type MdTable } from "../../../src/core/tables/parse";

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, "../../fixtures/tables", name), "utf8");

/** The first table of a markdown snippet. */
function table(md: string): MdTable {
	const [t] = parseTables(md);
	if (!t) throw new Error("no table in snippet");
	return t;
}

describe("detectComparison on the comparisons fixture", () => {
	const tables = parseTables(fixture("comparisons.md"));
	const byLine = (line: number) => {
		const t = tables.find((x) => x.line === line);
		if (!t) throw new Error(`no table at line ${line}`);
		return detectComparison(t);
	};

	it("reads an empty corner cell as items in columns", () => {
		expect(byLine(3)).toEqual({
			reason: "empty corner cell",
			comparison: {
				orientation: "items-in-columns",
				corner: "",
				items: ["MLOps", "ModelOps"],
				criteria: ["Scope", "Focus", "Culture"],
				values: [
					["Whole ML lifecycle", "Deployed models"],
					["Data, training, deployment", "Deployment, versioning"],
					["Cross-functional", "Operational"],
				],
			},
		});
	});

	it("reads a formatted Criteria header, merges continuation rows with <br> and drops empty rows", () => {
		const d = byLine(9);
		expect(d.reason).toBe("first header 'Criteria'");
		expect(d.comparison).toEqual({
			orientation: "items-in-columns",
			corner: "**Criteria**",
			items: ["Kafka", "RabbitMQ", "Pulsar"],
			criteria: ["Delivery model", "Ordering", "Ecosystem"],
			values: [
				["Log based, consumers<br>pull from partitions", "Queue based, broker<br>pushes messages", "Log based with<br>tiered storage"],
				["Per partition", "Per queue", "Per partition"],
				["Very large", "Large", "Growing"],
			],
		});
	});

	it("reads a Tool first header as items in rows, values indexed [criterion][item]", () => {
		const d = byLine(17);
		expect(d.reason).toBe("first header 'Tool'");
		const c = d.comparison!;
		expect(c.orientation).toBe("items-in-rows");
		expect(c.corner).toBe("Tool");
		expect(c.items).toEqual(["MLflow", "Weights & Biases", "Neptune", "ClearML"]);
		expect(c.criteria).toEqual(["License", "Hosting", "Best for"]);
		expect(c.values[0]).toEqual(["Apache-2.0", "Proprietary", "Proprietary", "Apache-2.0"]);
		expect(c.values[2][1]).toBe("Team dashboards");
	});

	it("rejects a numeric data table", () => {
		expect(byLine(24)).toEqual({ comparison: null, reason: "mostly numeric" });
	});

	it("rejects a key/value table", () => {
		expect(byLine(30)).toEqual({ comparison: null, reason: "single value column" });
	});

	it("rejects a feature list whose other headers are attributes", () => {
		expect(byLine(35)).toEqual({ comparison: null, reason: "glossary (a descriptive column)" });
	});

	it("rejects a table with no signal and attribute-like headers", () => {
		expect(byLine(40)).toEqual({ comparison: null, reason: "steps or records, not items" });
	});
});

describe("detectComparison: signals", () => {
	it.each(["Criteria", "criterion", "Aspect", "Features", "**Property**", "Dimension", "Factor", "Category", "Attribute", "Characteristic", "Comparison", "vs", "Python vs Rust"])(
		"reads first header %s as items in columns",
		(corner) => {
			const d = detectComparison(table(`| ${corner} | Python | Rust |\n|---|---|---|\n| Typing | Dynamic | Static |\n| Speed | Slower | Fast |\n`));
			expect(d.comparison?.orientation).toBe("items-in-columns");
			expect(d.comparison?.items).toEqual(["Python", "Rust"]);
			expect(d.comparison?.criteria).toEqual(["Typing", "Speed"]);
		},
	);

	it.each(["Name", "Tools", "Product", "Option", "Databases", "Library", "Framework", "Service", "Model", "Approach", "Platform", "Algorithm", "Provider", "Tool name"])(
		"reads first header %s as items in rows",
		(corner) => {
			const d = detectComparison(table(`| ${corner} | Licence | Hosting |\n|---|---|---|\n| Alpha | MIT | Cloud |\n| Beta | GPL | Local |\n`));
			expect(d.comparison?.orientation).toBe("items-in-rows");
			expect(d.comparison?.items).toEqual(["Alpha", "Beta"]);
			expect(d.comparison?.criteria).toEqual(["Licence", "Hosting"]);
			expect(d.comparison?.values).toEqual([
				["MIT", "GPL"],
				["Cloud", "Local"],
			]);
		},
	);

	it("reads a table without a signal as items in columns when labels and names are clear", () => {
		const d = detectComparison(table("| Topic | Postgres | SQLite |\n|---|---|---|\n| Concurrency | Many writers | One writer |\n| Setup | Server | A file |\n"));
		expect(d.reason).toBe("labels in the first column, names in the header");
		expect(d.comparison?.items).toEqual(["Postgres", "SQLite"]);
	});

	it("is conservative without a signal: long lists, numeric labels and descriptions are not comparisons", () => {
		const rows = Array.from({ length: 11 }, (_, i) => `| Label ${i} | x${i} | y${i} |`).join("\n");
		expect(detectComparison(table(`| Topic | A | B |\n|---|---|---|\n${rows}\n`)).comparison).toBeNull();
		expect(detectComparison(table("| 1 | 2 | 3 |\n|-|-|-|\n| lines unique to FILE1 | lines unique to FILE2 | lines in both |\n| more | more | more |\n")).comparison).toBeNull();
		expect(detectComparison(table("| link | description | stars |\n|---|---|---|\n| [fzf](x) | Fuzzy finder | 22.7k |\n| [bat](y) | A cat clone | 14.4k |\n")).reason).toBe("glossary (a descriptive column)");
	});
});

describe("detectComparison: continuation rows", () => {
	it("merges each non-empty cell into the row above and keeps an orphan first row", () => {
		const t = table("|  | A | B |\n|---|---|---|\n| | orphan | |\n| Cost | low | high |\n| | per seat | |\n|  |  |  |\n| Speed | fast | slow |\n");
		expect(detectComparison(t).comparison).toMatchObject({
			criteria: ["", "Cost", "Speed"],
			values: [
				["orphan", ""],
				["low<br>per seat", "high"],
				["fast", "slow"],
			],
		});
	});

	it("merges continuation rows of items-in-rows tables into the item above", () => {
		const t = table("| Tool | Notes | Price |\n|---|---|---|\n| A | first line | free |\n| | second line | |\n| B | short | paid |\n");
		expect(detectComparison(t).comparison).toMatchObject({ items: ["A", "B"], values: [["first line<br>second line", "short"], ["free", "paid"]] });
	});

	it("merges a wrapped criterion label written in lowercase under capitalised labels", () => {
		const t = table(
			"| Criteria | Black | yapf |\n|---|---|---|\n| Speed | Fast | Slower |\n| Integration with CI | Official hook | Hook not officially |\n| and pre-commit hooks | available | supported |\n| Community | Active | Active |\n",
		);
		expect(detectComparison(t).comparison).toMatchObject({
			criteria: ["Speed", "Integration with CI<br>and pre-commit hooks", "Community"],
			values: [
				["Fast", "Slower"],
				["Official hook<br>available", "Hook not officially<br>supported"],
				["Active", "Active"],
			],
		});
	});

	it("does not merge lowercase rows when the values are capitalised", () => {
		const t = table("| Feature | Chroma | pgvector |\n|---|---|---|\n| Speed | High | Medium |\n| persistence | Yes | Yes |\n");
		expect(detectComparison(t).comparison?.criteria).toEqual(["Speed", "persistence"]);
	});
});

describe("detectComparison: negative cases", () => {
	it("rejects a mostly numeric table but accepts a comparison with some numbers", () => {
		expect(detectComparison(table("|  | 2022 | 2023 |\n|---|---|---|\n| Revenue | $1.2M | $1.5M |\n| Growth | 12% | 25% |\n| Launch | 2022-03-01 | - |\n")).reason).toBe("mostly numeric");
		const some = detectComparison(table("|  | Redis | Memcached |\n|---|---|---|\n| Max value | 512 MB | 1 MB |\n| Types | Many | Strings |\n| Persistence | Yes | No |\n"));
		expect(some.comparison?.items).toEqual(["Redis", "Memcached"]);
	});

	it("rejects a two-column table even with a signal", () => {
		expect(detectComparison(table("|  | Value |\n|---|---|\n| a | b |\n| c | d |\n")).reason).toBe("single value column");
		expect(detectComparison(table("| Name | Description |\n|---|---|\n| a | b |\n| c | d |\n")).reason).toBe("single value column");
	});

	it("rejects more than 10 items in either orientation", () => {
		const t = parseTables(fixture("many-items.md"))[0];
		expect(detectComparison(t)).toEqual({ comparison: null, reason: "more than 10 items" });
		const wide = Array.from({ length: 11 }, (_, i) => `Item ${i}`);
		const md = `| Criteria | ${wide.join(" | ")} |\n|${"---|".repeat(12)}\n| Colour | ${wide.map(() => "red").join(" | ")} |\n| Size | ${wide.map(() => "big").join(" | ")} |\n`;
		expect(detectComparison(table(md)).reason).toBe("more than 10 items");
	});

	it("rejects a table of one row or none (one item, or one criterion)", () => {
		expect(detectComparison(table("| Tool | Cost | Speed |\n|---|---|---|\n| Only | low | fast |\n")).reason).toBe("single row");
		expect(detectComparison(table("| User | Device | Server |\n|---|---|---|\n| A person | A phone | A host |\n")).reason).toBe("single row");
		expect(detectComparison(table("|  | A | B |\n|---|---|---|\n")).reason).toBe("single row");
	});

	it("rejects a one-column table, even when forced on", () => {
		expect(detectComparison(table("| a |\n|---|\n| x |\n"), "on").reason).toBe("single column");
	});
});

describe("detectComparison: overrides", () => {
	const kv = table("| Key | Value |\n|---|---|\n| Owner | Team |\n| State | Draft |\n");
	const tool = table("| Tool | Cost | Speed |\n|---|---|---|\n| A | low | fast |\n| B | high | slow |\n");

	it("off forces no comparison", () => {
		expect(detectComparison(tool, "off")).toEqual({ comparison: null, reason: "comparison off" });
	});

	it("on forces a comparison, items in columns when there is no signal", () => {
		const d = detectComparison(kv, "on");
		expect(d.reason).toBe("forced on");
		expect(d.comparison).toMatchObject({ orientation: "items-in-columns", items: ["Value"], criteria: ["Owner", "State"] });
	});

	it("on keeps the orientation from the signal", () => {
		expect(detectComparison(tool, "on").comparison?.orientation).toBe("items-in-rows");
		expect(detectComparison(tool, "on").reason).toBe("forced on; first header 'Tool'");
	});

	it("a given orientation replaces the detected one", () => {
		const d = detectComparison(tool, "auto", "items-in-columns");
		expect(d.comparison).toMatchObject({ orientation: "items-in-columns", items: ["Cost", "Speed"], criteria: ["A", "B"], values: [["low", "fast"], ["high", "slow"]] });
		expect(detectComparison(kv, "on", "items-in-rows").comparison).toMatchObject({ items: ["Owner", "State"], criteria: ["Value"], values: [["Team", "Draft"]] });
	});

	it("reads the note-level override from front matter", () => {
		expect(noteOverride("off")).toBe("off");
		expect(noteOverride(" OFF ")).toBe("off");
		expect(noteOverride(false)).toBe("off");
		expect(noteOverride("all")).toBe("on");
		expect(noteOverride("auto")).toBe("auto");
		expect(noteOverride(true)).toBe("auto");
		expect(noteOverride(undefined)).toBe("auto");
		expect(noteOverride(["off"])).toBe("auto");
	});
});

describe("normaliseCell", () => {
	it.each([
		["**Cost**", "cost"],
		["  __Total__   Cost ", "total cost"],
		["*Scope*", "scope"],
		["~~Old~~ ==New==", "old new"],
		["`git push`", "git push"],
		["[MLflow](https://mlflow.org)", "mlflow"],
		["![logo](x.png) Brand", "logo brand"],
		["[[model_registry|Model Registry]]", "model registry"],
		["[[model_registry]]", "model_registry"],
		["snake_case_name", "snake_case_name"],
		["_italic_ word", "italic word"],
		["Line one<br>line two", "line one line two"],
		["<b>Bold</b>", "bold"],
		["Ünïcode ÉTÉ", "ünïcode été"],
		["a\\|b", "a|b"],
	])("%s → %s", (md, expected) => {
		expect(normaliseCell(md)).toBe(expected);
	});
});
