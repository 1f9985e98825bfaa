import fc from "fast-check";
import { HierarchyGraph } from "../../../src/core/graph";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import type { ParsedNote, RawRelation } from "../../../src/core/types";
import { plainRows } from "./plain-rows";

const WORDS = ["alpha", "beta", "gamma", "delta"];
const FOLDERS = ["a", "b/c"];

function parent(target: string, line: number): RawRelation {
	return { kind: "parent", field: "up", link: { target, embed: false, kind: "wiki" }, source: "inline", line };
}

/** Note `i`: its title, tags and folder from `look`, its parents by name (notes or missing topics). */
function noteOf(i: number, look: number, parents: readonly string[]): ParsedNote {
	const path = `${FOLDERS[i % FOLDERS.length]}/n${i}.md`;
	const title = `${WORDS[look % 4]} ${WORDS[(look >> 2) % 4]} ${i}`;
	return { path, title, aliases: [], tags: look % 3 === 0 ? [WORDS[look % 4]] : [], frontmatter: {}, relations: parents.map((name, k) => parent(name, k + 1)), problems: [] };
}

/** The ids the live index reports for an edit of `path`: the note, its parents and children, before and after. */
function around(graph: HierarchyGraph, path: string, into: Set<string>): void {
	into.add(path);
	for (const edge of graph.parentsOf(path)) into.add(edge.parent);
	for (const edge of graph.childrenOf(path)) into.add(edge.child);
}

/** A note index, a look and up to two parents (a lower note, or a missing topic "gN"). */
const edit = fc.record({
	note: fc.nat(29),
	look: fc.nat(63),
	parents: fc.array(fc.oneof(fc.nat(29).map((p) => `n${p}`), fc.nat(3).map((g) => `${WORDS[g]} topic`)), { maxLength: 2 }),
});

function nameOf(i: number): string {
	return `n${i}`;
}

describe("TreeModel.refilter (filter updated in place)", () => {
	it("gives the same rows and count as filtering afresh, over random edits (property)", () => {
		let patched = 0;
		fc.assert(
			fc.property(
				fc.array(edit, { minLength: 1, maxLength: 25 }),
				fc.constantFrom("alpha", "beta gamma", "#delta", "path:b", "topic", "alpha 1"),
				fc.boolean(),
				fc.constantFrom<"title" | "modified">("title", "modified"),
				fc.option(fc.nat(29), { nil: undefined }),
				fc.boolean(),
				fc.option(fc.nat(25), { nil: undefined }),
				(edits, query, showGhosts, sort, pinnedNote, narrow, warmAt) => {
					const graph = new HierarchyGraph();
					// A starting tree: note i under note i/2 (notes 1 and 2 under note 0), every note in the vault.
					graph.upsertMany(Array.from({ length: 30 }, (_, i) => ({ note: noteOf(i, i * 7, i === 0 ? [] : [nameOf(Math.floor((i - 1) / 2))]) })));
					const model = new TreeModel(graph, { showGhosts, sort });
					const pinned = pinnedNote === undefined ? undefined : `${FOLDERS[pinnedNote % FOLDERS.length]}/n${pinnedNote}.md`;
					let filter = model.filter(query);
					let rows = model.flatten({ expanded: new Set(), filter, pinned });
					for (const [k, { note, look, parents }] of edits.entries()) {
						// Idle warm-up part-way (every node's record and order of children), as the live index does after indexing.
						if (k === warmAt) model.prepareFilter();
						const path = `${FOLDERS[note % FOLDERS.length]}/n${note}.md`;
						const changed = new Set<string>();
						around(graph, path, changed);
						graph.upsert(noteOf(note, look, parents.filter((p) => p !== nameOf(note))), { mtime: look, ctime: 0 });
						around(graph, path, changed);
						// Narrow: the caller names the edited note only; the graph's change log names the neighbours.
						if (narrow) changed.clear();
						if (narrow) changed.add(path);
						filter = filter === null ? null : model.refilter(filter, changed);
						rows = model.flatten({ expanded: new Set(), filter, pinned });
						if (model.patchOf(rows) !== null) patched++;

						const fresh = new TreeModel(graph, { showGhosts, sort });
						const expected = fresh.filter(query);
						expect(filter?.count).toBe(expected?.count);
						expect(plainRows(rows, (key) => model.pathOf(key))).toEqual(plainRows(fresh.flatten({ expanded: new Set(), filter: expected, pinned }), (key) => fresh.pathOf(key)));
						expect(filter === null ? [] : [...filter.matches].sort()).toEqual(expected === null ? [] : [...expected.matches].sort());
					}
				},
			),
			{ numRuns: 150 },
		);
		// Most edits were patched rather than flattened afresh (else this test checks nothing new).
		expect(patched).toBeGreaterThan(500);
	});

	it("runs the query afresh when the change is unknown, and the result is the same", () => {
		const graph = new HierarchyGraph();
		graph.upsertMany([0, 1, 2, 3].map((i) => ({ note: noteOf(i, i, i === 0 ? [] : ["n0"]) })));
		const model = new TreeModel(graph);
		const filter = model.filter("beta");
		model.flatten({ expanded: new Set(), filter });
		graph.upsert(noteOf(3, 1, ["n0"]));
		const again = model.refilter(filter!, null);
		const rows = model.flatten({ expanded: new Set(), filter: again });
		expect(model.patchOf(rows)).toBeNull();
		expect(rows.map((row) => row.id)).toEqual(["a/n0.md", "b/c/n1.md", "b/c/n3.md"]);
		expect(again?.count).toBe(2);
	});
});
