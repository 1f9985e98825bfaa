import { HierarchyGraph } from "../../../src/core/graph";
import { bare, childIds, note, parentIds, rel } from "./builders";

function graphOf(...notes: ReturnType<typeof note>[]): HierarchyGraph {
	const graph = new HierarchyGraph();
	for (const n of notes) graph.upsert(n);
	return graph;
}

describe("nodes and edges", () => {
	test("a parent field makes an edge from the note to its parent", () => {
		const graph = graphOf(note("a.md", { up: ["b"] }), note("b.md"));
		expect(parentIds(graph, "a.md")).toEqual(["b.md"]);
		expect(childIds(graph, "b.md")).toEqual(["a.md"]);
		expect(graph.parentsOf("a.md")[0]).toEqual({
			child: "a.md",
			parent: "b.md",
			field: "up",
			source: "inline",
			line: 1,
			declaredIn: "a.md",
			declaredAs: "parent",
		});
		expect(graph.roots()).toEqual(["b.md"]);
	});

	test("a note's node carries its title, aliases, tags, order and file times", () => {
		const graph = new HierarchyGraph();
		graph.upsert(note("x/a.md", { title: "Alpha", aliases: ["al"], tags: ["t"], order: 3 }), { mtime: 10, ctime: 5 });
		graph.upsert(note("b.md"));
		expect(graph.getNode("x/a.md")).toEqual({
			id: "x/a.md",
			kind: "note",
			title: "Alpha",
			path: "x/a.md",
			aliases: ["al"],
			tags: ["t"],
			order: 3,
			mtime: 10,
			ctime: 5,
		});
		expect(graph.getNode("b.md")).toMatchObject({ mtime: 0, ctime: 0 });
		expect(graph.getNode("b.md")).not.toHaveProperty("order");
		expect(graph.has("x/a.md")).toBe(true);
		expect(graph.getNote("x/a.md")?.title).toBe("Alpha");
	});

	test("child fields point from the child to the declaring note, with the link's position", () => {
		const graph = graphOf(
			note("p.md", { down: ["c", "a"], relations: [rel("child", "b", 7)] }),
			note("a.md"),
			note("b.md"),
			note("c.md"),
		);
		const children = graph.childrenOf("p.md");
		expect(children.map((e) => [e.child, e.position, e.declaredAs, e.declaredIn, e.line])).toEqual([
			["a.md", 1, "child", "p.md", 2],
			["b.md", 2, "child", "p.md", 7],
			["c.md", 0, "child", "p.md", 2],
		]);
		expect(graph.roots()).toEqual(["p.md"]);
	});

	test("a link with a heading or alias points at the note", () => {
		const graph = graphOf(note("a.md", { up: ["b#Intro"] }), note("b.md"));
		expect(parentIds(graph, "a.md")).toEqual(["b.md"]);
	});

	test("a note may have many parents, and a note under two parents is listed under each", () => {
		const graph = graphOf(note("a.md", { up: ["b", "c"] }), note("b.md"), note("c.md"));
		expect(parentIds(graph, "a.md")).toEqual(["b.md", "c.md"]);
		expect(graph.roots()).toEqual(["b.md", "c.md"]);
	});

	test("replacing a note replaces its edges", () => {
		const graph = graphOf(note("a.md", { up: ["b"] }), note("b.md"), note("c.md"));
		graph.upsert(note("a.md", { up: ["c"] }));
		expect(parentIds(graph, "a.md")).toEqual(["c.md"]);
		expect(childIds(graph, "b.md")).toEqual([]);
		expect(graph.roots()).toEqual(["b.md", "c.md"]);
	});

	test("version changes on every mutation and only then", () => {
		const graph = new HierarchyGraph();
		const v0 = graph.version;
		graph.upsert(note("a.md"));
		const v1 = graph.version;
		expect(v1).toBeGreaterThan(v0);
		graph.remove("missing.md");
		graph.reresolveAll();
		expect(graph.version).toBe(v1);
		graph.rename("a.md", "b.md");
		expect(graph.version).toBeGreaterThan(v1);
		const v2 = graph.version;
		graph.remove("b.md");
		expect(graph.version).toBeGreaterThan(v2);
		const v3 = graph.version;
		graph.clear();
		expect(graph.version).toBeGreaterThan(v3);
	});

	test("clear forgets everything", () => {
		const graph = graphOf(note("a.md", { up: ["ghost"] }));
		graph.clear();
		expect([...graph.nodes()]).toEqual([]);
		expect(graph.edges()).toEqual([]);
		expect(graph.roots()).toEqual([]);
		graph.upsert(note("b.md", { up: ["a"] }));
		expect(parentIds(graph, "b.md")).toEqual(["ghost:a"]);
	});
});

