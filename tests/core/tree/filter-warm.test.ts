/**
 * Building the filter's search text in slices after indexing (`TreeModel.prepareFilterSome`),
 * as the live index does at idle time so that the first keystroke in a big vault is quick.
 */
import { TreeModel } from "../../../src/core/tree/TreeModel";
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
		// 1,001 nodes, checked every 256: three slices stop early, the fourth finishes.
		expect(slices).toEqual([false, false, false, true]);
		expect(budgetChecks).toBe(3);
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
});
