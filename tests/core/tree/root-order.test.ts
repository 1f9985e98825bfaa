import fc from "fast-check";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import { RootOrder } from "../../../src/core/tree/root-order";
import { sortIds } from "../../../src/core/tree/sort";
import { FakeView, ghost, note } from "./fakeView";

const TITLES = ["a", "A", "b", "á", "item 2", "item 10", "Item 1", "z", "Ölfeld", "日本"];

describe("TreeModel.roots kept across edits", () => {
	it("after each edit, equals a fresh model's roots, for every sort and direction (property)", () => {
		const edit = fc.oneof(
			fc.record({ kind: fc.constant("retitle" as const), node: fc.nat(39), title: fc.constantFrom(...TITLES) }),
			fc.record({ kind: fc.constant("touch" as const), node: fc.nat(39), mtime: fc.integer({ min: 0, max: 5 }) }),
			fc.record({ kind: fc.constant("add" as const), title: fc.constantFrom(...TITLES), isGhost: fc.boolean() }),
			fc.record({ kind: fc.constant("link" as const), child: fc.nat(39), parent: fc.nat(39) }),
			fc.record({ kind: fc.constant("ghosts" as const) }),
		);
		fc.assert(
			fc.property(
				fc.array(edit, { maxLength: 25 }),
				fc.constantFrom("title" as const, "filename" as const, "modified" as const, "created" as const, "manual" as const),
				fc.boolean(),
				(edits, sort, descending) => {
					const ids = Array.from({ length: 40 }, (_, i) => `n${i}.md`);
					const view = new FakeView(ids.map((id, i) => note(id, { title: TITLES[i % TITLES.length], mtime: i % 4 })));
					let showGhosts = true;
					const model = new TreeModel(view, { sort, descending, showGhosts });
					const linked = new Set<string>();
					let added = 0;
					model.roots();
					for (const change of edits) {
						if (change.kind === "link") {
							const key = `${change.child}>${change.parent}`;
							if (change.child === change.parent || linked.has(key)) continue;
							linked.add(key);
							view.link({ child: ids[change.child], parent: ids[change.parent] });
						} else if (change.kind === "add") {
							const node = change.isGhost ? ghost(`${change.title} ${added}`) : note(`new${added}.md`, { title: change.title });
							added++;
							view.set(node);
							if (change.isGhost) view.link({ child: ids[added % ids.length], parent: node.id });
						} else if (change.kind === "ghosts") {
							showGhosts = !showGhosts;
							model.setOptions({ showGhosts });
						} else {
							const old = view.getNode(ids[change.node]);
							view.set(note(ids[change.node], change.kind === "retitle" ? { ...old, title: change.title } : { ...old, mtime: change.mtime }));
						}
						const fresh = new TreeModel(view, { sort, descending, showGhosts });
						expect(model.roots()).toEqual(fresh.roots());
					}
				},
			),
		);
	});

	it("places one retitled root among thousands where a full sort would", () => {
		const ids = Array.from({ length: 3000 }, (_, i) => `n${i}.md`);
		const view = new FakeView(ids.map((id, i) => note(id, { title: `Topic ${(i * 7919) % 3000}` })));
		const order = new RootOrder();
		order.sorted(view, view.roots(), "title", false);
		view.set(note("n5.md", { title: "Topic 1500½" }));
		view.set(note("extra.md", { title: "Aardvark" }));
		const kept = order.sorted(view, view.roots(), "title", false);
		expect(kept).toEqual(sortIds(view, view.roots(), "title", false));
		expect(kept[0]).toBe("extra.md");
		expect(kept.indexOf("n5.md")).toBe(kept.findIndex((id) => view.getNode(id)?.title === "Topic 1500") + 1);
	});
});
