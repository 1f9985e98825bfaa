import fc from "fast-check";
import { HierarchyGraph } from "../../../src/core/graph";
import type { LinkRef, ParsedNote, RawRelation } from "../../../src/core/types";
import { baseName, snapshot } from "./builders";

/**
 * Any sequence of upserts, removals and renames, applied one at a time, must leave the graph
 * exactly as a fresh build from the final notes would: same nodes, edges, cycles, roots, problems.
 */

const NAMES = ["a", "b", "c", "A", "Topic"];
const FOLDERS = ["", "f/", "g/"];

const pathArb = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([folder, name]) => `${folder}${name}.md`);

/** Mostly plain names of pool notes, so that edges, cycles and name collisions are common. */
const plainLinkArb: fc.Arbitrary<LinkRef> = fc.constantFrom(...NAMES).map((name) => ({ target: name, embed: false, kind: "wiki" }));

const variedLinkArb: fc.Arbitrary<LinkRef> = fc
	.record({
		folder: fc.constantFrom("", "", "f/", "g/"),
		name: fc.constantFrom(...NAMES, "topic", "ghost", "B"),
		ext: fc.constantFrom("", "", ".md"),
		kind: fc.constantFrom<LinkRef["kind"]>("wiki", "wiki", "markdown", "bare"),
		subpath: fc.constantFrom(undefined, "#h"),
	})
	.map(({ folder, name, ext, kind, subpath }) => {
		const link: LinkRef = { target: kind === "bare" ? name : `${folder}${name}${ext}`, embed: false, kind };
		if (subpath && kind !== "bare") link.subpath = subpath;
		return link;
	});

const linkArb: fc.Arbitrary<LinkRef> = fc.oneof({ weight: 3, arbitrary: plainLinkArb }, { weight: 2, arbitrary: variedLinkArb });

const relationArb: fc.Arbitrary<RawRelation> = fc
	.record({
		kind: fc.constantFrom<RawRelation["kind"]>("parent", "parent", "child", "related"),
		link: linkArb,
		line: fc.integer({ min: 1, max: 4 }),
		source: fc.constantFrom<RawRelation["source"]>("inline", "frontmatter"),
	})
	.map(({ kind, link, line, source }) => ({ kind, field: kind === "parent" ? "up" : kind === "child" ? "down" : "related", link, line, source }));

type Command =
	| { op: "upsert"; path: string; relations: RawRelation[]; titled: boolean; broken: boolean }
	| { op: "remove"; path: string }
	| { op: "rename"; from: string; to: string };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
	{ weight: 5, arbitrary: fc.record({ op: fc.constant("upsert" as const), path: pathArb, relations: fc.array(relationArb, { maxLength: 5 }), titled: fc.boolean(), broken: fc.boolean() }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("remove" as const), path: pathArb }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("rename" as const), from: pathArb, to: pathArb }) },
);

function makeNote(command: Extract<Command, { op: "upsert" }>): ParsedNote {
	return {
		path: command.path,
		title: command.titled ? `Title of ${command.path}` : baseName(command.path),
		aliases: [],
		tags: [],
		frontmatter: {},
		relations: command.relations,
		problems: command.broken ? [{ path: command.path, line: 0, severity: "error", code: "invalid-frontmatter", message: "bad" }] : [],
	};
}

/** What a rename does to a note, as the user sees it. */
function moved(note: ParsedNote, to: string): ParsedNote {
	const title = note.title === baseName(note.path) ? baseName(to) : note.title;
	return { ...note, path: to, title, problems: note.problems.map((p) => ({ ...p, path: to })) };
}

function fresh(model: Map<string, ParsedNote>): HierarchyGraph {
	const graph = new HierarchyGraph();
	for (const path of [...model.keys()].sort()) graph.upsert(model.get(path)!);
	return graph;
}

function reachableFromRoots(graph: HierarchyGraph): number {
	const seen = new Set<string>();
	const stack = graph.roots();
	while (stack.length > 0) {
		const id = stack.pop()!;
		if (seen.has(id)) continue;
		seen.add(id);
		for (const edge of graph.childrenOf(id)) stack.push(edge.child);
	}
	return seen.size;
}

test("incremental updates agree with a fresh build", () => {
	fc.assert(
		fc.property(fc.array(commandArb, { minLength: 10, maxLength: 40 }), fc.boolean(), (commands, checkEachStep) => {
			const graph = new HierarchyGraph();
			const model = new Map<string, ParsedNote>();
			for (const command of commands) {
				if (command.op === "upsert") {
					const n = makeNote(command);
					model.set(n.path, n);
					graph.upsert(n);
				} else if (command.op === "remove") {
					model.delete(command.path);
					graph.remove(command.path);
				} else {
					const n = model.get(command.from);
					if (n && command.from !== command.to) {
						model.delete(command.from);
						model.set(command.to, moved(n, command.to));
					}
					graph.rename(command.from, command.to);
				}
				if (checkEachStep) expect(snapshot(graph)).toEqual(snapshot(fresh(model)));
			}
			const expected = fresh(model);
			expect(snapshot(graph)).toEqual(snapshot(expected));
			expect(reachableFromRoots(graph)).toBe([...graph.nodes()].length);
			expect([...model.keys()].sort()).toEqual([...graph.nodes()].filter((n) => n.kind === "note").map((n) => n.id).sort());
		}),
		{ numRuns: 300 },
	);
});
