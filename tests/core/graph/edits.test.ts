import fc from "fast-check";
import { HierarchyGraph } from "../../../src/core/graph";
import type { LinkRef, ParsedNote, RawRelation, ResolveLink } from "../../../src/core/types";
import { bare, note, rel, snapshot, wiki } from "./builders";

/**
 * Editing a note usually changes one of its links. The graph keeps the links that did not change
 * as they were, so these tests check both halves: what the user sees is exactly what a fresh
 * build shows, and the edges of untouched links (and the lists holding them) survive the edit.
 */

function graphOf(...notes: ParsedNote[]): HierarchyGraph {
	const graph = new HierarchyGraph();
	for (const n of notes) graph.upsert(n);
	return graph;
}

describe("an edit keeps the links it did not change", () => {
	test("changing one parent leaves the other parent's edge and the children lists untouched", () => {
		const graph = graphOf(note("a.md", { up: ["b", "c"] }), note("b.md"), note("c.md"), note("d.md"));
		const parents = graph.parentsOf("a.md");
		const keptEdge = parents.find((e) => e.parent === "b.md");
		const childrenOfB = graph.childrenOf("b.md");

		graph.upsert(note("a.md", { up: ["b", "d"] }));

		expect(graph.parentsOf("a.md").map((e) => e.parent)).toEqual(["b.md", "d.md"]);
		expect(graph.parentsOf("a.md").find((e) => e.parent === "b.md")).toBe(keptEdge);
		expect(graph.childrenOf("b.md")).toBe(childrenOfB);
		expect(graph.childrenOf("c.md")).toEqual([]);
		expect(graph.childrenOf("d.md").map((e) => e.child)).toEqual(["a.md"]);
	});

	test("re-upserting a note unchanged leaves every list it is in as it was", () => {
		const graph = graphOf(note("a.md", { up: ["b"], down: ["c"], related: ["d"] }), note("b.md"), note("c.md"), note("d.md"));
		const lists = [graph.parentsOf("a.md"), graph.childrenOf("a.md"), graph.childrenOf("b.md"), graph.parentsOf("c.md")];
		const version = graph.version;

		graph.upsert(note("a.md", { up: ["b"], down: ["c"], related: ["d"] }));

		for (const [i, list] of [graph.parentsOf("a.md"), graph.childrenOf("a.md"), graph.childrenOf("b.md"), graph.parentsOf("c.md")].entries()) {
			expect(list).toBe(lists[i]);
		}
		expect(graph.version).toBeGreaterThan(version);
	});

	test("a link that moved to another line is a new declaration: the edge shows the new line", () => {
		const graph = graphOf(note("a.md", { up: ["b"] }), note("b.md"));
		graph.upsert(note("a.md", { relations: [rel("parent", "b", 7)] }));
		expect(graph.parentsOf("a.md")[0]).toMatchObject({ parent: "b.md", line: 7 });
	});

	test("the same link under another field, source, relation kind or link kind is a new declaration", () => {
		const graph = graphOf(note("a.md", { up: ["b"] }), note("b.md"));
		graph.upsert(note("a.md", { relations: [rel("parent", "b", 1, "frontmatter")] }));
		expect(graph.parentsOf("a.md")[0]).toMatchObject({ source: "frontmatter" });
		graph.upsert(note("a.md", { relations: [rel("parent", "b", 1, "frontmatter", "parent")] }));
		expect(graph.parentsOf("a.md")[0]).toMatchObject({ field: "parent" });
		graph.upsert(note("a.md", { relations: [rel("related", "b", 1, "frontmatter", "parent")] }));
		expect(graph.parentsOf("a.md")).toEqual([]);
		expect(graph.relatedOf("a.md").map((e) => e.to)).toEqual(["b.md"]);
		graph.upsert(note("a.md", { relations: [rel("child", "b", 1, "frontmatter", "parent")] }));
		expect(graph.parentsOf("a.md")).toEqual([]);
		expect(graph.parentsOf("b.md")[0]).toMatchObject({ parent: "a.md", declaredAs: "child" });
		graph.upsert(note("a.md", { relations: [rel("parent", bare("b"), 1, "frontmatter", "parent")] }));
		expect(graph.problemsOf("a.md")).toEqual([]);
		graph.upsert(note("a.md", { relations: [rel("parent", bare("zz"), 1, "frontmatter", "parent")] }));
		expect(graph.problemsOf("a.md").map((p) => p.code)).toEqual(["ignored-value"]);
	});

	test("a kept child link keeps its place in the parent's list when an earlier one goes", () => {
		const graph = graphOf(note("p.md", { down: ["a", "b", "c"] }), note("a.md"), note("b.md"), note("c.md"));
		graph.upsert(note("p.md", { down: ["b", "c"] }));
		const positions = graph.childrenOf("p.md").map((e) => [e.child, e.position]);
		expect(positions).toEqual([
			["b.md", 0],
			["c.md", 1],
		]);
	});

	test("kept links are resolved again, so a resolver that changed its answer is followed", () => {
		let answer: string | null = "b.md";
		const resolve: ResolveLink = (linkpath) => (linkpath === "x" ? answer : linkpath + ".md");
		const graph = new HierarchyGraph({ resolve });
		graph.upsert(note("b.md"));
		graph.upsert(note("c.md"));
		graph.upsert(note("a.md", { up: ["x"] }));
		expect(graph.parentsOf("a.md").map((e) => e.parent)).toEqual(["b.md"]);
		answer = "c.md";
		graph.upsert(note("a.md", { up: ["x"] }));
		expect(graph.parentsOf("a.md").map((e) => e.parent)).toEqual(["c.md"]);
	});
});

