import { GHOST_PREFIX, ghostKey, linkpath, parseFrontmatterLinks, parseLinks, PathIndex } from "../../src/core/links";
import type { LinkRef } from "../../src/core/types";

function wiki(target: string, extra: Partial<LinkRef> = {}): LinkRef {
	return { target, embed: false, kind: "wiki", ...extra };
}

function md(target: string, extra: Partial<LinkRef> = {}): LinkRef {
	return { target, embed: false, kind: "markdown", ...extra };
}

describe("parseLinks: wiki links", () => {
	test.each<[string, LinkRef]>([
		["[[a]]", wiki("a")],
		["[[a|alias]]", wiki("a", { display: "alias" })],
		["[[a#heading]]", wiki("a", { subpath: "#heading" })],
		["[[a#^block]]", wiki("a", { subpath: "#^block" })],
		["[[a#heading|alias]]", wiki("a", { subpath: "#heading", display: "alias" })],
		["![[a]]", wiki("a", { embed: true })],
		["[[folder/a]]", wiki("folder/a")],
		["[[a.md]]", wiki("a.md")],
		["[[ a ]]", wiki("a")],
		["[[ My Note | shown ]]", wiki("My Note", { display: "shown" })],
		["[[a\\|alias]]", wiki("a", { display: "alias" })],
	])("%s", (value, link) => {
		expect(parseLinks(value)).toEqual({ links: [link], rest: [] });
	});

	test("several links, separated by commas or spaces", () => {
		expect(parseLinks("[[a]], [[b]] [[c|C]],[[d]]").links.map((l) => l.target)).toEqual(["a", "b", "c", "d"]);
		expect(parseLinks("[[a]], [[b]]").rest).toEqual([]);
	});

	test("a stray ] after a wiki link is dropped silently", () => {
		expect(parseLinks("[[MOC_Git]]]")).toEqual({ links: [wiki("MOC_Git")], rest: [] });
	});

	test("empty targets link to the note itself and are ignored", () => {
		expect(parseLinks("[[]]")).toEqual({ links: [], rest: [] });
		expect(parseLinks("[[#heading]]")).toEqual({ links: [], rest: [] });
		expect(parseLinks("[[ |alias]]")).toEqual({ links: [], rest: [] });
	});

	test("a wiki link does not span lines", () => {
		expect(parseLinks("[[a\nb]]").links).toEqual([]);
	});

	test("the last [[ before ]] opens the link", () => {
		expect(parseLinks("[[x [[a]]").links).toEqual([wiki("a")]);
	});
});

describe("parseLinks: markdown links", () => {
	test.each<[string, LinkRef]>([
		["[text](a.md)", md("a.md", { display: "text" })],
		["[text](<a b.md>)", md("a b.md", { display: "text" })],
		["[text](a%20b.md)", md("a b.md", { display: "text" })],
		["[text](caf%C3%A9.md)", md("café.md", { display: "text" })],
		["[text](a%ZZb%2.md)", md("a%ZZb%2.md", { display: "text" })],
		["[t](%E2%82.md)", md("%E2%82.md", { display: "t" })],
		["[text](folder/a.md#h)", md("folder/a.md", { display: "text", subpath: "#h" })],
		["[text](a.md#My%20Heading)", md("a.md", { display: "text", subpath: "#My Heading" })],
		["[text](a.md \"title\")", md("a.md", { display: "text" })],
		["[](a.md)", md("a.md")],
		["![img](a.md)", md("a.md", { display: "img", embed: true })],
		["[t](a(1).md)", md("a(1).md", { display: "t" })],
	])("%s", (value, link) => {
		expect(parseLinks(value)).toEqual({ links: [link], rest: [] });
	});

	test.each(["[site](https://example.com)", "[s](http://x/a.md)", "[m](mailto:a@b.c)", "[o](obsidian://open?vault=x)", "[f](file:///tmp/a.md)"])(
		"external URL %s is ignored entirely",
		(value) => {
			expect(parseLinks(value)).toEqual({ links: [], rest: [] });
		},
	);

	test("a link to a heading of the same note is ignored", () => {
		expect(parseLinks("[see](#heading)")).toEqual({ links: [], rest: [] });
	});

	test("brackets that are not a link stay text", () => {
		expect(parseLinks("[not a link] x").rest).toEqual(["[not a link] x"]);
	});

	test("mixed wiki, markdown and external links", () => {
		const r = parseLinks("[[a]], [b](b.md), [c](https://c.org), ![[d]]");
		expect(r.links).toEqual([wiki("a"), md("b.md", { display: "b" }), wiki("d", { embed: true })]);
		expect(r.rest).toEqual([]);
	});
});

