import { addParent, EditRefused } from "../../../src/core/edit/parents";
import { DEFAULT_PARSE_SETTINGS } from "../../../src/core/types";
import { expectOnlyLinesReplaced, placed } from "./helpers";

describe("auto placement: an existing inline parent field", () => {
	test("appends to the value of the last parent field line; every other line is unchanged", () => {
		const before = "# Note\nup:: [[a]]\ntext\nup:: [[b]]  \nend\n";
		const result = addParent(before, "[[x]]", placed("auto"));
		expect(result).toEqual({ text: "# Note\nup:: [[a]]\ntext\nup:: [[b]], [[x]]  \nend\n", line: 4 });
		expectOnlyLinesReplaced(before, result!.text, 4, 1, "up:: [[b]], [[x]]  \n");
	});

	test.each([
		["text [up:: [[a]]] more", "text [up:: [[a]], [[x]]] more"],
		["text (up:: [[a]]) more", "text (up:: [[a]], [[x]]) more"],
		["text [up:: [[a]] ] more", "text [up:: [[a]], [[x]] ] more"],
		["- up:: [[a]]", "- up:: [[a]], [[x]]"],
		["> **up**:: [[a]]", "> **up**:: [[a]], [[x]]"],
		["%% up:: [[a]] %%", "%% up:: [[a]], [[x]] %%"],
		["up:: [[a]],", "up:: [[a]], [[x]]"],
		["up::", "up:: [[x]]"],
		["up:: ", "up:: [[x]]"],
		["up:: mlops", "up:: mlops, [[x]]"],
	])("%j becomes %j", (line, expected) => {
		const result = addParent(`intro\n${line}\nrest`, "[[x]]", placed("auto"));
		expect(result).toEqual({ text: `intro\n${expected}\nrest`, line: 2 });
	});

	test("a later bracketed field on another line is the last field", () => {
		const before = "up:: [[a]]\n\nSee [up:: [[b]]].\n";
		expect(addParent(before, "[[x]]", placed("auto"))?.text).toBe("up:: [[a]]\n\nSee [up:: [[b]], [[x]]].\n");
	});

	test("of two bracketed fields on one line the second takes the link", () => {
		const before = "[up:: [[a]]] and [up:: [[b]]]\n";
		expect(addParent(before, "[[x]]", placed("auto"))?.text).toBe("[up:: [[a]]] and [up:: [[b]], [[x]]]\n");
	});

	test("an escaped bracket or a code span that looks like a field is left alone", () => {
		const before = "`[up:: [[a]]]` \\[up:: [[a]]] [up:: [[a]]]\n";
		expect(addParent(before, "[[x]]", placed("auto"))?.text).toBe("`[up:: [[a]]]` \\[up:: [[a]]] [up:: [[a]], [[x]]]\n");
	});

	test("an inline field wins over the front matter property", () => {
		const before = "---\nup: \"[[a]]\"\n---\nup:: [[b]]\n";
		expect(addParent(before, "[[x]]", placed("auto"))?.text).toBe("---\nup: \"[[a]]\"\n---\nup:: [[b]], [[x]]\n");
	});

	test("any configured parent field counts; new lines use the given field", () => {
		const settings = { ...DEFAULT_PARSE_SETTINGS, parentFields: ["up", "Parent Topic"] };
		const options = { field: "up", placement: "auto" as const, parseSettings: settings };
		expect(addParent("a\nparent topic:: [[p]]\n", "[[x]]", options)?.text).toBe("a\nparent topic:: [[p]], [[x]]\n");
		expect(addParent("a\n", "[[x]]", options)?.text).toBe("a\nup:: [[x]]\n");
	});

	test("a field inside a code fence is not a field: a new line is added and the fence is untouched", () => {
		const before = "```\nup:: [[a]]\n```\n";
		expect(addParent(before, "[[x]]", placed("auto"))).toEqual({ text: before + "up:: [[x]]\n", line: 4 });
	});

	test("CRLF lines keep their endings", () => {
		const before = "a\r\nup:: [[a]]\r\nb\r\n";
		expect(addParent(before, "[[x]]", placed("auto"))?.text).toBe("a\r\nup:: [[a]], [[x]]\r\nb\r\n");
	});
});

