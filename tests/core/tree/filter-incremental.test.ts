import fc from "fast-check";
import { fold } from "../../../src/core/search-text";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import type { SortKey, TreeFilter } from "../../../src/core/tree/types";
import type { HierarchyEdge, TopicNode } from "../../../src/core/types";
import { FakeView, ghost, note, type EdgeSpec } from "./fakeView";
import { plainRows } from "./plain-rows";

/** A FakeView that counts the graph reads the model makes. */
class CountingView extends FakeView {
	reads = { parentsOf: 0, childrenOf: 0, getNode: 0 };
	/** Walks over every node (the search text is built from them). */
	nodeWalks = 0;

	nodes(): IterableIterator<TopicNode> {
		this.nodeWalks++;
		return super.nodes();
	}

	parentsOf(id: string): readonly HierarchyEdge[] {
		this.reads.parentsOf++;
		return super.parentsOf(id);
	}

	childrenOf(id: string): readonly HierarchyEdge[] {
		this.reads.childrenOf++;
		return super.childrenOf(id);
	}

	getNode(id: string): TopicNode | undefined {
		this.reads.getNode++;
		return super.getNode(id);
	}

	reset(): void {
		this.reads = { parentsOf: 0, childrenOf: 0, getNode: 0 };
	}
}

/** The same filter as plain sets: the model cannot recognise it and walks it the straightforward way. */
function copyOf(filter: TreeFilter): TreeFilter {
	return { query: filter.query, terms: [...filter.terms], matches: new Set(filter.matches), visible: new Set(filter.visible), count: filter.count };
}

/** Reference filter: every node's text searched directly, ancestors by a plain upward search. */
function reference(view: FakeView, query: string, showGhosts: boolean): { matches: string[]; visible: string[] } {
	const words = query.split(/\s+/).filter((word) => word !== "");
	const text = words.filter((word) => !word.startsWith("#")).map(fold);
	const tags = words.filter((word) => word.startsWith("#")).map((word) => fold(word.slice(1))).filter((tag) => tag !== "");
	const matches: string[] = [];
	for (const node of view.nodes()) {
		if (!showGhosts && node.kind === "ghost") continue;
		const haystack = fold([node.title, ...node.aliases, ...node.tags, ...(node.path === undefined ? [] : [node.path])].join("\n"));
		if (!text.every((term) => haystack.includes(term))) continue;
		if (!tags.every((term) => node.tags.some((tag) => fold(tag).startsWith(term)))) continue;
		matches.push(node.id);
	}
	const visible = new Set(matches);
	const stack = [...matches];
	while (stack.length > 0) {
		for (const edge of view.parentsOf(stack.pop() as string)) {
			const shown = showGhosts || view.getNode(edge.parent)?.kind !== "ghost";
			if (shown && !visible.has(edge.parent)) {
				visible.add(edge.parent);
				stack.push(edge.parent);
			}
		}
	}
	return { matches: matches.sort(), visible: [...visible].sort() };
}

const TITLES = ["Alpha", "alpha beta", "Béta", "gamma 2", "gamma 10", "Delta", "ml ops"];
const TAGS = ["ml", "ml/nlp", "ops", "béta"];
const SORTS: SortKey[] = ["title", "filename", "modified", "created", "manual"];

type Step =
	| { kind: "query"; query: string; pinned: number | null }
	| { kind: "again"; back: number }
	| { kind: "options"; sort: SortKey; descending: boolean; showGhosts: boolean }
	| { kind: "retitle"; node: number; title: string }
	| { kind: "warm"; slices: number }
	| { kind: "link"; child: number; parent: number; byChild: boolean; position: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ kind: fc.constant("query" as const), query: fc.string({ unit: fc.constantFrom("a", "l", "e", "m", "é", " ", "#", "1", "g"), maxLength: 5 }), pinned: fc.option(fc.nat(7)) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("again" as const), back: fc.nat(4) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("options" as const), sort: fc.constantFrom(...SORTS), descending: fc.boolean(), showGhosts: fc.boolean() }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("retitle" as const), node: fc.nat(7), title: fc.constantFrom(...TITLES) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("warm" as const), slices: fc.nat(2) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("link" as const), child: fc.nat(7), parent: fc.nat(7), byChild: fc.boolean(), position: fc.nat(3) }) },
);

const vaultArb = fc.integer({ min: 2, max: 8 }).chain((n) =>
	fc.record({
		nodes: fc.array(
			fc.record({ ghost: fc.boolean(), title: fc.constantFrom(...TITLES), tags: fc.subarray(TAGS, { maxLength: 2 }), mtime: fc.nat(5) }),
			{ minLength: n, maxLength: n },
		),
		links: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 14, selector: ([c, p]) => `${c}>${p}` }),
	}),
);

