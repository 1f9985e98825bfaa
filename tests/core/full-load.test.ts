/**
 * `TopicIndex.beginAll`: a full index fed a few notes at a time and loaded through the graph's
 * bulk path in bounded steps (the live index's first index) must end exactly where `indexAll`
 * over the same notes ends, whatever order the notes come in and however the steps are cut:
 * same nodes in the same order, declarations and their targets, edges with provenance, ghosts,
 * roots, cycles, problems (Unicode twins included), sequences and siblings.
 */
import fc from "fast-check";
import { HierarchyGraph } from "../../src/core/graph";
import { parseNote } from "../../src/core/note";
import { TopicIndex, type NoteSource } from "../../src/core/topic-index";
import { DEFAULT_PARSE_SETTINGS } from "../../src/core/types";
import { canonical } from "./fuzz/equivalence";
import { noteTextArb, pathArb } from "./fuzz/vault-model";

/** Everything `canonical` compares, plus the orders a fresh index gives (node order, edge order). */
function exact(index: TopicIndex) {
	const graph = index.graph;
	return { ...canonical(graph), order: [...graph.nodes()].map((n) => n.id), edgeOrder: graph.edges().map((e) => `${e.child} -> ${e.parent}`) };
}

function indexedAll(notes: NoteSource[]): TopicIndex {
	const index = new TopicIndex(DEFAULT_PARSE_SETTINGS);
	index.indexAll(notes);
	return index;
}

/** Loads `notes` with `beginAll`, letting each `finishSome` call run `budget()` more steps; returns the number of calls. */
function loadInSteps(index: TopicIndex, notes: NoteSource[], budget: () => number): number {
	const load = index.beginAll();
	for (const note of notes) load.add(note);
	let calls = 0;
	for (;;) {
		calls++;
		let left = budget();
		if (load.finishSome(() => left-- > 0)) return calls;
	}
}

/** Paths as given: composed names, the decomposed twin of `Ünï`, and one with a backslash and a leading slash. */
const givenPathArb = fc.oneof(
	{ weight: 8, arbitrary: pathArb },
	{ weight: 1, arbitrary: fc.constantFrom("U\u0308ni\u0308.md", "f/U\u0308ni\u0308.md", "/f\\a.md") },
);

const notesArb = fc.array(fc.record({ path: givenPathArb, text: noteTextArb }), { maxLength: 25 });

function chain(n: number): NoteSource[] {
	return Array.from({ length: n }, (_, i) => ({ path: `n${String(i).padStart(3, "0")}.md`, text: i === 0 ? "# Root\n" : `up:: [[n${String(i - 1).padStart(3, "0")}]]\n` }));
}

describe("a full index loaded in steps equals indexAll", () => {
	test("for random notes in any order (twins and repeated paths too), cut into random steps", () => {
		fc.assert(
			fc.property(notesArb, fc.array(fc.nat(5), { minLength: 1, maxLength: 8 }), fc.boolean(), (notes, cuts, shuffle) => {
				const given = shuffle ? [...notes].reverse() : notes;
				const stepped = new TopicIndex(DEFAULT_PARSE_SETTINGS);
				let k = 0;
				loadInSteps(stepped, given, () => cuts[k++ % cuts.length]);
				expect(exact(stepped)).toEqual(exact(indexedAll(given)));
			}),
			{ numRuns: 300 },
		);
	});

	test("the later of two notes at one path wins, as with indexAll", () => {
		const notes = [
			{ path: "a.md", text: "up:: [[b]]\n" },
			{ path: "b.md", text: "" },
			{ path: "a.md", text: "up:: [[c]]\n" },
		];
		const stepped = new TopicIndex(DEFAULT_PARSE_SETTINGS);
		loadInSteps(stepped, notes, () => 0);
		expect(stepped.graph.parentsOf("a.md").map((e) => e.parent)).toEqual(["ghost:c"]);
		expect(exact(stepped)).toEqual(exact(indexedAll(notes)));
	});

	test("after the load, updates, renames and removes go on as after indexAll", () => {
		const notes = [...chain(30), { path: "U\u0308ni\u0308.md", text: "up:: [[n005]]\n" }, { path: "\u00dcn\u00ef.md", text: "up:: [[n007]]\n" }];
		const stepped = new TopicIndex(DEFAULT_PARSE_SETTINGS);
		loadInSteps(stepped, notes, () => 3);
		const fresh = indexedAll(notes);
		for (const index of [stepped, fresh]) {
			index.update({ path: "n000.md", text: "up:: [[n029]]\n" });
			index.rename("n010.md", "f/n010.md");
			index.remove("\u00dcn\u00ef.md");
		}
		expect(exact(stepped)).toEqual(exact(fresh));
		expect(stepped.graph.cycles()).toHaveLength(1);
		expect(stepped.graph.parentsOf("\u00dcn\u00ef.md").map((e) => e.parent)).toEqual(["n005.md"]);
	});
});

