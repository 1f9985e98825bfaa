import { buildTrail, clampPaths, COUNT_BOUND, morePathsLabel, sequenceNeighbours, shownPathsLabel, trailAffected, trailNodes, type TrailSource } from "../../../src/core/trail";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import { edges, FakeView, note } from "../tree/fakeView";

/** A plain-object source: parents per id, paths from a table. */
function source(parents: Record<string, string[]>, paths: Record<string, string[][]>): TrailSource & { pathCalls: number } {
	const src = {
		pathCalls: 0,
		parents: (id: string) => parents[id] ?? [],
		pathsTo: (id: string, limit: number) => {
			src.pathCalls++;
			return (paths[id] ?? []).slice(0, limit);
		},
	};
	return src;
}

describe("buildTrail", () => {
	it("gives the paths root › … › note, shortest first, and counts them", () => {
		// r1 ── a ── b ── x, r2 ── x, r1 ── b
		const model = new TreeModel(new FakeView(["r1", "r2", "a", "b", "x"].map((id) => note(id)), edges("a>r1", "b>a", "b>r1", "x>b", "x>r2")));
		const trail = buildTrail(model, "x", 10);
		expect(trail?.paths).toEqual([
			["r2", "x"],
			["r1", "b", "x"],
			["r1", "a", "b", "x"],
		]);
		expect(trail?.total).toBe(3);
		expect(trail?.atLeast).toBe(false);
		expect(morePathsLabel(trail!)).toBe("+2 paths");
		expect(shownPathsLabel(trail!)).toBeNull();
	});

	it("caps the listed paths and says how many there are", () => {
		const model = new TreeModel(new FakeView(["r1", "r2", "a", "b", "x"].map((id) => note(id)), edges("a>r1", "b>a", "b>r1", "x>b", "x>r2")));
		const trail = buildTrail(model, "x", 2)!;
		expect(trail.paths).toEqual([
			["r2", "x"],
			["r1", "b", "x"],
		]);
		expect(trail.total).toBe(3);
		expect(shownPathsLabel(trail)).toBe("Showing 2 of 3 paths");
		expect(buildTrail(model, "b", 10)?.paths).toEqual([
			["r1", "b"],
			["r1", "a", "b"],
		]);
		expect(morePathsLabel(buildTrail(model, "b", 10)!)).toBe("+1 path");
	});

	it("says 'at least' when the count hit its bound", () => {
		const many = Array.from({ length: COUNT_BOUND + 5 }, (_, i) => [`r${i}`, "x"]);
		const trail = buildTrail(source({ x: ["r0"] }, { x: many }), "x", 5)!;
		expect(trail.paths).toHaveLength(5);
		expect(trail.total).toBe(COUNT_BOUND);
		expect(trail.atLeast).toBe(true);
		expect(morePathsLabel(trail)).toBe(`+${(COUNT_BOUND - 1).toLocaleString("en-US")}+ paths`);
		expect(shownPathsLabel(trail)).toBe(`Showing 5 of ${COUNT_BOUND}+ paths`);
	});

	it("costs one parent lookup for a note with no parent", () => {
		const src = source({}, { lonely: [["lonely"]] });
		expect(buildTrail(src, "lonely", 10)).toBeNull();
		expect(src.pathCalls).toBe(0);
	});

	it("puts sequence neighbours at the end, even without parents", () => {
		const sequence = (id: string) => (id === "ch2" ? { previous: ["ch1"], next: ["ch3"] } : { previous: [], next: [] });
		const withParent = buildTrail(source({ ch2: ["book"] }, { ch2: [["book", "ch2"]] }), "ch2", 10, sequence)!;
		expect(withParent.paths).toEqual([["book", "ch2"]]);
		expect(withParent.previous).toEqual(["ch1"]);
		expect(withParent.next).toEqual(["ch3"]);
		const alone = buildTrail(source({}, {}), "ch2", 10, sequence)!;
		expect(alone.paths).toEqual([]);
		expect(alone.next).toEqual(["ch3"]);
		expect(buildTrail(source({}, {}), "other", 10, sequence)).toBeNull();
	});

	it("knows which changes can change it: the note, every ancestor on a counted path, the neighbours", () => {
		const trail = buildTrail(source({ x: ["b"] }, { x: [["r", "b", "x"], ["q", "x"]] }), "x", 1)!;
		expect(trail.paths).toEqual([["r", "b", "x"]]);
		const nodes = trailNodes(trail, "x");
		expect([...nodes].sort()).toEqual(["b", "q", "r", "x"]);
		expect(trailAffected(new Set(["q"]), nodes)).toBe(true);
		expect(trailAffected(new Set(["unrelated", "other"]), nodes)).toBe(false);
		expect(trailAffected(null, nodes)).toBe(true);
		expect([...trailNodes(null, "solo")]).toEqual(["solo"]);
	});

	it("keeps the maximum within 1..100", () => {
		expect(clampPaths(0)).toBe(1);
		expect(clampPaths(7.9)).toBe(7);
		expect(clampPaths(1e9)).toBe(100);
		expect(clampPaths(Number.NaN)).toBe(1);
	});
});

describe("sequenceNeighbours", () => {
	it("reads next:: / prev:: steps from the view: each other note once, by title, never the note itself", () => {
		const view = new FakeView(["ch1", "ch2", "ch3", "alt", "solo"].map((id) => note(id)), edges());
		view.step("ch1", "ch2");
		view.step("ch2", "ch3");
		view.step("ch2", "alt");
		view.step("ch2", "ch3");
		view.step("solo", "solo");
		expect(sequenceNeighbours(view, "ch2")).toEqual({ previous: ["ch1"], next: ["alt", "ch3"] });
		expect(sequenceNeighbours(view, "ch1")).toEqual({ previous: [], next: ["ch2"] });
		expect(sequenceNeighbours(view, "solo")).toEqual({ previous: [], next: [] });
		expect(buildTrail(new TreeModel(view), "solo", 5, (id) => sequenceNeighbours(view, id))).toBeNull();
		const trail = buildTrail(new TreeModel(view), "ch3", 5, (id) => sequenceNeighbours(view, id));
		expect(trail).toMatchObject({ paths: [], previous: ["ch2"], next: [] });
	});
});