describe("auto placement: the front matter property", () => {
	test.each([
		["scalar, double quotes", 'up: "[[a]]"', 'up:\n  - "[[a]]"\n  - "[[x]]"'],
		["scalar, single quotes", "up: '[[a]]'", "up:\n  - '[[a]]'\n  - '[[x]]'"],
		["scalar, plain link", "up: [[a]]", "up:\n  - [[a]]\n  - [[x]]"],
		["scalar, bare name", "up: Topic", 'up:\n  - Topic\n  - "[[x]]"'],
		["scalar with a comment", 'up: "[[a]]" # main', 'up:\n  - "[[a]]" # main\n  - "[[x]]"'],
		["list, two spaces, double quotes", 'up:\n  - "[[a]]"', 'up:\n  - "[[a]]"\n  - "[[x]]"'],
		["list, no indent", 'up:\n- "[[a]]"', 'up:\n- "[[a]]"\n- "[[x]]"'],
		["list, four spaces, single quotes", "up:\n    - '[[a]]'\n    - '[[b]]'", "up:\n    - '[[a]]'\n    - '[[b]]'\n    - '[[x]]'"],
		["list, plain links", "up:\n  - [[a]]", "up:\n  - [[a]]\n  - [[x]]"],
		["list, bare names", "up:\n  - a", 'up:\n  - a\n  - "[[x]]"'],
		["list with a blank line and a comment", 'up:\n  - "[[a]]"\n\n# note\nother: 1', 'up:\n  - "[[a]]"\n  - "[[x]]"\n\n# note\nother: 1'],
		["flow list", 'up: ["[[a]]", "[[b]]"]', 'up: ["[[a]]", "[[b]]", "[[x]]"]'],
		["flow list, single quotes", "up: ['[[a]]']", "up: ['[[a]]', '[[x]]']"],
		["flow list, bare names", "up: [a, b]", 'up: [a, b, "[[x]]"]'],
		["empty list", "up: []", 'up:\n  - "[[x]]"'],
		["empty list with a comment", "up: [] # none yet", 'up: # none yet\n  - "[[x]]"'],
		["no value", "up:", 'up:\n  - "[[x]]"'],
		["null", "up: null", 'up:\n  - "[[x]]"'],
		["empty string", 'up: ""', 'up:\n  - "[[x]]"'],
		["key in another case", "Up: '[[a]]'", "Up:\n  - '[[a]]'\n  - '[[x]]'"],
	])("%s", (_name, yaml, expected) => {
		const before = `---\ntitle: T\n${yaml}\ntags: [t]\n---\nbody\n`;
		const result = addParent(before, "[[x]]", placed("auto"));
		expect(result).toEqual({ text: `---\ntitle: T\n${expected}\ntags: [t]\n---\nbody\n`, line: 3 });
	});

	test("CRLF front matter gets CRLF lines", () => {
		const before = "---\r\nup:\r\n  - \"[[a]]\"\r\n---\r\nbody";
		expect(addParent(before, "[[x]]", placed("auto"))?.text).toBe("---\r\nup:\r\n  - \"[[a]]\"\r\n  - \"[[x]]\"\r\n---\r\nbody");
		const scalar = "---\r\nup: \"[[a]]\"\r\n---\r\n";
		expect(addParent(scalar, "[[x]]", placed("auto"))?.text).toBe("---\r\nup:\r\n  - \"[[a]]\"\r\n  - \"[[x]]\"\r\n---\r\n");
	});

	test("a link with quotes is escaped for the quoting style", () => {
		expect(addParent('---\nup: "[[a]]"\n---\n', '[[say "hi"]]', placed("auto"))?.text).toBe('---\nup:\n  - "[[a]]"\n  - "[[say \\"hi\\"]]"\n---\n');
		expect(addParent("---\nup: '[[a]]'\n---\n", "[[it's]]", placed("auto"))?.text).toBe("---\nup:\n  - '[[a]]'\n  - '[[it''s]]'\n---\n");
	});

	test("invalid front matter is never edited: the link goes to a new inline line", () => {
		const before = "---\nup: [unclosed\n---\nbody\n";
		expect(addParent(before, "[[x]]", placed("auto"))).toEqual({ text: before + "up:: [[x]]\n", line: 5 });
	});

	test("front matter without the property: a new inline line", () => {
		const before = "---\ntitle: T\n---\nbody\n";
		expect(addParent(before, "[[x]]", placed("auto"))).toEqual({ text: before + "up:: [[x]]\n", line: 5 });
	});
});