describe("parseLinks: bare names", () => {
	test.each<[string, string[]]>([
		["mlops", ["mlops"]],
		["mlops, devops", ["mlops", "devops"]],
		['"ML ops"', ["ML ops"]],
		["'ML ops', devops", ["ML ops", "devops"]],
		["ML ops", ["ML ops"]],
		["Статус", ["Статус"]],
		["", []],
		["   ", []],
		[", ,", []],
		['""', []],
	])("%j → %j", (value, rest) => {
		expect(parseLinks(value)).toEqual({ links: [], rest });
	});

	test("names around links are kept apart from them", () => {
		expect(parseLinks("mlops, [[a]], devops")).toEqual({ links: [wiki("a")], rest: ["mlops", "devops"] });
	});
});

describe("parseFrontmatterLinks", () => {
	test("strings hold links or names", () => {
		expect(parseFrontmatterLinks("[[a]]")).toEqual({ links: [wiki("a")], rest: [] });
		expect(parseFrontmatterLinks("a")).toEqual({ links: [], rest: ["a"] });
		expect(parseFrontmatterLinks("[t](a.md)")).toEqual({ links: [md("a.md", { display: "t" })], rest: [] });
	});

	test("arrays of strings", () => {
		expect(parseFrontmatterLinks(["[[a]]", "[[b|B]]", "c"])).toEqual({ links: [wiki("a"), wiki("b", { display: "B" })], rest: ["c"] });
	});

	test("unquoted YAML [[a]] arrives as [['a']] and is the wiki link [[a]]", () => {
		expect(parseFrontmatterLinks([["a"]])).toEqual({ links: [wiki("a")], rest: [] });
		expect(parseFrontmatterLinks([["a"], ["b#h|B"]])).toEqual({ links: [wiki("a"), wiki("b", { subpath: "#h", display: "B" })], rest: [] });
	});

	test("a flat one-element list is a name, not a link", () => {
		expect(parseFrontmatterLinks(["a"])).toEqual({ links: [], rest: ["a"] });
	});

	test("nested arrays are flattened", () => {
		expect(parseFrontmatterLinks([["a", "[[b]]"], [["c"]]])).toEqual({ links: [wiki("b"), wiki("c")], rest: ["a"] });
	});

	test("numbers become names; other values are ignored", () => {
		expect(parseFrontmatterLinks(2024)).toEqual({ links: [], rest: ["2024"] });
		expect(parseFrontmatterLinks([1, NaN, Infinity])).toEqual({ links: [], rest: ["1"] });
		for (const v of [null, undefined, true, { a: "[[a]]" }, new Date(0)]) {
			expect(parseFrontmatterLinks(v)).toEqual({ links: [], rest: [] });
		}
	});
});

describe("linkpath and ghostKey", () => {
	test("linkpath is the target without its subpath", () => {
		expect(linkpath(parseLinks("[[folder/a#h|x]]").links[0])).toBe("folder/a");
	});

	test("ghostKey merges spellings of the same missing note", () => {
		expect(ghostKey("MOC_Git")).toBe("moc_git");
		expect(ghostKey(" moc_git.MD ")).toBe("moc_git");
		expect(ghostKey("Folder/Note.md")).toBe("folder/note");
		expect(ghostKey("Cafe\u0301")).toBe(ghostKey("Café"));
		expect(GHOST_PREFIX + ghostKey("X")).toBe("ghost:x");
	});
});