describe("ghost topics", () => {
	test("a parent that does not exist becomes a ghost, merged across spellings", () => {
		const graph = graphOf(
			note("b.md", { up: ["mlops"] }),
			note("a.md", { up: ["MLOps.md"] }),
			note("c.md", { relations: [rel("parent", "MLOPS", 4)] }),
		);
		const ghost = graph.getNode("ghost:mlops");
		expect(ghost).toEqual({ id: "ghost:mlops", kind: "ghost", title: "MLOps", aliases: [], tags: [], mtime: 0, ctime: 0 });
		expect(childIds(graph, "ghost:mlops")).toEqual(["a.md", "b.md", "c.md"]);
		expect(graph.roots()).toEqual(["ghost:mlops"]);
		expect([...graph.nodes()].filter((n) => n.kind === "ghost")).toHaveLength(1);
	});

	test("the ghost's title comes from the first declaration in path and line order, whatever the update order", () => {
		const graph = graphOf(note("b.md", { up: ["Topic"] }), note("a.md", { relations: [rel("parent", "TOPIC", 9), rel("parent", "tOpic", 3)] }));
		expect(graph.getNode("ghost:topic")?.title).toBe("tOpic");
		graph.remove("a.md");
		expect(graph.getNode("ghost:topic")?.title).toBe("Topic");
		graph.upsert(note("a.md", { up: ["TOPIC"] }));
		expect(graph.getNode("ghost:topic")?.title).toBe("TOPIC");
	});

	test("a path link becomes a ghost named by the whole path", () => {
		const graph = graphOf(note("a.md", { up: ["folder/Topic"] }));
		expect(graph.getNode("ghost:folder/topic")?.title).toBe("folder/Topic");
	});

	test("a ghost becomes a note when the note is created", () => {
		const graph = graphOf(note("a.md", { up: ["Topic"] }), note("b.md", { up: ["topic"] }));
		graph.upsert(note("notes/Topic.md"));
		expect(graph.getNode("ghost:topic")).toBeUndefined();
		expect(childIds(graph, "notes/Topic.md")).toEqual(["a.md", "b.md"]);
		expect(graph.roots()).toEqual(["notes/Topic.md"]);
		expect(graph.problems()).toEqual([]);
	});

	test("a deleted note becomes a ghost holding its children", () => {
		const graph = graphOf(note("a.md", { up: ["Topic"] }), note("Topic.md", { up: ["root"] }), note("root.md"));
		graph.remove("Topic.md");
		expect(graph.getNode("Topic.md")).toBeUndefined();
		expect(childIds(graph, "ghost:topic")).toEqual(["a.md"]);
		expect(parentIds(graph, "ghost:topic")).toEqual([]);
		expect(graph.roots()).toEqual(["ghost:topic", "root.md"]);
	});

	test("links to a deleted note move to another note of the same name when there is one", () => {
		const graph = graphOf(note("child.md", { up: ["topic"] }), note("a/topic.md"), note("b/topic.md"));
		expect(parentIds(graph, "child.md")).toEqual(["a/topic.md"]);
		graph.remove("a/topic.md");
		expect(parentIds(graph, "child.md")).toEqual(["b/topic.md"]);
		expect(graph.getNode("ghost:topic")).toBeUndefined();
	});

	test("a ghost disappears with the last link to it", () => {
		const graph = graphOf(note("a.md", { up: ["x"] }), note("b.md", { up: ["x"] }));
		graph.upsert(note("a.md"));
		expect(graph.getNode("ghost:x")).toBeDefined();
		graph.remove("b.md");
		expect(graph.getNode("ghost:x")).toBeUndefined();
		expect(graph.roots()).toEqual(["a.md"]);
	});

	test("a ghost can be the child of a note that lists it in a child field", () => {
		const graph = graphOf(note("p.md", { down: ["Idea"] }));
		expect(parentIds(graph, "ghost:idea")).toEqual(["p.md"]);
		expect(graph.roots()).toEqual(["p.md"]);
	});

	test("each link to a ghost is a warning at its line", () => {
		const graph = graphOf(note("a.md", { up: ["x"], down: ["y"] }));
		expect(graph.problems()).toEqual([
			{ path: "a.md", line: 1, severity: "warning", code: "unresolved-parent", message: "up: 'x' does not exist yet; shown as a ghost topic" },
			{ path: "a.md", line: 2, severity: "warning", code: "unresolved-child", message: "down: 'y' names a child that does not exist; shown as a ghost topic" },
		]);
	});
});

