/**
 * The scanner and link parser against a real vault of 323 notes. Skipped, with a message, when the
 * corpus is absent (set TOPIC_TREE_CORPUS to its folder to run it elsewhere).
 */
import * as fs from "fs";
import * as path from "path";
import matter from "gray-matter";
import { scanInlineFields } from "../../../src/core/fields/scanner";
import { ghostKey, parseFrontmatterLinks, parseLinks } from "../../../src/core/links";

const repoRoot = path.resolve(__dirname, "../../..");
const corpus = [process.env.TOPIC_TREE_CORPUS, path.resolve(repoRoot, "../shared/corpus/blog-vault")].find(
	(dir): dir is string => dir !== undefined && dir !== "" && fs.existsSync(dir),
);

interface Note {
	path: string;
	text: string;
	/** Offset and 1-based line where the body starts, after the front matter. */
	start: number;
	startLine: number;
}

/** gray-matter engine that refuses to run front matter as code. */
function refuse(): object {
	throw new Error("code front matter refused");
}

function markdownFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		return e.isDirectory() ? markdownFiles(p) : e.name.endsWith(".md") ? [p] : [];
	});
}

/** Where the body starts: after a `---` front matter block closed by `---` or `...`. */
function bodyStart(text: string): { start: number; startLine: number } {
	const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
	if (open === null) return { start: 0, startLine: 1 };
	const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
	close.lastIndex = open[0].length;
	const m = close.exec(text);
	if (m === null) return { start: 0, startLine: 1 };
	const start = m.index + m[0].length;
	return { start, startLine: text.slice(0, start).split("\n").length };
}

function loadNotes(dir: string): Note[] {
	return markdownFiles(dir).map((file) => {
		const text = fs.readFileSync(file, "utf8");
		return { path: path.relative(dir, file).split(path.sep).join("/"), text, ...bodyStart(text) };
	});
}

if (corpus === undefined) {
	console.log("Skipping the blog-vault corpus tests: corpus not found (set TOPIC_TREE_CORPUS).");
}

(corpus === undefined ? describe.skip : describe)("blog-vault corpus", () => {
	const notes = corpus === undefined ? [] : loadNotes(corpus);
	const up = new Set(["up"]);
	const inline = notes.map((n) => ({ note: n, fields: scanInlineFields(n.text, { start: n.start, startLine: n.startLine, keys: up }) }));

	test("it holds 323 notes", () => {
		expect(notes).toHaveLength(323);
	});

	test("114 inline up fields in 108 notes, each reported on a line that declares it", () => {
		const withUp = inline.filter((x) => x.fields.length > 0);
		expect(withUp.reduce((sum, x) => sum + x.fields.length, 0)).toBe(114);
		expect(withUp).toHaveLength(108);
		for (const { note, fields } of withUp) {
			const lines = note.text.split("\n");
			for (const f of fields) expect(lines[f.line - 1]).toMatch(/\bup\s*::/i);
		}
	});

	test("each inline up value is exactly one wiki link and nothing else", () => {
		for (const { fields } of inline) {
			for (const f of fields) {
				const { links, rest } = parseLinks(f.value);
				expect({ value: f.value, kinds: links.map((l) => l.kind), rest }).toEqual({ value: f.value, kinds: ["wiki"], rest: [] });
			}
		}
	});

	test("single-colon up: lines in a body are not fields", () => {
		let seen = 0;
		for (const { note, fields } of inline) {
			const body = note.text.slice(note.start).split("\n");
			body.forEach((line, i) => {
				if (!/^\s*up\s*:(?!:)/i.test(line)) return;
				seen++;
				expect(fields.map((f) => f.line)).not.toContain(note.startLine + i);
			});
		}
		expect(seen).toBe(5);
	});

	test("112 unique inline parents plus 1 front matter up = 113 edges from 109 notes", () => {
		const edges = new Map<string, Set<string>>();
		const add = (note: string, target: string): void => {
			const set = edges.get(note) ?? new Set<string>();
			set.add(ghostKey(target));
			edges.set(note, set);
		};
		let inlineUnique = 0;
		for (const { note, fields } of inline) {
			const targets = new Set(fields.flatMap((f) => parseLinks(f.value).links.map((l) => ghostKey(l.target))));
			inlineUnique += targets.size;
			for (const t of targets) add(note.path, t);
		}
		expect(inlineUnique).toBe(112);
		let frontmatterUps = 0;
		for (const note of notes) {
			let data: Record<string, unknown>;
			try {
				data = matter(note.text, { engines: { js: refuse, javascript: refuse } }).data;
			} catch {
				continue;
			}
			for (const [key, value] of Object.entries(data)) {
				if (key.toLowerCase() !== "up") continue;
				for (const l of parseFrontmatterLinks(value).links) {
					frontmatterUps++;
					add(note.path, l.target);
				}
			}
		}
		expect(frontmatterUps).toBe(1);
		expect([...edges.values()].reduce((sum, s) => sum + s.size, 0)).toBe(113);
		expect(edges.size).toBe(109);
	});

	test("the whole vault scans without fences or comments leaking fields", () => {
		const keys = new Map<string, number>();
		for (const n of notes) {
			for (const f of scanInlineFields(n.text, { start: n.start, startLine: n.startLine })) keys.set(f.canonical, (keys.get(f.canonical) ?? 0) + 1);
		}
		expect(Object.fromEntries(keys)).toEqual({ up: 114, x: 172 });
	});
});
