import fc from "fast-check";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import type { TreeRow } from "../../../src/core/tree/types";
import { edges, FakeView, ghost, note } from "./fakeView";

/** Rows as "depth-indented id" lines with markers: + expanded, ~ cycle. */
function outline(rows: TreeRow[]): string[] {
	return rows.map((row) => "  ".repeat(row.depth) + row.id + (row.expanded ? " +" : "") + (row.cycleBack ? " ~" : ""));
}

/** The keys of rows given by their paths ("root\na": the row of a under root). */
function at(model: TreeModel, ...paths: string[]): Set<string> {
	return new Set(paths.map((path) => model.keyOf(path.split("\n"))));
}

/** The path a row's key stands for, ids joined with "\n". */
function pathOf(model: TreeModel, row: TreeRow): string {
	return model.pathOf(row.key).join("\n");
}

/**
 *  root ─┬─ a ─┬─ shared
 *        │     └─ a2
 *        └─ b ─── shared ── leaf
 *  other
 */
function sample(): FakeView {
	return new FakeView(
		["root", "a", "a2", "b", "shared", "leaf", "other"].map((id) => note(id)),
		edges("a>root", "b>root", "shared>a", "a2>a", "shared>b", "leaf>shared"),
	);
}

describe("TreeModel.flatten", () => {
	it("shows only roots when nothing is expanded", () => {
		const model = new TreeModel(sample());
		const rows = model.flatten({ expanded: new Set() });
		expect(rows.map((row) => pathOf(model, row))).toEqual(["other", "root"]);
		expect(rows).toEqual([
			{ key: rows[0].key, id: "other", depth: 0, parentId: undefined, childCount: 0, expanded: false, cycleBack: false, match: false, highlights: [] },
			{ key: rows[1].key, id: "root", depth: 0, parentId: undefined, childCount: 2, expanded: false, cycleBack: false, match: false, highlights: [] },
		]);
	});

	it("walks only expanded rows, and keys rows by their path", () => {
		const model = new TreeModel(sample());
		const rows = model.flatten({ expanded: at(model, "root", "root\na") });
		expect(outline(rows)).toEqual(["other", "root +", "  a +", "    a2", "    shared", "  b"]);
		const shared = rows.find((row) => row.id === "shared") as TreeRow;
		expect(shared).toMatchObject({ depth: 2, parentId: "a", childCount: 1 });
		expect(pathOf(model, shared)).toBe("root\na\nshared");
	});

	it("shows a note with two parents under both, with different keys, expanded independently", () => {
		const model = new TreeModel(sample());
		const rows = model.flatten({ expanded: at(model, "root", "root\na", "root\nb", "root\nb\nshared") });
		expect(outline(rows)).toEqual(["other", "root +", "  a +", "    a2", "    shared", "  b +", "    shared +", "      leaf"]);
		const shared = rows.filter((row) => row.id === "shared");
		expect(shared.map((row) => pathOf(model, row))).toEqual(["root\na\nshared", "root\nb\nshared"]);
		expect(shared[0].key).not.toBe(shared[1].key);
		expect(shared.map((row) => row.expanded)).toEqual([false, true]);
	});

	it("ignores expanded keys of collapsed ancestors and of leaves", () => {
		const model = new TreeModel(sample());
		const rows = model.flatten({ expanded: at(model, "root\na", "other") });
		expect(outline(rows)).toEqual(["other", "root"]);
	});

	it("marks a node repeated on its own path as a cycle leaf that never expands", () => {
		const view = new FakeView(["top", "x", "y"].map((id) => note(id)), edges("x>top", "y>x", "x>y"));
		const model = new TreeModel(view);
		const rows = model.flatten({ expanded: at(model, "top", "top\nx", "top\nx\ny", "top\nx\ny\nx") });
		expect(outline(rows)).toEqual(["top +", "  x +", "    y +", "      x ~"]);
		expect(rows[3]).toMatchObject({ cycleBack: true, expanded: false, childCount: 1 });
		expect(pathOf(model, rows[3])).toBe("top\nx\ny\nx");
	});

	it("roots a parentless cycle at one member", () => {
		const view = new FakeView(["p", "q"].map((id) => note(id)), edges("p>q", "q>p"));
		const model = new TreeModel(view);
		const rows = model.flatten({ expanded: at(model, "p", "p\nq") });
		expect(outline(rows)).toEqual(["p +", "  q +", "    p ~"]);
	});

	it("starts at the pinned node at depth 0", () => {
		const model = new TreeModel(sample());
		const rows = model.flatten({ expanded: at(model, "b", "b\nshared"), pinned: "b" });
		expect(outline(rows)).toEqual(["b +", "  shared +", "    leaf"]);
		expect(rows[0]).toMatchObject({ key: model.keyOf(["b"]), depth: 0, parentId: undefined });
	});

	it("hides ghosts and their rows when ghosts are hidden", () => {
		const view = new FakeView([note("a"), ghost("G"), note("c")], edges("ghost:g>a", "c>ghost:g"));
		const model = new TreeModel(view);
		expect(outline(model.flatten({ expanded: at(model, "a", "a\nghost:g") }))).toEqual(["a +", "  ghost:g +", "    c"]);
		model.setOptions({ showGhosts: false });
		const rows = model.flatten({ expanded: at(model, "a", "a\nghost:g") });
		expect(outline(rows)).toEqual(["a", "c"]);
		expect(rows[0].childCount).toBe(0);
	});

	it("with everything expanded, lists every path from a root exactly once (property)", () => {
		const graphArb = fc.integer({ min: 1, max: 7 }).chain((n) =>
			fc.tuple(fc.constant(n), fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 12, selector: ([c, p]) => `${c}>${p}` })),
		);
		fc.assert(
			fc.property(graphArb, ([n, pairs]) => {
				const ids = Array.from({ length: n }, (_, i) => `n${i}`);
				const links = pairs.filter(([c, p]) => c !== p).map(([c, p]) => ({ child: ids[c], parent: ids[p] }));
				const view = new FakeView(ids.map((id) => note(id)), links);
				const model = new TreeModel(view);
				// Expand every row, round after round, until nothing new appears.
				const expanded = new Set<string>();
				let rows = model.flatten({ expanded });
				for (let round = 0; round < 20; round++) {
					const before = expanded.size;
					for (const row of rows) if (row.childCount > 0 && !row.cycleBack) expanded.add(row.key);
					if (expanded.size === before) break;
					rows = model.flatten({ expanded });
				}
				// Reference: every walk from a root that stops right after the first repeated node.
				const expected: string[] = [];
				const walk = (path: string[]): void => {
					expected.push(path.join("\n"));
					const last = path[path.length - 1];
					if (path.indexOf(last) !== path.length - 1) return;
					for (const child of model.children(last)) walk([...path, child]);
				};
				for (const root of model.roots()) walk([root]);
				expect(rows.map((row) => pathOf(model, row))).toEqual(expected);
				expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
				const reached = new Set(rows.map((row) => row.id));
				expect(reached).toEqual(new Set(ids));
				for (const row of rows) {
					const path = model.pathOf(row.key);
					expect(row.cycleBack).toBe(path.slice(0, -1).includes(row.id));
					expect(row.depth).toBe(path.length - 1);
				}
			}),
		);
	});
});
