/**
 * walkValues: the bounded walk every list property is read through. Plain values are visited in
 * order as before; a list met again through a YAML alias is read once; nesting and the number of
 * values are capped, so a few lines of YAML cannot make a note cost millions of reads.
 */
import { MAX_DEPTH, MAX_VALUES, walkValues } from "../../src/core/yaml-values";
import { normaliseTags } from "../../src/core/properties";
import { parseFrontmatterLinks } from "../../src/core/links";

/** The leaves `walkValues` visits, with their depth. */
function leaves(value: unknown): Array<[unknown, number]> {
	const out: Array<[unknown, number]> = [];
	walkValues(value, (item, depth) => {
		if (!Array.isArray(item)) out.push([item, depth]);
		return true;
	});
	return out;
}

describe("walkValues", () => {
	test("a plain value, a list and nested lists: every leaf in order, with its depth", () => {
		expect(leaves("a")).toEqual([["a", 0]]);
		expect(leaves(["a", 1, ["b", ["c"]], null])).toEqual([
			["a", 1],
			[1, 1],
			["b", 2],
			["c", 3],
			[null, 1],
		]);
	});

	test("objects are visited but not entered; a visitor returning false skips a list's items", () => {
		const object = { up: ["hidden"] };
		expect(leaves([object])).toEqual([[object, 1]]);
		const seen: unknown[] = [];
		walkValues(["a", ["skip", "me"], "b"], (item) => {
			seen.push(item);
			return !(Array.isArray(item) && item[0] === "skip");
		});
		expect(seen).toEqual([["a", ["skip", "me"], "b"], "a", ["skip", "me"], "b"]);
	});

	test("a list that contains itself is read once", () => {
		const self: unknown[] = ["a"];
		self.push(self, "b");
		expect(leaves(self)).toEqual([
			["a", 1],
			["b", 1],
		]);
	});

	test("a list repeated by aliases is read the first time only: 2^31 values cost 33 visits", () => {
		let bomb: unknown[] = ["x", "y"];
		for (let d = 0; d < 30; d++) bomb = [bomb, bomb];
		let visits = 0;
		walkValues(bomb, () => {
			visits++;
			return true;
		});
		// Each of the 31 lists once, and the two leaves.
		expect(visits).toBe(31 + 2);
		expect(leaves(bomb)).toEqual([
			["x", 31],
			["y", 31],
		]);
	});

	test("lists deeper than MAX_DEPTH are not read", () => {
		let deep: unknown = "bottom";
		for (let d = 0; d < MAX_DEPTH + 5; d++) deep = [deep];
		expect(leaves(deep)).toEqual([]);
		let shallow: unknown = "bottom";
		for (let d = 0; d < MAX_DEPTH; d++) shallow = [shallow];
		expect(leaves(shallow)).toEqual([["bottom", MAX_DEPTH]]);
	});

	test("at most MAX_VALUES values are read, lists included", () => {
		const many = Array.from({ length: 3 * MAX_VALUES }, (_, i) => `t${i}`);
		const read = leaves(many);
		expect(read).toHaveLength(MAX_VALUES - 1);
		expect(read[read.length - 1]).toEqual([`t${MAX_VALUES - 2}`, 1]);
	});
});

describe("the readers that use it", () => {
	test("tags: a self-containing or aliased list gives its tags once", () => {
		const self: unknown[] = ["#a", "b c"];
		self.push(self);
		expect(normaliseTags(self)).toEqual(["a", "b", "c"]);
		const shared = ["x", "y"];
		expect(normaliseTags([shared, [shared, "z"]])).toEqual(["x", "y", "z"]);
	});

	test("front matter links: an aliased list gives its links once; `[[a]]` read by YAML as a list in a list is still a link", () => {
		const shared = ["[[a]]", "b"];
		const parsed = parseFrontmatterLinks([shared, shared, [["c"]]]);
		expect(parsed.links.map((l) => l.target)).toEqual(["a", "c"]);
		expect(parsed.rest).toEqual(["b"]);
		const self: unknown[] = ["[[x]]"];
		self.push(self);
		expect(parseFrontmatterLinks(self).links.map((l) => l.target)).toEqual(["x"]);
	});
});
