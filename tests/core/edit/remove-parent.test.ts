import { EditRefused, removeParent, replaceParent, type LinkTarget } from "../../../src/core/edit/parents";
import { expectOnlyLinesReplaced, linkTo } from "./helpers";

const inline = (line: number, name = "a", field = "up"): LinkTarget => ({ line, source: "inline", field, matches: linkTo(name) });
const fm = (line: number, name = "a", field = "up"): LinkTarget => ({ line, source: "frontmatter", field, matches: linkTo(name) });

describe("removing an inline parent link", () => {
	test.each([
		["first of three", "up:: [[a]], [[b]], [[c]]", "up:: [[b]], [[c]]"],
		["middle of three", "up:: [[b]], [[a]], [[c]]", "up:: [[b]], [[c]]"],
		["last of three", "up:: [[b]], [[c]], [[a]]", "up:: [[b]], [[c]]"],
		["space separated", "up:: [[a]] [[b]]", "up:: [[b]]"],
		["with alias", "up:: [[b]], [[a|The A]]", "up:: [[b]]"],
		["embed", "up:: ![[a]], [[b]]", "up:: [[b]]"],
		["markdown link", "up:: [[b]], [A](a.md)", "up:: [[b]]"],
		["bare name", "up:: [[b]], a", "up:: [[b]]"],
		["trailing blanks stay", "up:: [[b]], [[a]]   ", "up:: [[b]]   "],
		["bracketed, several links", "x [up:: [[a]], [[b]]] y", "x [up:: [[b]]] y"],
		["in a list item", "- up:: [[b]], [[a]]", "- up:: [[b]]"],
	])("%s", (_name, line, expected) => {
		const before = `# T\n${line}\nbody\n`;
		const after = removeParent(before, inline(2));
		expectOnlyLinesReplaced(before, after!, 2, 1, expected + "\n");
	});

	test.each([
		["LF", "# T\nup:: [[a]]\nbody\n", "# T\nbody\n"],
		["CRLF", "# T\r\nup:: [[a]]\r\nbody\r\n", "# T\r\nbody\r\n"],
		["last line without newline", "# T\nup:: [[a]]", "# T"],
		["last line without newline, CRLF", "# T\r\nup:: [[a]]", "# T"],
		["only line", "up:: [[a]]", ""],
		["in a comment", "# T\n%% up:: [[a]] %%\nbody", "# T\nbody"],
		["list item", "# T\n- up:: [[a]]\n- more\n", "# T\n- more\n"],
		["BOM", "\uFEFFup:: [[a]]\nbody", "\uFEFFbody"],
	])("removing the last link removes the whole line (%s)", (_name, before, after) => {
		expect(removeParent(before, inline(before.startsWith("# T") ? 2 : 1))).toBe(after);
	});

	test("a line that opens a comment keeps its comment, only the value goes", () => {
		expect(removeParent("%% up:: [[a]]\nhidden %%\n", inline(1))).toBe("%% up:: \nhidden %%\n");
	});

	test.each([
		["middle of a sentence", "Read [up:: [[a]]] first.", "Read first."],
		["start of a line", "[up:: [[a]]] first.", "first."],
		["end of a line", "Read this [up:: [[a]]]", "Read this"],
		["end of a line, trailing blanks kept", "Read this [up:: [[a]]]  ", "Read this  "],
		["no space before", "Read:[up:: [[a]]] this", "Read: this"],
		["no space after", "Read ([up:: [[a]]])", "Read ()"],
		["parentheses", "Read (up:: [[a]]) first.", "Read first."],
		["next to another field", "[up:: [[a]]] [up:: [[b]]]", "[up:: [[b]]]"],
	])("removing a bracketed field's last link removes the field: %s", (_name, line, expected) => {
		const before = `x\n${line}\ny`;
		expectOnlyLinesReplaced(before, removeParent(before, inline(2))!, 2, 1, expected + "\n");
	});

	test("a bracketed field alone on its line takes the line with it", () => {
		expect(removeParent("x\n  [up:: [[a]]]\ny\n", inline(2))).toBe("x\ny\n");
	});

	test("only the field on the given line changes", () => {
		const before = "up:: [[a]]\nup:: [[a]], [[b]]\n";
		expect(removeParent(before, inline(2))).toBe("up:: [[a]]\nup:: [[b]]\n");
	});

	test("the second bracketed field on a line, when the first does not hold the link", () => {
		expect(removeParent("[up:: [[b]]] [up:: [[c]], [[a]]]\n", inline(1))).toBe("[up:: [[b]]] [up:: [[c]]]\n");
	});

	test("the field is matched canonically", () => {
		expect(removeParent("**Up**:: [[a]], [[b]]\n", inline(1, "a", "up"))).toBe("**Up**:: [[b]]\n");
	});

	test.each([
		["the line no longer holds the link", "up:: [[b]]\n", 1],
		["the line moved", "new line\nup:: [[a]]\n", 1],
		["the line is beyond the end", "up:: [[a]]\n", 5],
		["another field holds it", "related:: [[a]]\n", 1],
		["it is inside a code span", "`up:: [[a]]`\n", 1],
	])("null when %s (changed underneath)", (_name, text, line) => {
		expect(removeParent(text, inline(line))).toBeNull();
	});
});

