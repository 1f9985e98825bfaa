/**
 * `sortInSteps`: the full index's sort, cut into bounded steps so that the live index can yield to
 * the app between them. It must sort exactly as the stable `Array.prototype.sort` does, and yield
 * often on a large input.
 */
import fc from "fast-check";
import { sortInSteps } from "../../src/core/sort-steps";

function run<T>(items: readonly T[], compare: (a: T, b: T) => number): { sorted: T[]; yields: number } {
	const steps = sortInSteps(items, compare);
	let yields = 0;
	for (;;) {
		const next = steps.next();
		if (next.done === true) return { sorted: next.value, yields };
		yields++;
	}
}

const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;

describe("sortInSteps", () => {
	test("sorts as the stable built-in sort does, equal items kept in their order, the input left alone", () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 700 }), (keys) => {
				const items = keys.map((key, at) => ({ key, at }));
				const before = [...items];
				expect(run(items, byKey).sorted).toEqual([...items].sort(byKey));
				expect(items).toEqual(before);
			}),
			{ numRuns: 300 },
		);
	});

	test("sorts 50,000 paths in many small steps", () => {
		const paths = Array.from({ length: 50_000 }, (_, i) => `folder ${(i * 7919) % 97}/note ${(i * 104729) % 50_000}.md`);
		const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
		const { sorted, yields } = run(paths, cmp);
		expect(sorted).toEqual([...paths].sort(cmp));
		// A step handles about 2,048 items, or one merge when that is larger (merges are never cut).
		expect(yields).toBeGreaterThan(150);
	});

	test("empty and single inputs", () => {
		expect(run([], byKey)).toEqual({ sorted: [], yields: 0 });
		expect(run([{ key: 1 }], byKey).sorted).toEqual([{ key: 1 }]);
	});
});
