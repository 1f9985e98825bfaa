import { TreeModel } from "../../../src/core/tree/TreeModel";
import { edges, FakeView, ghost, note } from "./fakeView";

/**
 *  r1 ── a ── b ── x        r2 ── x        r1 ── b (b has parents a and r1)
 */
function diamond(): FakeView {
	return new FakeView(["r1", "r2", "a", "b", "x"].map((id) => note(id)), edges("a>r1", "b>a", "b>r1", "x>b", "x>r2"));
}

describe("TreeModel.pathsTo", () => {
	it("lists every path from a root, shortest first", () => {
		const model = new TreeModel(diamond());
		expect(model.pathsTo("x")).toEqual([
			["r2", "x"],
			["r1", "b", "x"],
			["r1", "a", "b", "x"],
		]);
		expect(model.pathsTo("r1")).toEqual([["r1"]]);
		expect(model.pathsTo("missing")).toEqual([]);
	});

	it("stops at the limit", () => {
		const model = new TreeModel(diamond());
		expect(model.pathsTo("x", 2)).toEqual([
			["r2", "x"],
			["r1", "b", "x"],
		]);
		expect(model.pathsTo("x", 0)).toEqual([]);
	});

	it("finds paths from a pinned node only", () => {
		const model = new TreeModel(diamond());
		expect(model.pathsTo("x", 20, "a")).toEqual([["a", "b", "x"]]);
		expect(model.pathsTo("x", 20, "r2")).toEqual([["r2", "x"]]);
		expect(model.pathsTo("a", 20, "x")).toEqual([]);
	});

	it("terminates on cycles and gives simple paths through them", () => {
		// top ── c1 ⇄ c2 ── leaf, and a parentless cycle p ⇄ q ── z
		const view = new FakeView(
			["top", "c1", "c2", "leaf", "p", "q", "z"].map((id) => note(id)),
			edges("c1>top", "c2>c1", "c1>c2", "leaf>c2", "p>q", "q>p", "z>q"),
		);
		const model = new TreeModel(view);
		expect(model.pathsTo("leaf")).toEqual([["top", "c1", "c2", "leaf"]]);
		expect(model.roots()).toContain("p");
		expect(model.pathsTo("z")).toEqual([["p", "q", "z"]]);
		expect(model.pathsTo("p")).toEqual([["p"]]);
	});

	it("skips ghost parents when ghosts are hidden", () => {
		const view = new FakeView([ghost("G"), note("a"), note("b")], edges("b>ghost:g", "b>a"));
		const model = new TreeModel(view);
		expect(model.pathsTo("b")).toEqual([
			["a", "b"],
			["ghost:g", "b"],
		]);
		model.setOptions({ showGhosts: false });
		expect(model.pathsTo("b")).toEqual([["a", "b"]]);
		expect(model.pathsTo("ghost:g")).toEqual([]);
	});

	it("gives paths whose rows appear once their keysToReveal are expanded", () => {
		const model = new TreeModel(diamond());
		for (const path of model.pathsTo("x")) {
			const rows = model.flatten({ expanded: new Set(model.keysToReveal(path)) });
			expect(rows.map((row) => row.key)).toContain(model.keyOf(path));
		}
	});
});

describe("TreeModel.keysToReveal", () => {
	it("returns the keys of every row above the path's last node", () => {
		const model = new TreeModel(diamond());
		expect(model.keysToReveal(["r1", "a", "b", "x"]).map((key) => model.pathOf(key))).toEqual([["r1"], ["r1", "a"], ["r1", "a", "b"]]);
		expect(model.keysToReveal(["r1"])).toEqual([]);
		expect(model.keysToReveal([])).toEqual([]);
	});
});
