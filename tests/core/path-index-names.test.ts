import { PathIndex } from "../../src/core/links";

/**
 * PathIndex looks a bare name up as `name.md` only while every path it holds ends in `.md`; these
 * tests hold paths without that extension, added and removed in any order.
 */

function index(...paths: string[]): PathIndex {
	const i = new PathIndex();
	for (const p of paths) i.add(p);
	return i;
}

test("a path without .md is found by its whole file name", () => {
	const i = index("a.md", "docs/readme");
	expect(i.resolve("readme", "s.md")).toBe("docs/readme");
	expect(i.resolve("README", "docs/s.md")).toBe("docs/readme");
	expect(i.resolve("a", "s.md")).toBe("a.md");
});

test("a name matching both kinds prefers the source's folder, then the shorter path", () => {
	const i = index("x/a.md", "y/a");
	expect(i.resolve("a", "y/s.md")).toBe("y/a");
	expect(i.resolve("a", "x/s.md")).toBe("x/a.md");
	expect(i.resolve("a", "z/s.md")).toBe("y/a");
});

test("removing and adding paths without .md keeps lookups right", () => {
	const i = index("n/a.md", "m/b");
	i.add("m/b");
	i.remove("m/b");
	expect(i.resolve("b", "s.md")).toBeNull();
	i.remove("m/b");
	i.add("k/b");
	expect(i.resolve("b", "s.md")).toBe("k/b");
	i.remove("k/b");
	i.add("q/b.md");
	expect(i.resolve("b", "s.md")).toBe("q/b.md");
	expect(i.resolve("a", "s.md")).toBe("n/a.md");
});
