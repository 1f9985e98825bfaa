import { compareNotes, formatPropertyValue, itemLink, type NoteForComparison } from "../../../src/core/tables/note-comparison";

function note(title: string, frontmatter: Record<string, unknown>, parents: string[] = [], children = 0, path = `${title}.md`): NoteForComparison {
	return { path, title, frontmatter, parents, children };
}

describe("formatPropertyValue", () => {
	test("lists, dates, objects, numbers, booleans and empty values", () => {
		expect(formatPropertyValue(["a", "[[B]]", 3])).toBe("a, [[B]], 3");
		expect(formatPropertyValue(new Date(Date.UTC(2023, 0, 2)))).toBe("2023-01-02");
		expect(formatPropertyValue(new Date(Date.UTC(2023, 0, 2, 14, 5)))).toBe("2023-01-02 14:05");
		expect(formatPropertyValue({ a: 1, b: ["x"] })).toBe('{"a":1,"b":["x"]}');
		expect(formatPropertyValue(12.5)).toBe("12.5");
		expect(formatPropertyValue(false)).toBe("false");
		expect(formatPropertyValue(null)).toBe("");
		expect(formatPropertyValue(undefined)).toBe("");
		expect(formatPropertyValue([null, "", "x"])).toBe("x");
		expect(formatPropertyValue("  line one\nline two ")).toBe("line one<br>line two");
	});
});

describe("compareNotes", () => {
	test("items are the notes, criteria the union of keys (case-insensitive, first seen), then parents and children", () => {
		const { comparison, names, paths } = compareNotes([
			note("Rust", { Speed: "fast", tags: ["lang", "systems"], released: new Date(Date.UTC(2015, 4, 15)) }, ["Programming", "Languages"], 3),
			note("Go", { speed: "fast enough", gc: true }, ["Programming"], 0, "langs/Go.md"),
		]);
		expect(comparison.orientation).toBe("items-in-columns");
		expect(comparison.items).toEqual(["[[Rust|Rust]]", "[[langs/Go|Go]]"]);
		expect(names).toEqual(["Rust", "Go"]);
		expect(comparison.criteria).toEqual(["Speed", "tags", "released", "gc", "Parents", "Children"]);
		expect(comparison.values).toEqual([
			["fast", "fast enough"],
			["lang, systems", ""],
			["2015-05-15", ""],
			["", "true"],
			["Programming, Languages", "Programming"],
			["3", "0"],
		]);
		expect(paths.get("Go")).toBe("langs/Go.md");
	});

	test("notes with the same title are told apart by their paths", () => {
		const { comparison, names, paths } = compareNotes([note("Index", {}, [], 0, "a/Index.md"), note("index", {}, [], 0, "b/Index.md"), note("Other", {})]);
		expect(names).toEqual(["a/Index", "b/Index", "Other"]);
		expect(comparison.items).toEqual(["[[a/Index|a/Index]]", "[[b/Index|b/Index]]", "[[Other|Other]]"]);
		expect(paths.get("b/Index")).toBe("b/Index.md");
	});

	test("items link to their note's path even when the title differs; names that cannot sit in a link stay plain", () => {
		expect(itemLink("langs/go.md", "Golang")).toBe("[[langs/go|Golang]]");
		expect(itemLink("a.md", "A | B")).toBe("A | B");
		expect(itemLink("c#.md", "C#")).toBe("C#");
	});

	test("a property named like a hierarchy row keeps its name; the hierarchy row is renamed", () => {
		const { comparison } = compareNotes([note("A", { children: "two kids" }), note("B", {})]);
		expect(comparison.criteria).toEqual(["children", "Parents", "Children in tree"]);
		expect(comparison.values[0]).toEqual(["two kids", ""]);
	});

	test("the cache's own position object is not a property, a user's position is", () => {
		const cachePosition = { start: { line: 0, col: 0, offset: 0 }, end: { line: 2, col: 3, offset: 10 } };
		expect(compareNotes([note("A", { position: cachePosition }), note("B", {})]).comparison.criteria).toEqual(["Parents", "Children"]);
		expect(compareNotes([note("A", { position: "Goalkeeper" }), note("B", {})]).comparison.criteria[0]).toBe("position");
	});
});