describe("bare names", () => {
	test("a bare name counts only while it names a note", () => {
		const graph = graphOf(note("a.md", { up: [bare("mlops")] }));
		expect(graph.getNode("ghost:mlops")).toBeUndefined();
		expect([...graph.nodes()].map((n) => n.id)).toEqual(["a.md"]);
		expect(graph.problems()).toEqual([
			{ path: "a.md", line: 1, severity: "info", code: "ignored-value", message: "up: 'mlops' does not name a note" },
		]);

		graph.upsert(note("topics/MLOps.md"));
		expect(parentIds(graph, "a.md")).toEqual(["topics/MLOps.md"]);
		expect(graph.problems()).toEqual([]);

		graph.remove("topics/MLOps.md");
		expect(parentIds(graph, "a.md")).toEqual([]);
		expect(graph.getNode("ghost:mlops")).toBeUndefined();
		expect(graph.roots()).toEqual(["a.md"]);
	});

	test("a bare child name counts once the child exists", () => {
		const graph = graphOf(note("p.md", { down: [bare("kid")] }));
		expect(graph.roots()).toEqual(["p.md"]);
		graph.upsert(note("kid.md"));
		expect(childIds(graph, "p.md")).toEqual(["kid.md"]);
		expect(graph.childrenOf("p.md")[0].position).toBe(0);
	});
});

