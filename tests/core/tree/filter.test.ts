import fc from "fast-check";
import { fold } from "../../../src/core/search-text";
import { matchRanges } from "../../../src/core/tree/fold";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import type { TreeRow } from "../../../src/core/tree/types";
import { FakeView, ghost, note } from "./fakeView";

/**
 *  ml/index.md "Machine learning" ─┬─ ml/transformers.md "Transformers" (alias "attention", tag ml/nlp)
 *                                  │    └─ ml/bert.md "BERT" (tag mlops)
 *                                  └─ ml/crepes.md "Crêpes à la Café" (tag cooking)
 *  ai/agents.md "Agents" (tag ai) ──── ml/bert.md (second parent)
 *  ghost:Deep learning ── ml/deep.md "Deep nets"
 */
function vault(): FakeView {
	return new FakeView(
		[
			note("ml/index.md", { title: "Machine learning" }),
			note("ml/transformers.md", { title: "Transformers", aliases: ["attention"], tags: ["ml/nlp"] }),
			note("ml/bert.md", { title: "BERT", tags: ["mlops"] }),
			note("ml/crepes.md", { title: "Crêpes à la Café", tags: ["cooking"] }),
			note("ai/agents.md", { title: "Agents", tags: ["ai"] }),
			ghost("Deep learning"),
			note("ml/deep.md", { title: "Deep nets" }),
		],
		[
			{ child: "ml/transformers.md", parent: "ml/index.md" },
			{ child: "ml/bert.md", parent: "ml/transformers.md" },
			{ child: "ml/crepes.md", parent: "ml/index.md" },
			{ child: "ml/bert.md", parent: "ai/agents.md" },
			{ child: "ml/deep.md", parent: "ghost:deep learning" },
		],
	);
}

function matches(model: TreeModel, query: string): string[] {
	const filter = model.filter(query);
	return filter ? [...filter.matches].sort() : [];
}

function shown(rows: TreeRow[]): string[] {
	return rows.map((row) => "  ".repeat(row.depth) + row.id + (row.match ? " *" : "") + (row.expanded ? " +" : ""));
}