describe("auto placement: a new line at the end", () => {
	test.each([
		["ends with a newline", "a\nb\n", "a\nb\nup:: [[x]]\n", 3],
		["no trailing newline", "a\nb", "a\nb\nup:: [[x]]", 3],
		["CRLF", "a\r\nb\r\n", "a\r\nb\r\nup:: [[x]]\r\n", 3],
		["CRLF, no trailing newline", "a\r\nb", "a\r\nb\r\nup:: [[x]]", 3],
		["mixed endings follow the last one", "a\r\nb\nc\r\n", "a\r\nb\nc\r\nup:: [[x]]\r\n", 4],
		["trailing blank lines are kept", "a\n\n", "a\n\nup:: [[x]]\n", 3],
		["BOM", "\uFEFFa\n", "\uFEFFa\nup:: [[x]]\n", 2],
		["empty note", "", "up:: [[x]]\n", 1],
		["BOM only", "\uFEFF", "\uFEFFup:: [[x]]\n", 1],
		["front matter only, no newline", "---\na: 1\n---", "---\na: 1\n---\nup:: [[x]]", 4],
	])("%s", (_name, before, after, line) => {
		expect(addParent(before, "[[x]]", placed("auto"))).toEqual({ text: after, line });
	});
});

describe("a note that ends inside an unclosed code block", () => {
	const before = "text\n```js\nlet a = 1;\n";

	test("auto writes the front matter instead, where the link counts", () => {
		expect(addParent(before, "[[x]]", placed("auto"))).toEqual({ text: '---\nup:\n  - "[[x]]"\n---\n' + before, line: 2 });
	});

	test("inline refuses rather than write a field that would not be read", () => {
		expect(() => addParent(before, "[[x]]", placed("inline"))).toThrow(EditRefused);
	});
});

describe("inline placement", () => {
	test("uses an existing inline field line", () => {
		expect(addParent("---\nup: '[[a]]'\n---\nup:: [[b]]\n", "[[x]]", placed("inline"))?.text).toBe("---\nup: '[[a]]'\n---\nup:: [[b]], [[x]]\n");
	});

	test("never writes the front matter, even when it has the property", () => {
		const before = "---\nup: '[[a]]'\n---\nbody\n";
		expect(addParent(before, "[[x]]", placed("inline"))).toEqual({ text: before + "up:: [[x]]\n", line: 5 });
	});
});