describe("duplicates and self links", () => {
	test("a parent named twice in one note is one edge, from its first line", () => {
		const graph = graphOf(note("a.md", { relations: [rel("parent", "b", 5, "frontmatter"), rel("parent", "B", 2)] }), note("b.md"));
		expect(graph.parentsOf("a.md")).toHaveLength(1);
		expect(graph.parentsOf("a.md")[0]).toMatchObject({ line: 2, source: "inline" });
		graph.upsert(note("a.md", { relations: [rel("parent", "b", 5, "frontmatter")] }));
		expect(graph.parentsOf("a.md")[0]).toMatchObject({ line: 5, source: "frontmatter" });
	});

	test("an edge declared by both ends is one edge that survives losing either declaration", () => {
		const graph = graphOf(note("b.md", { down: ["x", "a"] }), note("a.md", { up: ["b"] }));
		expect(graph.edges()).toEqual([
			{ child: "a.md", parent: "b.md", field: "up", source: "inline", line: 1, declaredIn: "a.md", declaredAs: "parent", position: 1 },
			expect.objectContaining({ child: "ghost:x", parent: "b.md" }),
		]);
		graph.upsert(note("a.md"));
		expect(graph.parentsOf("a.md")).toEqual([
			{ child: "a.md", parent: "b.md", field: "down", source: "inline", line: 2, declaredIn: "b.md", declaredAs: "child", position: 1 },
		]);
		graph.upsert(note("a.md", { up: ["b"] }));
		graph.upsert(note("b.md"));
		expect(graph.parentsOf("a.md")).toEqual([
			{ child: "a.md", parent: "b.md", field: "up", source: "inline", line: 1, declaredIn: "a.md", declaredAs: "parent" },
		]);
	});

	test("a note naming itself as parent gets no edge and an error at that line", () => {
		const graph = graphOf(note("a.md", { relations: [rel("parent", "b", 1), rel("parent", "A", 4)] }), note("b.md"));
		expect(parentIds(graph, "a.md")).toEqual(["b.md"]);
		expect(graph.problems()).toEqual([
			{ path: "a.md", line: 4, severity: "error", code: "self-parent", message: "up: 'A' is the note itself" },
		]);
	});

	test("a note listing itself as child is a self link too", () => {
		const graph = graphOf(note("a.md", { relations: [rel("child", "a#Part", 2)] }));
		expect(graph.edges()).toEqual([]);
		expect(graph.roots()).toEqual(["a.md"]);
		expect(graph.problems()).toEqual([
			{ path: "a.md", line: 2, severity: "error", code: "self-parent", message: "down: 'a' is the note itself" },
		]);
	});
});

describe("cycles", () => {
	test("a 2-cycle without outside parents has its smallest member as root", () => {
		const graph = graphOf(note("b.md", { up: ["a"] }), note("a.md", { up: ["b"] }), note("c.md", { up: ["b"] }));
		expect(graph.cycles()).toEqual([["a.md", "b.md"]]);
		expect(graph.cycleOf("b.md")).toEqual(["a.md", "b.md"]);
		expect(graph.cycleOf("c.md")).toBeUndefined();
		expect(graph.roots()).toEqual(["a.md"]);
		expect(graph.problems()).toEqual([
			{ path: "a.md", line: 1, severity: "error", code: "cycle", message: "cycle: a → b → a" },
			{ path: "b.md", line: 1, severity: "error", code: "cycle", message: "cycle: a → b → a" },
		]);
	});

	test("a 3-cycle is reported on each member's declaring line", () => {
		const graph = graphOf(
			note("a.md", { relations: [rel("parent", "b", 3)] }),
			note("b.md", { relations: [rel("parent", "c", 6)] }),
			note("c.md", { down: ["b", "x"], relations: [rel("parent", "a", 9)] }),
		);
		expect(graph.cycles()).toEqual([["a.md", "b.md", "c.md"]]);
		const cycleProblems = graph.problems().filter((p) => p.code === "cycle");
		expect(cycleProblems.map((p) => `${p.path}:${p.line}`)).toEqual(["a.md:3", "b.md:6", "c.md:9"]);
		expect(cycleProblems[0].message).toBe("cycle: a → b → c → a");
		expect(graph.roots()).toEqual(["a.md"]);
	});

	test("a cycle with a parent outside it is not a root", () => {
		const graph = graphOf(note("a.md", { up: ["b", "top"] }), note("b.md", { up: ["a"] }), note("top.md"));
		expect(graph.cycles()).toEqual([["a.md", "b.md"]]);
		expect(graph.roots()).toEqual(["top.md"]);
	});

	test("breaking or joining a cycle updates cycles and roots", () => {
		const graph = graphOf(note("a.md", { up: ["b"] }), note("b.md", { up: ["c"] }), note("c.md"));
		expect(graph.cycles()).toEqual([]);
		graph.upsert(note("c.md", { up: ["a"] }));
		expect(graph.cycles()).toEqual([["a.md", "b.md", "c.md"]]);
		expect(graph.roots()).toEqual(["a.md"]);
		graph.upsert(note("d.md", { up: ["e"] }));
		graph.upsert(note("e.md", { up: ["d", "c"] }));
		expect(graph.cycles()).toEqual([
			["a.md", "b.md", "c.md"],
			["d.md", "e.md"],
		]);
		expect(graph.roots()).toEqual(["a.md"]);
		graph.upsert(note("a.md", { up: ["b", "e"] }));
		expect(graph.cycles()).toEqual([["a.md", "b.md", "c.md", "d.md", "e.md"]]);
		expect(graph.cycleOf("d.md")).toHaveLength(5);
		graph.remove("b.md");
		expect(graph.cycles()).toEqual([["a.md", "c.md", "d.md", "e.md"]]);
		graph.upsert(note("c.md"));
		expect(graph.cycles()).toEqual([["d.md", "e.md"]]);
		expect(graph.cycleOf("c.md")).toBeUndefined();
		expect(graph.cycleOf("a.md")).toBeUndefined();
		expect(graph.roots()).toEqual(["c.md", "ghost:b"]);
	});

	test("every node is reachable from some root", () => {
		const graph = graphOf(
			note("a.md", { up: ["b"] }),
			note("b.md", { up: ["a", "c"] }),
			note("c.md", { up: ["d"] }),
			note("d.md", { up: ["c"] }),
			note("e.md", { up: ["f"] }),
			note("f.md"),
		);
		const seen = new Set<string>();
		const visit = (id: string) => {
			if (seen.has(id)) return;
			seen.add(id);
			for (const e of graph.childrenOf(id)) visit(e.child);
		};
		graph.roots().forEach(visit);
		expect([...seen].sort()).toEqual([...graph.nodes()].map((n) => n.id).sort());
		expect(graph.roots()).toEqual(["c.md", "f.md"]);
	});
});

