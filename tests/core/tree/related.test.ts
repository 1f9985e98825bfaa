import { relatedNotes, siblingOf } from "../../../src/core/tree/related";
import { chainOrder, sequenceNeighbour } from "../../../src/core/tree/sequence";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import { edges, FakeView, ghost, note } from "./fakeView";

/**
 *  home ─┬─ zoo ─┬─ lion
 *        │       ├─ tiger ─┬─ cub
 *        │       └─ ghost:Yak
 *        └─ farm ─┬─ cow
 *                 └─ tiger
 */
function animals(): FakeView {
	return new FakeView(
		[note("home"), note("zoo"), note("farm"), note("lion"), note("tiger"), note("cub"), note("cow"), ghost("Yak"), note("apple")],
		edges("zoo>home", "farm>home", "lion>zoo", "tiger>zoo", "ghost:yak>zoo", "cub>tiger", "cow>farm", "tiger>farm"),
	);
}

const links = [
	{ from: "tiger", to: "lion" },
	{ from: "apple", to: "tiger" },
	{ from: "lion", to: "cow" },
	{ from: "tiger", to: "tiger" },
	{ from: "tiger", to: "ghost:yak" },
];
const relatedOf = (id: string) => links.filter((link) => link.from === id || link.to === id);

describe("relatedNotes", () => {
	it("collects paths, parents, siblings by parent, children and related notes in both directions", () => {
		const view = animals();
		const model = new TreeModel(view);
		expect(relatedNotes(model, view, "tiger", relatedOf)).toEqual({
			paths: [
				["home", "farm", "tiger"],
				["home", "zoo", "tiger"],
			],
			parents: ["farm", "zoo"],
			siblings: [
				{ parent: "farm", siblings: ["cow"] },
				{ parent: "zoo", siblings: ["lion", "ghost:yak"] },
			],
			children: ["cub"],
			related: ["apple", "lion", "ghost:yak"],
			explicitSiblings: [],
			explicitOnly: [],
			previous: [],
			next: [],
		});
	});

	it("lists previous and next notes, and explicit siblings: marked among shared-parent ones, apart when they share no parent", () => {
		const view = animals();
		view.step("lion", "tiger");
		view.step("tiger", "cow");
		view.sibling("tiger", "lion");
		view.sibling("apple", "tiger");
		const near = relatedNotes(new TreeModel(view), view, "tiger");
		expect(near.previous).toEqual(["lion"]);
		expect(near.next).toEqual(["cow"]);
		expect(near.explicitSiblings).toEqual(["apple", "lion"]);
		expect(near.explicitOnly).toEqual(["apple"]);
	});

	it("leaves related empty without a source, and hides ghosts when asked", () => {
		const view = animals();
		const model = new TreeModel(view, { showGhosts: false });
		const notes = relatedNotes(model, view, "tiger", relatedOf);
		expect(notes.siblings).toEqual([
			{ parent: "farm", siblings: ["cow"] },
			{ parent: "zoo", siblings: ["lion"] },
		]);
		expect(notes.related).toEqual(["apple", "lion"]);
		expect(relatedNotes(model, view, "home").related).toEqual([]);
		expect(relatedNotes(model, view, "home")).toMatchObject({ paths: [["home"]], parents: [], siblings: [], children: ["farm", "zoo"] });
	});
});

describe("siblingOf", () => {
	it("steps to the next and previous sibling and stops at the ends", () => {
		const model = new TreeModel(animals());
		expect(siblingOf(model, "zoo", "lion", 1)).toBe("tiger");
		expect(siblingOf(model, "zoo", "tiger", 1)).toBe("ghost:yak");
		expect(siblingOf(model, "zoo", "ghost:yak", 1)).toBeUndefined();
		expect(siblingOf(model, "zoo", "tiger", -1)).toBe("lion");
		expect(siblingOf(model, "zoo", "lion", -1)).toBeUndefined();
		expect(siblingOf(model, "farm", "tiger", -1)).toBe("cow");
		expect(siblingOf(model, "farm", "lion", 1)).toBeUndefined();
	});

	it("follows the current sort", () => {
		const model = new TreeModel(animals(), { sort: "title", descending: true });
		expect(siblingOf(model, "zoo", "lion", 1)).toBeUndefined();
		expect(siblingOf(model, "zoo", "lion", -1)).toBe("tiger");
	});
});

describe("sequences", () => {
	function weeks(): FakeView {
		const ids = ["w1", "w2", "w3", "w4", "intro", "extra"];
		return new FakeView([note("course"), ...ids.map((id) => note(id))], ids.map((id) => ({ child: id, parent: "course" })));
	}

	it("the manual sort lays out next/prev chains in chain order where the chain's first member stood", () => {
		const view = weeks();
		view.step("w3", "w1");
		view.step("w1", "w4");
		view.step("intro", "w3");
		const model = new TreeModel(view, { sort: "manual" });
		// By title: extra, intro, w1, w2, w3, w4; the chain intro → w3 → w1 → w4 starts where intro stood.
		expect(model.children("course")).toEqual(["extra", "intro", "w3", "w1", "w4", "w2"]);
		expect(new TreeModel(view, { sort: "title" }).children("course")).toEqual(["extra", "intro", "w1", "w2", "w3", "w4"]);
	});

	it("a loop of next links is entered at its earliest member and every child still appears once", () => {
		const view = weeks();
		view.step("w2", "w1");
		view.step("w1", "w2");
		expect(chainOrder(view, ["extra", "w1", "w2", "w3"])).toEqual(["extra", "w1", "w2", "w3"]);
		view.step("w3", "w1");
		expect(chainOrder(view, ["w1", "w2", "w3"])).toHaveLength(3);
	});

	it("sequenceNeighbour follows next and prev links", () => {
		const view = weeks();
		view.step("w1", "w2");
		expect(sequenceNeighbour(view, "w1", 1)).toBe("w2");
		expect(sequenceNeighbour(view, "w2", -1)).toBe("w1");
		expect(sequenceNeighbour(view, "w2", 1)).toBeUndefined();
	});
});
