/**
 * The YAML parser is injected: the core reads with gray-matter by default, the plugin passes
 * Obsidian's `parseYaml` (here the double's: js-yaml 4, core schema). Whatever the parser, code
 * never reaches it, empty blocks are not parsed, and what it throws becomes a problem.
 */
import { parseYaml } from "obsidian";
import { addParent, EditRefused } from "../../src/core/edit/parents";
import { readFrontmatter, type YamlParser } from "../../src/core/frontmatter";
import { parseNote } from "../../src/core/note";
import { DEFAULT_PARSE_SETTINGS } from "../../src/core/types";
import { placed } from "./edit/helpers";

const P = "note.md";

/** A parser that records what it was given and answers with `parse`. */
function recording(parse: YamlParser = parseYaml): YamlParser & { calls: string[] } {
	const calls: string[] = [];
	const parser = (yaml: string) => {
		calls.push(yaml);
		return parse(yaml);
	};
	return Object.assign(parser, { calls });
}

describe("readFrontmatter with an injected parser", () => {
	test("the parser gets the block from the fence's newline, and its result is the data", () => {
		const parser = recording();
		const text = "\uFEFF---\r\nTitle: A\r\nDate: 2023-02-02\r\n---\r\nBody";
		const r = readFrontmatter(P, text, parser);
		expect(parser.calls).toEqual(["\nTitle: A\r\nDate: 2023-02-02\r\n"]);
		// Obsidian's parser keeps dates as strings, where gray-matter's gives Date objects.
		expect(r.data).toEqual({ Title: "A", Date: "2023-02-02" });
		expect(readFrontmatter(P, text).data.Date).toBeInstanceOf(Date);
		expect(r.keyLines.get("date")).toBe(3);
		expect(text.slice(r.bodyStart)).toBe("Body");
	});

	test.each(["js", "javascript", "coffee", "JS"])("---%s never reaches the parser", (engine) => {
		const parser = recording();
		const r = readFrontmatter(P, `---${engine}\n{ x: 1 }\n---\nBody`, parser);
		expect(parser.calls).toEqual([]);
		expect(r.problems).toEqual([expect.objectContaining({ line: 1, code: "refused-engine" })]);
	});

	test.each(["json", "toml", "markdown", "constructor"])("---%s is declined without parsing", (engine) => {
		const parser = recording();
		const r = readFrontmatter(P, `---${engine}\ntitle = "A"\n---\n`, parser);
		expect(parser.calls).toEqual([]);
		expect(r.problems).toEqual([expect.objectContaining({ line: 1, severity: "info", code: "unsupported-frontmatter" })]);
	});

	test("an empty block, or one of comments only, is {} without parsing", () => {
		const parser = recording();
		expect(readFrontmatter(P, "---\n---\n", parser)).toMatchObject({ present: true, data: {}, problems: [] });
		expect(readFrontmatter(P, "---\n  \n# only: a comment\n---\n", parser)).toMatchObject({ data: {}, problems: [] });
		expect(readFrontmatter(P, "---js\n# nothing\n---\n", parser).problems).toEqual([]);
		expect(parser.calls).toEqual([]);
	});

	test("js-yaml's exception becomes a warning on the note line it points at", () => {
		const text = ["---", "title: A", "up: x", " bad: indentation", "c: 3", "---", "Body"].join("\n");
		const r = readFrontmatter(P, text, parseYaml);
		expect(r.data).toEqual({});
		expect(r.keyLines.size).toBe(0);
		expect(r.problems).toEqual([expect.objectContaining({ path: P, line: 4, severity: "warning", code: "invalid-frontmatter" })]);
		expect(r.problems[0].message).toContain("bad indentation");
	});

	test("any other throw is a warning with its message, inside the block", () => {
		const failing: YamlParser = () => {
			throw new Error("no parser here");
		};
		const r = readFrontmatter(P, "---\na: 1\nb: 2\n---\nBody", failing);
		expect(r.problems).toEqual([{ path: P, line: 2, severity: "warning", code: "invalid-frontmatter", message: "invalid front matter: no parser here" }]);
		const throwsString: YamlParser = () => {
			// eslint-disable-next-line @typescript-eslint/only-throw-error -- an injected parser may throw anything; the reader must cope
			throw "a string";
		};
		expect(readFrontmatter(P, "---\na: 1\n---\n", throwsString).problems[0].message).toBe("invalid front matter: a string");
	});

	test("null is empty; a string, a list or a number is not a set of properties", () => {
		expect(readFrontmatter(P, "---\n~\n---\n", () => null)).toMatchObject({ data: {}, problems: [] });
		expect(readFrontmatter(P, "---\nx\n---\n", () => undefined)).toMatchObject({ data: {}, problems: [] });
		for (const value of ["text", ["a"], 42, new Date(0)]) {
			const r = readFrontmatter(P, "---\nx\n---\n", () => value);
			expect(r.data).toEqual({});
			expect(r.problems).toEqual([expect.objectContaining({ line: 2, code: "invalid-frontmatter" })]);
		}
	});
});

describe("parseNote and addParent with an injected parser", () => {
	const text = '---\ntitle: T\nup: "[[a]]"\n---\nbody\n';

	test("parseNote reads with the given parser, and does not parse when data is given", () => {
		const parser = recording();
		const note = parseNote(P, text, DEFAULT_PARSE_SETTINGS, { parseYaml: parser });
		expect(parser.calls).toHaveLength(1);
		expect(note.title).toBe("T");
		expect(note.relations).toMatchObject([{ kind: "parent", source: "frontmatter", line: 3, link: { target: "a" } }]);
		const given = parseNote(P, text, DEFAULT_PARSE_SETTINGS, { data: { title: "Cached" } });
		expect(given.title).toBe("Cached");
		expect(given.relations).toEqual([]);
	});

	test("parseNote reports what the parser throws and still reads the body's fields", () => {
		const note = parseNote(P, "---\na: [\n---\nup:: [[b]]\n", DEFAULT_PARSE_SETTINGS, { parseYaml });
		expect(note.problems).toEqual([expect.objectContaining({ code: "invalid-frontmatter", line: 2 })]);
		expect(note.relations.map((r) => r.link.target)).toEqual(["b"]);
	});

	test("addParent checks and edits the front matter with the given parser", () => {
		const options = { ...placed("frontmatter"), parseYaml };
		expect(addParent(text, "[[x]]", options)?.text).toBe('---\ntitle: T\nup:\n  - "[[a]]"\n  - "[[x]]"\n---\nbody\n');
		expect(addParent(text, "[[a]]", options)).toBeNull();
		const refusing: YamlParser = () => {
			throw new Error("invalid");
		};
		expect(() => addParent(text, "[[x]]", { ...options, parseYaml: refusing })).toThrow(EditRefused);
		// The parser also decides which parents the note already names.
		expect(addParent("---\nup: x\n---\n", "[[a]]", { ...options, parseYaml: () => ({ up: "[[a]]" }) })).toBeNull();
	});
});
