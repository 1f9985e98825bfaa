import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { computeMetadata, createApp } from "./index";

const SAMPLE = [
	"---", //                                       0
	"title: Sample", //                             1
	'up: "[[Parent]]"', //                          2
	"related:", //                                  3
	'  - "[[A]]"', //                               4
	'  - "[[B|bee]]"', //                           5
	"---", //                                       6
	"# Heading one", //                             7
	"", //                                          8
	"Intro [[Link#Sec|alias]], [md](folder/Other%20note.md), [web](https://x.org) #tag/sub #1984", // 9
	"", //                                          10
	"| Criteria | X | Y |", //                     11
	"| --- | :-: | --- |", //                      12
	"| speed | 1 | 2 |", //                        13
	"", //                                          14
	"```js", //                                     15
	"# not a heading", //                           16
	"| a | b |", //                                 17
	"|---|---|", //                                 18
	"```", //                                       19
	"", //                                          20
	"- item [[L1]]", //                             21
	"  - [ ] nested task", //                       22
	"- item 2", //                                  23
	"", //                                          24
	"> [!note] Title", //                           25
	"> body", //                                    26
	"", //                                          27
	"> quote", //                                   28
	"", //                                          29
	"Setext", //                                    30
	"======", //                                    31
	"", //                                          32
	"---", //                                       33
	"", //                                          34
	"![[image.png]] `[[not a link]]` ^block-1", //  35
].join("\n");

const lines = SAMPLE.split("\n");
const at = (line: number, col = 0): { line: number; col: number; offset: number } => ({ line, col, offset: SAMPLE.indexOf(lines[line] + (line + 1 < lines.length ? "\n" : ""), line === 0 ? 0 : SAMPLE.indexOf(lines[line - 1]) + 1) + col });
const endOf = (line: number): { line: number; col: number; offset: number } => at(line, lines[line].length);

describe("metadata cache double: sections and references of a sample note", () => {
	const { cache } = computeMetadata(SAMPLE);

	test("sections have Obsidian's types and exact 0-based positions", () => {
		expect(cache.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([
			["yaml", 0, 6],
			["heading", 7, 7],
			["paragraph", 9, 9],
			["table", 11, 13],
			["code", 15, 19],
			["list", 21, 23],
			["callout", 25, 26],
			["blockquote", 28, 28],
			["heading", 30, 31],
			["thematicBreak", 33, 33],
			["paragraph", 35, 35],
		]);
		const table = cache.sections?.find((s) => s.type === "table");
		expect(table?.position).toEqual({ start: { line: 11, col: 0, offset: SAMPLE.indexOf("| Criteria") }, end: { line: 13, col: 17, offset: SAMPLE.indexOf("| speed") + 17 } });
		const code = cache.sections?.find((s) => s.type === "code");
		expect(code?.position.start).toEqual({ line: 15, col: 0, offset: SAMPLE.indexOf("```js") });
		expect(code?.position.end).toEqual(endOf(19));
	});

	test("front matter, its position and links in its values", () => {
		expect(cache.frontmatter).toEqual({ title: "Sample", up: "[[Parent]]", related: ["[[A]]", "[[B|bee]]"] });
		expect(cache.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 6, col: 3, offset: SAMPLE.indexOf("\n# Heading") } });
		expect(cache.frontmatterLinks).toEqual([
			{ key: "up", link: "Parent", original: "[[Parent]]", displayText: "Parent" },
			{ key: "related.0", link: "A", original: "[[A]]", displayText: "A" },
			{ key: "related.1", link: "B", original: "[[B|bee]]", displayText: "bee" },
		]);
	});

	test("headings, ATX and setext", () => {
		expect(cache.headings?.map((h) => [h.heading, h.level, h.position.start.line])).toEqual([
			["Heading one", 1, 7],
			["Setext", 1, 30],
		]);
		expect(cache.headings?.[0].position.end).toEqual(endOf(7));
	});

	test("links and embeds outside code, with positions; external URLs and code spans skipped", () => {
		expect(cache.links?.map((l) => [l.link, l.displayText, l.original])).toEqual([
			["Link#Sec", "alias", "[[Link#Sec|alias]]"],
			["folder/Other note.md", "md", "[md](folder/Other%20note.md)"],
			["L1", "L1", "[[L1]]"],
		]);
		const first = cache.links?.[0];
		expect(first?.position).toEqual({ start: at(9, 6), end: at(9, 6 + "[[Link#Sec|alias]]".length) });
		expect(cache.embeds?.map((e) => e.link)).toEqual(["image.png"]);
	});

	test("tags (not numbers, not in code), list items, block ids", () => {
		expect(cache.tags?.map((t) => t.tag)).toEqual(["#tag/sub"]);
		expect(cache.tags?.[0].position.start).toEqual(at(9, lines[9].indexOf("#tag")));
		expect(cache.listItems?.map((i) => [i.position.start.line, i.parent, i.task])).toEqual([
			[21, -21, undefined],
			[22, 21, " "],
			[23, -21, undefined],
		]);
		expect(cache.blocks?.["block-1"]?.position.start.line).toBe(35);
	});

	test("invalid front matter keeps the section but no frontmatter", () => {
		const parsed = computeMetadata("---\na: [unclosed\n---\nbody");
		expect(parsed.cache.sections?.[0].type).toBe("yaml");
		expect(parsed.cache.frontmatter).toBeUndefined();
		expect(parsed.frontmatterError).toBeDefined();
	});

	test("a table may follow a paragraph line directly; a pipe line without delimiter row is a paragraph", () => {
		const { cache: c } = computeMetadata("Intro\n| a | b |\n|---|---|\n| 1 | 2 |\nafter\n\n| not | a table |");
		expect(c.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([
			["paragraph", 0, 0],
			["table", 1, 4],
			["paragraph", 6, 6],
		]);
	});
});