describe("the steps are small, and a load can be abandoned", () => {
	test("a step does at most one note's share: with no budget at all, 200 notes take hundreds of calls, each making progress", () => {
		const index = new TopicIndex(DEFAULT_PARSE_SETTINGS);
		const calls = loadInSteps(index, chain(200), () => 0);
		// Each note is registered, linked and placed among the roots in steps of its own.
		expect(calls).toBeGreaterThanOrEqual(3 * 200);
		expect(calls).toBeLessThan(4 * 200);
		expect(index.graph.roots()).toEqual(["n000.md"]);
		expect(index.graph.edges()).toHaveLength(199);
	});

	test("notes given out of path order are sorted in steps too", () => {
		const notes = chain(5000).sort((a, b) => (a.path < b.path ? -1 : 1));
		const inOrder = loadInSteps(new TopicIndex(DEFAULT_PARSE_SETTINGS), notes, () => 0);
		const reversed = new TopicIndex(DEFAULT_PARSE_SETTINGS);
		const calls = loadInSteps(reversed, [...notes].reverse(), () => 0);
		expect(calls - inOrder).toBeGreaterThan(10);
		expect(exact(reversed)).toEqual(exact(indexedAll(notes)));
	});

	test("the graph's version moves on only when the load is done, so views never keep a half-loaded state", () => {
		const index = new TopicIndex(DEFAULT_PARSE_SETTINGS);
		const load = index.beginAll();
		for (const note of chain(20)) load.add(note);
		const start = index.graph.version;
		expect(load.finishSome(() => false)).toBe(false);
		expect(index.graph.version).toBe(start);
		while (!load.finishSome(() => true));
		expect(index.graph.version).toBeGreaterThan(start);
	});

	test("a new load abandons one under way: its result is the new notes' alone, and cycles are still tracked after", () => {
		const index = new TopicIndex(DEFAULT_PARSE_SETTINGS);
		const first = index.beginAll();
		for (const note of chain(50)) first.add(note);
		let steps = 120; // well into linking
		first.finishSome(() => steps-- > 0);
		const second = [
			{ path: "a.md", text: "up:: [[b]]\n" },
			{ path: "b.md", text: "related:: [[a]]\n" },
		];
		loadInSteps(index, second, () => 1);
		expect(exact(index)).toEqual(exact(indexedAll(second)));
		index.update({ path: "b.md", text: "up:: [[a]]\n" });
		expect(index.graph.cycles()).toEqual([["a.md", "b.md"]]);
	});

	test("a graph cleared in the middle of a stepped load tracks cycles of later upserts", () => {
		const graph = new HierarchyGraph();
		const steps = graph.upsertSteps(chain(10).map((n) => ({ note: parseNote(n.path, n.text, DEFAULT_PARSE_SETTINGS) })));
		for (let i = 0; i < 15; i++) steps.next(); // registered all ten, linking
		graph.clear();
		graph.upsert(parseNote("a.md", "up:: [[b]]\n", DEFAULT_PARSE_SETTINGS));
		graph.upsert(parseNote("b.md", "up:: [[a]]\n", DEFAULT_PARSE_SETTINGS));
		expect(graph.cycles()).toEqual([["a.md", "b.md"]]);
		expect(graph.cycleOf("a.md")).toEqual(["a.md", "b.md"]);
	});
});
