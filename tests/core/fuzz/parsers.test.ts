/**
 * Fuzz tests of every parser the plugin runs on a note's text (parseNote, the field scanner,
 * front matter, links, tables and comparison detection, the parent edits): they never throw (the
 * edits throw only `EditRefused`) on arbitrary, binary-looking and hostile texts, on deep
 * nesting and on very large notes, and what they return makes sense for the text (see checks.ts).
 */
import fc from "fast-check";
import { addParent, EditRefused, removeParent, replaceParent, sameTarget } from "../../../src/core/edit/parents";
import { scanInlineFields } from "../../../src/core/fields/scanner";
import { parseNote } from "../../../src/core/note";
import { detectComparison } from "../../../src/core/tables/comparison";
import { formatPropertyValue } from "../../../src/core/tables/note-comparison";
import { parseTables } from "../../../src/core/tables/parse";
import { DEFAULT_PARSE_SETTINGS, type LinkRef } from "../../../src/core/types";
import { checkAll, checkEdits, checkParseNote, checkScanner, checkTables, lineCount } from "./checks";
import { binaryText, hostileLines, hostileText, hostileYaml, unicodeText } from "./texts";

const parse = (text: string) => parseNote("fuzz.md", text, DEFAULT_PARSE_SETTINGS);
const parents = (text: string) => parse(text).relations.filter((r) => r.kind === "parent");
const targets = (text: string) => parents(text).map((r) => r.link.target);
const to = (name: string) => (link: LinkRef) => sameTarget(link, { target: name, embed: false, kind: "wiki" });
const inlineAt = (line: number, name: string) => ({ line, source: "inline" as const, field: "up", matches: to(name) });
const auto = { field: "up", placement: "auto" as const, parseSettings: DEFAULT_PARSE_SETTINGS };

describe("the parsers on generated texts", () => {
	test.each([
		["arbitrary unicode (graphemes, raw code units)", unicodeText, 600],
		["binary-looking text (latin1 bytes, NULs, lone surrogates, \\r-only endings, BOMs mid-text)", binaryText, 600],
		["syntax soup (unbalanced fences, %%, [[, ::, | rows, > quotes)", hostileText, 600],
		["lines of hostile markdown under quote and list prefixes, any line endings", hostileLines, 400],
		["front matter YAML makes hard (anchors, flow collections, tags, bad indentation)", hostileYaml, 200],
	] as const)("%s", (_name, texts, numRuns) => {
		fc.assert(fc.property(texts, checkAll), { numRuns });
	});
});