type GenBlock = { type: string; lines: string[] };

const word = fc.stringMatching(/^[a-z]{1,8}$/);
const blockArb: fc.Arbitrary<GenBlock> = fc.oneof(
	fc.array(fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" ")), { minLength: 1, maxLength: 3 }).map((ls) => ({ type: "paragraph", lines: ls })),
	fc.tuple(fc.integer({ min: 1, max: 6 }), word).map(([n, w]) => ({ type: "heading", lines: [`${"#".repeat(n)} ${w}`] })),
	fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), word).map(([cols, rows, w]) => ({
		type: "table",
		lines: [`| ${Array(cols).fill(w).join(" | ")} |`, `|${Array(cols).fill("---").join("|")}|`, ...Array.from({ length: rows }, () => `| ${Array(cols).fill("1").join(" | ")} |`)],
	})),
	fc.array(fc.constantFrom("# x", "| a | b |", "|---|---|", "---", "", "- item", "text"), { maxLength: 4 }).map((body) => ({ type: "code", lines: ["```lang", ...body, "```"] })),
	fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ({ type: "list", lines: ws.map((w) => `- ${w}`) })),
	word.map((w) => ({ type: "blockquote", lines: [`> ${w}`] })),
	fc.constant<GenBlock>({ type: "thematicBreak", lines: ["***"] }),
);

