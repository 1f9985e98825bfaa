/** What real vaults write, read as their owners mean it (issue 10). */
import { parseNote } from "../../src/core/note";
import { bodyTags } from "../../src/core/tags/body-tags";
import { DEFAULT_PARSE_SETTINGS, type ParsedNote } from "../../src/core/types";

const settings = { ...DEFAULT_PARSE_SETTINGS, parentFields: ["up", "parent"], childFields: ["down", "child"] };
const parse = (text: string, path = "n.md"): ParsedNote => parseNote(path, text, settings);
const targets = (note: ParsedNote, kind = "parent") => note.relations.filter((r) => r.kind === kind).map((r) => `${r.link.kind}:${r.link.target}`);

describe("field values", () => {
	test("bare words beside links are ignored and reported; a value without links still names a note", () => {
		const note = parse("up:: distance [[target]]\ndown:: mlops\n");
		expect(targets(note)).toEqual(["wiki:target"]);
		expect(targets(note, "child")).toEqual(["bare:mlops"]);
		expect(note.problems).toEqual([
			{ path: "n.md", line: 1, severity: "info", code: "ignored-value", message: "up: 'distance' beside a link is not a link; ignored" },
		]);
	});

	test("several links without spaces, with aliases, in a list item, all count", () => {
		const note = parse("- - -\n- parent::[[a]],[[b|B]]\nchild::[[c]]、[[d]]\n");
		expect(targets(note)).toEqual(["wiki:a", "wiki:b"]);
		expect(targets(note, "child")).toEqual(["wiki:c", "wiki:d"]);
	});

	test("a YAML list keeps bare names beside link items: each item is its own value", () => {
		const note = parse('---\nup: [mlops, "[[ops]]"]\n---\n');
		expect(targets(note)).toEqual(["bare:mlops", "wiki:ops"]);
		expect(note.problems).toEqual([]);
	});

	test("next, prev and sibling fields are read inline and in front matter, with the default names", () => {
		const note = parse('---\nprev: "[[Ch 1]]"\nnext: "[[]]"\n---\nsame:: [[x]]\nsibling:: [[y]]\n');
		expect(note.relations.map((r) => `${r.kind}:${r.field}:${r.link.target}:${r.source}:${r.line}`)).toEqual([
			"prev:prev:Ch 1:frontmatter:2",
			"sibling:same:x:inline:5",
			"sibling:sibling:y:inline:6",
		]);
	});

	test("template placeholders never become links, empty fields give nothing, and nothing throws", () => {
		const note = parse("up:: [[{{title}}]]\nup:: [[<% tp.date.now() %>]]\nup:: {{parent}}\nup::\n");
		expect(note.relations).toEqual([]);
		expect(note.problems).toEqual([]);
		expect(() => parse("\u0000".repeat(56) + "up:: [[a]]\n\ufffd\ufffd")).not.toThrow();
		expect(targets(parse("\u0000\u0000\nup:: [[a]]\n"))).toEqual(["wiki:a"]);
	});
});

describe("titles", () => {
	test("a multi-line title is joined into one line", () => {
		expect(parse("---\ntitle: |\n  Graph\n  theory\n---\n").title).toBe("Graph theory");
	});

	test("a title that is a list or a map falls back to the file name, reported as info", () => {
		const note = parse("---\ntitle:\n  - a\n  - b\n---\n", "dir/Note.md");
		expect(note.title).toBe("Note");
		expect(note.problems).toMatchObject([{ line: 2, severity: "info", code: "title-not-text" }]);
	});
});

describe("tags in the body", () => {
	test("tags anywhere in the body count, beside the front matter's, outside code and comments", () => {
		const text = "---\ntags: [a]\n---\n# Heading\nText #maths/algèbre and #A.\n```\n#code\n```\n`#inline` <!-- #hidden -->\n#2024 #x-y_z/\n";
		expect(parse(text).tags).toEqual(["a", "maths/algèbre", "x-y_z"]);
	});

	test("the caller's tags (Obsidian's metadata cache) are used instead of a scan", () => {
		const note = parseNote("n.md", "#scanned\n", settings, { data: {}, tags: ["given"] });
		expect(note.tags).toEqual(["given"]);
	});

	test("a #heading is not a tag; a tag must follow whitespace", () => {
		expect(bodyTags("# Title\nissue#3 url#x\n#ok")).toEqual(["ok"]);
	});
});
