import fc from "fast-check";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import { compareText, compareWithCollator, sortIds } from "../../../src/core/tree/sort";
import type { EdgeSpec } from "./fakeView";
import { FakeView, ghost, note } from "./fakeView";

const P = "P.md";

/** A parent P.md with the given children (each a child of P by an `up` field unless given otherwise). */
function family(children: ReturnType<typeof note>[], extraEdges: EdgeSpec[] = []): FakeView {
	const specs: EdgeSpec[] = children
		.filter((child) => !extraEdges.some((edge) => edge.child === child.id))
		.map((child) => ({ child: child.id, parent: P }));
	return new FakeView([note(P), ...children], [...specs, ...extraEdges]);
}

describe("TreeModel.children sorting", () => {
	it("sorts by title naturally, ignoring case and accents, breaking ties by id", () => {
		const view = family([
			note("a/n10.md", { title: "Note 10" }),
			note("b/n2.md", { title: "note 2" }),
			note("c/n1.md", { title: "Note 1" }),
			note("z/eclair.md", { title: "éclair" }),
			note("y/eclair.md", { title: "Eclair" }),
		]);
		const model = new TreeModel(view, { sort: "title" });
		expect(model.children(P)).toEqual(["y/eclair.md", "z/eclair.md", "c/n1.md", "b/n2.md", "a/n10.md"]);
	});

	it("reverses the title order when descending, keeping ties in id order", () => {
		const view = family([note("b.md"), note("a.md"), note("x/c.md", { title: "C" }), note("y/c.md", { title: "c" })]);
		const model = new TreeModel(view, { sort: "title", descending: true });
		expect(model.children(P)).toEqual(["x/c.md", "y/c.md", "b.md", "a.md"]);
	});

	it("keeps ghosts among notes in title order", () => {
		const view = family([note("b.md"), ghost("Apple"), note("c.md"), ghost("Bz")]);
		const model = new TreeModel(view, { sort: "title" });
		expect(model.children(P)).toEqual(["ghost:apple", "b.md", "ghost:bz", "c.md"]);
	});

	it("sorts by file name (ghosts by title), ties by title", () => {
		const view = family([
			note("z/banana.md", { title: "Apple" }),
			note("apple.md", { title: "Zed" }),
			ghost("Avocado"),
			note("x/cherry.md", { title: "B" }),
			note("y/cherry.md", { title: "A" }),
		]);
		const model = new TreeModel(view, { sort: "filename" });
		expect(model.children(P)).toEqual(["apple.md", "ghost:avocado", "z/banana.md", "y/cherry.md", "x/cherry.md"]);
		model.setOptions({ descending: true });
		expect(model.children(P)).toEqual(["y/cherry.md", "x/cherry.md", "z/banana.md", "ghost:avocado", "apple.md"]);
	});

	it("sorts by modified time, oldest first unless descending, ghosts last either way, ties by title", () => {
		const view = family([
			note("new.md", { mtime: 300 }),
			note("old.md", { mtime: 100 }),
			ghost("Ghost"),
			note("mid-b.md", { mtime: 200 }),
			note("mid-a.md", { mtime: 200 }),
		]);
		const model = new TreeModel(view, { sort: "modified" });
		expect(model.children(P)).toEqual(["old.md", "mid-a.md", "mid-b.md", "new.md", "ghost:ghost"]);
		model.setOptions({ descending: true });
		expect(model.children(P)).toEqual(["new.md", "mid-a.md", "mid-b.md", "old.md", "ghost:ghost"]);
	});

	it("sorts by created time", () => {
		const view = family([note("a.md", { ctime: 3, mtime: 1 }), note("b.md", { ctime: 1, mtime: 3 }), note("c.md", { ctime: 2, mtime: 2 })]);
		const model = new TreeModel(view, { sort: "created" });
		expect(model.children(P)).toEqual(["b.md", "c.md", "a.md"]);
		model.setOptions({ descending: true });
		expect(model.children(P)).toEqual(["a.md", "c.md", "b.md"]);
	});

	it("manual: children declared by the parent's down field by position, then by `order`, then by title", () => {
		const view = family(
			[
				note("free-b.md"),
				note("ordered-5.md", { order: 5 }),
				note("declared-2.md", { order: 0 }),
				note("free-a.md"),
				note("declared-1.md"),
				note("ordered-1.md", { order: 1 }),
				ghost("Declared ghost"),
			],
			[
				{ child: "declared-2.md", parent: P, declaredAs: "child", position: 2 },
				{ child: "declared-1.md", parent: P, declaredAs: "child", position: 1 },
				{ child: "ghost:declared ghost", parent: P, declaredAs: "child", position: 3 },
			],
		);
		const model = new TreeModel(view, { sort: "manual" });
		const expected = ["declared-1.md", "declared-2.md", "ghost:declared ghost", "ordered-1.md", "ordered-5.md", "free-a.md", "free-b.md"];
		expect(model.children(P)).toEqual(expected);
		model.setOptions({ descending: true });
		expect(model.children(P)).toEqual(expected);
	});

	it("manual: equal `order` values fall back to title", () => {
		const view = family([note("b.md", { order: 1 }), note("a.md", { order: 1 }), note("c.md", { order: 0 })]);
		expect(new TreeModel(view, { sort: "manual" }).children(P)).toEqual(["c.md", "a.md", "b.md"]);
	});

	it("drops ghost children when ghosts are hidden, and counts children after that", () => {
		const view = family([note("a.md"), ghost("G")]);
		const model = new TreeModel(view, { showGhosts: true });
		expect(model.children(P)).toEqual(["a.md", "ghost:g"]);
		expect(model.childCount(P)).toBe(2);
		model.setOptions({ showGhosts: false });
		expect(model.children(P)).toEqual(["a.md"]);
		expect(model.childCount(P)).toBe(1);
	});

	it("re-sorts when the view's version changes", () => {
		const view = family([note("a.md"), note("b.md")]);
		const model = new TreeModel(view);
		expect(model.children(P)).toEqual(["a.md", "b.md"]);
		view.set(note("a.md", { title: "zzz" }));
		expect(model.children(P)).toEqual(["b.md", "a.md"]);
		view.set(note("c.md"));
		view.link({ child: "c.md", parent: P });
		expect(model.children(P)).toEqual(["b.md", "c.md", "a.md"]);
	});

	it("after any sequence of edits, matches a fresh model (cached orders stay correct) (property)", () => {
		const edit = fc.oneof(
			fc.record({ kind: fc.constant("retitle" as const), node: fc.nat(5), title: fc.constantFrom("a", "b", "c", "d 2", "d 10") }),
			fc.record({ kind: fc.constant("order" as const), node: fc.nat(5), order: fc.integer({ min: 0, max: 3 }) }),
			fc.record({ kind: fc.constant("link" as const), child: fc.nat(5), parent: fc.nat(5), declared: fc.boolean(), position: fc.nat(3) }),
		);
		fc.assert(
			fc.property(fc.array(edit, { maxLength: 15 }), fc.constantFrom("title" as const, "manual" as const), (edits, sort) => {
				const ids = ["n0", "n1", "n2", "n3", "n4", "n5"];
				const view = new FakeView(ids.map((id) => note(id)));
				const model = new TreeModel(view, { sort });
				const linked = new Set<string>();
				for (const change of edits) {
					if (change.kind === "link") {
						const key = `${change.child}>${change.parent}`;
						if (change.child === change.parent || linked.has(key)) continue;
						linked.add(key);
						view.link({ child: ids[change.child], parent: ids[change.parent], declaredAs: change.declared ? "child" : "parent", position: change.position });
					} else {
						const old = view.getNode(ids[change.node]);
						view.set(note(ids[change.node], change.kind === "retitle" ? { ...old, title: change.title } : { ...old, order: change.order }));
					}
					ids.forEach((id) => model.children(id));
				}
				const fresh = new TreeModel(view, { sort });
				for (const id of ids) expect(model.children(id)).toEqual(fresh.children(id));
				expect(model.roots()).toEqual(fresh.roots());
			}),
		);
	});

	it("gives the same order whatever the input order (property)", () => {
		const titles = ["a", "A", "b", "á", "item 2", "item 10", "Item 1", "z"];
		const nodeArb = fc.record({
			title: fc.constantFrom(...titles),
			mtime: fc.integer({ min: 0, max: 3 }),
			ghost: fc.boolean(),
			order: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
		});
		fc.assert(
			fc.property(
				fc.array(nodeArb, { maxLength: 12 }),
				fc.constantFrom("title", "filename", "modified", "created", "manual" as const),
				fc.boolean(),
				(specs, sort, descending) => {
					const nodes = specs.map((spec, i) =>
						spec.ghost ? ghost(`${spec.title} ${i}`, { mtime: spec.mtime }) : note(`n${i}.md`, { title: spec.title, mtime: spec.mtime, order: spec.order }),
					);
					const view = new FakeView(nodes);
					const ids = nodes.map((node) => node.id);
					const sorted = sortIds(view, ids, sort, descending);
					expect([...sorted].sort()).toEqual([...ids].sort());
					expect(sortIds(view, [...ids].reverse(), sort, descending)).toEqual(sorted);
				},
			),
		);
	});
});

