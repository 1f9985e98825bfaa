import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import matter from "gray-matter";
import { locateFrontmatter, readFrontmatter } from "../../src/core/frontmatter";
import { displayTitle, getProperty } from "../../src/core/properties";

const P = "note.md";

/** gray-matter's global parse cache, which its typings do not declare. */
const grayMatter = matter as unknown as { cache: Record<string, unknown>; clearCache(): void };

/** Reads a note and asserts the body is what follows the closing fence. */
function bodyOf(text: string): string {
	return text.slice(readFrontmatter(P, text).bodyStart);
}

declare global {
	var __pwned: unknown;
	var __pwnedByDefault: unknown;
}

describe("locating the block", () => {
	test("a note without front matter is all body", () => {
		const r = readFrontmatter(P, "# Title\n\nBody\n");
		expect(r).toMatchObject({ present: false, data: {}, bodyStart: 0, bodyStartLine: 1, problems: [] });
		expect(r.keyLines.size).toBe(0);
	});

	test("LF: the body starts after the closing fence line", () => {
		const text = "---\ntitle: A\n---\nBody line\n";
		const r = readFrontmatter(P, text);
		expect(r.present).toBe(true);
		expect(r.data).toEqual({ title: "A" });
		expect(r.bodyStart).toBe(text.indexOf("Body"));
		expect(r.bodyStartLine).toBe(4);
	});

	test("CRLF: offsets, lines and values are right", () => {
		const text = "---\r\nTitle: A\r\nup: x\r\n---\r\nBody\r\nmore";
		const r = readFrontmatter(P, text);
		expect(r.data).toEqual({ Title: "A", up: "x" });
		expect(r.bodyStart).toBe(text.indexOf("Body"));
		expect(r.bodyStartLine).toBe(5);
		expect(r.keyLines.get("up")).toBe(3);
	});

	test("a BOM is skipped for parsing but counted in offsets", () => {
		const text = "\uFEFF---\ntitle: A\n---\nBody";
		const r = readFrontmatter(P, text);
		expect(r.data).toEqual({ title: "A" });
		expect(r.bodyStart).toBe(text.indexOf("Body"));
		expect(r.bodyStartLine).toBe(4);
		const crlf = "\uFEFF---\r\ntitle: A\r\n---\r\nBody";
		expect(bodyOf(crlf)).toBe("Body");
		expect(locateFrontmatter(text).yamlStart).toBe(5);
	});

	test("the closing fence may have trailing spaces; `...`, `----` and `---x` do not close", () => {
		expect(bodyOf("---\na: 1\n---  \t\nBody")).toBe("Body");
		expect(readFrontmatter(P, "---\na: 1\n...\nBody").present).toBe(false);
		const r = readFrontmatter(P, "---\na: 1\n----\nb: 2\n---\nBody");
		expect(r.bodyStartLine).toBe(6);
		const dashes = readFrontmatter(P, "---\na: 1\n---x: 2\n---\nBody");
		expect(dashes.data).toEqual({ a: 1, "---x": 2 });
		expect(dashes.bodyStartLine).toBe(5);
	});

	test("a closing fence on the last line without a newline ends the text", () => {
		const text = "---\ntitle: A\n---";
		expect(readFrontmatter(P, text)).toMatchObject({ present: true, data: { title: "A" }, bodyStart: text.length, bodyStartLine: 4 });
	});

	test("unclosed front matter is not front matter", () => {
		const text = "---\ntitle: A\nno closing fence\n";
		expect(readFrontmatter(P, text)).toMatchObject({ present: false, data: {}, bodyStart: 0, bodyStartLine: 1, problems: [] });
		expect(readFrontmatter(P, "---").present).toBe(false);
		expect(readFrontmatter(P, "").present).toBe(false);
	});

	test("an opening line that is not a fence is not front matter", () => {
		expect(readFrontmatter(P, "----\na: 1\n---\n").present).toBe(false);
		expect(readFrontmatter(P, "--- a: 1\n---\n").present).toBe(false);
		expect(readFrontmatter(P, " ---\na: 1\n---\n").present).toBe(false);
	});

	test("empty front matter is present, empty and fine", () => {
		expect(readFrontmatter(P, "---\n---")).toMatchObject({ present: true, data: {}, bodyStart: 7, bodyStartLine: 3, problems: [] });
		expect(readFrontmatter(P, "---\n---\nBody")).toMatchObject({ present: true, bodyStart: 8, bodyStartLine: 3, problems: [] });
		expect(readFrontmatter(P, "---\n# only a comment\n---\nBody")).toMatchObject({ present: true, data: {}, problems: [] });
	});

	test("locateFrontmatter reports the block and the engine without parsing", () => {
		const text = "---yaml\na: [unclosed\n---\nBody";
		const loc = locateFrontmatter(text);
		expect(loc).toEqual({ present: true, yamlStart: 8, yamlEnd: text.indexOf("---\nBody"), bodyStart: text.indexOf("Body"), bodyStartLine: 4, engine: "yaml" });
		expect(locateFrontmatter("---\n---\n").engine).toBe("yaml");
		expect(locateFrontmatter("---JS\n---\n").engine).toBe("js");
		expect(locateFrontmatter("no\n---\n").engine).toBe("");
	});

	test("explicit yaml and yml fences are read", () => {
		expect(readFrontmatter(P, "---yaml\na: 1\n---\n").data).toEqual({ a: 1 });
		expect(readFrontmatter(P, "---yml\na: 1\n---\n").data).toEqual({ a: 1 });
	});

	test("property: never throws; the body offset and line agree with the text", () => {
		const line = fc.oneof(fc.constantFrom("---", "--- ", "---js", "a: 1", "b: [", "- x", "  c: 2", "", "\r", "Title: T", "d: 2023-02-02"), fc.string({ maxLength: 12 }));
		fc.assert(
			fc.property(fc.boolean(), fc.array(line, { maxLength: 8 }), fc.constantFrom("\n", "\r\n"), (bom, lines, eol) => {
				const text = (bom ? "\uFEFF" : "") + lines.join(eol);
				const r = readFrontmatter(P, text);
				expect(r.bodyStart).toBeGreaterThanOrEqual(0);
				expect(r.bodyStart).toBeLessThanOrEqual(text.length);
				if (!r.present) {
					expect(r.bodyStart).toBe(0);
					expect(r.data).toEqual({});
				} else if (r.bodyStart < text.length) {
					expect(text.slice(0, r.bodyStart).split("\n").length).toBe(r.bodyStartLine);
					expect(text[r.bodyStart - 1]).toBe("\n");
				}
				for (const p of r.problems) {
					expect(p.line).toBeGreaterThanOrEqual(1);
					expect(p.line).toBeLessThan(r.bodyStartLine);
				}
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("safety", () => {
	afterEach(() => {
		delete globalThis.__pwned;
		delete globalThis.__pwnedByDefault;
	});

	test("the payload really runs under gray-matter's defaults (so the next test means something)", () => {
		matter("---js\n{ x: (globalThis.__pwnedByDefault = 1) }\n---\n", {});
		expect(globalThis.__pwnedByDefault).toBe(1);
	});

	test.each(["js", "javascript", "coffee", "coffeescript", "JS"])("---%s is never executed and is reported", (engine) => {
		const text = `---${engine}\n{ x: (globalThis.__pwned = 1) }\n---\nBody`;
		const r = readFrontmatter(P, text);
		expect(globalThis.__pwned).toBeUndefined();
		expect(r.data).toEqual({});
		expect(r.present).toBe(true);
		expect(text.slice(r.bodyStart)).toBe("Body");
		expect(r.problems).toEqual([expect.objectContaining({ path: P, line: 1, severity: "warning", code: "refused-engine" })]);
	});

	test.each(["toml", "json", "markdown", "constructor", "toString"])("---%s gives empty data and an info problem", (engine) => {
		const text = `---${engine}\ntitle = "A"\n---\nBody`;
		const r = readFrontmatter(P, text);
		expect(r.data).toEqual({});
		expect(bodyOf(text)).toBe("Body");
		expect(r.problems).toEqual([expect.objectContaining({ line: 1, severity: "info", code: "unsupported-frontmatter" })]);
	});

	test("no global cache: results are not shared and gray-matter's cache stays empty", () => {
		grayMatter.clearCache();
		const text = "---\ntitle: A\ntags: [x]\n---\nBody";
		const first = readFrontmatter(P, text);
		first.data.title = "Mutated";
		(first.data.tags as string[]).push("y");
		const second = readFrontmatter(P, text);
		expect(second.data).toEqual({ title: "A", tags: ["x"] });
		expect(Object.keys(grayMatter.cache)).toHaveLength(0);
	});

	test("a __proto__ key does not pollute objects", () => {
		const r = readFrontmatter(P, "---\n__proto__:\n  polluted: 1\ntitle: A\n---\n");
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(r.data.title).toBe("A");
	});
});

describe("invalid front matter", () => {
	test("bad YAML is a warning on the note's line, and the body is still found", () => {
		const text = ["---", "title: A", "up: x", " bad: indentation", "c: 3", "---", "Body"].join("\n");
		const r = readFrontmatter(P, text);
		expect(r.present).toBe(true);
		expect(r.data).toEqual({});
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]).toMatchObject({ path: P, line: 4, severity: "warning", code: "invalid-frontmatter" });
		expect(r.problems[0].message).toContain("bad indentation");
		expect(text.slice(r.bodyStart)).toBe("Body");
		expect(r.bodyStartLine).toBe(7);
	});

	test("the error line counts from the fence also with CRLF and a BOM", () => {
		const text = "\uFEFF---\r\na: 1\r\nb: 2\r\na: 3\r\n---\r\nBody";
		const r = readFrontmatter(P, text);
		expect(r.problems).toEqual([expect.objectContaining({ line: 4, code: "invalid-frontmatter" })]);
		expect(r.problems[0].message).toContain("duplicated mapping key");
		expect(text.slice(r.bodyStart)).toBe("Body");
	});

	test("an error at the end of the block points inside the block", () => {
		const r = readFrontmatter(P, "---\na: 1\nb: [1,\n---\nBody");
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0].line).toBeGreaterThanOrEqual(2);
		expect(r.problems[0].line).toBeLessThanOrEqual(3);
	});

	test.each([
		["a string", "just text"],
		["a list", "- a\n- b"],
		["a number", "42"],
	])("YAML that is %s is not a set of properties", (_label, yaml) => {
		const r = readFrontmatter(P, `---\n${yaml}\n---\nBody`);
		expect(r.data).toEqual({});
		expect(r.keyLines.size).toBe(0);
		expect(r.problems).toEqual([expect.objectContaining({ code: "invalid-frontmatter", severity: "warning" })]);
		expect(r.problems[0].message).toContain("front matter is not a set of properties");
	});

	test("YAML that is null is just empty", () => {
		expect(readFrontmatter(P, "---\n~\n---\n")).toMatchObject({ data: {}, problems: [] });
		expect(readFrontmatter(P, "---\nnull\n---\n")).toMatchObject({ data: {}, problems: [] });
	});
});

describe("values and keys", () => {
	test("capitalised keys are kept as written and found case-insensitively", () => {
		const r = readFrontmatter(P, "---\nTitle: My Note\nTags: mlops, modelops\n---\n");
		expect(r.data).toEqual({ Title: "My Note", Tags: "mlops, modelops" });
		expect(getProperty(r.data, "title")).toBe("My Note");
		expect(displayTitle(P, r.data, "title")).toBe("My Note");
		expect(r.keyLines.get("title")).toBe(2);
		expect(r.keyLines.get("tags")).toBe(3);
	});

	test("dates stay Date objects", () => {
		const r = readFrontmatter(P, "---\nDate: 2023-02-02\nwhen: 2023-02-02T10:30:00Z\n---\n");
		expect(r.data.Date).toBeInstanceOf(Date);
		expect((r.data.Date as Date).toISOString()).toBe("2023-02-02T00:00:00.000Z");
		expect(r.data.when).toBeInstanceOf(Date);
	});

	test("a `prompt:Give me long, ...: ...` line does not stop the other keys", () => {
		const text = [
			"---",
			"Title: What Is MLOps?",
			"prompt:Give me long, markdown blog post on: What is the difference between MLOps and ModelOps?. Use emphasis.",
			"up: \"[[MOC]]\"",
			"---",
			"Body",
		].join("\n");
		const r = readFrontmatter(P, text);
		expect(r.problems).toEqual([]);
		expect(r.data.Title).toBe("What Is MLOps?");
		expect(r.data.up).toBe("[[MOC]]");
		expect(r.keyLines.get("up")).toBe(4);
		expect(r.keyLines.get("prompt:give me long, markdown blog post on")).toBe(3);
	});

	test("keyLines: top-level keys only, by lowercased key, first occurrence", () => {
		const text = [
			"---", // 1
			"# a comment: not a key", // 2
			"Title: A", // 3
			"tags:", // 4
			"- x: not a key", // 5
			"- y", // 6
			"nested:", // 7
			"  inner: 1", // 8
			"\"Quoted Key\": 2", // 9
			"title: second spelling", // 10
			"url: http://example.com", // 11
			"---",
		].join("\n");
		const r = readFrontmatter(P, text);
		expect(r.problems).toEqual([]);
		expect([...r.keyLines.entries()]).toEqual([
			["title", 3],
			["tags", 4],
			["nested", 7],
			["quoted key", 9],
			["url", 11],
		]);
	});
});

/** The sample vault: env var first (CI), then the sibling shared folder of the repo. */
function findCorpus(): string | undefined {
	const repoRoot = path.resolve(__dirname, "../..");
	const candidates = [process.env.TOPIC_TREE_CORPUS, path.resolve(repoRoot, "../shared/corpus/blog-vault")];
	return candidates.find((c): c is string => !!c && fs.existsSync(c));
}

function markdownFiles(dir: string): string[] {
	const out: string[] = [];
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) out.push(...markdownFiles(full));
		else if (entry.name.endsWith(".md")) out.push(full);
	}
	return out;
}

const corpus = findCorpus();
if (!corpus) console.warn("frontmatter corpus tests skipped: set TOPIC_TREE_CORPUS to the blog-vault folder to run them");
const describeCorpus = corpus ? describe : describe.skip;

describeCorpus("the blog-vault corpus", () => {
	const root = corpus ?? "";
	const notes = corpus ? markdownFiles(root).map((f) => ({ path: path.relative(root, f).split(path.sep).join("/"), text: fs.readFileSync(f, "utf8") })) : [];

	test("every note parses without throwing; invalid ones are listed", () => {
		expect(notes.length).toBeGreaterThanOrEqual(300);
		const invalid: string[] = [];
		for (const note of notes) {
			const r = readFrontmatter(note.path, note.text);
			if (r.problems.some((p) => p.code === "invalid-frontmatter")) invalid.push(note.path);
		}
		console.warn(`corpus: ${notes.length} notes, ${invalid.length} with invalid front matter${invalid.length ? ": " + invalid.join(", ") : ""}`);
		expect(invalid.length).toBeLessThan(notes.length / 10);
	});

	test("every note with a Title key gets that title", () => {
		let checked = 0;
		for (const note of notes) {
			const { data } = readFrontmatter(note.path, note.text);
			if (typeof data.Title !== "string" || "title" in data) continue;
			expect(displayTitle(note.path, data, "title")).toBe(data.Title.trim());
			checked++;
		}
		expect(checked).toBeGreaterThan(200);
	});

	test("the note with a `prompt:Give me long, ...` line keeps its other properties", () => {
		const note = notes.find((n) => n.path === "notes/mlops_vs_model_ops.md");
		expect(note).toBeDefined();
		const r = readFrontmatter(note!.path, note!.text);
		expect(r.problems).toEqual([]);
		expect(r.data.Title).toBe("What Is the Difference Between MLOps and ModelOps?");
		expect(r.data.Tags).toContain("modelops");
	});

	test("notes/how_to_count_tokens.md is under [[MOC_Generative_AI]]", () => {
		const note = notes.find((n) => n.path === "notes/how_to_count_tokens.md");
		expect(note).toBeDefined();
		const r = readFrontmatter(note!.path, note!.text);
		expect(r.data.up).toBe("[[MOC_Generative_AI]]");
		expect(note!.text.split("\n")[(r.keyLines.get("up") ?? 0) - 1]).toMatch(/^up:/);
		expect(note!.text.slice(r.bodyStart)).toMatch(/^Counting tokens/);
	});
});
