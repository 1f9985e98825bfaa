import { relatedNotes, siblingOf } from "../../../src/core/tree/related";
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
		});
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
