import { scanInlineFields, type InlineField, type ScanOptions } from "../../../src/core/fields/scanner";

/** [key, value, line, bracketed] of every field, for compact expectations. */
function scan(text: string, options?: ScanOptions): Array<[string, string, number, boolean]> {
	return scanInlineFields(text, options).map((f: InlineField) => [f.key, f.value, f.line, f.bracketed]);
}

/** The values of the `up` fields only. */
function ups(text: string, options?: ScanOptions): string[] {
	return scanInlineFields(text, options)
		.filter((f) => f.canonical === "up")
		.map((f) => f.value);
}

describe("full-line fields", () => {
	test("plain key:: value", () => {
		expect(scan("up:: [[a]]")).toEqual([["up", "[[a]]", 1, false]]);
	});

	test.each([
		["up::[[x]]", "[[x]]"],
		["up ::  [[x]]", "[[x]]"],
		["up\t::\t[[x]]  ", "[[x]]"],
		["  up:: x", "x"],
		["\tup:: x", "x"],
	])("spacing around :: %j", (line, value) => {
		expect(ups(line)).toEqual([value]);
	});

	test.each([
		["- up:: x"],
		["* up:: x"],
		["+ up:: x"],
		["1. up:: x"],
		["12) up:: x"],
		["- [ ] up:: x"],
		["- [x] up:: x"],
		["  - [/] up:: x"],
		["> up:: x"],
		["> > up:: x"],
		[">> up:: x"],
		["> - up:: x"],
		["# up:: x"],
		["### up:: x"],
		["**up**:: x"],
		["__up__:: x"],
		["*up*:: x"],
		["_up_:: x"],
		["- **up**:: x"],
		["**up::** x"],
	])("prefix or formatting: %j", (line) => {
		expect(ups(line)).toEqual(["x"]);
	});

	test("the key is kept as written, without its formatting; canonical is lowercased", () => {
		const [f] = scanInlineFields("- **Parent  Topic**:: [[a]]");
		expect(f).toEqual({ key: "Parent  Topic", canonical: "parent-topic", value: "[[a]]", line: 1, bracketed: false });
	});

	test("keys in any script, with digits, _, -, / and emoji", () => {
		expect(scan("Статус:: в работе\n上位:: [[a]]\n🎯:: goal\nmy_key-2/b:: v")).toEqual([
			["Статус", "в работе", 1, false],
			["上位", "[[a]]", 2, false],
			["🎯", "goal", 3, false],
			["my_key-2/b", "v", 4, false],
		]);
		expect(scanInlineFields("Статус:: x")[0].canonical).toBe("статус");
		expect(scan("👨‍👩‍👧 family:: a\n[1️⃣:: b]\n🇵🇱:: c").map((f) => f[0])).toEqual(["👨‍👩‍👧 family", "1️⃣", "🇵🇱"]);
	});

	test("a key must be the whole text before :: (setup:: is setup, not up)", () => {
		expect(scan("setup:: x")).toEqual([["setup", "x", 1, false]]);
		expect(ups("setup:: x")).toEqual([]);
	});

	test("a single colon is not a field", () => {
		expect(scan("up: [[x]]\nup:[[x]]\nup : x")).toEqual([]);
	});

	test("prose with punctuation before :: is not a field", () => {
		expect(scan("see https://x::y")).toEqual([]);
		expect(scan("Note: the key:: value")).toEqual([]);
		expect(scan("a.b:: c")).toEqual([]);
		expect(scan("print(x[::-1])")).toEqual([]);
		expect(scan("::: iframe\n:::")).toEqual([]);
		expect(scan("#tag:: x")).toEqual([]);
		expect(scan("-:: x")).toEqual([]);
	});

	test("a line that starts with a full-line field is that field only", () => {
		expect(scan("up:: [[a]] [related:: [[b]]]")).toEqual([["up", "[[a]] [related:: [[b]]]", 1, false]]);
	});

	test("the value runs to the end of the line and is trimmed", () => {
		expect(scan("up:: [[a]], [[b]]   \nnext")).toEqual([["up", "[[a]], [[b]]", 1, false]]);
		expect(scan("up::")).toEqual([["up", "", 1, false]]);
	});
});

