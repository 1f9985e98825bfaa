import fc from "fast-check";
import { scanInlineFields } from "../../../src/core/fields/scanner";
import { canonicalKey } from "../../../src/core/fields/canonical";
import { parseFrontmatterLinks, parseLinks } from "../../../src/core/links";

/** Pieces of inline-field and markdown syntax, so random texts hit the interesting paths often. */
const syntax = fc.constantFrom(
	"::", ":", "up", "Up", " ", "\t", "\n", "\r\n", "[", "]", "(", ")", "[[", "]]", "\\", "`", "```", "~~~", "<!--", "-->",
	"%%", "> ", "- ", "1. ", "- [ ] ", "# ", "**", "_", "|", "#", "Статус", "🎯", "\uFEFF", "a", "https://x",
);
const markdownish = fc.array(fc.oneof(syntax, fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), markdownish);

function lineCount(text: string): number {
	return text.split("\n").length;
}

describe("never throws, always well-formed", () => {
	test("scanInlineFields: lines within [1, number of lines], values trimmed and single-line, canonical consistent", () => {
		fc.assert(
			fc.property(anyText, fc.boolean(), (text, readComments) => {
				const lines = lineCount(text);
				for (const f of scanInlineFields(text, { readComments })) {
					expect(f.line).toBeGreaterThanOrEqual(1);
					expect(f.line).toBeLessThanOrEqual(lines);
					expect(f.value).toBe(f.value.trim());
					expect(f.value.includes("\n")).toBe(false);
					expect(f.key.length).toBeGreaterThan(0);
					expect(f.canonical).toBe(canonicalKey(f.key));
				}
			}),
			{ numRuns: 2000 },
		);
	});

	test("every reported field's line really holds its key and ::", () => {
		fc.assert(
			fc.property(markdownish, (text) => {
				const lines = text.split("\n");
				for (const f of scanInlineFields(text)) {
					const line = lines[f.line - 1];
					expect(line.includes("::")).toBe(true);
					expect(line.includes(f.key)).toBe(true);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	test("start/startLine shift line numbers like a prefix of blank lines would", () => {
		fc.assert(
			fc.property(markdownish, fc.integer({ min: 0, max: 5 }), (body, extra) => {
				// A BOM only means something at the very start of a file, before any front matter:
				// a body that starts with one is outside what this property compares.
				fc.pre(!body.startsWith("\uFEFF"));
				const prefix = "---\nup:: hidden\n" + "\n".repeat(extra) + "---\n";
				const withFm = scanInlineFields(prefix + body, { start: prefix.length, startLine: lineCount(prefix) });
				const alone = scanInlineFields(body);
				const shift = lineCount(prefix) - 1;
				expect(withFm.map((f) => [f.key, f.value, f.line - shift])).toEqual(alone.map((f) => [f.key, f.value, f.line]));
			}),
			{ numRuns: 1000 },
		);
	});

	test("the keys filter returns exactly the matching subset", () => {
		fc.assert(
			fc.property(markdownish, (text) => {
				const all = scanInlineFields(text);
				const filtered = scanInlineFields(text, { keys: new Set(["up"]) });
				expect(filtered).toEqual(all.filter((f) => f.canonical === "up"));
			}),
			{ numRuns: 1000 },
		);
	});

	test("parseLinks never throws; targets are trimmed and non-empty; rest has no empty names", () => {
		fc.assert(
			fc.property(anyText, (value) => {
				const { links, rest } = parseLinks(value);
				for (const l of links) {
					expect(l.target.length).toBeGreaterThan(0);
					expect(l.target).toBe(l.target.trim());
				}
				for (const r of rest) expect(r.trim()).not.toBe("");
			}),
			{ numRuns: 2000 },
		);
	});

	test("parseFrontmatterLinks never throws on any value", () => {
		fc.assert(
			fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }), (value) => {
				const { links, rest } = parseFrontmatterLinks(value);
				expect(Array.isArray(links) && Array.isArray(rest)).toBe(true);
			}),
			{ numRuns: 1000 },
		);
	});

	test("wiki links survive the scanner and parseLinks round trip", () => {
		const name = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "" && !/[[\]|#^\n\r`%<~\\]/.test(s));
		fc.assert(
			fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), fc.boolean(), (names, bracketed) => {
				const list = names.map((n) => `[[${n}]]`).join(", ");
				const text = bracketed ? `text [up:: ${list}] more` : `- up:: ${list}`;
				const [f] = scanInlineFields(text);
				expect(parseLinks(f.value).links.map((l) => l.target)).toEqual(names.map((n) => n.trim()));
			}),
			{ numRuns: 500 },
		);
	});
});
