/**
 * Making the filter's records and the orders of children in slices after indexing (`TreeModel.prepareFilterSome`),
 * as the live index does at idle time so that the first keystroke in a big vault is quick.
 */
import { TreeModel } from "../../../src/core/tree/TreeModel";
import { HierarchyGraph } from "../../../src/core/graph";
import type { ParsedNote, RawRelation } from "../../../src/core/types";
import { FakeView, note } from "./fakeView";

function vault(n: number): FakeView {
	const ids = Array.from({ length: n }, (_, i) => `n${i}`);
	return new FakeView(
		[note("root", { title: "Root" }), ...ids.map((id, i) => note(id, { title: i % 10 === 0 ? `Model ${i}` : `Note ${i}` }))],
		ids.map((id) => ({ child: id, parent: "root" })),
	);
}

const matches = (model: TreeModel, query: string): string[] => [...(model.filter(query)?.matches ?? [])].sort();

describe("prepareFilterSome", () => {
	it("stops when the budget is spent and finishes over several slices, a few hundred nodes each", () => {
		const model = new TreeModel(vault(1000));
		const slices: boolean[] = [];
		let budgetChecks = 0;
		for (let i = 0; i < 10 && slices[slices.length - 1] !== true; i++) {
			slices.push(
				model.prepareFilterSome(() => {
					budgetChecks++;
					return false;
				}),
			);
		}
		// Records of 1,001 nodes, checked every 256: three slices stop early. Then the orders of
		// children, checked every 256 records or children: the root's 1,000 children stop one slice,
		// the 1,000 childless records three more, and the eighth slice finishes.
		expect(slices).toEqual([false, false, false, false, false, false, false, true]);
		expect(budgetChecks).toBe(7);
		expect(model.prepareFilterSome(() => false)).toBe(true);
	});

	it("gives the same matches as a model that never warmed", () => {
		const warmed = new TreeModel(vault(700));
		while (!warmed.prepareFilterSome(() => false));
		const cold = new TreeModel(vault(700));
		expect(matches(warmed, "model")).toEqual(matches(cold, "model"));
		expect(matches(warmed, "model")).toHaveLength(70);
	});

	it("starts over when the vault changes half-way, and the new title is found", () => {
		const view = vault(1000);
		const model = new TreeModel(view);
		expect(model.prepareFilterSome(() => false)).toBe(false);
		view.set(note("n999", { title: "Model renamed" }));
		view.set(note("n0", { title: "Plain" }));
		let slices = 1;
		while (!model.prepareFilterSome(() => false)) slices++;
		expect(slices).toBeGreaterThanOrEqual(3);
		const found = matches(model, "model");
		expect(found).toContain("n999");
		expect(found).not.toContain("n0");
		expect(found).toHaveLength(100);
	});

	it("after the warm-up, finds notes added, renamed or retitled since, and not notes deleted", () => {
		const graph = new HierarchyGraph();
		const up = (target: string): RawRelation => ({ kind: "parent", field: "up", link: { target, embed: false, kind: "wiki" }, source: "inline", line: 1 });
		const parsed = (path: string, title: string, parents: string[] = []): ParsedNote => ({ path, title, aliases: [], tags: [], frontmatter: {}, relations: parents.map(up), problems: [] });
		graph.upsertMany([{ note: parsed("top.md", "Top") }, ...Array.from({ length: 600 }, (_, i) => ({ note: parsed(`n${i}.md`, `Note ${i}`, ["top"]) }))]);
		const model = new TreeModel(graph);
		model.prepareFilter();
		expect(matches(model, "zeta")).toEqual([]);
		graph.upsert(parsed("z.md", "Zeta one", ["top"]));
		graph.upsert(parsed("n5.md", "Zeta two", ["top"]));
		graph.rename("n7.md", "zeta three.md");
		graph.remove("n9.md");
		// A fresh query (not an update of an earlier result): the records follow the graph.
		expect(matches(model, "zeta")).toEqual(["n5.md", "z.md", "zeta three.md"]);
		expect(matches(model, "\"note 9\"")).toEqual(["n90.md", "n91.md", "n92.md", "n93.md", "n94.md", "n95.md", "n96.md", "n97.md", "n98.md", "n99.md"]);
		const rows = model.flatten({ expanded: new Set(), filter: model.filter("zeta") });
		// By title: the renamed note keeps its own, "Note 7" (its new path is what matched).
		expect(rows.map((row) => row.id)).toEqual(["top.md", "zeta three.md", "z.md", "n5.md"]);
	});
});
