import { UnionSet } from "../../../src/core/tree/union-set";

describe("UnionSet", () => {
	it("behaves as the union of two disjoint sets", () => {
		const union = new UnionSet(new Set(["a", "b"]), new Set(["c"]));
		expect(union.size).toBe(3);
		expect(["a", "c", "x"].map((v) => union.has(v))).toEqual([true, true, false]);
		expect([...union]).toEqual(["a", "b", "c"]);
		expect([...union.keys()]).toEqual(["a", "b", "c"]);
		expect([...union.entries()]).toEqual([["a", "a"], ["b", "b"], ["c", "c"]]);
		const seen: string[] = [];
		union.forEach((value, key, set) => seen.push(`${value}${key}${set === union ? "!" : ""}`));
		expect(seen).toEqual(["aa!", "bb!", "cc!"]);
	});
});
