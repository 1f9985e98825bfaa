import fc from "fast-check";
import { HierarchyGraph } from "../../../src/core/graph";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import { UNLINKED_GROUP } from "../../../src/core/tree/unlinked";
import type { TreeRow } from "../../../src/core/tree/types";
import type { ParsedNote, RawRelation } from "../../../src/core/types";

function relation(kind: RawRelation["kind"], target: string): RawRelation {
	return { kind, field: kind === "parent" ? "up" : "down", link: { target, embed: false, kind: "wiki" }, source: "inline", line: 1 };
}

function parsed(name: string, title: string, parents: string[], children: string[], drawing = false): ParsedNote {
	const relations = [...parents.map((p) => relation("parent", p)), ...children.map((c) => relation("child", c))];
	const note: ParsedNote = { path: `${name}.md`, title, aliases: [], tags: [], frontmatter: {}, relations, problems: [] };
	if (drawing) note.drawing = true;
	return note;
}

const NAMES = Array.from({ length: 14 }, (_, i) => `n${i}`);
const TARGETS = [...NAMES, "Ghost A", "Ghost B", "n99"];
const TITLES = ["alpha", "Beta", "beta", "item 2", "item 10", "Zed", "éclair"];

/** A row without its key (keys are interned per model). */
function shape(row: TreeRow): string {
	return `${row.depth} ${row.id} ${row.childCount} ${row.expanded}`;
}

const edit = fc.oneof(
	fc.record({
		kind: fc.constant("upsert" as const),
		note: fc.constantFrom(...NAMES),
		title: fc.constantFrom(...TITLES),
		parents: fc.array(fc.constantFrom(...TARGETS), { maxLength: 2 }),
		children: fc.array(fc.constantFrom(...TARGETS), { maxLength: 1 }),
		// An Excalidraw drawing: out of the unlinked group while it is in no hierarchy.
		drawing: fc.boolean(),
	}),
	fc.record({ kind: fc.constant("remove" as const), note: fc.constantFrom(...NAMES) }),
	fc.record({ kind: fc.constant("rename" as const), note: fc.constantFrom(...NAMES), to: fc.constantFrom(...NAMES, "n99") }),
);

describe("the tree's top level across edits, with the graph's change log", () => {
	it("roots, their split and the top rows equal a fresh model's after every edit (property)", () => {
		fc.assert(
			fc.property(
				fc.array(edit, { maxLength: 30 }),
				fc.constantFrom("title" as const, "filename" as const, "modified" as const, "manual" as const),
				fc.boolean(),
				fc.boolean(),
				(edits, sort, descending, showGhosts) => {
					const graph = new HierarchyGraph();
					graph.upsertMany(NAMES.slice(0, 8).map((name, i) => ({ note: parsed(name, TITLES[i % TITLES.length], i % 3 === 0 ? [] : [NAMES[i - 1]], []) })));
					const model = new TreeModel(graph, { sort, descending, showGhosts, unlinked: "group" });
					const open = new Set([UNLINKED_GROUP]);
					model.flatten({ expanded: open });
					for (const change of edits) {
						if (change.kind === "upsert") graph.upsert(parsed(change.note, change.title, change.parents, change.children, change.drawing));
						else if (change.kind === "remove") graph.remove(`${change.note}.md`);
						else graph.rename(`${change.note}.md`, `${change.to}.md`);
						const fresh = new TreeModel(graph, { sort, descending, showGhosts, unlinked: "group" });
						expect(model.roots()).toEqual(fresh.roots());
						expect(model.splitRoots()).toEqual(fresh.splitRoots());
						const { linked, unlinked } = model.splitRoots();
						expect(unlinked.filter((id) => graph.getNode(id)?.drawing === true)).toEqual([]);
						// Every root is placed, but a drawing in no hierarchy.
						const lone = model.roots().filter((id) => graph.getNode(id)?.drawing === true && graph.parentsOf(id).length === 0 && graph.childrenOf(id).length === 0);
						expect(linked.length + unlinked.length + lone.length).toBe(model.roots().length);
						expect(model.flatten({ expanded: open }).map(shape)).toEqual(fresh.flatten({ expanded: open }).map(shape));
						const some = [...graph.nodes()][0];
						if (some) expect(model.pathsTo(some.id)).toEqual(fresh.pathsTo(some.id));
					}
				},
			),
			{ numRuns: 300 },
		);
	});

	it("the graph names the ids whose node, parents or children changed, and not the others", () => {
		const graph = new HierarchyGraph();
		graph.upsertMany(["a", "b", "c", "d"].map((n) => ({ note: parsed(n, n, n === "a" || n === "d" ? [] : ["a"], []) })));
		const v = graph.version;
		expect(graph.changedSince(v)).toEqual(new Set());
		graph.upsert(parsed("c", "c", ["b"], []));
		expect([...(graph.changedSince(v) ?? [])].sort()).toEqual(["a.md", "b.md", "c.md"]);
		const w = graph.version;
		graph.upsert(parsed("b", "B title", ["a"], []));
		const retitled = graph.changedSince(w);
		expect(retitled?.has("b.md")).toBe(true);
		expect(retitled?.has("d.md")).toBe(false);
		graph.clear();
		expect(graph.changedSince(w)).toBeNull();
		// A full index touches more ids than the log keeps: the versions before it are not known.
		const cleared = graph.version;
		graph.upsertMany(Array.from({ length: 5000 }, (_, i) => ({ note: parsed(`m${i}`, `m${i}`, [], []) })));
		expect(graph.changedSince(cleared)).toBeNull();
		expect(graph.changedSince(graph.version)).toEqual(new Set());
	});
});
