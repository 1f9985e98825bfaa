import { BaseHierarchy } from "../../../src/core/bases/hierarchy";
import { RollupCache, childIds, formatRollup, isNumberColumn, rollupKind } from "../../../src/core/bases/rollup";
import type { BaseCell } from "../../../src/core/bases/types";
import { TreeModel, type TreeRow } from "../../../src/core/tree";
import { FakeView, edges, ghost, note } from "../tree/fakeView";

// Topics > Tools > {Spark, Kafka}; Topics > Streaming > Kafka (two parents); Other is unrelated.
const graph = (): FakeView =>
	new FakeView(
		[note("Topics.md"), note("Tools.md"), note("Streaming.md"), note("Spark.md"), note("Kafka.md"), note("Other.md"), ghost("Ideas")],
		edges("Tools.md>Topics.md", "Streaming.md>Topics.md", "Spark.md>Tools.md", "Kafka.md>Tools.md", "Kafka.md>Streaming.md", "Other.md>ghost:ideas"),
	);

const entry = (path: string): { path: string; title: string } => ({ path, title: path.replace(/\.md$/, "") });

/** Every row of the fully expanded tree as "  title" lines (two spaces per level). */
function outline(view: BaseHierarchy): string[] {
	const model = new TreeModel(view, { sort: "manual" });
	return model.flatten({ expanded: new Set(), expandWhere: () => true }).map((row: TreeRow) => `${"  ".repeat(row.depth)}${view.getNode(row.id)?.title ?? row.id}${view.isEntry(row.id) ? "" : " (context)"}`);
}

describe("BaseHierarchy", () => {
	it("places entries under their context ancestors, in the base's order, with a multi-parent entry under each parent", () => {
		const view = new BaseHierarchy(graph(), [entry("Kafka.md"), entry("Spark.md"), entry("Other.md")], { context: true });
		expect(outline(view)).toEqual([
			"Topics (context)",
			// Both context parents come first through Kafka: between them, by title.
			"  Streaming (context)",
			"    Kafka",
			"  Tools (context)",
			"    Kafka",
			"    Spark",
			"Ideas (context)",
			"  Other",
		]);
	});

	it("without context, entries whose parents are outside the result are top-level", () => {
		const view = new BaseHierarchy(graph(), [entry("Spark.md"), entry("Tools.md"), entry("Kafka.md")], { context: false });
		expect(outline(view)).toEqual(["Tools", "  Spark", "  Kafka"]);
		expect(view.getNode("Topics.md")).toBeUndefined();
	});

	it("follows the result's order rather than the title order among siblings", () => {
		const view = new BaseHierarchy(graph(), [entry("Tools.md"), entry("Spark.md"), entry("Kafka.md")], { context: false });
		const reversed = new BaseHierarchy(graph(), [entry("Tools.md"), entry("Kafka.md"), entry("Spark.md")], { context: false });
		expect(outline(view)).toEqual(["Tools", "  Spark", "  Kafka"]);
		expect(outline(reversed)).toEqual(["Tools", "  Kafka", "  Spark"]);
	});

	it("shows files the hierarchy does not know as top-level entries titled by name", () => {
		const view = new BaseHierarchy(graph(), [entry("Spark.md"), { path: "Slides/deck.pdf", title: "deck" }], { context: false });
		expect(outline(view)).toEqual(["Spark", "deck"]);
		expect(view.isEntry("Slides/deck.pdf")).toBe(true);
	});

	it("keeps every entry of a cycle reachable", () => {
		const cyclic = new FakeView([note("A.md"), note("B.md")], edges("A.md>B.md", "B.md>A.md"));
		const view = new BaseHierarchy(cyclic, [entry("A.md"), entry("B.md")], { context: true });
		const rows = outline(view);
		expect(rows[0]).toBe("A");
		expect(rows).toContain("  B");
		expect(view.cycleOf("A.md")).toEqual(expect.arrayContaining(["A.md", "B.md"]));
	});
});

describe("roll-ups", () => {
	const cells: Record<string, BaseCell[]> = {
		"Tools.md": [{ text: "100", number: 100 }, { text: "x", number: null }],
		"Spark.md": [{ text: "3", number: 3 }, { text: "y", number: null }],
		"Kafka.md": [{ text: "5", number: 5 }, { text: "", number: null }],
		"Other.md": [{ text: "", number: null }, { text: "z", number: null }],
	};
	const rollups = (kind: "sum" | "min" | "max" | "none"): RollupCache => {
		const view = new BaseHierarchy(graph(), Object.keys(cells).map(entry), { context: true });
		return new RollupCache({ children: childIds(view), cellsOf: (id) => (view.isEntry(id) ? cells[id] : undefined), columns: 2 }, kind);
	};

	it("counts distinct entries below a branch, not the branch itself nor context ancestors", () => {
		const r = rollups("sum");
		// Topics: Tools, Spark, Kafka (once, though under two parents); Streaming is context.
		expect(r.of("Topics.md").count).toBe(3);
		expect(r.of("Tools.md").count).toBe(2);
		expect(r.of("Streaming.md").count).toBe(1);
		expect(r.of("Spark.md").count).toBe(0);
	});

	it("sums, and takes the min and max of, the numbers below a branch; text columns stay empty", () => {
		expect(rollups("sum").of("Topics.md").values).toEqual([108, null]);
		expect(rollups("min").of("Topics.md").values).toEqual([3, null]);
		expect(rollups("max").of("Tools.md").values).toEqual([5, null]);
		expect(rollups("none").of("Topics.md").values).toEqual([null, null]);
	});

	it("stops at cycles", () => {
		const cyclic = new FakeView([note("A.md"), note("B.md")], edges("A.md>B.md", "B.md>A.md"));
		const view = new BaseHierarchy(cyclic, [entry("A.md"), entry("B.md")]);
		const r = new RollupCache({ children: childIds(view), cellsOf: () => [{ text: "2", number: 2 }], columns: 1 }, "sum");
		expect(r.of("A.md")).toEqual({ count: 1, values: [2] });
	});

	it("knows number columns, option values and formats totals", () => {
		expect(isNumberColumn([{ text: "1", number: 1 }, { text: "", number: null }])).toBe(true);
		expect(isNumberColumn([{ text: "1", number: 1 }, { text: "n/a", number: null }])).toBe(false);
		expect(isNumberColumn([{ text: "", number: null }])).toBe(false);
		expect(rollupKind("max")).toBe("max");
		expect(rollupKind("avg")).toBe("none");
		expect(formatRollup(1234.5678)).toBe("1,234.57");
	});
});
