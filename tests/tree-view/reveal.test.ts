import { choosePath, isTreePath, type PathModel } from "../../src/tree-view/reveal";

/** A model over a parent map: R ─ A ─ X, R ─ B ─ X; S ─ X; X ─ C. */
function model(): PathModel {
	const parents: Record<string, string[]> = { A: ["R"], B: ["R"], X: ["A", "B", "S"], C: ["X"] };
	const roots = ["R", "S"];
	const pathsTo = (id: string, limit = 20, pinned?: string): string[][] => {
		const out: string[][] = [];
		const queue: string[][] = [[id]];
		while (queue.length > 0 && out.length < limit) {
			const path = queue.shift() as string[];
			const top = path[0];
			if (pinned !== undefined ? top === pinned : roots.includes(top)) {
				out.push(path);
				continue;
			}
			for (const p of parents[top] ?? []) if (!path.includes(p)) queue.push([p, ...path]);
		}
		return out;
	};
	return { parents: (id) => parents[id] ?? [], roots: (pinned) => (pinned !== undefined ? [pinned] : roots), pathsTo };
}

test("a path must start at a root and follow parent links", () => {
	const m = model();
	expect(isTreePath(m, ["R", "A", "X"])).toBe(true);
	expect(isTreePath(m, ["A", "X"])).toBe(false);
	expect(isTreePath(m, ["R", "B", "C"])).toBe(false);
	expect(isTreePath(m, ["A", "X"], "A")).toBe(true);
	expect(isTreePath(m, [])).toBe(false);
});

test("without history the shortest path wins, then one already shown", () => {
	const m = model();
	expect(choosePath(m, "X", null, undefined)).toEqual(["S", "X"]);
	expect(choosePath(m, "X", null, undefined, (path) => path.join("/") === "R/B/X")).toEqual(["R", "B", "X"]);
	expect(choosePath(m, "nothing", null, undefined)).toBeNull();
});

test("the row the user activated, or its parent or sibling row, decides", () => {
	const m = model();
	expect(choosePath(m, "X", ["R", "B", "X"], undefined)).toEqual(["R", "B", "X"]);
	expect(choosePath(m, "X", ["R", "B"], undefined)).toEqual(["R", "B", "X"]);
	expect(choosePath(m, "C", ["R", "A", "X"], undefined)).toEqual(["R", "A", "X", "C"]);
	expect(choosePath(m, "B", ["R", "A"], undefined)).toEqual(["R", "B"]);
	// A stale remembered row (no longer a path) falls back to the shortest.
	expect(choosePath(m, "X", ["Q", "A"], undefined)).toEqual(["S", "X"]);
});

test("when pinned, paths start at the pinned node", () => {
	const m = model();
	expect(choosePath(m, "C", null, "A")).toEqual(["A", "X", "C"]);
	expect(choosePath(m, "C", ["R", "A", "X"], "A")).toEqual(["A", "X", "C"]);
});