describe("metadata cache double: block splitter property", () => {
	test("blocks separated by blank lines come back as sections of the same type and line range", () => {
		fc.assert(
			fc.property(fc.array(blockArb, { minLength: 1, maxLength: 8 }), (blocks) => {
				const text = blocks.map((b) => b.lines.join("\n")).join("\n\n");
				const expected: [string, number, number][] = [];
				let line = 0;
				for (const b of blocks) {
					const last = expected[expected.length - 1];
					// Lists separated only by a blank line are one (loose) list, as in CommonMark.
					if (b.type === "list" && last?.[0] === "list") last[2] = line + b.lines.length - 1;
					else expected.push([b.type, line, line + b.lines.length - 1]);
					line += b.lines.length + 1;
				}
				const sections = computeMetadata(text).cache.sections ?? [];
				expect(sections.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual(expected);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("getFirstLinkpathDest and fileToLinktext", () => {
	const app = createApp({
		"Topic.md": "",
		"notes/Topic.md": "",
		"notes/deep/Other.md": "",
		"projects/Other.md": "",
		"projects/sub/Other.md": "",
		"img/pic.png": "",
		"Read Me.md": "",
	});
	const dest = (link: string, source: string): string | null => app.metadataCache.getFirstLinkpathDest(link, source)?.path ?? null;

	test.each([
		["topic", "x.md", "Topic.md"],
		["Topic", "notes/n.md", "notes/Topic.md"],
		["Other", "notes/n.md", "projects/Other.md"],
		["Other", "projects/sub/x.md", "projects/sub/Other.md"],
		["deep/other.md", "x.md", "notes/deep/Other.md"],
		["notes/topic", "x.md", "notes/Topic.md"],
		["pic.png", "x.md", "img/pic.png"],
		["pic", "x.md", null],
		["./Other", "projects/sub/x.md", "projects/sub/Other.md"],
		["../Other", "projects/sub/x.md", "projects/Other.md"],
		["../Other", "notes/x.md", null],
		["read me", "x.md", "Read Me.md"],
		["missing", "x.md", null],
		["", "notes/Topic.md", "notes/Topic.md"],
	])("%j from %j resolves to %j", (link, source, expected) => {
		expect(dest(link, source)).toBe(expected);
	});

	test("fileToLinktext gives the bare name when it is unique, else the path", () => {
		const file = (p: string) => {
			const f = app.vault.getFileByPath(p);
			if (!f) throw new Error(p);
			return f;
		};
		expect(app.metadataCache.fileToLinktext(file("notes/Topic.md"), "x.md")).toBe("notes/Topic");
		expect(app.metadataCache.fileToLinktext(file("notes/Topic.md"), "notes/n.md")).toBe("notes/Topic");
		expect(app.metadataCache.fileToLinktext(file("Read Me.md"), "notes/n.md")).toBe("Read Me");
		expect(app.metadataCache.fileToLinktext(file("projects/Other.md"), "x.md")).toBe("projects/Other");
		expect(app.metadataCache.fileToLinktext(file("img/pic.png"), "x.md")).toBe("pic.png");
		expect(app.metadataCache.fileToLinktext(file("Topic.md"), "x.md", false)).toBe("Topic.md");
	});
});

const repoRoot = path.resolve(__dirname, "../..");
const corpus = [process.env.TOPIC_TREE_CORPUS, path.resolve(repoRoot, "../shared/corpus/blog-vault")].find((p): p is string => !!p && fs.existsSync(p));
const describeCorpus = corpus ? describe : describe.skip;
if (!corpus) console.log("Skipping the corpus tests of the metadata double: set TOPIC_TREE_CORPUS to the blog-vault folder.");

function markdownFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownFiles(path.join(dir, e.name)) : e.name.endsWith(".md") ? [path.join(dir, e.name)] : []));
}

describeCorpus("metadata cache double on the real corpus", () => {
	test("every note parses into ordered, non-overlapping sections with exact tables and fences", () => {
		const files = markdownFiles(corpus ?? "");
		expect(files.length).toBeGreaterThan(300);
		let tables = 0;
		for (const file of files) {
			const text = fs.readFileSync(file, "utf8");
			const textLines = text.split("\n").map((l) => l.replace(/\r$/, ""));
			const { cache } = computeMetadata(text);
			let previousEnd = -1;
			for (const s of cache.sections ?? []) {
				expect(s.position.start.line).toBeGreaterThan(previousEnd);
				expect(s.position.end.line).toBeGreaterThanOrEqual(s.position.start.line);
				expect(text.slice(s.position.start.offset, s.position.end.offset).split("\n")[0].replace(/\r$/, "")).toBe(textLines[s.position.start.line]);
				previousEnd = s.position.end.line;
				if (s.type === "table") {
					tables++;
					expect(textLines[s.position.start.line]).toContain("|");
					expect(textLines[s.position.start.line + 1]).toMatch(/^\s*\|?\s*:?-+/);
				}
			}
			const inCode = (line: number): boolean => (cache.sections ?? []).some((s) => ["code", "list", "blockquote", "callout", "html", "comment"].includes(s.type) && s.position.start.line <= line && line <= s.position.end.line);
			textLines.forEach((l, i) => {
				if (/^```[^`]*$/.test(l)) expect({ file, line: i, inCode: inCode(i) }).toEqual({ file, line: i, inCode: true });
			});
			if (/^---\r?\n[\s\S]*?\n---\r?(\n|$)/.test(text)) expect(cache.frontmatterPosition?.start.line).toBe(0);
		}
		console.log(`Metadata double: ${files.length} corpus notes, ${tables} tables`);
		expect(tables).toBeGreaterThan(0);
	});
});
