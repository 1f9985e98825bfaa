import { MAX_COMPARED, compareEntries, comparedPaths } from "../../../src/core/bases/compare";
import type { BaseEntryData } from "../../../src/core/bases/types";
import { buildPanelModel, DEFAULT_PANEL_STATE, toMarkdown } from "../../../src/core/tables/panel-model";

const cell = (text: string, number: number | null = null): { text: string; number: number | null } => ({ text, number });

const entries: BaseEntryData[] = [
	{ path: "Tools/Spark.md", title: "Spark", cells: [cell("Spark.md"), cell("batch\nstreaming"), cell("3", 3)] },
	{ path: "Tools/Kafka.md", title: "Kafka", cells: [cell("Kafka.md"), cell("streaming"), cell("5", 5)] },
	{ path: "Old/Kafka.md", title: "Kafka", cells: [cell("Kafka.md"), cell(""), cell("")] },
];
const columns = [
	{ id: "file.name", name: "Name" },
	{ id: "note.mode", name: "Mode" },
	{ id: "note.stars", name: "Stars" },
];

describe("compareEntries", () => {
	it("makes entries the items and the view's properties (in order) the criteria, without the file name", () => {
		const { comparison, names, paths } = compareEntries(entries, columns);
		expect(comparison.criteria).toEqual(["Mode", "Stars"]);
		expect(names).toEqual(["Spark", "Tools/Kafka", "Old/Kafka"]);
		expect(comparison.items[0]).toBe("[[Tools/Spark|Spark]]");
		expect(paths.get("Old/Kafka")).toBe("Old/Kafka.md");
		expect(comparison.values).toEqual([
			["batch<br>streaming", "streaming", ""],
			["3", "5", ""],
		]);
	});

	it("gives the panel model differences and a Markdown export", () => {
		const { comparison } = compareEntries(entries.slice(0, 2), columns);
		const model = buildPanelModel(comparison, DEFAULT_PANEL_STATE);
		expect(model.items.map((i) => i.name)).toEqual(["[[Tools/Spark|Spark]]", "[[Tools/Kafka|Kafka]]"]);
		expect(model.cell(1, 0).differs).toBe(true);
		expect(toMarkdown(comparison, DEFAULT_PANEL_STATE)).toContain("| Stars | 3 | 5 |");
	});
});

describe("comparedPaths", () => {
	const many: BaseEntryData[] = Array.from({ length: MAX_COMPARED + 2 }, (_, i) => ({ path: `N${i}.md`, title: `N${i}`, cells: [] }));

	it("compares every entry up to the limit", () => {
		expect(comparedPaths(many.slice(0, MAX_COMPARED), null)).toHaveLength(MAX_COMPARED);
	});

	it("asks (null) above the limit until entries are chosen, then keeps the choice in result order", () => {
		expect(comparedPaths(many, null)).toBeNull();
		expect(comparedPaths(many, ["N5.md", "N1.md"])).toEqual(["N1.md", "N5.md"]);
	});

	it("drops chosen entries that left the result, and asks again when fewer than two remain", () => {
		expect(comparedPaths(many, ["gone.md", "N3.md"])).toBeNull();
		expect(comparedPaths(many.slice(0, 3), ["gone.md", "N2.md"])).toEqual(["N0.md", "N1.md", "N2.md"]);
	});
});
