import * as fs from "fs";
import * as path from "path";
import { HierarchyGraph } from "../../../src/core/graph";
import { TopicIndex } from "../../../src/core/topic-index";
import { subtreeOutline } from "../../../src/core/tree/outline";
import { relatedNotes } from "../../../src/core/tree/related";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import type { TreeRow } from "../../../src/core/tree/types";
import { DEFAULT_PARSE_SETTINGS, type ParsedNote, type RawRelation } from "../../../src/core/types";

function relation(kind: RawRelation["kind"], target: string, line: number): RawRelation {
	const field = { parent: "up", child: "down", related: "related", next: "next", prev: "prev", sibling: "sibling" }[kind];
	return { kind, field, link: { target, embed: false, kind: "wiki" }, source: "inline", line };
}

function parsed(notePath: string, relations: RawRelation[] = [], extra: Partial<ParsedNote> = {}): ParsedNote {
	const title = notePath.slice(notePath.lastIndexOf("/") + 1).replace(/\.md$/, "");
	return { path: notePath, title, aliases: [], tags: [], frontmatter: {}, relations, problems: [], ...extra };
}

/** Expands every row, round after round, and returns the final rows. */
function expandAll(model: TreeModel): TreeRow[] {
	const expanded = new Set<string>();
	let rows = model.flatten({ expanded });
	for (;;) {
		const before = expanded.size;
		for (const row of rows) if (row.childCount > 0 && !row.cycleBack) expanded.add(row.key);
		if (expanded.size === before) return rows;
		rows = model.flatten({ expanded });
	}
}

describe("TreeModel over the real HierarchyGraph", () => {
	it("sorts manually by the parent's down field, shows ghosts, and follows updates", () => {
		const graph = new HierarchyGraph();
		graph.upsert(parsed("ML.md", [relation("child", "Zeta", 2), relation("child", "Alpha", 2)]));
		graph.upsert(parsed("Zeta.md"));
		graph.upsert(parsed("Alpha.md"));
		graph.upsert(parsed("Beta.md", [relation("parent", "ML", 1), relation("parent", "Missing topic", 1)]));
		graph.upsert(parsed("Gamma.md", [relation("parent", "ML", 1), relation("related", "Beta", 3)], { order: 1 }));
		const model = new TreeModel(graph, { sort: "manual" });
		expect(model.children("ML.md")).toEqual(["Zeta.md", "Alpha.md", "Gamma.md", "Beta.md"]);
		const ghostId = model.roots().find((id) => graph.getNode(id)?.kind === "ghost");
		expect(ghostId).toBeDefined();
		// Same length: parents in title order ("Missing topic" before "ML").
		expect(model.pathsTo("Beta.md")).toEqual([
			[ghostId, "Beta.md"],
			["ML.md", "Beta.md"],
		]);
		expect(relatedNotes(model, graph, "Beta.md", (id) => graph.relatedOf(id)).related).toEqual(["Gamma.md"]);
		expect(subtreeOutline(model, graph, "ML.md")).toBe("- [[ML]]\n\t- [[Zeta]]\n\t- [[Alpha]]\n\t- [[Gamma]]\n\t- [[Beta]]\n");

		graph.upsert(parsed("Alpha.md", [], { title: "Alpha", order: 0 }));
		graph.upsert(parsed("Zeta.md", [relation("parent", "Alpha", 1)]));
		expect(model.children("Alpha.md")).toEqual(["Zeta.md"]);
		const expanded = new Set([model.keyOf(["ML.md"]), model.keyOf(["ML.md", "Alpha.md"])]);
		expect(model.flatten({ expanded }).map((row) => model.pathOf(row.key).join("\n"))).toContain("ML.md\nAlpha.md\nZeta.md");
	});
});

const repoRoot = path.resolve(__dirname, "../../..");
const corpus = [process.env.TOPIC_TREE_CORPUS, path.resolve(repoRoot, "../shared/corpus/blog-vault")].find(
	(candidate): candidate is string => candidate !== undefined && fs.existsSync(candidate),
);
if (!corpus) console.log("Skipping the corpus tree tests: no corpus found (set TOPIC_TREE_CORPUS to the blog-vault folder).");
const describeCorpus = corpus ? describe : describe.skip;

function markdownFiles(root: string): string[] {
	return fs
		.readdirSync(root, { recursive: true, encoding: "utf8" })
		.filter((file) => file.endsWith(".md"))
		.map((file) => file.split(path.sep).join("/"))
		.sort();
}

describeCorpus("TreeModel over the blog-vault corpus", () => {
	const index = new TopicIndex(DEFAULT_PARSE_SETTINGS);
	const files = corpus ? markdownFiles(corpus) : [];
	index.indexAll(files.map((file) => ({ path: file, text: fs.readFileSync(path.join(corpus as string, file), "utf8") })));
	const graph = index.graph;

	it("reaches every note when everything is expanded, and reveals each note through pathsTo", () => {
		expect(files.length).toBeGreaterThan(300);
		const model = new TreeModel(graph);
		const rows = expandAll(model);
		const shown = new Set(rows.map((row) => row.id));
		for (const node of graph.nodes()) expect(shown.has(node.id)).toBe(true);
		for (const file of files) {
			const [first] = model.pathsTo(file);
			expect(first?.[first.length - 1]).toBe(file);
			const revealed = model.flatten({ expanded: new Set(model.keysToReveal(first)) });
			expect(revealed.some((row) => row.key === model.keyOf(first))).toBe(true);
		}
	});

	it("filters to the notes whose title, aliases, tags or path contain the term, with their ancestors", () => {
		const model = new TreeModel(graph);
		const filter = model.filter("python");
		expect(filter).not.toBeNull();
		const expected = [...graph.nodes()].filter((node) =>
			[node.title, ...node.aliases, ...node.tags, node.path ?? ""].some((text) => text.toLowerCase().includes("python")),
		);
		expect(filter?.count).toBe(expected.length);
		expect(expected.length).toBeGreaterThan(0);
		const rows = model.flatten({ expanded: new Set(), filter });
		for (const node of expected) expect(rows.some((row) => row.id === node.id && row.match)).toBe(true);
		for (const row of rows) if (row.match) expect(row.highlights.every(([start, end]) => end > start)).toBe(true);
	});
});