describe("frontmatter placement", () => {
	test("writes the property even when an inline field exists", () => {
		const before = "---\nup: '[[a]]'\n---\nup:: [[b]]\n";
		expect(addParent(before, "[[x]]", placed("frontmatter"))?.text).toBe("---\nup:\n  - '[[a]]'\n  - '[[x]]'\n---\nup:: [[b]]\n");
	});

	test("adds the key at the end of existing front matter", () => {
		const before = "---\ntitle: T\n---\nbody\n";
		expect(addParent(before, "[[x]]", placed("frontmatter"))).toEqual({ text: '---\ntitle: T\nup:\n  - "[[x]]"\n---\nbody\n', line: 3 });
	});

	test("adds the key to empty front matter, CRLF", () => {
		const before = "---\r\n---\r\nbody";
		expect(addParent(before, "[[x]]", placed("frontmatter"))).toEqual({ text: '---\r\nup:\r\n  - "[[x]]"\r\n---\r\nbody', line: 2 });
	});

	test.each([
		["LF", "body\n", '---\nup:\n  - "[[x]]"\n---\nbody\n'],
		["CRLF", "body\r\nmore", '---\r\nup:\r\n  - "[[x]]"\r\n---\r\nbody\r\nmore'],
		["BOM", "\uFEFFbody", '\uFEFF---\nup:\n  - "[[x]]"\n---\nbody'],
		["empty", "", '---\nup:\n  - "[[x]]"\n---\n'],
	])("creates front matter when the note has none (%s)", (_name, before, after) => {
		expect(addParent(before, "[[x]]", placed("frontmatter"))).toEqual({ text: after, line: 2 });
	});

	test.each([
		["invalid YAML", "---\nup: [unclosed\n---\n"],
		["a mapping", "---\nup:\n  a: 1\n---\n"],
		["a block scalar", "---\nup: |\n  [[a]]\n---\n"],
		["code front matter", "---js\n{up: 1}\n---\n"],
	])("refuses %s rather than risk damaging it", (_name, before) => {
		expect(() => addParent(before, "[[x]]", placed("frontmatter"))).toThrow(EditRefused);
	});
});

describe("a parent that is already there", () => {
	test.each([
		["inline, other case", "up:: [[A]]\n", "auto"],
		["inline, with alias and heading", "up:: [[a#Intro|The A]]\n", "inline"],
		["bracketed", "x [up:: [[b]], [[a]]]\n", "auto"],
		["front matter list", "---\nup:\n  - '[[a]]'\n---\n", "frontmatter"],
		["front matter scalar with .md", '---\nup: "[[a.md]]"\n---\n', "auto"],
		["with a folder", "up:: [[topics/A]]\n", "auto"],
		["markdown link", "up:: [A](topics/a.md)\n", "auto"],
		["bare name", "up:: a\n", "auto"],
	] as const)("%s gives null", (_name, text, placement) => {
		expect(addParent(text, "[[a]]", placed(placement))).toBeNull();
	});

	test("a link in another field is not a parent", () => {
		expect(addParent("related:: [[a]]\n", "[[a]]", placed("auto"))?.text).toBe("related:: [[a]]\nup:: [[a]]\n");
	});

	test("different folders are different notes", () => {
		expect(addParent("up:: [[x/a]]\n", "[[y/a]]", placed("auto"))?.text).toBe("up:: [[x/a]], [[y/a]]\n");
	});

	test("a custom matcher decides", () => {
		const options = { ...placed("auto"), matches: () => false };
		expect(addParent("up:: [[a]]\n", "[[a]]", options)?.text).toBe("up:: [[a]], [[a]]\n");
	});
});

describe("code the scanner skips is never written to: indented code, <pre> and $$ blocks", () => {
	test.each([
		["an indented code block", "intro\n\n    up:: [[a]]\n"],
		["a <pre> block", "intro\n<pre>\nup:: [[a]]\n</pre>\n"],
		["a $$ math block", "intro\n$$\nup:: [[a]]\n$$\n"],
	])("%s: the link goes into a new field line, the code stays as it was", (_name, before) => {
		const result = addParent(before, "[[x]]", placed("auto"));
		expect(result?.text).toBe(`${before}up:: [[x]]\n`);
	});

	test("a note that ends inside an unclosed <pre> block gets the field in its front matter", () => {
		const before = "---\ntitle: T\n---\n<pre>\nup:: [[a]]\n";
		expect(addParent(before, "[[x]]", placed("auto"))?.text).toBe('---\ntitle: T\nup:\n  - "[[x]]"\n---\n<pre>\nup:: [[a]]\n');
	});
});
