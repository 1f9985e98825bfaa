import fc from "fast-check";
import { fold, foldedMatcher } from "../../../src/core/tree/fold";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import type { TreeRow } from "../../../src/core/tree/types";
import { FakeView, ghost, note } from "./fakeView";

/** Letters that fold in interesting ways: case, accents (composed and combining), Hangul, Kelvin sign, dotted I, regex syntax. */
const CHARS = ["a", "b", "A", "B", "é", "É", "e\u0301", "ø", "한", "\u212a", "k", "İ", "i", ".", "*", "(", " ", "-", "1"];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((parts) => parts.join(""));

function plain(rows: readonly TreeRow[]): object[] {
	return rows.map((row) => ({ id: row.id, depth: row.depth, match: row.match, expanded: row.expanded, childCount: row.childCount }));
}

describe("filter on a cold model (no search records yet)", () => {
	it("foldedMatcher agrees with folding the text (property)", () => {
		fc.assert(
			fc.property(text, text, (haystack, term) => {
				const folded = fold(term);
				fc.pre(folded !== "");
				expect(foldedMatcher(folded)(haystack)).toBe(fold(haystack).includes(folded));
			}),
			{ numRuns: 2000 },
		);
	});

	it("matches and rows are those of a model whose records were built first (property)", () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ title: text, alias: text, tag: text, parent: fc.nat(20) }), { minLength: 1, maxLength: 20 }),
				fc.array(text.filter((t) => t.trim() !== ""), { minLength: 1, maxLength: 2 }),
				fc.boolean(),
				(specs, words, showGhosts) => {
					const nodes = specs.map((spec, i) => note(`f${i % 3}/n${i}.md`, { title: spec.title || `n${i}`, aliases: [spec.alias], tags: [spec.tag] }));
					nodes.push(ghost("Gé"));
					const links = specs.flatMap((spec, i) => (spec.parent < i ? [{ child: nodes[i].id, parent: nodes[spec.parent].id }] : spec.parent === i ? [{ child: nodes[i].id, parent: "ghost:gé" }] : []));
					const view = new FakeView(nodes, links);
					const query = words.map((word) => `"${word}"`).join(" ");
					const cold = new TreeModel(view, { showGhosts });
					const warm = new TreeModel(view, { showGhosts });
					warm.prepareFilter();
					const coldFilter = cold.filter(query);
					const warmFilter = warm.filter(query);
					expect(coldFilter === null ? null : [...coldFilter.matches].sort()).toEqual(warmFilter === null ? null : [...warmFilter.matches].sort());
					expect(plain(cold.flatten({ expanded: new Set(), filter: coldFilter }))).toEqual(plain(warm.flatten({ expanded: new Set(), filter: warmFilter })));
				},
			),
			{ numRuns: 300 },
		);
	});
});