/** Small edits of one note's relations: the kind of change an editor makes between two saves. */
type Edit =
	| { op: "retarget"; at: number; target: string }
	| { op: "insert"; at: number; relation: RawRelation }
	| { op: "delete"; at: number }
	| { op: "shift"; from: number; by: number }
	| { op: "rekind"; at: number; kind: RawRelation["kind"] }
	| { op: "same" };

const NAMES = ["a", "b", "c", "d", "Topic", "ghost"];
const PATHS = ["a.md", "b.md", "c.md", "f/d.md", "f/a.md"];

const linkArb: fc.Arbitrary<LinkRef> = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...NAMES).map(wiki) },
	{ weight: 1, arbitrary: fc.constantFrom(...NAMES).map(bare) },
	{ weight: 1, arbitrary: fc.constantFrom("f/a", "d.md", "f/d#h").map(wiki) },
);

const relationArb: fc.Arbitrary<RawRelation> = fc
	.record({
		kind: fc.constantFrom<RawRelation["kind"]>("parent", "parent", "child", "related", "next", "prev", "sibling"),
		link: linkArb,
		line: fc.integer({ min: 1, max: 5 }),
		source: fc.constantFrom<RawRelation["source"]>("inline", "inline", "frontmatter"),
	})
	.map(({ kind, link, line, source }) => rel(kind, link, line, source));

const editArb: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ op: fc.constant("retarget" as const), at: fc.nat(6), target: fc.constantFrom(...NAMES) }),
	fc.record({ op: fc.constant("insert" as const), at: fc.nat(6), relation: relationArb }),
	fc.record({ op: fc.constant("delete" as const), at: fc.nat(6) }),
	fc.record({ op: fc.constant("shift" as const), from: fc.nat(6), by: fc.integer({ min: -1, max: 2 }) }),
	fc.record({ op: fc.constant("rekind" as const), at: fc.nat(6), kind: fc.constantFrom<RawRelation["kind"]>("parent", "child", "related", "next", "prev", "sibling") }),
	fc.constant({ op: "same" as const }),
);

const FIELD = { parent: "up", child: "down", related: "related", next: "next", prev: "prev", sibling: "sibling" } as const;

/** The relations after one edit; each relation is a fresh object, as a new parse makes them. */
function edited(relations: readonly RawRelation[], edit: Edit): RawRelation[] {
	const next = relations.map((r) => ({ ...r, link: { ...r.link } }));
	const at = (i: number) => (next.length === 0 ? -1 : i % next.length);
	if (edit.op === "retarget" && at(edit.at) >= 0) next[at(edit.at)].link = wiki(edit.target);
	else if (edit.op === "insert") next.splice(Math.min(edit.at, next.length), 0, { ...edit.relation });
	else if (edit.op === "delete" && at(edit.at) >= 0) next.splice(at(edit.at), 1);
	else if (edit.op === "shift") for (let i = Math.min(edit.from, next.length); i < next.length; i++) next[i].line = Math.max(1, next[i].line + edit.by);
	else if (edit.op === "rekind" && at(edit.at) >= 0) next[at(edit.at)] = { ...next[at(edit.at)], kind: edit.kind, field: FIELD[edit.kind] };
	return next;
}

function withRelations(path: string, relations: RawRelation[]): ParsedNote {
	return { ...note(path), relations };
}

function fresh(notes: ReadonlyMap<string, ParsedNote>): HierarchyGraph {
	const graph = new HierarchyGraph();
	for (const path of [...notes.keys()].sort()) graph.upsert(notes.get(path)!);
	return graph;
}

test("any sequence of small edits leaves the graph as a fresh build of the final notes", () => {
	fc.assert(
		fc.property(
			fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.array(relationArb, { maxLength: 4 })), { minLength: 2, maxLength: 5 }),
			fc.array(fc.tuple(fc.constantFrom(...PATHS), editArb), { minLength: 1, maxLength: 25 }),
			fc.boolean(),
			(start, edits, checkEachStep) => {
				const graph = new HierarchyGraph();
				const notes = new Map<string, ParsedNote>();
				for (const [path, relations] of start) {
					notes.set(path, withRelations(path, relations));
					graph.upsert(notes.get(path)!);
				}
				for (const [path, edit] of edits) {
					const next = withRelations(path, edited(notes.get(path)?.relations ?? [], edit));
					notes.set(path, next);
					graph.upsert(next);
					if (checkEachStep) expect(snapshot(graph)).toEqual(snapshot(fresh(notes)));
				}
				expect(snapshot(graph)).toEqual(snapshot(fresh(notes)));
			},
		),
		{ numRuns: 300 },
	);
});