describe("removing a front matter parent link", () => {
	const note = (yaml: string) => `---\ntitle: T\n${yaml}\nother: 1\n---\nbody\n`;

	test.each([
		["list item", 'up:\n  - "[[b]]"\n  - "[[a]]"', 'up:\n  - "[[b]]"'],
		["first list item", "up:\n  - '[[a]]'\n  - '[[b]]'", "up:\n  - '[[b]]'"],
		["unindented list", "up:\n- [[a]]\n- [[b]]", "up:\n- [[b]]"],
		["the only list item removes the key", 'up:\n  - "[[a]]"', null],
		["scalar removes the key", 'up: "[[a]]"', null],
		["plain scalar removes the key", "up: [[a]]", null],
		["scalar with two links", 'up: "[[b]], [[a]]"', 'up: "[[b]]"'],
		["flow list", 'up: ["[[a]]", "[[b]]"]', 'up: ["[[b]]"]'],
		["flow list, last item", "up: [b, '[[a]]']", "up: [b]"],
		["flow list, only item removes the key", "up: ['[[a]]']", null],
		["bare list item", "up:\n  - a\n  - b", "up:\n  - b"],
		["key in another case", "UP:\n  - '[[a]]'\n  - '[[b]]'", "UP:\n  - '[[b]]'"],
	])("%s", (_name, yaml, expected) => {
		const after = removeParent(note(yaml), fm(3));
		expect(after).toBe(expected === null ? "---\ntitle: T\nother: 1\n---\nbody\n" : note(expected));
	});

	test("CRLF front matter", () => {
		const before = "---\r\nup:\r\n  - \"[[a]]\"\r\n  - \"[[b]]\"\r\n---\r\nbody";
		expect(removeParent(before, fm(2))).toBe("---\r\nup:\r\n  - \"[[b]]\"\r\n---\r\nbody");
	});

	test.each([
		["the link is gone", 'up:\n  - "[[b]]"', 3],
		["the line is not the key's", 'up:\n  - "[[a]]"', 4],
		["the key is another field", 'related:\n  - "[[a]]"', 3],
	])("null when %s", (_name, yaml, line) => {
		expect(removeParent(note(yaml), fm(line))).toBeNull();
	});
});

describe("child fields (down::) are edited the same way", () => {
	test("removing a child from a down:: line of the parent", () => {
		expect(removeParent("# P\ndown:: [[kid]], [[other]]\n", inline(2, "kid", "down"))).toBe("# P\ndown:: [[other]]\n");
	});

	test("replacing a child in a front matter down list", () => {
		const before = "---\ndown:\n  - \"[[kid]]\"\n---\n";
		expect(replaceParent(before, fm(2, "kid", "down"), "[[new kid]]")).toBe("---\ndown:\n  - \"[[new kid]]\"\n---\n");
	});
});

describe("replacing a parent link in place", () => {
	test.each([
		["inline", "up:: [[b]], [[a|Alias]] ", "up:: [[b]], [[x]] "],
		["bracketed", "see [up:: [[a]]] now", "see [up:: [[x]]] now"],
		["markdown link", "up:: [A](a.md)", "up:: [[x]]"],
	])("%s: only the link changes", (_name, line, expected) => {
		const before = `one\r\n${line}\r\nthree`;
		expectOnlyLinesReplaced(before, replaceParent(before, inline(2), "[[x]]")!, 2, 1, expected + "\r\n");
	});

	test.each([
		["double quoted", 'up: "[[a]]"', 'up: "[[x y]]"'],
		["single quoted", "up: '[[a]]'", "up: '[[x y]]'"],
		["plain link", "up: [[a]]", "up: [[x y]]"],
		["bare name gets quotes", "up: a", 'up: "[[x y]]"'],
		["list item", "up:\n  - b\n  - '[[a]]'", "up:\n  - b\n  - '[[x y]]'"],
		["flow item", 'up: [b, "[[a]]"]', 'up: [b, "[[x y]]"]'],
	])("front matter, %s", (_name, yaml, expected) => {
		expect(replaceParent(`---\n${yaml}\n---\n`, fm(2), "[[x y]]")).toBe(`---\n${expected}\n---\n`);
	});

	test("quotes in the new link are escaped", () => {
		expect(replaceParent('---\nup: "[[a]]"\n---\n', fm(2), '[[say "hi"]]')).toBe('---\nup: "[[say \\"hi\\"]]"\n---\n');
	});

	test("null when the link is not on the line", () => {
		expect(replaceParent("up:: [[b]]\n", inline(1), "[[x]]")).toBeNull();
		expect(replaceParent('---\nup: "[[b]]"\n---\n', fm(2), "[[x]]")).toBeNull();
	});
});

describe("front matter values that are not edited", () => {
	test.each([
		["up: >-\n  [[a]]", "a folded block (>-)"],
		["up: >\n  [[a]]", "a folded block (>)"],
		["up: |+\n  [[a]]", "a literal block (|+)"],
		["up: &anchor\n  [[a]]", "not a link or a list of links"],
	])("%j is refused as %s, not as a changed line", (yaml, what) => {
		const before = `---\n${yaml}\n---\nbody\n`;
		const message = `the front matter property "up" is ${what}, which Topic Tree does not edit; change it by hand`;
		expect(() => removeParent(before, fm(2))).toThrow(new EditRefused(message));
		expect(() => replaceParent(before, fm(2), "[[x]]")).toThrow(new EditRefused(message));
	});
});

describe("code the scanner skips is never edited", () => {
	test.each([
		["an indented code block", "intro\n\n    up:: [[a]]\n", 3],
		["a tab-indented code block", "# T\n\tup:: [[a]], [[b]]\n", 2],
		["a <pre> block", "intro\n<pre>\nup:: [[a]]\n</pre>\n", 3],
		["a $$ math block", "intro\n$$\nup:: [[a]]\n$$\n", 3],
	])("%s: nothing to remove or replace", (_name, text, line) => {
		expect(removeParent(text, inline(line))).toBeNull();
		expect(replaceParent(text, inline(line), "[[z]]")).toBeNull();
	});
});
