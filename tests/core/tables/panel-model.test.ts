import { buildPanelModel, DEFAULT_PANEL_STATE, migratePanelState, panelKeys } from "../../../src/core/tables/panel-model";
import type { Comparison } from "../../../src/core/tables/comparison";
import fc from "fast-check";
import { DATABASES, state } from "./panel-fixtures";

const names = (s = state()) => buildPanelModel(DATABASES, s).items.map((i) => i.name);
const criteria = (s = state(), c: Comparison = DATABASES) => buildPanelModel(c, s).criteria.map((cr) => cr.name);

describe("items", () => {
	test("all items in source order by default, keyed by normalised name", () => {
		const m = buildPanelModel(DATABASES, state());
		expect(m.items).toEqual([
			{ index: 0, name: "PostgreSQL", key: "postgresql", baseline: false },
			{ index: 1, name: "MySQL", key: "mysql", baseline: false },
			{ index: 2, name: "**SQLite**", key: "sqlite", baseline: false },
		]);
		expect(m.allItems.map((i) => i.hidden)).toEqual([false, false, false]);
	});

	test("hidden items leave the visible list but stay in the menu list", () => {
		const m = buildPanelModel(DATABASES, state({ hidden: ["mysql"] }));
		expect(m.items.map((i) => i.name)).toEqual(["PostgreSQL", "**SQLite**"]);
		expect(m.allItems.map((i) => [i.key, i.hidden])).toEqual([
			["postgresql", false],
			["mysql", true],
			["sqlite", false],
		]);
	});

	test("hiding every item keeps the first one in display order visible", () => {
		expect(names(state({ hidden: ["postgresql", "mysql", "sqlite"], order: ["sqlite"] }))).toEqual(["**SQLite**"]);
	});

	test("the user's order comes first, unknown keys are ignored, missing items follow in source order", () => {
		expect(names(state({ order: ["sqlite", "gone", "sqlite"] }))).toEqual(["**SQLite**", "PostgreSQL", "MySQL"]);
	});

	test("a baseline is marked only when it is a visible item", () => {
		expect(buildPanelModel(DATABASES, state({ baseline: "mysql" })).items.map((i) => i.baseline)).toEqual([false, true, false]);
		expect(buildPanelModel(DATABASES, state({ baseline: "mysql", hidden: ["mysql"] })).items.some((i) => i.baseline)).toBe(false);
	});

	test("repeated names get distinct keys", () => {
		expect(panelKeys(["Pro", "**pro**", "Max", "PRO"])).toEqual(["pro", "pro#2", "max", "pro#3"]);
	});

	test("property: whatever is hidden, at least one item stays visible and every item is listed once", () => {
		const keys = ["postgresql", "mysql", "sqlite", "other"];
		fc.assert(
			fc.property(fc.subarray(keys), fc.subarray(keys), (hidden, order) => {
				const m = buildPanelModel(DATABASES, state({ hidden, order }));
				expect(m.items.length).toBeGreaterThanOrEqual(1);
				expect(m.allItems.map((i) => i.index).sort()).toEqual([0, 1, 2]);
				for (const item of m.items) expect(m.allItems.find((e) => e.key === item.key)?.hidden).toBe(false);
			}),
		);
	});
});

describe("differences", () => {
	test("without a baseline a cell differs when the criterion's visible values are not all equal", () => {
		const m = buildPanelModel(DATABASES, state());
		expect(m.cell(0, 0)).toMatchObject({ md: "PostgreSQL License", differs: true, same: false });
		// "Relational", "relational ", "**Relational**" are equal once case, space and formatting are normalised.
		expect(m.cell(3, 1)).toMatchObject({ md: "relational ", differs: false, same: true });
		expect(m.criteria.find((c) => c.name === "Type")?.allSame).toBe(true);
		expect(m.criteria.find((c) => c.name === "License")?.allSame).toBe(false);
	});

	test("hiding the odd one out makes the rest equal", () => {
		const c: Comparison = { ...DATABASES, values: DATABASES.values.map((row, i) => (i === 0 ? ["GPL", "GPL", "MIT"] : row)) };
		expect(buildPanelModel(c, state()).cell(0, 0).differs).toBe(true);
		const m = buildPanelModel(c, state({ hidden: ["sqlite"] }));
		expect(m.cell(0, 0)).toMatchObject({ md: "GPL", differs: false, same: true });
	});

	test("with a baseline a value differs when it is not the baseline's value", () => {
		const c: Comparison = { ...DATABASES, values: DATABASES.values.map((row, i) => (i === 0 ? ["GPL", "*gpl*", "MIT"] : row)) };
		const m = buildPanelModel(c, state({ baseline: "postgresql" }));
		expect(m.cell(0, 0)).toMatchObject({ md: "GPL", differs: false, same: false });
		expect(m.cell(0, 1)).toMatchObject({ md: "*gpl*", differs: false, same: true });
		expect(m.cell(0, 2)).toMatchObject({ md: "MIT", differs: true, same: false });
	});

	test("a single visible item differs from nothing", () => {
		const m = buildPanelModel(DATABASES, state({ hidden: ["mysql", "sqlite"] }));
		expect(m.cell(0, 0)).toMatchObject({ md: "PostgreSQL License", differs: false, same: false });
	});

	test("a missing cell reads as empty", () => {
		const c: Comparison = { ...DATABASES, values: [["a"], ...DATABASES.values.slice(1)] };
		expect(buildPanelModel(c, state()).cell(0, 2).md).toBe("");
	});
});