describe("bracketed fields", () => {
	test("[key:: value] and (key:: value) anywhere in a line, several per line", () => {
		expect(scan("text [up:: [[a]]] more (related:: [[b]]) end")).toEqual([
			["up", "[[a]]", 1, true],
			["related", "[[b]]", 1, true],
		]);
	});

	test("wiki links inside the value do not end it early", () => {
		expect(ups("[up:: [[a]]]")).toEqual(["[[a]]"]);
		expect(ups("(up:: [[a|b]], [[c]])")).toEqual(["[[a|b]], [[c]]"]);
	});

	test("nested brackets of the same kind are counted", () => {
		expect(ups("x [up:: a [b] c] y")).toEqual(["a [b] c"]);
		expect(ups("x (up:: f(g(1)) ) y")).toEqual(["f(g(1))"]);
	});

	test("escaped brackets do not close the field", () => {
		expect(ups("x [up:: a \\] b] y")).toEqual(["a \\] b"]);
		expect(ups("x (up:: a \\) b) y")).toEqual(["a \\) b"]);
	});

	test("an escaped opening bracket is not a field", () => {
		expect(scan("x \\[up:: a] y")).toEqual([]);
	});

	test("an unclosed bracket is not a field", () => {
		expect(scan("x [up:: [[a]] and more")).toEqual([]);
		expect(scan("x (up:: a (b)")).toEqual([]);
	});

	test("a bracketed field never claims text outside its brackets", () => {
		expect(scan("[up:: [[a]]] [[b]] (down:: [[c]]) [[d]]")).toEqual([
			["up", "[[a]]", 1, true],
			["down", "[[c]]", 1, true],
		]);
	});

	test("keys may not contain brackets; bold keys inside brackets work", () => {
		expect(scan("[a]b:: c]")).toEqual([]);
		expect(scan("x [**Up**:: [[a]]]")).toEqual([["Up", "[[a]]", 1, true]]);
	});

	test("a task line keeps its bracketed fields", () => {
		expect(scan("- [ ] pay bills [due:: 2024-05-01] (up:: [[Money]])")).toEqual([
			["due", "2024-05-01", 1, true],
			["up", "[[Money]]", 1, true],
		]);
	});

	test("a code span in the value does not end the field", () => {
		expect(ups("x [up:: use `a]` here] y")).toEqual(["use `a]` here"]);
	});
});

describe("what is not scanned", () => {
	test.each([
		["```", "```"],
		["```js", "```"],
		["````", "````"],
		["~~~", "~~~"],
		["~~~~ python title=x", "~~~~"],
		["   ```", "```"],
	])("fence opened by %j", (open, close) => {
		const text = `before:: 1\n${open}\nup:: no\n[up:: no]\n${close}\nafter:: 2`;
		expect(scan(text)).toEqual([
			["before", "1", 1, false],
			["after", "2", 6, false],
		]);
	});

	test("a fence closes only with the same char and at least the same length", () => {
		const text = "````\nup:: no\n```\nup:: still no\n~~~~\n````\nup:: yes";
		expect(scan(text)).toEqual([["up", "yes", 7, false]]);
	});

	test("a closing fence cannot carry an info string", () => {
		expect(scan("```\n``` js\nup:: no\n```\nup:: yes")).toEqual([["up", "yes", 5, false]]);
	});

	test("an unclosed fence runs to the end of the note", () => {
		expect(scan("up:: a\n```\nup:: b\n\nup:: c")).toEqual([["up", "a", 1, false]]);
	});

	test("fences inside blockquotes and list items", () => {
		expect(scan("> ```\n> up:: no\n> ```\n> up:: yes")).toEqual([["up", "yes", 4, false]]);
		expect(scan("- ```\n  up:: no\n  ```\n- up:: yes")).toEqual([["up", "yes", 4, false]]);
		expect(scan("1. ~~~\n   up:: no\n   ~~~\nup:: yes")).toEqual([["up", "yes", 4, false]]);
	});

	test("triple backticks inside a line are inline code, not a fence", () => {
		expect(scan("use ```code``` here\nup:: yes")).toEqual([["up", "yes", 2, false]]);
		expect(scan("```inline``` x\nup:: yes")).toEqual([["up", "yes", 2, false]]);
	});

	test("inline code spans, matched by length", () => {
		expect(scan("`up:: no`")).toEqual([]);
		expect(scan("text `[up:: no]` and [down:: yes]")).toEqual([["down", "yes", 1, true]]);
		expect(scan("text ``a ` [up:: no]`` [down:: yes]")).toEqual([["down", "yes", 1, true]]);
		expect(scan("unclosed ` tick [up:: yes]")).toEqual([["up", "yes", 1, true]]);
	});

	test("HTML comments, also spanning lines", () => {
		expect(scan("<!-- up:: no -->\nup:: yes")).toEqual([["up", "yes", 2, false]]);
		expect(scan("a\n<!--\nup:: no\n[up:: no]\n-->\nup:: yes")).toEqual([["up", "yes", 6, false]]);
		expect(scan("<!-- x --> [up:: yes] <!-- [up:: no] --> (down:: yes)")).toEqual([
			["up", "yes", 1, true],
			["down", "yes", 1, true],
		]);
		expect(scan("up:: [[a]] <!-- [[b]] -->")).toEqual([["up", "[[a]]", 1, false]]);
		expect(scan("<!--\nup:: no")).toEqual([]);
	});

	test("comment and fence openers inside inline code open nothing", () => {
		expect(scan("write `<!--` to start\nup:: yes")).toEqual([["up", "yes", 2, false]]);
		expect(scan("type `%%` twice\nup:: yes", { readComments: false })).toEqual([["up", "yes", 2, false]]);
	});

	test("a fence inside an HTML comment is ignored, and vice versa", () => {
		expect(scan("<!--\n```\n-->\nup:: yes")).toEqual([["up", "yes", 4, false]]);
		expect(scan("```\n<!--\n```\nup:: yes")).toEqual([["up", "yes", 4, false]]);
	});

	test("%% comments are read by default", () => {
		const text = "%%\nup:: [[a]]\n%%\n%% down:: [[b]] %%\ntext %%[c:: d]%%";
		expect(scan(text)).toEqual([
			["up", "[[a]]", 2, false],
			["down", "[[b]]", 4, false],
			["c", "d", 5, true],
		]);
	});

	test("%% ends a value even when comments are read", () => {
		expect(ups("up:: [[a]] %% [[b]] %%")).toEqual(["[[a]]"]);
	});

	test("%% comments are skipped when readComments is false", () => {
		const text = "%%\nup:: [[a]]\n%%\n%% down:: [[b]] %%\nrelated:: [[c]] %% [[x]] %%\n%%unclosed\nmore:: no";
		expect(scan(text, { readComments: false })).toEqual([["related", "[[c]]", 5, false]]);
	});
});