describe("PathIndex", () => {
	function index(...paths: string[]): PathIndex {
		const i = new PathIndex();
		for (const p of paths) i.add(p);
		return i;
	}

	test("case-insensitive, with or without .md", () => {
		const i = index("Notes/My Note.md");
		for (const lp of ["My Note", "my note", "MY NOTE.md", "my note.MD", "notes/my note"]) {
			expect(i.resolve(lp, "x.md")).toBe("Notes/My Note.md");
		}
		expect(i.resolve("Other", "x.md")).toBeNull();
		expect(i.resolve("", "x.md")).toBeNull();
	});

	test("another extension only matches a path with that extension", () => {
		const i = index("a.md", "img/a.png.md");
		expect(i.resolve("a.png", "x.md")).toBe("img/a.png.md");
		expect(index("a.md").resolve("a.png", "x.md")).toBeNull();
	});

	test("a bare name prefers the vault root, then the source's folder, then the shortest path, then alphabetical", () => {
		expect(index("x/a.md", "a.md", "y/a.md").resolve("a", "x/src.md")).toBe("a.md");
		expect(index("x/a.md", "y/a.md", "z/a.md").resolve("a", "y/src.md")).toBe("y/a.md");
		expect(index("deep/er/a.md", "x/a.md").resolve("a", "q/src.md")).toBe("x/a.md");
		expect(index("y/a.md", "x/a.md").resolve("a", "q/src.md")).toBe("x/a.md");
		expect(index("x/a.md", "y/a.md").resolve("a", "q/src.md")).toBe("x/a.md");
	});

	test("a path with / matches at a folder boundary, exact path first, then closest to the source", () => {
		const i = index("b/a.md", "p/b/a.md", "q/r/b/a.md", "xb/a.md");
		expect(i.resolve("b/a", "src.md")).toBe("b/a.md");
		const j = index("p/b/a.md", "q/r/b/a.md", "xb/a.md");
		expect(j.resolve("b/a", "q/r/src.md")).toBe("q/r/b/a.md");
		expect(j.resolve("b/a", "p/src.md")).toBe("p/b/a.md");
		expect(j.resolve("b/a", "src.md")).toBe("p/b/a.md");
		expect(j.resolve("B/A.md", "q/src.md")).toBe("q/r/b/a.md");
		expect(index("xb/a.md").resolve("b/a", "src.md")).toBeNull();
	});

	test("relative paths resolve against the source's folder", () => {
		const i = index("x/a.md", "x/y/a.md", "z/a.md");
		expect(i.resolve("./a", "x/y/src.md")).toBe("x/y/a.md");
		expect(i.resolve("../a", "x/y/src.md")).toBe("x/a.md");
		expect(i.resolve("../../z/a.md", "x/y/src.md")).toBe("z/a.md");
		expect(i.resolve("./missing", "x/src.md")).toBeNull();
		expect(i.resolve("../../../a", "x/src.md")).toBeNull();
	});

	test("a leading / means the vault root", () => {
		expect(index("a.md", "x/a.md").resolve("/x/a", "y/s.md")).toBe("x/a.md");
	});

	test("a subpath left in the linkpath is ignored", () => {
		expect(index("a.md").resolve("a#h", "s.md")).toBe("a.md");
	});

	test("Unicode NFC on both sides", () => {
		const nfd = "Cafe\u0301.md";
		const i = index(nfd);
		expect(i.resolve("Café", "s.md")).toBe("Café.md");
		expect(i.has("Café.md")).toBe(true);
		expect(index("Café.md").resolve("Cafe\u0301", "s.md")).toBe("Café.md");
	});

	test("remove forgets a path, and the next candidate takes over", () => {
		const i = index("x/a.md", "y/a.md");
		expect(i.resolve("a", "y/s.md")).toBe("y/a.md");
		i.remove("y/a.md");
		expect(i.has("y/a.md")).toBe(false);
		expect(i.resolve("a", "y/s.md")).toBe("x/a.md");
		i.remove("x/a.md");
		expect(i.resolve("a", "y/s.md")).toBeNull();
		expect([...i.paths()]).toEqual([]);
		i.remove("never/added.md");
	});

	test("paths differing only in case stay both known", () => {
		const i = index("A.md", "a.md");
		expect(i.resolve("a", "s.md")).toBe("a.md");
		expect(i.resolve("A", "s.md")).toBe("A.md");
		i.remove("A.md");
		expect(i.resolve("A", "s.md")).toBe("a.md");
		expect(i.byBasename("A")).toEqual(["a.md"]);
	});

	test("byBasename lists notes by lowercased name without extension", () => {
		const i = index("x/Topic.md", "y/topic.md", "z/other.md");
		expect(i.byBasename("TOPIC")).toEqual(["x/Topic.md", "y/topic.md"]);
		expect(i.byBasename("none")).toEqual([]);
	});

	test("resolve is bound and can be passed around", () => {
		const { resolve } = index("a.md");
		expect(resolve("a", "s.md")).toBe("a.md");
	});

	test("adding the same path twice keeps one entry", () => {
		const i = index("a.md", "a.md");
		expect([...i.paths()]).toEqual(["a.md"]);
		expect(i.byBasename("a")).toEqual(["a.md"]);
	});
});
