import fc from "fast-check";
import { parseNote } from "../../src/core/note";
import { basenameOf, displayTitle, getProperty, isDrawing, normaliseAliases, normaliseTags, orderOf } from "../../src/core/properties";
import { DEFAULT_PARSE_SETTINGS } from "../../src/core/types";

describe("getProperty", () => {
	test("matches any case", () => {
		expect(getProperty({ Title: "A" }, "title")).toBe("A");
		expect(getProperty({ TITLE: "A" }, "Title")).toBe("A");
		expect(getProperty({ title: "A" }, "TITLE")).toBe("A");
		expect(getProperty({ other: 1 }, "title")).toBeUndefined();
	});

	test("the exact-case key wins, else the first", () => {
		expect(getProperty({ Title: "first", title: "exact" }, "title")).toBe("exact");
		expect(getProperty({ Title: "first", TITLE: "second" }, "title")).toBe("first");
	});

	test("inherited members are not properties", () => {
		expect(getProperty({}, "toString")).toBeUndefined();
		expect(getProperty({}, "constructor")).toBeUndefined();
	});
});

describe("normaliseTags", () => {
	test("a YAML list", () => {
		expect(normaliseTags(["mlops", "#ai", "NLP"])).toEqual(["mlops", "ai", "NLP"]);
	});

	test("comma- and space-separated strings", () => {
		expect(normaliseTags("mlops, modelops")).toEqual(["mlops", "modelops"]);
		expect(normaliseTags("a b  c")).toEqual(["a", "b", "c"]);
		expect(normaliseTags("#a,#b ,, c")).toEqual(["a", "b", "c"]);
	});

	test("nested lists and numbers", () => {
		expect(normaliseTags([["a", ["b"]], 2023, "c"])).toEqual(["a", "b", "2023", "c"]);
	});

	test("duplicates removed case-insensitively, first spelling kept", () => {
		expect(normaliseTags(["NLP", "nlp", "#Nlp", "other"])).toEqual(["NLP", "other"]);
	});

	test("empties and non-tags dropped", () => {
		expect(normaliseTags(["", "#", " ", null, true, { a: 1 }, "ok"])).toEqual(["ok"]);
		expect(normaliseTags(undefined)).toEqual([]);
		expect(normaliseTags(null)).toEqual([]);
		expect(normaliseTags(new Date(0))).toEqual([]);
	});

	test("property: output is clean and normalising twice changes nothing", () => {
		const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
			node: fc.oneof({ depthSize: "small" }, fc.string(), fc.integer(), fc.constantFrom("#a", "A, a", "x y"), fc.array(tie("node"), { maxLength: 4 })),
		})).node;
		fc.assert(
			fc.property(value, (v) => {
				const tags = normaliseTags(v);
				for (const t of tags) {
					expect(t).not.toBe("");
					expect(t.startsWith("#")).toBe(false);
					expect(t).not.toMatch(/[\s,]/);
				}
				expect(new Set(tags.map((t) => t.toLowerCase())).size).toBe(tags.length);
				expect(normaliseTags(tags)).toEqual(tags);
			}),
		);
	});
});

describe("normaliseAliases", () => {
	test("a list, trimmed, strings and numbers only", () => {
		expect(normaliseAliases([" One ", "Two, with comma", 3, null, ["x"], ""])).toEqual(["One", "Two, with comma", "3"]);
	});

	test("a comma-separated string", () => {
		expect(normaliseAliases("a, b ,c,")).toEqual(["a", "b", "c"]);
	});

	test("a single string or number", () => {
		expect(normaliseAliases("  Only  ")).toEqual(["Only"]);
		expect(normaliseAliases(42)).toEqual(["42"]);
	});

	test("nothing usable gives none", () => {
		expect(normaliseAliases(undefined)).toEqual([]);
		expect(normaliseAliases({ a: 1 })).toEqual([]);
		expect(normaliseAliases("  ")).toEqual([]);
	});
});

describe("displayTitle and basenameOf", () => {
	test("basenameOf drops folders and .md", () => {
		expect(basenameOf("a/b/My Note.md")).toBe("My Note");
		expect(basenameOf("Top.MD")).toBe("Top");
		expect(basenameOf("folder/file.canvas")).toBe("file.canvas");
		expect(basenameOf("v1.2 notes.md")).toBe("v1.2 notes");
	});

	test("the title property, trimmed, in any case", () => {
		expect(displayTitle("x/n.md", { Title: "  Nice Title " }, "title")).toBe("Nice Title");
		expect(displayTitle("x/n.md", { name: "By Name" }, "name")).toBe("By Name");
		expect(displayTitle("x/n.md", { title: 2024 }, "title")).toBe("2024");
	});

	test("falls back to the file name", () => {
		expect(displayTitle("x/n.md", {}, "title")).toBe("n");
		expect(displayTitle("x/n.md", { title: "   " }, "title")).toBe("n");
		expect(displayTitle("x/n.md", { title: ["a"] }, "title")).toBe("n");
		expect(displayTitle("x/n.md", { title: null }, "title")).toBe("n");
	});
});

describe("orderOf", () => {
	test("finite numbers and numeric strings", () => {
		expect(orderOf({ order: 3 })).toBe(3);
		expect(orderOf({ Order: -1.5 })).toBe(-1.5);
		expect(orderOf({ order: " 7 " })).toBe(7);
		expect(orderOf({ order: 0 })).toBe(0);
	});

	test("anything else is undefined", () => {
		expect(orderOf({})).toBeUndefined();
		expect(orderOf({ order: "first" })).toBeUndefined();
		expect(orderOf({ order: "" })).toBeUndefined();
		expect(orderOf({ order: Infinity })).toBeUndefined();
		expect(orderOf({ order: NaN })).toBeUndefined();
		expect(orderOf({ order: true })).toBeUndefined();
		expect(orderOf({ order: [1] })).toBeUndefined();
	});
});

describe("isDrawing (Excalidraw drawings saved as markdown)", () => {
	test("a note whose front matter has excalidraw-plugin, any case, any value, is a drawing", () => {
		expect(isDrawing({ "excalidraw-plugin": "parsed", tags: ["excalidraw"] })).toBe(true);
		expect(isDrawing({ "Excalidraw-Plugin": "raw" })).toBe(true);
		expect(isDrawing({ "excalidraw-plugin": null })).toBe(true);
		expect(isDrawing({ tags: ["excalidraw"] })).toBe(false);
		expect(isDrawing({})).toBe(false);
	});

	test("parseNote marks a drawing, whatever its file name, and leaves other notes as they were", () => {
		const drawing = parseNote("Books/A book.md", "---\nexcalidraw-plugin: parsed\n---\n# Excalidraw Data\n", DEFAULT_PARSE_SETTINGS);
		expect(drawing.drawing).toBe(true);
		const cached = parseNote("Sketch.md", "---\nexcalidraw-plugin: parsed\n---\n", DEFAULT_PARSE_SETTINGS, { data: { "excalidraw-plugin": "parsed" } });
		expect(cached.drawing).toBe(true);
		const plain = parseNote("Note.md", "---\ntitle: Plain\n---\nup:: [[Hub]]\n", DEFAULT_PARSE_SETTINGS);
		expect("drawing" in plain).toBe(false);
	});
});
