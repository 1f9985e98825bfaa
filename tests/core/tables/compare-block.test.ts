import fc from "fast-check";
import { parseCompareBlock, selectItems, type CompareBlockOk } from "../../../src/core/tables/compare-block";
import { detectComparison } from "../../../src/core/tables/comparison";

const TABLE = ["| Database | Storage | Server |", "|---|---|---|", "| Postgres | files | yes |", "| SQLite | one file | no |", "| DuckDB | one file | no |"];

function ok(source: string): CompareBlockOk {
	const block = parseCompareBlock(source);
	if (!block.ok) throw new Error(`expected a block, got: ${block.error}`);
	return block;
}

describe("parseCompareBlock", () => {
	test("a bare table parses with no options and its lines counted in the block", () => {
		const block = ok(TABLE.join("\n") + "\n");
		expect(block.table.header).toEqual(["Database", "Storage", "Server"]);
		expect(block.table.rows).toHaveLength(3);
		expect(block.table.line).toBe(1);
		expect(block.orientation).toBeUndefined();
		expect(block.items).toBeUndefined();
	});

	test("orientation, items and caption lines before the table, any case, blank lines allowed", () => {
		const block = ok(["Orientation: items-in-rows", "", "ITEMS: SQLite,  Postgres ,", "caption: Embedded or server?", "", ...TABLE].join("\n"));
		expect(block.orientation).toBe("items-in-rows");
		expect(block.items).toEqual(["SQLite", "Postgres"]);
		expect(block.caption).toBe("Embedded or server?");
		expect(block.table.line).toBe(6);
	});

	test("short orientation names are accepted", () => {
		expect(ok(["orientation: columns", ...TABLE].join("\n")).orientation).toBe("items-in-columns");
		expect(ok(["orientation: Rows", ...TABLE].join("\n")).orientation).toBe("items-in-rows");
	});

	test("no table gives a clear error, not a throw", () => {
		const block = parseCompareBlock("orientation: items-in-rows\n");
		expect(block.ok).toBe(false);
		if (!block.ok) {
			expect(block.error).toMatch(/No table found/);
			expect(block.error).toMatch(/orientation: items-in-rows/);
		}
		expect(parseCompareBlock("").ok).toBe(false);
	});

	test("an unknown orientation, an unknown option and stray text are errors naming the line", () => {
		const bad = parseCompareBlock(["orientation: diagonal", ...TABLE].join("\n"));
		expect(bad).toMatchObject({ ok: false, line: 1 });
		if (!bad.ok) expect(bad.error).toMatch(/Unknown orientation "diagonal"/);
		const unknown = parseCompareBlock(["", "colour: red", ...TABLE].join("\n"));
		expect(unknown).toMatchObject({ ok: false, line: 2 });
		if (!unknown.ok) expect(unknown.error).toMatch(/Unknown option "colour"/);
		const stray = parseCompareBlock(["Some words here", ...TABLE].join("\n"));
		expect(stray).toMatchObject({ ok: false, line: 1 });
		const empty = parseCompareBlock(["items: , ,", ...TABLE].join("\n"));
		expect(empty).toMatchObject({ ok: false, line: 1 });
	});

	test("never throws on arbitrary text", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("|", "-", ":", " ", "\n", "a", "items", "orientation", ",", "`") , maxLength: 80 }), (text) => {
				const block = parseCompareBlock(text);
				expect(typeof block.ok).toBe("boolean");
			}),
		);
	});
});

describe("selectItems", () => {
	const comparison = () => {
		const c = detectComparison(ok(TABLE.join("\n")).table, "on").comparison;
		if (!c) throw new Error("no comparison");
		return c;
	};

	test("keeps the named items in the order named, matching case, spacing and links loosely", () => {
		const { comparison: c, missing } = selectItems(comparison(), ["[[duckdb]]", "  POSTGRES "]);
		expect(c.items).toEqual(["DuckDB", "Postgres"]);
		expect(c.criteria).toEqual(["Storage", "Server"]);
		expect(c.values).toEqual([
			["one file", "files"],
			["no", "yes"],
		]);
		expect(missing).toEqual([]);
	});

	test("reports names that match no item and ignores repeats", () => {
		const { comparison: c, missing } = selectItems(comparison(), ["SQLite", "Oracle", "sqlite"]);
		expect(c.items).toEqual(["SQLite"]);
		expect(missing).toEqual(["Oracle"]);
	});
});
