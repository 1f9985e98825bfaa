/**
 * The graph over a real vault of 323 notes: incremental updates in any order, removals, re-adds and
 * folder moves give the same graph as a fresh build. Skipped, with a message, when the corpus is
 * absent (set TOPIC_TREE_CORPUS to its folder to run it elsewhere).
 */
import * as fs from "fs";
import * as path from "path";
import { HierarchyGraph } from "../../../src/core/graph";
import { parseNote } from "../../../src/core/note";
import { DEFAULT_PARSE_SETTINGS, type ParsedNote } from "../../../src/core/types";
import { snapshot } from "./builders";

const repoRoot = path.resolve(__dirname, "../../..");
const corpus = [process.env.TOPIC_TREE_CORPUS, path.resolve(repoRoot, "../shared/corpus/blog-vault")].find(
	(dir): dir is string => dir !== undefined && dir !== "" && fs.existsSync(dir),
);

function markdownFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		return e.isDirectory() ? markdownFiles(p) : e.name.endsWith(".md") ? [p] : [];
	});
}

function loadNotes(root: string): ParsedNote[] {
	return markdownFiles(root)
		.map((file) => {
			const rel = path.relative(root, file).split(path.sep).join("/").normalize("NFC");
			return parseNote(rel, fs.readFileSync(file, "utf8"), DEFAULT_PARSE_SETTINGS);
		})
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function build(notes: Iterable<ParsedNote>): HierarchyGraph {
	const graph = new HierarchyGraph();
	for (const n of notes) graph.upsert(n);
	return graph;
}

/** A small deterministic generator, so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
	const out = [...items];
	let s = seed;
	for (let i = out.length - 1; i > 0; i--) {
		s = (s * 1103515245 + 12345) & 0x7fffffff;
		const j = s % (i + 1);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

if (!corpus) {
	console.warn("Skipping the graph corpus tests: no corpus at ../shared/corpus/blog-vault and TOPIC_TREE_CORPUS is unset.");
}
const describeCorpus = corpus ? describe : describe.skip;

describeCorpus("the graph over the blog vault", () => {
	const notes = corpus ? loadNotes(corpus) : [];
	const expected = build(notes);

	test("the vault has a hierarchy with ghosts, and every node is under some root", () => {
		expect(notes.length).toBe(323);
		const nodes = [...expected.nodes()];
		expect(expected.edges().length).toBeGreaterThan(100);
		expect(nodes.some((n) => n.kind === "ghost")).toBe(true);
		const seen = new Set<string>();
		const stack = expected.roots();
		while (stack.length > 0) {
			const id = stack.pop()!;
			if (seen.has(id)) continue;
			seen.add(id);
			for (const e of expected.childrenOf(id)) stack.push(e.child);
		}
		expect(seen.size).toBe(nodes.length);
	});

	test("updates in a shuffled order give the same graph as a fresh build", () => {
		for (const seed of [1, 2, 3]) {
			const graph = build(shuffled(notes, seed));
			expect(snapshot(graph)).toEqual(snapshot(expected));
		}
	});

	test("removing and re-adding a third of the notes, and moving them to a folder and back, changes nothing", () => {
		const graph = build(notes);
		const some = shuffled(notes, 7).slice(0, Math.floor(notes.length / 3));
		for (const n of some) graph.remove(n.path);
		expect(snapshot(graph)).toEqual(snapshot(build(notes.filter((n) => !some.includes(n)))));
		for (const n of shuffled(some, 8)) graph.upsert(n);
		expect(snapshot(graph)).toEqual(snapshot(expected));
		for (const n of some) graph.rename(n.path, `moved/${n.path}`);
		for (const n of shuffled(some, 9)) graph.rename(`moved/${n.path}`, n.path);
		expect(snapshot(graph)).toEqual(snapshot(expected));
	});
});