describe("text shape", () => {
	test("CRLF line endings", () => {
		expect(scan("a:: 1\r\n[b:: 2]\r\n```\r\nc:: no\r\n```\r\nd:: 4\r\n")).toEqual([
			["a", "1", 1, false],
			["b", "2", 2, true],
			["d", "4", 6, false],
		]);
	});

	test("a byte-order mark does not hide the first line's field", () => {
		expect(scan("\uFEFFup:: [[a]]\nx")).toEqual([["up", "[[a]]", 1, false]]);
	});

	test("line numbers count every line, including blank ones", () => {
		expect(scan("\n\n\nup:: a\n\n[b:: c]").map((f) => f[2])).toEqual([4, 6]);
	});
});

describe("options", () => {
	const note = "---\nup:: in front matter\n---\nbody\nup:: [[a]]\n";
	const bodyStart = note.indexOf("body");

	test("start skips the front matter; startLine numbers the body's first line", () => {
		expect(scan(note, { start: bodyStart, startLine: 4 })).toEqual([["up", "[[a]]", 5, false]]);
	});

	test("without startLine, the character at start is on line 1", () => {
		expect(scan(note, { start: bodyStart })).toEqual([["up", "[[a]]", 2, false]]);
	});

	test("start in the middle of a fence opener's line does not break fence detection", () => {
		const text = "---\nx: 1\n---\n```\nup:: no\n```\nup:: yes";
		expect(scan(text, { start: text.indexOf("```"), startLine: 4 })).toEqual([["up", "yes", 7, false]]);
	});

	test("keys keeps only fields whose canonical key is listed", () => {
		const text = "Up:: [[a]]\ndown:: [[b]]\n[**UP**:: [[c]]] (related:: [[d]])\nparent topic:: [[e]]";
		expect(scanInlineFields(text, { keys: new Set(["up"]) }).map((f) => [f.key, f.value, f.line])).toEqual([
			["Up", "[[a]]", 1],
			["UP", "[[c]]", 3],
		]);
		expect(scanInlineFields(text, { keys: new Set(["parent-topic"]) }).map((f) => f.line)).toEqual([4]);
		expect(scanInlineFields(text, { keys: new Set() })).toEqual([]);
	});

	test("keys filtering leaves line numbers right for later fields", () => {
		const text = "a:: 1\nb:: 2\n\nup:: 3";
		expect(scanInlineFields(text, { keys: new Set(["up"]) })[0].line).toBe(4);
	});
});

