import {
	buildPanelModel,
	canMoveItem,
	clearSort,
	moveItem,
	setBaseline,
	showAllItems,
	toggleItem,
	toggleSort,
} from "../../../src/core/tables/panel-model";
import { DATABASES, state } from "./panel-fixtures";

const visible = (s: ReturnType<typeof state>) => buildPanelModel(DATABASES, s).items.map((i) => i.key);

describe("panel actions", () => {
	test("toggleItem hides and shows, but never hides the last visible item", () => {
		let s = toggleItem(DATABASES, state(), "mysql");
		expect(visible(s)).toEqual(["postgresql", "sqlite"]);
		s = toggleItem(DATABASES, s, "postgresql");
		expect(visible(s)).toEqual(["sqlite"]);
		expect(toggleItem(DATABASES, s, "sqlite").hidden).toEqual(["mysql", "postgresql"]);
		expect(visible(toggleItem(DATABASES, s, "mysql"))).toEqual(["mysql", "sqlite"]);
	});

	test("showAllItems clears hidden", () => {
		expect(showAllItems(state({ hidden: ["mysql"] })).hidden).toEqual([]);
	});

	test("moveItem swaps with the neighbour in display order and drops a sort", () => {
		const sorted = state({ sortBy: { criterion: "latency", descending: false } });
		expect(visible(sorted)).toEqual(["mysql", "postgresql", "sqlite"]);
		const moved = moveItem(DATABASES, sorted, "sqlite", -1);
		expect(moved.sortBy).toBeNull();
		expect(moved.order).toEqual(["mysql", "sqlite", "postgresql"]);
		expect(visible(moved)).toEqual(["mysql", "sqlite", "postgresql"]);
	});

	test("moving past either end changes nothing", () => {
		const s = state();
		expect(moveItem(DATABASES, s, "postgresql", -1)).toEqual(s);
		expect(moveItem(DATABASES, s, "sqlite", 1)).toEqual(s);
		expect(canMoveItem(DATABASES, s, "postgresql", -1)).toBe(false);
		expect(canMoveItem(DATABASES, s, "postgresql", 1)).toBe(true);
		expect(canMoveItem(DATABASES, s, "sqlite", 1)).toBe(false);
	});

	test("moving counts hidden items, so showing them again keeps their place", () => {
		const s = moveItem(DATABASES, state({ hidden: ["mysql"] }), "sqlite", -1);
		expect(s.order).toEqual(["postgresql", "sqlite", "mysql"]);
	});

	test("setBaseline pins and unpins", () => {
		expect(setBaseline(state(), "mysql").baseline).toBe("mysql");
		expect(setBaseline(state({ baseline: "mysql" }), null).baseline).toBeNull();
	});

	test("toggleSort: a new criterion sorts ascending, the same one flips, clearSort stops", () => {
		let s = toggleSort(state(), "latency");
		expect(s.sortBy).toEqual({ criterion: "latency", descending: false });
		s = toggleSort(s, "latency");
		expect(s.sortBy).toEqual({ criterion: "latency", descending: true });
		s = toggleSort(s, "first release");
		expect(s.sortBy).toEqual({ criterion: "first release", descending: false });
		expect(clearSort(s).sortBy).toBeNull();
	});

	test("actions never change their argument", () => {
		const s = state({ hidden: ["mysql"], sortBy: { criterion: "latency", descending: false } });
		const copy = structuredClone(s);
		toggleItem(DATABASES, s, "sqlite");
		toggleItem(DATABASES, s, "mysql");
		moveItem(DATABASES, s, "sqlite", -1);
		toggleSort(s, "latency");
		expect(s).toEqual(copy);
	});
});