describe("code blocks hide fields from the scanner and the writers, whatever surrounds them", () => {
	/** A field line as users write them, naming a parent only this test uses. */
	const fieldLine = fc
		.tuple(fc.constantFrom("up:: ", "Up :: ", "**up**:: ", "- up:: ", "> up:: ", "[up:: "), fc.constantFrom("[[Hidden]]", "Hidden", "[H](Hidden.md)", "[[Hidden|x]]"))
		.map(([key, value]) => (key === "[up:: " ? `see ${key}${value}]` : key + value));
	/** The field put in a code block: indented after a blank line, in <pre>, in $$ math. */
	const hidden = fc
		.tuple(fc.constantFrom("indented", "tab", "pre", "math", "math-inline"), fieldLine, fc.array(fc.constantFrom("code", "    more", "", "$x$", "`y`"), { maxLength: 3 }))
		.map(([kind, line, extra]) => {
			const body = [line, ...extra];
			switch (kind) {
				case "indented":
					return "\n" + body.map((l) => (l === "" ? "" : "    " + l)).join("\n") + "\n\n";
				case "tab":
					return "\n" + body.map((l) => (l === "" ? "" : "\t" + l)).join("\n") + "\n\n";
				case "pre":
					return "<pre>\n" + body.join("\n") + "\n</pre>\n";
				case "math":
					return "$$\n" + body.join("\n") + "\n$$\n";
				default:
					return `$$ ${line} $$\n`;
			}
		});
	/** Text around the block: plain paragraphs, headings, real fields, tables; no list or quote left open, no unclosed fence or comment. */
	const around = fc.array(fc.constantFrom("Some text.\n", "# Heading\n", "\n", "up:: [[Shown]]\n", "| a | b |\n|---|---|\n", "```\ncode\n```\n", "<!-- c -->\n", "%% x %%\n"), { maxLength: 6 }).map((parts) => parts.join(""));

	test("a field in a code block is never read, edited or appended to", () => {
		fc.assert(
			fc.property(around, hidden, around, (before, block, after) => {
				const text = `${before}\n${block}\n${after}`;
				expect(targets(text)).not.toContain("Hidden");
				const line = lineCount(`${before}\n${block.slice(0, block.indexOf("up"))}`);
				expect(removeParent(text, inlineAt(line, "Hidden"))).toBeNull();
				expect(replaceParent(text, inlineAt(line, "Hidden"), "[[New]]")).toBeNull();
				const added = addParent(text, "[[New]]", auto);
				// The block's bytes are still there, unchanged, whatever the edit did.
				if (added) expect(added.text).toContain(block);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("deep nesting (10,000 levels)", () => {
	const N = 10_000;

	test.each([
		["nested > quotes", "> ".repeat(N) + "up:: [[a]]\n"],
		["> quotes without spaces", ">".repeat(N) + " up:: [[a]]\n"],
		["alternating quotes and list markers", "> - ".repeat(N) + "up:: [[a]]\n"],
		["a list item indented 20,000 spaces", " ".repeat(2 * N) + "- up:: [[a]]\n"],
		["[[ nested inside [[", "up:: " + "[[".repeat(N) + "a" + "]]".repeat(N) + "\n"],
	])("%s: the field is still read", (_name, text) => {
		checkAll(text);
		expect(targets(text)).toEqual(["a"]);
	});

	test("a staircase of 2,000 ever deeper list items, each with a field", () => {
		const text = Array.from({ length: 2000 }, (_, i) => " ".repeat(i) + `- up:: [[s${i}]]`).join("\n");
		const rels = parents(text);
		expect(rels.map((r) => r.line)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
		checkScanner(text);
		checkTables(text);
		expect(removeParent(text, inlineAt(2000, "s1999"))).toBe(text.slice(0, text.lastIndexOf("\n")));
	});

	test.each([
		["unclosed [[", "up:: " + "[[".repeat(N) + "\n"],
		["unclosed (", "up:: " + "(".repeat(N) + "\n(up:: " + "(".repeat(N) + ")\n"],
		["unclosed [up:: in brackets", "[up:: ".repeat(500) + "\n"],
		["nested (up:: brackets", "(up:: ".repeat(N) + ")".repeat(N) + "\n"],
		["markdown link text nested 2,000 deep", "up:: " + "[".repeat(2000) + "a" + "](b)".repeat(2000) + "\n"],
		["YAML opening { 10,000 times", "---\nup: " + "{".repeat(N) + "\n---\nup:: [[body]]\n"],
		["YAML [ nested 10,000 deep", "---\nup: " + "[".repeat(N) + "]".repeat(N) + "\n---\nup:: [[body]]\n"],
		["YAML mappings nested 10,000 deep", "---\nup: " + "{a: ".repeat(N) + "}".repeat(N) + "\n---\nup:: [[body]]\n"],
		["YAML lists nested 10,000 deep", "---\nup:\n" + "- ".repeat(N) + "a\n---\nup:: [[body]]\n"],
		["10,000 unclosed %% lines", "%%\n".repeat(N) + "up:: [[a]]\n"],
		["3,000 fences of both kinds", "```\nup:: [[a]]\n~~~\n".repeat(3000)],
		["10,000 unclosed HTML comments", "<!--\nup:: [[x]]\n".repeat(N)],
	])("%s: no throw, sane results", (_name, text) => {
		checkAll(text);
	});

	test("front matter that does not parse still leaves the body's fields", () => {
		for (const open of ["{", "[", "{a: "]) {
			const text = "---\nup: " + open.repeat(N) + "\n---\nup:: [[body]]\n";
			expect(targets(text)).toContain("body");
		}
	});
});

/** About 420 characters of realistic markdown, with three parent fields the scanner must find and three it must not. */
function block(i: number): string {
	return [
		`## Section ${i}`,
		"",
		`Some prose with a [[link ${i}]], **bold** text, a url https://example.com/${i} and a time 10:30.`,
		`up:: [[Parent ${i}]]`,
		"- a list item",
		`- [up:: [[List parent ${i}]]] in a list`,
		`> quoted [[link ${i}]]`,
		"| Criteria | A | B |",
		"|---|---|---|",
		`| cost | ${i} | 2 |`,
		"",
		"```python",
		`up:: [[not a field ${i}]]`,
		"```",
		`%% up:: [[Comment parent ${i}]] %%`,
		`<!-- up:: [[hidden ${i}]] -->`,
		"",
	].join("\n");
}
const BLOCK_LINES = 17;

describe("very large notes", () => {
	test("a 10 MB note: every parent field found, on its line; tables counted; a removal byte-exact", () => {
		const blocks: string[] = [];
		let size = 0;
		while (size < 10 * 1024 * 1024) {
			blocks.push(block(blocks.length));
			size += blocks[blocks.length - 1].length + 1;
		}
		const text = "---\ntitle: Big\n---\n" + blocks.join("\n");
		expect(text.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
		const n = blocks.length;

		const rels = parents(text);
		expect(rels.length).toBe(3 * n);
		const last = rels.slice(-3);
		const first = 4 + (n - 1) * BLOCK_LINES;
		expect(last.map((r) => [r.link.target, r.line])).toEqual([
			[`Parent ${n - 1}`, first + 3],
			[`List parent ${n - 1}`, first + 5],
			[`Comment parent ${n - 1}`, first + 14],
		]);
		expect(scanInlineFields(text, { readComments: false, keys: new Set(["up"]) }).length).toBe(2 * n);
		expect(parseTables(text).length).toBe(n);

		const removed = removeParent(text, inlineAt(first + 3, `Parent ${n - 1}`));
		expect(removed).toBe(text.replace(`up:: [[Parent ${n - 1}]]\n`, ""));
	});

	test("one 1 MB line of parent links: every link read, one removed, one replaced, one added in place", () => {
		const links: string[] = [];
		for (let size = 0; size < 1024 * 1024; size += links[links.length - 1].length + 2) links.push(`[[n${links.length}]]`);
		const text = `# Big line\nup:: ${links.join(", ")}\nafter\n`;
		const rels = parents(text);
		expect(rels.length).toBe(links.length);
		expect(rels.every((r) => r.line === 2)).toBe(true);
		const k = links.length >> 1;
		expect(removeParent(text, inlineAt(2, `n${k}`))).toBe(text.replace(`, [[n${k}]]`, ""));
		expect(replaceParent(text, inlineAt(2, `n${k}`), "[[m]]")).toBe(text.replace(`[[n${k}]]`, "[[m]]"));
		expect(addParent(text, "[[Zeta]]", auto)).toEqual({ text: text.replace("\nafter", ", [[Zeta]]\nafter"), line: 2 });
	});

	test("1 MB table rows: a long cell, 300,000 cells, and a corner of 200,000 unclosed brackets", () => {
		const cell = "x".repeat(1024 * 1024);
		const wide = "| a ".repeat(300_000) + "|";
		const corner = "[".repeat(200_000) + "](".repeat(100_000) + "<a".repeat(100_000);
		const text = ["| Criteria | A | B |", "|---|---|---|", `| cost | ${cell} | 2 |`, wide, "", `| ${corner} | A | B |`, "|---|---|---|", "| speed | 1 | 2 |"].join("\n");
		const tables = parseTables(text);
		expect(tables.map((t) => t.rows.length)).toEqual([2, 1]);
		expect(tables[0].rows[0][1]).toBe(cell);
		expect(tables[0].rows[1]).toEqual(["a", "a", "a"]);
		expect(tables[1].header[0]).toBe(corner);
		for (const table of tables) expect(detectComparison(table).reason).not.toBe("");
		expect(detectComparison(tables[1], "on").comparison?.items).toEqual(["A", "B"]);
	});

	test("100,000 lines, every tenth a field; and 100,000 lines that are all fields", () => {
		const lines = Array.from({ length: 100_000 }, (_, i) => (i % 10 === 9 ? `up:: [[p${i}]]` : `line ${i} of prose`));
		const text = lines.join("\n");
		const rels = parents(text);
		expect(rels.length).toBe(10_000);
		expect(rels[rels.length - 1].line).toBe(100_000);
		checkTables(text);

		const all = "up:: [[a]]\n".repeat(100_000);
		expect(lineCount(all)).toBe(100_001);
		expect(parents(all).length).toBe(100_000);
		// Finding the last field walks the note once, not once per field.
		expect(removeParent(all, inlineAt(100_000, "a"))).toBe("up:: [[a]]\n".repeat(99_999));
		expect(addParent(all, "[[Zeta]]", auto)?.line).toBe(100_000);
	});
});

describe("regressions found by these tests", () => {
	test("a front matter list item written over two lines is read as one value and left alone by the edits", () => {
		const text = "---\nup:\n- top\n  - [b]\n---\nup:: [[body]]\n";
		expect(() => checkAll(text)).not.toThrow();
		expect(parents(text).map((r) => r.link.target)).toEqual(["top - [b]", "body"]);
	});

	test("a value after a lone \\r, a BOM or a no-break space can be removed (the scanner trims them off)", () => {
		expect(removeParent("up::\rup:: [[b]]\n", inlineAt(1, "b"))).toBe("up::\rup::\n");
		expect(removeParent("Up :: \uFEFF[[b]]\n", inlineAt(1, "b"))).toBe("");
		expect(removeParent("up:: \u00a0[[b]]", inlineAt(1, "b"))).toBe("");
	});

	test("after an unclosed [[, the link removed is the one the index read, not a markdown link it read as text", () => {
		const text = "up:: [[x [A](a.md) [[a]]\n";
		// The unclosed text beside the link is a bare word beside a link: ignored (and reported).
		expect(parents(text).map((r) => [r.link.kind, r.link.target])).toEqual([["wiki", "a"]]);
		expect(removeParent(text, inlineAt(1, "a"))).toBe("up:: [[x [A](a.md)\n");
	});

	test("adding a front matter parent to YAML the key scanner cannot see is refused instead of breaking it", () => {
		const text = "---\n\t up: tab\n---\nbody\n";
		expect(() => addParent(text, "[[Zeta]]", { ...auto, placement: "frontmatter" })).toThrow(EditRefused);
		expect(addParent(text, "[[Zeta]]", auto)).toEqual({ text: text + "up:: [[Zeta]]\n", line: 5 });
		checkEdits(text);
	});

	test("a long line of many bracketed fields and a line indented by 40,000 spaces are edited in one pass", () => {
		const many = "x [up:: [[a]]] ".repeat(20_000) + "[up:: [[b]]]\n";
		expect(removeParent(many, inlineAt(1, "b"))).toBe("x [up:: [[a]]] ".repeat(20_000).trimEnd() + "\n");
		const deep = " ".repeat(40_000) + "- up:: [[a]], [[b]]\n";
		expect(removeParent(deep, inlineAt(1, "b"))).toBe(" ".repeat(40_000) + "- up:: [[a]]\n");
	});

	test("comparing a note whose property contains itself, or expands to millions of values", () => {
		const self: unknown[] = ["a"];
		self.push(self);
		expect(formatPropertyValue(self)).toMatch(/^a(, a)*$/);
		const loop: Record<string, unknown> = { k: 1 };
		loop.self = loop;
		expect(formatPropertyValue(loop)).toBe("");
		let bomb: unknown[] = ["x"];
		for (let d = 0; d < 40; d++) bomb = [bomb, bomb];
		expect(formatPropertyValue(bomb).split(", ").length).toBeLessThanOrEqual(10_000);
	});
});

/** A list aliased into itself `depth` times (`a1: [*a0, *a0]`, ...), as YAML anchors give it, counting element reads. */
function aliasBomb(depth: number): { value: unknown[]; reads: () => number } {
	let reads = 0;
	const counted = (items: unknown[]) =>
		new Proxy(items, {
			get(target, key, receiver) {
				if (typeof key === "string" && /^\d+$/.test(key)) reads++;
				return Reflect.get(target, key, receiver) as unknown;
			},
		});
	let value = counted(["[[x]]", "[[y]]"]);
	for (let d = 0; d < depth; d++) value = counted([value, value]);
	return { value, reads: () => reads };
}

describe("front matter aliases: each list is read once, however often YAML repeats it", () => {
	test("an `up` list aliased into itself is read once per level", () => {
		const text = "---\nup: &x [*x, '[[a]]']\n---\n";
		checkParseNote(text, parse(text));
	});

	// Was a bug in src/core/properties.ts (collectTags): no depth limit and no guard against a list
	// that contains itself, so `tags: &x [*x]` overflowed the stack and parseNote threw.
	test("parseNote does not throw on a tags list that contains itself", () => {
		const text = "---\ntags: &x [*x]\n---\nup:: [[a]]\n";
		expect(targets(text)).toEqual(["a"]);
	});

	// Was a bug in src/core/links.ts (collectFrontmatter): aliases were expanded, so 16 lines of
	// YAML (`a1: &a1 [*a0, *a0]` ...) gave 2^15 relations, and 40 lines 2^40: the parser hung.
	test("an aliased `up` list gives no more relations than the note has characters", () => {
		let yaml = "a0: &a0 ['[[x]]', '[[y]]']\n";
		for (let d = 1; d <= 14; d++) yaml += `a${d}: &a${d} [*a${d - 1}, *a${d - 1}]\n`;
		const text = `---\n${yaml}up: *a14\n---\n`;
		expect(parents(text).length).toBeLessThanOrEqual(text.length);
	});

	// Same bug for Obsidian's cached front matter, where aliases are shared objects: the work grew
	// with the expansion (2^16 element reads here), not with the note.
	test("reading an aliased `up` list from the cache reads each list once", () => {
		const bomb = aliasBomb(14);
		parseNote("fuzz.md", "", DEFAULT_PARSE_SETTINGS, { data: { up: bomb.value } });
		expect(bomb.reads()).toBeLessThanOrEqual(1000);
	});

	// Was a bug in src/core/properties.ts (collectTags): same expansion for tags.
	test("reading aliased tags from the cache reads each list once", () => {
		const bomb = aliasBomb(14);
		parseNote("fuzz.md", "", DEFAULT_PARSE_SETTINGS, { data: { tags: bomb.value } });
		expect(bomb.reads()).toBeLessThanOrEqual(1000);
	});
});