describe("indented code blocks, <pre> blocks and $$ math blocks are not scanned", () => {
	test.each([
		["four spaces after a blank line", "text\n\n    up:: [[X]]\n\nup:: [[Y]]\n"],
		["a tab after a blank line", "text\n\n\tup:: [[X]]\nup:: [[Y]]\n"],
		["two spaces and a tab (four columns)", "text\n\n  \tup:: [[X]]\nup:: [[Y]]\n"],
		["right after a heading", "# Title\n    up:: [[X]]\nup:: [[Y]]\n"],
		["the rest of a code block, over blank lines", "a\n\n    code\n\n    up:: [[X]]\n    (up:: [[X]])\nup:: [[Y]]\n"],
		["a bracketed field in code", "a\n\n    see [up:: [[X]]]\n\n[up:: [[Y]]]\n"],
		["<pre> block", "<pre>\nup:: [[X]]\n</pre>\nup:: [[Y]]\n"],
		["<pre> with attributes, upper case, closed on a later line with text", '<PRE class="x">\nup:: [[X]]\nstill code </Pre> up:: [[X]]\nup:: [[Y]]\n'],
		["<pre> indented up to three spaces", "   <pre>\nup:: [[X]]\n</pre>\nup:: [[Y]]\n"],
		["<script>, <style> and <textarea> blocks", "<script>\nup:: [[X]]\n</script>\n<style>\nup:: [[X]]\n</style>\n<textarea>\nup:: [[X]]\n</textarea>\nup:: [[Y]]\n"],
		["$$ math block", "$$\nup:: [[X]]\n$$\nup:: [[Y]]\n"],
		["$$ math on one line", "$$ [up:: [[X]]] $$\nup:: [[Y]]\n"],
		["$$ math after text", "so $$\nup:: [[X]]\n$$\nup:: [[Y]]\n"],
		["$$ math block opened after text on its line", "$$ \\begin{x}\nup:: [[X]] \\end{x} $$ up:: [[X]]\nup:: [[Y]]\n"],
		["$$ math block in a blockquote", "> $$\n> up:: [[X]]\n> $$\nup:: [[Y]]\n"],
	])("%s", (_name, text) => {
		expect(ups(text)).toEqual(["[[Y]]"]);
	});

	test.each([
		["an indented line continuing a paragraph", "text\n    up:: [[Y]]\n"],
		["an indented line in a list item, after a blank line", "- item\n\n    up:: [[Y]]\n"],
		["a nested list item", "- item\n    - up:: [[Y]]\n"],
		["an ordered list's continuation", "1. item\n\n    more\n\n    up:: [[Y]]\n"],
		["a list's paragraph, then its continuation", "- item\n\n  para\n\n    up:: [[Y]]\n"],
		["three spaces are not code", "text\n\n   up:: [[Y]]\n"],
		["an indented first line of the body (no blank line before it)", "    up:: [[Y]]\n"],
		["`<pre` as part of another tag", "<prefix>\nup:: [[Y]]\n"],
		["<pre> inside a line is inline HTML", "text <pre>\nup:: [[Y]]\n"],
		["$ alone is inline math: not skipped", "$x$\nup:: [[Y]]\n"],
		["an unclosed $$ is text", "$$ price\nup:: [[Y]]\n"],
		["$$ inside inline code", "`$$`\nup:: [[Y]]\n`$$`\n"],
		["a fence inside an indented code block opens nothing", "a\n\n    ```\n\nup:: [[Y]]\n"],
		["a comment opener inside an indented code block opens nothing", "a\n\n    <!--\n\nup:: [[Y]]\n"],
	])("still read: %s", (_name, text) => {
		expect(ups(text)).toEqual(["[[Y]]"]);
	});

	test("the body's start is not a blank line: an indented first line is read, also after front matter", () => {
		expect(ups("---\na: 1\n---\n    up:: [[Y]]\n", { start: 13, startLine: 4 })).toEqual(["[[Y]]"]);
		expect(ups("---\na: 1\n---\n\n    up:: [[X]]\nup:: [[Y]]\n", { start: 13, startLine: 4 })).toEqual(["[[Y]]"]);
	});

	test("after a list ends (a blank line, then a line at the margin) indented code counts again", () => {
		expect(ups("- item\n\nback at the margin\n\n    up:: [[X]]\nup:: [[Y]]\n")).toEqual(["[[Y]]"]);
	});

	test("line numbers stay right after skipped blocks", () => {
		expect(scan("a\n\n    up:: [[X]]\n<pre>\nup:: x\n</pre>\n$$\nup:: x\n$$\nup:: [[Y]]\n")).toEqual([["up", "[[Y]]", 10, false]]);
	});

	test("a field after a long indented code block is found, reading each line once", () => {
		const code = "    up:: [[X]]\n\n".repeat(20_000);
		expect(ups(`a\n\n${code}up:: [[Y]]\n`)).toEqual(["[[Y]]"]);
	});
});