describe("related links", () => {
	test("related links are not hierarchy, and are listed both ways", () => {
		const graph = graphOf(note("a.md", { related: ["b", "b"] }), note("b.md", { related: ["c"] }), note("c.md"));
		expect(graph.edges()).toEqual([]);
		expect(graph.roots()).toEqual(["a.md", "b.md", "c.md"]);
		expect(graph.relatedOf("b.md")).toEqual([
			{ from: "b.md", to: "c.md", field: "related", source: "inline", line: 3 },
			{ from: "a.md", to: "b.md", field: "related", source: "inline", line: 3 },
		]);
	});

	test("a related link to nothing makes no ghost and starts counting when the note appears", () => {
		const graph = graphOf(note("a.md", { related: ["later"] }));
		expect([...graph.nodes()]).toHaveLength(1);
		expect(graph.problems().map((p) => p.code)).toEqual(["unresolved-related"]);
		graph.upsert(note("later.md"));
		expect(graph.relatedOf("later.md").map((r) => r.from)).toEqual(["a.md"]);
	});
});

describe("renames", () => {
	test("renaming a parent turns links by its old name into a ghost", () => {
		const graph = graphOf(note("a.md", { up: ["topic"] }), note("topic.md", { up: ["root"] }), note("root.md"));
		graph.rename("topic.md", "subject.md");
		expect(graph.getNote("subject.md")?.title).toBe("subject");
		expect(graph.getNode("subject.md")?.title).toBe("subject");
		expect(childIds(graph, "ghost:topic")).toEqual(["a.md"]);
		expect(parentIds(graph, "subject.md")).toEqual(["root.md"]);
		expect(graph.has("topic.md")).toBe(false);
	});

	test("renaming into a folder keeps links by name, and a title property survives", () => {
		const graph = graphOf(note("a.md", { up: ["topic"] }), note("topic.md", { title: "The Topic" }));
		graph.rename("topic.md", "deep/topic.md");
		expect(childIds(graph, "deep/topic.md")).toEqual(["a.md"]);
		expect(graph.getNode("deep/topic.md")?.title).toBe("The Topic");
		expect(graph.getNode("ghost:topic")).toBeUndefined();
	});

	test("the renamed note's own links and problems move with it", () => {
		const problem = { path: "a.md", line: 0, severity: "error" as const, code: "invalid-frontmatter", message: "bad" };
		const graph = graphOf(note("a.md", { up: ["b"], problems: [problem] }), note("b.md"), note("c.md", { up: ["a"] }));
		graph.rename("a.md", "x/a.md");
		expect(parentIds(graph, "x/a.md")).toEqual(["b.md"]);
		expect(childIds(graph, "x/a.md")).toEqual(["c.md"]);
		expect(graph.problems()).toEqual([{ ...problem, path: "x/a.md" }]);
	});

	test("renaming a folder moves many notes; links by name still resolve", () => {
		const graph = new HierarchyGraph();
		graph.upsert(note("old/hub.md"));
		for (let i = 0; i < 50; i++) graph.upsert(note(`old/n${i}.md`, { up: ["hub"], down: i > 0 ? [`n${i - 1}`] : [] }));
		graph.upsert(note("outside.md", { up: ["old/hub"] }));
		for (const path of ["old/hub.md", ...Array.from({ length: 50 }, (_, i) => `old/n${i}.md`)]) {
			graph.rename(path, path.replace(/^old\//, "new/"));
		}
		expect(childIds(graph, "new/hub.md")).toHaveLength(50);
		expect(childIds(graph, "new/n7.md")).toEqual(["new/n6.md"]);
		expect(parentIds(graph, "new/n7.md")).toEqual(["new/hub.md", "new/n8.md"]);
		expect(parentIds(graph, "outside.md")).toEqual(["ghost:old/hub"]);
		expect([...graph.nodes()].filter((n) => n.id.startsWith("old/"))).toEqual([]);
	});
});

describe("incremental updates", () => {
	test("a new note re-resolves only links named like it", () => {
		const calls: string[] = [];
		let paths = new Set<string>();
		const graph = new HierarchyGraph({
			resolve: (linkpath) => {
				calls.push(linkpath);
				const hit = [...paths].find((p) => p.replace(/\.md$/, "").split("/").pop()!.toLowerCase() === linkpath.toLowerCase());
				return hit ?? null;
			},
		});
		const add = (n: ReturnType<typeof note>) => {
			paths.add(n.path);
			graph.upsert(n);
		};
		for (let i = 0; i < 100; i++) add(note(`n${i}.md`, { up: [`p${i % 10}`] }));
		calls.length = 0;
		add(note("p3.md", { up: ["top"] }));
		expect(calls.sort()).toEqual([...Array<string>(10).fill("p3"), "top"]);
		expect(childIds(graph, "p3.md")).toHaveLength(10);

		calls.length = 0;
		paths = new Set([...paths].filter((p) => p !== "p3.md"));
		graph.remove("p3.md");
		expect(calls).toEqual(Array<string>(10).fill("p3"));
		expect(childIds(graph, "ghost:p3")).toHaveLength(10);
	});

	test("with an injected resolver, reresolveName picks up a note the resolver now knows", () => {
		const known = new Map<string, string>();
		const graph = new HierarchyGraph({ resolve: (linkpath) => known.get(linkpath.toLowerCase()) ?? null });
		graph.upsert(note("a.md", { up: ["Target"] }));
		graph.upsert(note("somewhere/else.md"));
		expect(parentIds(graph, "a.md")).toEqual(["ghost:target"]);
		known.set("target", "somewhere/else.md");
		const before = graph.version;
		graph.reresolveName("target");
		expect(parentIds(graph, "a.md")).toEqual(["somewhere/else.md"]);
		expect(graph.version).toBeGreaterThan(before);
		known.clear();
		graph.reresolveAll();
		expect(parentIds(graph, "a.md")).toEqual(["ghost:target"]);
	});

	test("a path the resolver names but the graph does not hold stays a ghost", () => {
		const graph = new HierarchyGraph({ resolve: () => "elsewhere.md" });
		graph.upsert(note("a.md", { up: ["elsewhere"] }));
		expect(parentIds(graph, "a.md")).toEqual(["ghost:elsewhere"]);
		graph.upsert(note("elsewhere.md"));
		expect(parentIds(graph, "a.md")).toEqual(["elsewhere.md"]);
	});

	test("1,000 parents on one note", () => {
		const graph = new HierarchyGraph();
		const parents = Array.from({ length: 1000 }, (_, i) => `p${String(i).padStart(4, "0")}`);
		for (const p of parents) graph.upsert(note(`${p}.md`));
		graph.upsert(note("child.md", { up: parents }));
		expect(graph.parentsOf("child.md")).toHaveLength(1000);
		expect(graph.roots()).toHaveLength(1000);
		graph.upsert(note("child.md", { up: parents.slice(0, 10) }));
		expect(graph.parentsOf("child.md")).toHaveLength(10);
		expect(graph.childrenOf("p0500.md")).toEqual([]);
	});

	test("deleting a note with 10,000 children puts them under its ghost", () => {
		const graph = new HierarchyGraph();
		graph.upsert(note("hub.md", { up: ["top"] }));
		graph.upsert(note("top.md"));
		for (let i = 0; i < 10000; i++) graph.upsert(note(`c/${i}.md`, { up: ["hub"] }));
		expect(graph.childrenOf("hub.md")).toHaveLength(10000);
		const start = performance.now();
		graph.remove("hub.md");
		const elapsed = performance.now() - start;
		expect(graph.childrenOf("ghost:hub")).toHaveLength(10000);
		expect(graph.roots()).toEqual(["ghost:hub", "top.md"]);
		expect(graph.cycles()).toEqual([]);
		expect(elapsed).toBeLessThan(2000);
		graph.upsert(note("hub.md"));
		expect(graph.childrenOf("hub.md")).toHaveLength(10000);
		expect(graph.getNode("ghost:hub")).toBeUndefined();
	});
});

describe("problems", () => {
	test("parse problems and graph problems come together, by path then line", () => {
		const parse = { path: "b.md", line: 0, severity: "error" as const, code: "invalid-frontmatter", message: "bad yaml" };
		const graph = graphOf(note("b.md", { up: [bare("nothing")], problems: [parse] }), note("a.md", { up: ["ghost"] }));
		expect(graph.problems().map((p) => `${p.path}:${p.line}:${p.code}`)).toEqual([
			"a.md:1:unresolved-parent",
			"b.md:0:invalid-frontmatter",
			"b.md:1:ignored-value",
		]);
		expect(graph.problemsOf("b.md").map((p) => p.code)).toEqual(["invalid-frontmatter", "ignored-value"]);
	});

	test("problemsOf lists the cycle errors declared in the note", () => {
		const graph = graphOf(note("a.md", { up: ["b"] }), note("b.md", { up: ["a"] }));
		expect(graph.problemsOf("a.md")).toEqual([
			{ path: "a.md", line: 1, severity: "error", code: "cycle", message: "cycle: a → b → a" },
		]);
	});
});

describe("a plain-text value naming the note itself", () => {
	test("is a label, reported as info, not a self-parent error; a link to itself stays an error", () => {
		const graph = graphOf(note("ch3.md", { relations: [rel("parent", bare("ch3"), 2, "frontmatter", "chapter"), rel("parent", "ch3", 5)] }));
		expect(parentIds(graph, "ch3.md")).toEqual([]);
		expect(graph.problems()).toEqual([
			{ path: "ch3.md", line: 2, severity: "info", code: "ignored-value", message: "chapter: 'ch3' is the note's own name, not a link; ignored" },
			{ path: "ch3.md", line: 5, severity: "error", code: "self-parent", message: "up: 'ch3' is the note itself" },
		]);
	});
});