describe("TreeModel.filter", () => {
	it("returns null for an empty or blank query", () => {
		const model = new TreeModel(vault());
		expect(model.filter("")).toBeNull();
		expect(model.filter("   \t")).toBeNull();
		expect(model.filter("#")).toBeNull();
	});

	it("path: matches the note's path only (a folder or a fragment), quoted when it has spaces", () => {
		const model = new TreeModel(vault());
		expect(matches(model, "path:ai/")).toEqual(["ai/agents.md"]);
		expect(matches(model, "PATH:ml/")).toEqual(["ml/bert.md", "ml/crepes.md", "ml/deep.md", "ml/index.md", "ml/transformers.md"]);
		// "learning" is a title word and a ghost's name, never a path: path: does not find it.
		expect(matches(model, "path:learning")).toEqual([]);
		expect(matches(model, "path:ml/ bert")).toEqual(["ml/bert.md"]);
		expect(matches(model, 'path:"ml/cr"')).toEqual(["ml/crepes.md"]);
		expect(matches(model, '"deep nets"')).toEqual(["ml/deep.md"]);
		expect(model.filter("path:")).toBeNull();
	});

	it("path: and #tag narrow as typed, giving the same matches as a fresh search", () => {
		const typed = new TreeModel(vault());
		for (const q of ["path:m", "path:ml", "path:ml/", "path:ml/ #m", "path:ml/ #ml"]) typed.filter(q);
		expect(matches(typed, "path:ml/ #mlo")).toEqual(matches(new TreeModel(vault()), "path:ml/ #mlo"));
		expect(matches(typed, "path:ml/ #mlo")).toEqual(["ml/bert.md"]);
	});

	it("matches title, alias, tag and path substrings, case-insensitively", () => {
		const model = new TreeModel(vault());
		expect(matches(model, "TRANSF")).toEqual(["ml/transformers.md"]);
		expect(matches(model, "attent")).toEqual(["ml/transformers.md"]);
		expect(matches(model, "cooking")).toEqual(["ml/crepes.md"]);
		expect(matches(model, "ai/")).toEqual(["ai/agents.md"]);
		expect(matches(model, "learning")).toEqual(["ghost:deep learning", "ml/index.md"]);
	});

	it("ignores accents on both sides", () => {
		const model = new TreeModel(vault());
		expect(matches(model, "crepes a la cafe")).toEqual(["ml/crepes.md"]);
		expect(matches(model, "CRÊPE")).toEqual(["ml/crepes.md"]);
		expect(matches(model, "Cafe\u0301")).toEqual(["ml/crepes.md"]);
	});

	it("requires every term (AND)", () => {
		const model = new TreeModel(vault());
		expect(matches(model, "deep nets")).toEqual(["ml/deep.md"]);
		expect(matches(model, "deep learning")).toEqual(["ghost:deep learning"]);
		expect(matches(model, "bert agents")).toEqual([]);
	});

	it("matches #terms against tags only, by prefix", () => {
		const model = new TreeModel(vault());
		expect(matches(model, "#ml")).toEqual(["ml/bert.md", "ml/transformers.md"]);
		expect(matches(model, "#ml/")).toEqual(["ml/transformers.md"]);
		expect(matches(model, "#nlp")).toEqual([]);
		expect(matches(model, "#learning")).toEqual([]);
		expect(matches(model, "#ml bert")).toEqual(["ml/bert.md"]);
	});

	it("matches a #term at the start of any tag only, also in tags with spaces or accents", () => {
		const view = new FakeView([
			note("a.md", { title: "A", tags: ["data ops", "Ünïcode"] }),
			note("b.md", { title: "B", tags: ["ops\nnight", "zeta"] }),
		]);
		const model = new TreeModel(view);
		expect(matches(model, "#ops")).toEqual(["b.md"]);
		expect(matches(model, "#data")).toEqual(["a.md"]);
		expect(matches(model, "#unic")).toEqual(["a.md"]);
		expect(matches(model, "#night")).toEqual([]);
		expect(matches(model, "#zet")).toEqual(["b.md"]);
		expect(matches(model, "#eta")).toEqual([]);
	});

	it("counts matches and keeps their ancestors visible", () => {
		const model = new TreeModel(vault());
		const filter = model.filter("bert");
		expect(filter?.count).toBe(1);
		expect([...(filter?.visible ?? [])].sort()).toEqual(["ai/agents.md", "ml/bert.md", "ml/index.md", "ml/transformers.md"]);
	});

	it("skips ghosts when they are hidden", () => {
		const model = new TreeModel(vault(), { showGhosts: false });
		expect(matches(model, "learning")).toEqual(["ml/index.md"]);
		const filter = model.filter("nets");
		expect([...(filter?.visible ?? [])]).toEqual(["ml/deep.md"]);
	});

	it("gives the same matches while typing as a fresh search (narrowing reuses the last result) (property)", () => {
		const letters = fc.constantFrom("a", "e", "r", "t", " ", "#", "m", "l", "é");
		fc.assert(
			fc.property(fc.array(fc.string({ unit: letters, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (queries) => {
				const typing = new TreeModel(vault());
				for (const query of queries) {
					expect(matches(typing, query)).toEqual(matches(new TreeModel(vault()), query));
				}
			}),
		);
	});

	it("sees node changes after the view changes", () => {
		const view = vault();
		const model = new TreeModel(view);
		expect(matches(model, "graph")).toEqual([]);
		view.set(note("ai/agents.md", { title: "Agent graphs", tags: ["ai"] }));
		expect(matches(model, "graph")).toEqual(["ai/agents.md"]);
	});
});

describe("TreeModel.flatten with a filter", () => {
	it("shows matches and their ancestors only, ancestors expanded, under every parent", () => {
		const model = new TreeModel(vault());
		const rows = model.flatten({ expanded: new Set(), filter: model.filter("bert") });
		expect(shown(rows)).toEqual([
			"ai/agents.md +",
			"  ml/bert.md *",
			"ml/index.md +",
			"  ml/transformers.md +",
			"    ml/bert.md *",
		]);
	});

	it("keeps a matching ancestor marked as a match and collapses a match with no visible child", () => {
		const model = new TreeModel(vault());
		const rows = model.flatten({ expanded: new Set(["ml/index.md"]), filter: model.filter("#ml") });
		expect(shown(rows)).toEqual([
			"ai/agents.md +",
			"  ml/bert.md *",
			"ml/index.md +",
			"  ml/transformers.md * +",
			"    ml/bert.md *",
		]);
		expect(model.flatten({ expanded: new Set(), filter: model.filter("machine") }).map((row) => [row.id, row.expanded, row.childCount])).toEqual([
			["ml/index.md", false, 2],
		]);
	});

	it("leaves out an ancestor that leads to the match only back through the path (a cycle)", () => {
		// loop ⇄ back form a parentless cycle rooted at "back"; "hit" is under "back" only.
		const view = new FakeView([note("back"), note("loop"), note("hit", { title: "Needle" })], [
			{ child: "loop", parent: "back" },
			{ child: "back", parent: "loop" },
			{ child: "hit", parent: "back" },
		]);
		const model = new TreeModel(view);
		const filter = model.filter("needle");
		expect([...(filter?.visible ?? [])].sort()).toEqual(["back", "hit", "loop"]);
		expect(shown(model.flatten({ expanded: new Set(), filter }))).toEqual(["back +", "  hit *"]);
	});

	it("respects the pinned root", () => {
		const model = new TreeModel(vault());
		const filter = model.filter("bert");
		expect(shown(model.flatten({ expanded: new Set(), pinned: "ml/transformers.md", filter }))).toEqual(["ml/transformers.md +", "  ml/bert.md *"]);
		expect(model.flatten({ expanded: new Set(), pinned: "ml/crepes.md", filter })).toEqual([]);
	});

	it("gives highlight ranges of the terms in matching titles only", () => {
		const model = new TreeModel(vault());
		const rows = model.flatten({ expanded: new Set(), filter: model.filter("cafe crep #cooking") });
		expect(rows.map((row) => [row.id, row.highlights])).toEqual([
			["ml/index.md", []],
			["ml/crepes.md", [[0, 4], [12, 16]]],
		]);
		const title = "Crêpes à la Café";
		expect(title.slice(0, 4)).toBe("Crêp");
		expect(title.slice(12, 16)).toBe("Café");
	});

	it("shows every match of a random graph, and nothing without a matching descendant (property)", () => {
		const words = ["alpha", "beta", "gamma", "delta"];
		const graphArb = fc.integer({ min: 1, max: 7 }).chain((n) =>
			fc.tuple(
				fc.array(fc.constantFrom(...words), { minLength: n, maxLength: n }),
				fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 10, selector: ([c, p]) => `${c}>${p}` }),
				fc.constantFrom(...words),
			),
		);
		fc.assert(
			fc.property(graphArb, ([titles, pairs, query]) => {
				const ids = titles.map((_, i) => `n${i}`);
				const view = new FakeView(
					ids.map((id, i) => note(id, { title: titles[i] })),
					pairs.filter(([c, p]) => c !== p).map(([c, p]) => ({ child: ids[c], parent: ids[p] })),
				);
				const model = new TreeModel(view);
				const rows = model.flatten({ expanded: new Set(), filter: model.filter(query) });
				const expectedMatches = ids.filter((_, i) => titles[i] === query);
				expect(new Set(rows.filter((row) => row.match).map((row) => row.id))).toEqual(new Set(expectedMatches));
				for (const row of rows) expect(row.match).toBe(titles[ids.indexOf(row.id)] === query);
				// Each row is a match or is followed, deeper in its own subtree, by a match.
				rows.forEach((row, i) => {
					if (row.match || row.cycleBack) return;
					let j = i + 1;
					let found = false;
					for (; j < rows.length && rows[j].depth > row.depth; j++) if (rows[j].match) found = true;
					expect(found).toBe(true);
				});
			}),
		);
	});
});

describe("fold and matchRanges", () => {
	it("folds case and accents", () => {
		expect(fold("Ça Éte ÅNGSTRÖM")).toBe("ca ete angstrom");
	});

	it("maps ranges back through decomposed accents and astral characters", () => {
		expect(matchRanges("e\u0301te\u0301", ["ete"])).toEqual([[0, 5]]);
		expect(matchRanges("🙂 Café 🙂 cafe", ["cafe"])).toEqual([[3, 7], [11, 15]]);
		expect(matchRanges("banana", ["ana"])).toEqual([[1, 6]]);
		expect(matchRanges("plain", [])).toEqual([]);
	});

	it("returns ranges whose folded text contains a term (property)", () => {
		const chars = fc.constantFrom("a", "b", "é", "É", "e\u0301", "ç", "🙂", " ", "Å");
		fc.assert(
			fc.property(fc.array(chars, { maxLength: 12 }).map((parts) => parts.join("")), fc.constantFrom("a", "e", "ab", "c", "ea"), (text, term) => {
				const ranges = matchRanges(text, [term]);
				expect(ranges.length > 0).toBe(fold(text).includes(term));
				let last = -1;
				for (const [start, end] of ranges) {
					expect(start).toBeGreaterThan(last);
					expect(fold(text.slice(start, end))).toContain(term);
					last = end;
				}
			}),
		);
	});
});