describe("TreeModel.roots", () => {
	it("sorts roots with the current sort and returns just the pinned node when pinned", () => {
		const view = new FakeView([note("b.md", { mtime: 1 }), note("a.md", { mtime: 2 }), note("c.md")], [{ child: "c.md", parent: "a.md" }]);
		const model = new TreeModel(view);
		expect(model.roots()).toEqual(["a.md", "b.md"]);
		model.setOptions({ sort: "modified" });
		expect(model.roots()).toEqual(["b.md", "a.md"]);
		expect(model.roots("c.md")).toEqual(["c.md"]);
		expect(model.roots("missing.md")).toEqual([]);
	});

	it("with ghosts hidden, lifts the notes under a ghost root to the top, and the entry of a cycle reached only through a ghost", () => {
		const view = new FakeView(
			[note("a.md"), note("b.md"), note("c.md"), note("x.md"), note("y.md"), ghost("Topic")],
			[
				{ child: "a.md", parent: "ghost:topic" },
				{ child: "b.md", parent: "ghost:topic" },
				{ child: "b.md", parent: "a.md" },
				{ child: "x.md", parent: "ghost:topic" },
				{ child: "x.md", parent: "y.md" },
				{ child: "y.md", parent: "x.md" },
			],
		);
		const model = new TreeModel(view);
		expect(model.roots()).toEqual(["c.md", "ghost:topic"]);
		model.setOptions({ showGhosts: false });
		expect(model.roots()).toEqual(["a.md", "c.md", "x.md"]);
	});
});

describe("compareText", () => {
	it("agrees with Intl.Collator (numeric, base) on ASCII and non-ASCII text (property)", () => {
		const ascii = fc.string({ unit: fc.constantFrom(..." aAbB09_-.,()zZ1 2".split("")), maxLength: 8 });
		const any = fc.oneof(ascii, fc.string({ maxLength: 6 }), fc.constantFrom("é", "Ä", "ß", "x10", "x9", "x010", ""));
		fc.assert(
			fc.property(any, any, (a, b) => {
				expect(Math.sign(compareText(a, b))).toBe(Math.sign(compareWithCollator(a, b)));
			}),
			{ numRuns: 2000 },
		);
	});

	it("orders numbers naturally and ignores case", () => {
		expect(["item 10", "Item 9", "item 009a", "ITEM 1", "item-2", "item_3"].sort(compareText)).toEqual(["ITEM 1", "Item 9", "item 009a", "item 10", "item_3", "item-2"]);
		expect(compareText("Apple", "apple")).toBe(0);
	});
});