describe("TreeModel filter while typing", () => {
	it("gives the rows and sets of a plain, from-scratch filter after any mix of keystrokes, edits and option changes (property)", () => {
		fc.assert(
			fc.property(vaultArb, fc.array(stepArb, { minLength: 1, maxLength: 12 }), ({ nodes, links }, steps) => {
				const made = nodes.map((spec, i) =>
					spec.ghost
						? ghost(`${spec.title} ${i}`, { tags: [] })
						: note(`dir/n${i}.md`, { title: spec.title, tags: spec.tags, mtime: spec.mtime, ctime: 5 - spec.mtime }),
				);
				const ids = made.map((node) => node.id);
				const linked = new Set<string>();
				const specs: EdgeSpec[] = [];
				for (const [c, p] of links) {
					if (c === p) continue;
					linked.add(`${c}>${p}`);
					specs.push({ child: ids[c], parent: ids[p], declaredAs: (c + p) % 3 === 0 ? "child" : "parent", position: c % 3 });
				}
				const view = new FakeView(made, specs);
				const model = new TreeModel(view);
				let showGhosts = true;
				const results: Array<{ filter: TreeFilter; pinned: string | undefined }> = [];
				for (const step of steps) {
					if (step.kind === "options") {
						model.setOptions({ sort: step.sort, descending: step.descending, showGhosts: step.showGhosts });
						showGhosts = step.showGhosts;
					} else if (step.kind === "warm") {
						// The idle warm-up, whole or a slice or two of it (a slice makes at least 256 records).
						if (step.slices === 0) model.prepareFilter();
						else for (let i = 0; i < step.slices; i++) model.prepareFilterSome(() => false);
					} else if (step.kind === "retitle") {
						const node = view.getNode(ids[step.node % ids.length]) as TopicNode;
						view.set({ ...node, title: step.title });
					} else if (step.kind === "link") {
						const c = step.child % ids.length;
						const p = step.parent % ids.length;
						if (c !== p && !linked.has(`${c}>${p}`)) {
							linked.add(`${c}>${p}`);
							view.link({ child: ids[c], parent: ids[p], declaredAs: step.byChild ? "child" : "parent", position: step.position });
						}
					} else if (step.kind === "again") {
						// An older result flattened after newer ones (and maybe after edits): walked from its own sets.
						const old = results[results.length - 1 - step.back];
						if (old === undefined) continue;
						const rows = model.flatten({ expanded: new Set(), pinned: old.pinned, filter: old.filter });
						expect(plainRows(rows)).toEqual(plainRows(model.flatten({ expanded: new Set(), pinned: old.pinned, filter: copyOf(old.filter) })));
					} else {
						const filter = model.filter(step.query);
						const expected = reference(view, step.query, showGhosts);
						expect(filter === null).toBe(step.query.replace(/#(?=\s|$)/g, "").trim() === "");
						if (filter === null) continue;
						expect([...filter.matches].sort()).toEqual(expected.matches);
						expect([...filter.visible].sort()).toEqual(expected.visible);
						expect(filter.count).toBe(expected.matches.length);
						const pinned = step.pinned === null ? undefined : ids[step.pinned % ids.length];
						const rows = model.flatten({ expanded: new Set(), pinned, filter });
						expect(plainRows(rows)).toEqual(plainRows(model.flatten({ expanded: new Set(), pinned, filter: copyOf(filter) })));
						results.push({ filter, pinned });
					}
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("shows an older result's rows when it is flattened after a newer one", () => {
		const view = new FakeView([note("top", { title: "Top" }), note("a", { title: "Apple" }), note("b", { title: "Banana" })], [
			{ child: "a", parent: "top" },
			{ child: "b", parent: "top" },
		]);
		const model = new TreeModel(view);
		const apple = model.filter("apple");
		const banana = model.filter("banana");
		const ids = (filter: TreeFilter | null): string[] => model.flatten({ expanded: new Set(), filter }).map((row) => row.id);
		expect(ids(apple)).toEqual(["top", "a"]);
		expect(ids(banana)).toEqual(["top", "b"]);
		expect(ids(apple)).toEqual(["top", "a"]);
	});

	/** One hub with 80 children "c00".."c79" (in shuffled order) under a root. */
	function hub(): CountingView {
		const children = Array.from({ length: 80 }, (_, i) => `c${String((i * 17) % 80).padStart(2, "0")}`);
		return new CountingView(
			[note("root", { title: "Root" }), note("hub", { title: "Hub" }), ...children.map((id) => note(id, { title: id.toUpperCase() }))],
			[{ child: "hub", parent: "root" }, ...children.map((id) => ({ child: id, parent: "hub" }))],
		);
	}

	it("on a first query, sorts only the visible children of a large parent", () => {
		const view = hub();
		const model = new TreeModel(view);
		model.roots();
		view.reset();
		const rows = model.flatten({ expanded: new Set(), filter: model.filter("c3") });
		expect(rows.map((row) => row.id)).toEqual(["root", "hub", "c30", "c31", "c32", "c33", "c34", "c35", "c36", "c37", "c38", "c39"]);
		expect(rows[1].childCount).toBe(80);
		// Sorting all 80 children would look each of them up; the 10 visible ones are enough.
		expect(view.reads.getNode).toBeLessThan(20);
	});

	it("sorts only the visible children on a first query; once idle time made the full order, walks it without reading the graph", () => {
		const view = hub();
		const model = new TreeModel(view);
		const all = model.flatten({ expanded: new Set(), filter: model.filter("c") });
		expect(all.map((row) => row.id).slice(2)).toEqual(Array.from({ length: 80 }, (_, i) => `c${String(i).padStart(2, "0")}`));
		// The query sorted its rows, not the hub's order: asking for it sorts the 80 children by their nodes.
		view.reset();
		expect(model.children("hub")).toHaveLength(80);
		expect(view.reads.getNode).toBeGreaterThanOrEqual(80);

		const warmed = new TreeModel(view);
		warmed.prepareFilter();
		// The warm-up sorted the children as records (no lookup by id) and the model keeps the order.
		view.reset();
		expect(warmed.children("hub")).toHaveLength(80);
		expect(view.reads.getNode).toBe(0);
		warmed.flatten({ expanded: new Set(), filter: warmed.filter("c") });
		view.reset();
		const rows = warmed.flatten({ expanded: new Set(), filter: warmed.filter("c0") });
		expect(rows.map((row) => row.id).slice(2)).toEqual(["c00", "c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08", "c09"]);
		expect(view.reads).toEqual({ parentsOf: 0, childrenOf: 0, getNode: 0 });
	});

	it("reads nothing from the graph for a keystroke that keeps the same matches", () => {
		const view = hub();
		const model = new TreeModel(view);
		model.flatten({ expanded: new Set(), filter: model.filter("c1") });
		view.reset();
		const rows = model.flatten({ expanded: new Set(), filter: model.filter("c1 ") });
		expect(rows).toHaveLength(12);
		expect(view.reads).toEqual({ parentsOf: 0, childrenOf: 0, getNode: 0 });
	});

	it("reads no parents again for a new query while the graph is unchanged, and again after an edit", () => {
		const view = hub();
		const model = new TreeModel(view);
		model.flatten({ expanded: new Set(), filter: model.filter("c") });
		view.reset();
		model.flatten({ expanded: new Set(), filter: model.filter("c2") });
		expect(view.reads.parentsOf).toBe(0);
		view.set(note("c05", { title: "C2 moved" }));
		view.reset();
		const rows = model.flatten({ expanded: new Set(), filter: model.filter("c2") });
		expect(rows.map((row) => row.id)).toContain("c05");
		expect(view.reads.parentsOf).toBeGreaterThan(0);
	});

	it("makes the records ahead when asked, so that the first keystroke looks no node up", () => {
		const cold = hub();
		new TreeModel(cold).filter("c1");
		// Without warming, the keystroke makes records for the matches' ancestors, looked up by id.
		expect(cold.reads.getNode).toBeGreaterThan(0);
		const view = hub();
		const model = new TreeModel(view);
		model.prepareFilter();
		expect(view.nodeWalks).toBe(1);
		view.reset();
		expect(model.filter("c1")?.count).toBe(10);
		expect(view.reads.getNode).toBe(0);
		view.set(note("c05", { title: "C1 too" }));
		expect(model.filter("c1")?.count).toBe(11);
	});

	it("keys rows by their path, also for rows read in any order", () => {
		const view = hub();
		const model = new TreeModel(view);
		const rows = model.flatten({ expanded: new Set(), filter: model.filter("c05") });
		expect(model.pathOf(rows[2].key)).toEqual(["root", "hub", "c05"]);
		expect(rows.map((row) => model.pathOf(row.key).join("\n"))).toEqual(["root", "root\nhub", "root\nhub\nc05"]);
		expect(rows.map((row) => row.key)).toEqual([model.keyOf(["root"]), model.keyOf(["root", "hub"]), model.keyOf(["root", "hub", "c05"])]);
		expect(rows.map((row) => row.parentId)).toEqual([undefined, "root", "hub"]);
	});
});
