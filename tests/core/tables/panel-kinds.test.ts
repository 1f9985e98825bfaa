/** The panel model on real kinds of values: prose is left unmarked, yes/no and numbers compare by meaning, transposition swaps the axes. */
import type { Comparison } from "../../../src/core/tables/comparison";
import { buildPanelModel, displayOrder, toggleItem, toggleTranspose, toMarkdown } from "../../../src/core/tables/panel-model";
import { state } from "./panel-fixtures";

const QUEUES: Comparison = {
	orientation: "items-in-columns",
	corner: "Feature",
	items: ["Queue", "Kafka", "Pub/Sub"],
	criteria: ["Replay", "Latency", "Throughput", "Model", "How it scales"],
	values: [
		["❌ No", "✅", "no"],
		["Low", "Medium", "low"],
		["1,000/s", "1M/s", "50k/s"],
		["Pull", "Pull", "Push"],
		["Add consumers to the queue and let the broker spread the work", "Add partitions and consumers in a group", "Managed by the cloud provider, nothing to do"],
	],
};

describe("differences on comparable kinds only", () => {
	test("kinds per criterion and the summary counts", () => {
		const m = buildPanelModel(QUEUES, state({ highlight: true }));
		expect(m.criteria.map((c) => [c.name, c.kind, c.comparable])).toEqual([
			["Replay", "yes-no", true],
			["Latency", "level", true],
			["Throughput", "number", true],
			["Model", "label", true],
			["How it scales", "prose", false],
		]);
		expect([m.compared, m.prose]).toEqual([4, 1]);
	});

	test("yes/no and levels compare by meaning: ❌ No equals no, Low equals low", () => {
		const m = buildPanelModel(QUEUES, state({ hidden: ["kafka"] }));
		expect(m.cell(0, 0)).toMatchObject({ same: true, differs: false, verdict: "no" });
		expect(m.cell(1, 2)).toMatchObject({ same: true, differs: false });
		expect(m.cell(3, 0)).toMatchObject({ differs: true });
	});

	test("prose is never marked, and Only differences keeps it unless every value is the same", () => {
		const m = buildPanelModel(QUEUES, state({ onlyDifferences: true, hidden: ["kafka"] }));
		expect(m.criteria.map((c) => c.name)).toEqual(["Throughput", "Model", "How it scales"]);
		expect(m.cell(4, 0)).toMatchObject({ differs: false, same: false, kind: "prose" });
		const same: Comparison = { ...QUEUES, values: QUEUES.values.map((row, i) => (i === 4 ? ["Same text", "Same text", "Same text"] : row)) };
		expect(buildPanelModel(same, state({ onlyDifferences: true })).criteria.map((c) => c.name)).not.toContain("How it scales");
	});

	test("against a baseline, cells say same or differs; the baseline itself says neither", () => {
		const m = buildPanelModel(QUEUES, state({ baseline: "queue" }));
		expect(m.cell(0, 0)).toMatchObject({ againstBaseline: false, same: false, differs: false });
		expect(m.cell(0, 1)).toMatchObject({ againstBaseline: true, differs: true });
		expect(m.cell(0, 2)).toMatchObject({ againstBaseline: true, same: true });
		expect(m.cell(4, 1)).toMatchObject({ againstBaseline: false, differs: false, same: false });
	});

	test("numeric criteria mark the lowest and highest shown value and give each a share of the highest", () => {
		const m = buildPanelModel(QUEUES, state());
		expect([0, 1, 2].map((j) => m.cell(2, j).extreme)).toEqual(["min", "max", null]);
		expect(m.cell(2, 1).share).toBe(1);
		expect(m.cell(2, 2).share).toBeCloseTo(0.05);
		const hidden = buildPanelModel(QUEUES, state({ hidden: ["kafka"] }));
		expect([0, 2].map((j) => hidden.cell(2, j).extreme)).toEqual(["min", "max"]);
		expect(m.cell(3, 0).extreme).toBeNull();
	});
});

describe("Transpose swaps items and criteria in the model", () => {
	test("the criteria become the items: hideable, ordered, compared", () => {
		const s = toggleTranspose(state({ hidden: ["kafka"], baseline: "queue", sortBy: { criterion: "throughput", descending: false } }));
		expect(s).toMatchObject({ transposed: true, hidden: [], baseline: null, sortBy: null });
		const m = buildPanelModel(QUEUES, s);
		expect(m.items.map((i) => i.name)).toEqual(QUEUES.criteria);
		expect(m.criteria.map((c) => c.name)).toEqual(QUEUES.items);
		expect(m.cell(0, 2).md).toBe("1,000/s");
		const hidden = toggleItem(QUEUES, s, "replay");
		expect(buildPanelModel(QUEUES, hidden).items.map((i) => i.name)).not.toContain("Replay");
		expect(displayOrder(QUEUES, s)).toEqual([0, 1, 2, 3, 4]);
	});

	test("transposing twice gives the source back, and the exported grid turns over", () => {
		expect(toggleTranspose(toggleTranspose(state())).transposed).toBe(false);
		const t: Comparison = { ...QUEUES, criteria: QUEUES.criteria.slice(0, 1), values: QUEUES.values.slice(0, 1) };
		expect(toMarkdown(t, state({ transposed: true }))).toBe(["| Feature | Replay |", "| --- | --- |", "| Queue | ❌ No |", "| Kafka | ✅ |", "| Pub/Sub | no |"].join("\n"));
	});
});

describe("unnamed criteria", () => {
	test("a headerless comparison marks its points as unnamed", () => {
		const c: Comparison = { orientation: "items-in-columns", corner: "", items: ["Kafka", "RabbitMQ"], criteria: ["Point 1", "Point 2"], values: [["Pull", "Push"], ["Fast", "Slower"]], headerless: true };
		expect(buildPanelModel(c, state()).criteria.map((cr) => [cr.name, cr.unnamed])).toEqual([
			["Point 1", true],
			["Point 2", true],
		]);
	});
});
