import * as fs from "fs";
import * as path from "path";
import { tableRecords } from "../../../src/core/tables/output";

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, "../../fixtures/tables", name), "utf8");

describe("tableRecords", () => {
	const text = fixture("comparisons.md");

	it("gives one record per table, in order, with the comparison read out", () => {
		const records = tableRecords(text);
		expect(records.map((r) => [r.line, r.comparison, r.orientation])).toEqual([
			[3, true, "items-in-columns"],
			[9, true, "items-in-columns"],
			[17, true, "items-in-rows"],
			[24, false, null],
			[30, false, null],
			[35, false, null],
			[40, false, null],
		]);
		expect(records[0]).toEqual({
			line: 3,
			comparison: true,
			orientation: "items-in-columns",
			items: ["MLOps", "ModelOps"],
			criteria: ["Scope", "Focus", "Culture"],
			values: [
				["Whole ML lifecycle", "Deployed models"],
				["Data, training, deployment", "Deployment, versioning"],
				["Cross-functional", "Operational"],
			],
			reason: "empty corner cell",
			header: ["", "MLOps", "ModelOps"],
			rows: [
				["Scope", "Whole ML lifecycle", "Deployed models"],
				["Focus", "Data, training, deployment", "Deployment, versioning"],
				["Culture", "Cross-functional", "Operational"],
			],
		});
	});

	it("carries the raw table and empty model fields for non-comparisons", () => {
		const numeric = tableRecords(text)[3];
		expect(numeric).toMatchObject({ comparison: false, items: [], criteria: [], values: [], reason: "mostly numeric" });
		expect(numeric.header).toEqual(["Batch size", "p50 (ms)", "p95 (ms)", "p99 (ms)"]);
		expect(numeric.rows).toHaveLength(3);
	});

	it("keeps raw rows (continuation rows included) next to the merged values", () => {
		const criteria = tableRecords(text)[1];
		expect(criteria.rows).toHaveLength(5);
		expect(criteria.criteria).toEqual(["Delivery model", "Ordering", "Ecosystem"]);
	});

	it("applies the note-level override from front matter", () => {
		expect(tableRecords(text, "off").every((r) => !r.comparison && r.reason === "comparison off")).toBe(true);
		const all = tableRecords(text, "all");
		expect(all.every((r) => r.comparison)).toBe(true);
		expect(all[4]).toMatchObject({ orientation: "items-in-columns", items: ["Value"], reason: "forced on; criteria down the first column" });
	});

	it("skips front matter with start and numbers lines from startLine", () => {
		const note = fixture("basics.md");
		const start = note.indexOf("# Table basics");
		expect(tableRecords(note)[0].header).toEqual(["front", "matter"]);
		const records = tableRecords(note, undefined, { start, startLine: 7 });
		expect(records.map((r) => r.line)).toEqual([9, 15, 20, 25, 34]);
		expect(records[0]).toMatchObject({ comparison: true, orientation: "items-in-rows", items: ["alpha", "beta"] });
	});

	it("is empty for a note without tables", () => {
		expect(tableRecords("# Title\n\nNo tables | here.\n")).toEqual([]);
	});
});