describe("criteria", () => {
	test("only differences drops criteria whose values are equal after normalising case, space and formatting", () => {
		expect(criteria(state({ onlyDifferences: true }))).toEqual(["License", "Latency", "First release", "Notes"]);
	});

	test("only differences with one visible item shows nothing", () => {
		expect(criteria(state({ onlyDifferences: true, hidden: ["mysql", "sqlite"] }))).toEqual([]);
	});

	test("the filter keeps criteria containing every word, case-insensitively, and the total stays", () => {
		const m = buildPanelModel(DATABASES, state({ filter: "  RELEASE first " }));
		expect(m.criteria.map((c) => c.name)).toEqual(["First release"]);
		expect(m.totalCriteria).toBe(5);
		expect(criteria(state({ filter: "l" }))).toEqual(["License", "Latency", "First release"]);
		expect(criteria(state({ filter: "nothing" }))).toEqual([]);
	});

	test("filter and only differences combine", () => {
		expect(criteria(state({ filter: "t", onlyDifferences: true }))).toEqual(["Latency", "First release", "Notes"]);
	});

	test("sortable criteria are those whose values are all numbers or all dates", () => {
		const sortable = buildPanelModel(DATABASES, state()).criteria.map((c) => [c.name, c.sortable]);
		expect(sortable).toEqual([
			["License", null],
			["Latency", "number"],
			["First release", "date"],
			["Type", null],
			["Notes", null],
		]);
	});
});

describe("sorting items by a criterion", () => {
	test("ascending and descending by a number criterion with units", () => {
		expect(names(state({ sortBy: { criterion: "latency", descending: false } }))).toEqual(["MySQL", "PostgreSQL", "**SQLite**"]);
		expect(names(state({ sortBy: { criterion: "latency", descending: true } }))).toEqual(["**SQLite**", "PostgreSQL", "MySQL"]);
	});

	test("by dates, a bare year counting as a date", () => {
		expect(names(state({ sortBy: { criterion: "first release", descending: false } }))).toEqual(["MySQL", "PostgreSQL", "**SQLite**"]);
	});

	test("blank values go last in both directions", () => {
		const c: Comparison = { ...DATABASES, values: DATABASES.values.map((row, i) => (i === 1 ? ["5", "—", "1"] : row)) };
		const sorted = (descending: boolean) => buildPanelModel(c, state({ sortBy: { criterion: "latency", descending } })).items.map((i) => i.key);
		expect(sorted(false)).toEqual(["sqlite", "postgresql", "mysql"]);
		expect(sorted(true)).toEqual(["postgresql", "sqlite", "mysql"]);
	});

	test("sorting by a text or unknown criterion keeps the user's order", () => {
		expect(names(state({ order: ["mysql"], sortBy: { criterion: "license", descending: false } }))).toEqual(["MySQL", "PostgreSQL", "**SQLite**"]);
		expect(names(state({ sortBy: { criterion: "nope", descending: true } }))).toEqual(["PostgreSQL", "MySQL", "**SQLite**"]);
	});
});

describe("migratePanelState", () => {
	test("junk gives the default state", () => {
		for (const junk of [null, undefined, 3, "table", [], true]) expect(migratePanelState(junk)).toEqual(DEFAULT_PANEL_STATE);
	});

	test("keeps well-formed fields and defaults the rest", () => {
		const s = migratePanelState({
			view: "cards",
			hidden: ["a", 3, "a", null, "b"],
			order: "a,b",
			baseline: 7,
			highlight: true,
			onlyDifferences: "yes",
			transposed: true,
			filter: { text: "x" },
			sortBy: { criterion: "cost", descending: 1 },
			tab: "price",
			extra: "ignored",
		});
		expect(s).toEqual({
			view: "cards",
			hidden: ["a", "b"],
			order: [],
			baseline: null,
			highlight: true,
			onlyDifferences: false,
			transposed: true,
			filter: "",
			sortBy: { criterion: "cost", descending: false },
			tab: "price",
		});
	});

	test("an unknown view becomes automatic and a sort without a criterion is dropped", () => {
		const s = migratePanelState({ view: "grid", sortBy: { descending: true } });
		expect(s.view).toBeNull();
		expect(s.sortBy).toBeNull();
	});

	test("a migrated state round-trips through JSON", () => {
		const s = migratePanelState({ view: "criterion", hidden: ["x"], order: ["y"], baseline: "x", filter: "a", sortBy: { criterion: "c", descending: true }, tab: "t" });
		expect(migratePanelState(JSON.parse(JSON.stringify(s)))).toEqual(s);
	});

	test("property: never throws on arbitrary JSON and always gives a well-typed state", () => {
		fc.assert(
			fc.property(fc.jsonValue(), (raw) => {
				const s = migratePanelState(raw);
				expect(s.view === null || ["table", "cards", "criterion"].includes(s.view)).toBe(true);
				expect(s.hidden.every((k) => typeof k === "string")).toBe(true);
				expect(typeof s.highlight).toBe("boolean");
				expect(typeof s.filter).toBe("string");
			}),
		);
	});

	test("the default state is not shared: mutating a migrated state leaves the default alone", () => {
		const s = migratePanelState(null);
		s.hidden.push("x");
		expect(DEFAULT_PANEL_STATE.hidden).toEqual([]);
	});
});
