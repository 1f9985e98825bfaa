import fc from "fast-check";
import { HierarchyGraph } from "../../../src/core/graph";
import type { ParsedNote } from "../../../src/core/types";
import { note, snapshot } from "./builders";

/**
 * A node's links and the declarations naming it are kept inline when alone, in an exact-length
 * array when a few, in a Map or Set when many (issue 14: the heap at 100,000 notes). Hubs here
 * gain and lose up to 24 children, parents, related links and ghost references one at a time,
 * crossing those limits both ways: the graph must stay what a fresh build gives, child lists
 * in order included.
 */

const KIDS = Array.from({ length: 24 }, (_, i) => `k${i}.md`);
const HUBS = ["hub", "other", "Ghost topic"];

type Command = { kid: number; up: number[]; down: boolean; related: number[] } | { kid: number; remove: true } | { toggle: "hub.md" | "Ghost topic.md" };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.record({
			kid: fc.integer({ min: 0, max: KIDS.length - 1 }),
			up: fc.uniqueArray(fc.integer({ min: 0, max: HUBS.length - 1 }), { maxLength: 3 }),
			down: fc.boolean(),
			related: fc.uniqueArray(fc.integer({ min: 0, max: KIDS.length - 1 }), { maxLength: 2 }),
		}),
	},
	{ weight: 1, arbitrary: fc.record({ kid: fc.integer({ min: 0, max: KIDS.length - 1 }), remove: fc.constant(true as const) }) },
	// The hub goes and comes back; a note takes the ghost's name and goes: every link naming them resolves again.
	{ weight: 1, arbitrary: fc.record({ toggle: fc.constantFrom("hub.md" as const, "Ghost topic.md" as const) }) },
);

function hubNote(model: Map<string, ParsedNote>): ParsedNote {
	// The hub lists as its children (down::) the kids that say so, in kid order.
	const down = KIDS.filter((path) => (model.get(path)?.tags ?? []).includes("listed")).map((path) => path.replace(/\.md$/, ""));
	return note("hub.md", { down });
}

function fresh(model: Map<string, ParsedNote>): HierarchyGraph {
	const graph = new HierarchyGraph();
	graph.upsertMany([...model.values()].map((n) => ({ note: n })));
	return graph;
}

test("hubs gaining and losing many links one at a time agree with a fresh build", () => {
	fc.assert(
		fc.property(fc.array(commandArb, { minLength: 20, maxLength: 120 }), (commands) => {
			const graph = new HierarchyGraph();
			const model = new Map<string, ParsedNote>();
			const put = (n: ParsedNote) => {
				model.set(n.path, n);
				graph.upsert(n);
			};
			put(hubNote(model));
			let hubHeld = true;
			for (const command of commands) {
				if ("toggle" in command) {
					if (command.toggle === "hub.md") hubHeld = !hubHeld;
					if (model.has(command.toggle)) {
						model.delete(command.toggle);
						graph.remove(command.toggle);
					} else {
						put(command.toggle === "hub.md" ? hubNote(model) : note(command.toggle));
					}
					continue;
				}
				const path = KIDS[command.kid];
				if ("remove" in command) {
					model.delete(path);
					graph.remove(path);
				} else {
					const kid = note(path, { up: command.up.map((h) => HUBS[h]), related: command.related.map((k) => KIDS[k]), tags: command.down ? ["listed"] : [] });
					put(kid);
				}
				if (hubHeld) put(hubNote(model));
			}
			expect(snapshot(graph)).toEqual(snapshot(fresh(model)));
			const kids = [...model.values()].filter((n) => (hubHeld && n.tags.includes("listed")) || n.relations.some((r) => r.kind === "parent" && r.link.target === "hub"));
			expect(graph.childrenOf(hubHeld ? "hub.md" : "ghost:hub").map((e) => e.child)).toEqual(kids.map((n) => n.path).sort());
		}),
		{ numRuns: 150 },
	);
});
