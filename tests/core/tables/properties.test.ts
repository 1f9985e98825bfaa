import fc from "fast-check";
import { detectComparison, normaliseCell, type Override } from "../../../src/core/tables/comparison";
import { tableRecords } from "../../../src/core/tables/output";
import { parseTables } from "../../../src/core/tables/parse";

const pipeHeavy = fc.array(fc.constantFrom("|", "-", ":", " ", "a", "\\", "`", "\n", ">"), { maxLength: 200 }).map((chars) => chars.join(""));
const anyText = fc.oneof(pipeHeavy, fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }));
const override = fc.constantFrom<Override>("auto", "on", "off");
const orientation = fc.constantFrom(undefined, "items-in-columns" as const, "items-in-rows" as const);

describe("never throws", () => {
	it("parseTables and detectComparison on arbitrary text, with well-formed results", () => {
		fc.assert(
			fc.property(anyText, override, orientation, (text, ov, or) => {
				const lineCount = text.split("\n").length;
				let previousEnd = 0;
				for (const t of parseTables(text)) {
					expect(t.line).toBeGreaterThan(previousEnd);
					expect(t.endLine).toBeGreaterThanOrEqual(t.line + 1);
					expect(t.endLine).toBeLessThanOrEqual(lineCount);
					expect(t.align).toHaveLength(t.header.length);
					for (const row of t.rows) expect(row).toHaveLength(t.header.length);
					previousEnd = t.endLine;
					const d = detectComparison(t, ov, or);
					if (d.comparison) {
						expect(d.comparison.values).toHaveLength(d.comparison.criteria.length);
						for (const v of d.comparison.values) expect(v).toHaveLength(d.comparison.items.length);
					}
				}
			}),
			{ numRuns: 2000 },
		);
	});

	it("tableRecords and normaliseCell on arbitrary input", () => {
		fc.assert(
			fc.property(anyText, fc.anything(), fc.nat(300), (text, fm, start) => {
				tableRecords(text, fm, { start, startLine: 1 });
				normaliseCell(text);
			}),
			{ numRuns: 500 },
		);
	});

	it("reads every well-formed generated table back cell for cell", () => {
		const cell = fc.stringMatching(/^[A-Za-z0-9 .,]{0,12}$/).map((s) => s.trim());
		const grid = fc.integer({ min: 1, max: 6 }).chain((width) =>
			fc.tuple(fc.array(cell, { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 })),
		);
		fc.assert(
			fc.property(grid, fc.boolean(), ([header, rows], crlf) => {
				const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
				const md = ["intro", "", line(header), line(header.map(() => "---")), ...rows.map(line), "", "outro"].join(crlf ? "\r\n" : "\n");
				const [t] = parseTables(md);
				expect(t.header).toEqual(header);
				expect(t.rows).toEqual(rows);
				expect(t.line).toBe(3);
			}),
		);
	});
});
