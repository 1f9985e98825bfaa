import { HierarchyGraph } from "../../../src/core/graph";
import { note, rel } from "./builders";

function graphOf(...notes: ReturnType<typeof note>[]): HierarchyGraph {
	const graph = new HierarchyGraph();
	for (const n of notes) graph.upsert(n);
	return graph;
}

describe("next and previous links make sequences beside the tree", () => {
	test("next:: in one note and prev:: in the other merge into one step, never a parent edge", () => {
		const graph = graphOf(
			note("w1.md", { relations: [rel("next", "w2", 4)] }),
			note("w2.md", { relations: [rel("prev", "w1", 5), rel("next", "w3", 6)] }),
			note("w3.md"),
		);
		expect(graph.nextOf("w1.md").map((e) => e.to)).toEqual(["w2.md"]);
		expect(graph.previousOf("w2.md")).toEqual([
			{ from: "w1.md", to: "w2.md", field: "next", source: "inline", line: 4, declaredIn: "w1.md", declaredAs: "next" },
		]);
		expect(graph.nextOf("w2.md").map((e) => e.to)).toEqual(["w3.md"]);
		expect(graph.previousOf("w3.md").map((e) => e.from)).toEqual(["w2.md"]);
		expect(graph.edges()).toEqual([]);
		expect(graph.roots()).toEqual(["w1.md", "w2.md", "w3.md"]);
	});

	test("a prev:: alone points back: the named note comes first", () => {
		const graph = graphOf(note("b.md", { relations: [rel("prev", "a", 2)] }), note("a.md"));
		expect(graph.nextOf("a.md")).toEqual([{ from: "a.md", to: "b.md", field: "prev", source: "inline", line: 2, declaredIn: "b.md", declaredAs: "prev" }]);
	});

	test("a next:: to a missing note makes no ghost and is reported as info; to itself it is ignored", () => {
		const graph = graphOf(note("a.md", { relations: [rel("next", "nowhere", 3), rel("prev", "a", 4)] }));
		expect([...graph.nodes()].map((n) => n.id)).toEqual(["a.md"]);
		expect(graph.problems()).toEqual([
			{ path: "a.md", line: 3, severity: "info", code: "unresolved-next", message: "next: 'nowhere' does not name a note" },
		]);
	});

	test("removing the note that declared a step removes the step", () => {
		const graph = graphOf(note("a.md", { relations: [rel("next", "b")] }), note("b.md"));
		graph.upsert(note("a.md"));
		expect(graph.previousOf("b.md")).toEqual([]);
	});
});

describe("explicit siblings", () => {
	test("a sibling link is seen from both notes, once each, and never as a parent edge", () => {
		const graph = graphOf(
			note("a.md", { relations: [rel("sibling", "b", 2)] }),
			note("b.md", { relations: [rel("sibling", "a", 7, "frontmatter", "same")] }),
			note("c.md", { relations: [rel("sibling", "a", 1)] }),
		);
		expect(graph.explicitSiblingsOf("a.md").map((e) => `${e.from}>${e.to}`)).toEqual(["a.md>b.md", "c.md>a.md"]);
		expect(graph.explicitSiblingsOf("b.md").map((e) => `${e.from}>${e.to}`)).toEqual(["b.md>a.md"]);
		expect(graph.explicitSiblingsOf("c.md").map((e) => `${e.from}>${e.to}`)).toEqual(["c.md>a.md"]);
		expect(graph.edges()).toEqual([]);
	});
});

describe("files that are not notes", () => {
	const files = new Set(["docs/list.base", "board.canvas"]);
	const resolve = (linkpath: string) => {
		for (const path of ["a.md", "b.md", ...files]) if (path === linkpath || path.endsWith("/" + linkpath)) return path;
		return null;
	};

	test("a parent link to an existing file makes a file node (never a ghost), dropped with the last link", () => {
		const graph = new HierarchyGraph({ resolve });
		graph.upsert(note("a.md", { up: ["list.base"] }));
		graph.upsert(note("b.md", { up: ["list.base", "board.canvas"] }));
		expect(graph.getNode("docs/list.base")).toMatchObject({ kind: "file", title: "list.base", path: "docs/list.base" });
		expect(graph.childrenOf("docs/list.base").map((e) => e.child)).toEqual(["a.md", "b.md"]);
		expect(graph.problems()).toEqual([]);
		graph.upsert(note("a.md"));
		graph.upsert(note("b.md", { up: ["board.canvas"] }));
		expect(graph.getNode("docs/list.base")).toBeUndefined();
		expect(graph.roots()).toEqual(["a.md", "board.canvas"]);
	});

	test("a related or next link to a file names nothing", () => {
		const graph = new HierarchyGraph({ resolve });
		graph.upsert(note("a.md", { relations: [rel("next", "board.canvas")] }));
		expect(graph.getNode("board.canvas")).toBeUndefined();
	});
});

describe("declarations", () => {
	test("an edge declared by the child and by the parent is listed twice, each with its own field and line", () => {
		const graph = graphOf(note("a.md", { up: ["b"] }), note("b.md", { down: ["a"] }));
		expect(graph.edges()).toHaveLength(1);
		expect(graph.declarations()).toEqual([
			{ note: "a.md", kind: "parent", field: "up", source: "inline", line: 1, linkpath: "b", target: "b.md" },
			{ note: "b.md", kind: "child", field: "down", source: "inline", line: 2, linkpath: "a", target: "a.md" },
		]);
	});
});
