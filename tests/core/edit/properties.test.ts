/**
 * Property tests of the parent edits over generated notes: whatever the note looks like, removing
 * one parent link removes exactly that relation and changes nothing outside its field, and adding
 * one adds exactly one relation and keeps every other line.
 */
import fc from "fast-check";
import { addParent, removeParent, replaceParent } from "../../../src/core/edit/parents";
import { locateFrontmatter, readFrontmatter } from "../../../src/core/frontmatter";
import { parseNote } from "../../../src/core/note";
import { DEFAULT_PARSE_SETTINGS, type LinkRef, type RawRelation } from "../../../src/core/types";
import { linesWithEndings, placed } from "./helpers";

const NAMES = ["alpha", "beta", "Gamma", "delta", "eps"];
const name = fc.constantFrom(...NAMES);
const link = fc.oneof(
	name.map((n) => `[[${n}]]`),
	name.map((n) => `[[${n}|The ${n}]]`),
	name.map((n) => `[[${n}#Part]]`),
	name.map((n) => `[${n}](${n}.md)`),
);
const links = fc.uniqueArray(link, { minLength: 1, maxLength: 4, selector: (l) => l.replace(/^\[\[?|[|#\]].*$/g, "").toLowerCase() });
const sep = fc.constantFrom(", ", ",", " , ", " ");
const word = fc.constantFrom("text", "a note", "see", "**bold**", "1. item", "tail  ", "", "x: y", "50%");

const fullLine = fc
	.tuple(fc.constantFrom("", "- ", "> ", "* [ ] ", "%% "), fc.constantFrom("up", "Up", "**up**"), fc.constantFrom(":: ", "::"), links, sep, fc.constantFrom("", "  ", " %%"))
	.map(([prefix, key, colons, ls, s, tail]) => `${prefix}${key}${colons}${ls.join(s)}${prefix === "%% " ? " %%" : tail === " %%" ? "" : tail}`);
const bracketed = fc
	.tuple(word, fc.constantFrom(["[", "]"], ["(", ")"]), links, sep, word)
	.map(([before, [open, close], ls, s, after]) => `${before} ${open}up:: ${ls.join(s)}${close} ${after}`.trim());
const other = fc.oneof(
	word,
	name.map((n) => `related:: [[${n}]]`),
	name.map((n) => "```\nup:: [[" + n + "]]\n```"),
	fc.constant("# Heading"),
);
const bodyLine = fc.oneof({ weight: 2, arbitrary: fullLine }, { weight: 2, arbitrary: bracketed }, { weight: 3, arbitrary: other });

const quote = fc.constantFrom('"', "'");
const frontmatter = fc.oneof(
	fc.constant(null),
	fc.constant("title: T"),
	fc.tuple(fc.constantFrom("up", "Up"), links, quote, fc.constantFrom("  ", "", "    ")).map(
		([key, ls, q, indent]) => `title: T\n${key}:\n${ls.map((l) => `${indent}- ${q}${l}${q}`).join("\n")}\ntags: [a]`,
	),
	fc.tuple(link, quote).map(([l, q]) => `up: ${q}${l}${q}\nother: 1`),
	fc.tuple(links, quote).map(([ls, q]) => `up: [${ls.map((l) => q + l + q).join(", ")}]`),
);

const note = fc
	.record({
		bom: fc.boolean(),
		fm: frontmatter,
		body: fc.array(bodyLine, { minLength: 0, maxLength: 6 }),
		eol: fc.constantFrom("\n", "\r\n"),
		final: fc.boolean(),
	})
	.map(({ bom, fm, body, eol, final }) => {
		const lines = [...(fm === null ? [] : ["---", fm, "---"]), ...body].join("\n").split("\n");
		const text = lines.join(eol) + (final && lines.length > 0 ? eol : "");
		return (bom ? "\uFEFF" : "") + text;
	});

const parents = (text: string): RawRelation[] => parseNote("n.md", text, DEFAULT_PARSE_SETTINGS).relations.filter((r) => r.kind === "parent");
const nameOf = (l: LinkRef) => l.target.toLowerCase().replace(/\.md$/, "");
const summary = (rels: RawRelation[]) => rels.map((r) => `${r.source}:${nameOf(r.link)}`).sort();

/** The text after the front matter (and after a BOM). */
const body = (text: string) => text.slice(Math.max(locateFrontmatter(text).bodyStart, text.startsWith("\uFEFF") ? 1 : 0));
const noBom = (text: string) => text.replace(/^\uFEFF/, "");

/** Every line of `before` but line `at` (1-based) equals the corresponding line of `after`. */
function othersKept(before: string, after: string, at: number): boolean {
	const b = linesWithEndings(noBom(before));
	const a = linesWithEndings(noBom(after));
	after = noBom(after);
	const without = [...b.slice(0, at - 1), ...b.slice(at)];
	if (a.length === b.length) return [...a.slice(0, at - 1), ...a.slice(at)].join("") === without.join("");
	if (after === without.join("")) return true;
	// A last line without a newline takes the line break before it.
	return at === b.length && after === without.join("").replace(/\r?\n$/, "");
}

describe("properties of the parent edits", () => {
	test("removing any parent link removes exactly that one and keeps every other line", () => {
		fc.assert(
			fc.property(note, fc.nat(), (text, pick) => {
				const before = parents(text);
				fc.pre(before.length > 0);
				const rel = before[pick % before.length];
				const target = { line: rel.line, source: rel.source, field: rel.field, matches: (l: LinkRef) => nameOf(l) === nameOf(rel.link) };
				const after = removeParent(text, target);
				expect(after).not.toBeNull();
				const expected = summary(before);
				expected.splice(expected.indexOf(`${rel.source}:${nameOf(rel.link)}`), 1);
				expect(summary(parents(after!))).toEqual(expected);
				expect(readFrontmatter("n.md", after!).problems).toEqual(readFrontmatter("n.md", text).problems);
				expect(after!.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
				if (rel.source === "inline") expect(othersKept(text, after!, rel.line)).toBe(true);
				else expect(body(after!)).toBe(body(text));
			}),
			{ numRuns: 600 },
		);
	});

	test("replacing any parent link swaps exactly that one", () => {
		fc.assert(
			fc.property(note, fc.nat(), (text, pick) => {
				const before = parents(text);
				fc.pre(before.length > 0);
				const rel = before[pick % before.length];
				const target = { line: rel.line, source: rel.source, field: rel.field, matches: (l: LinkRef) => nameOf(l) === nameOf(rel.link) };
				const after = replaceParent(text, target, "[[Zeta]]");
				expect(after).not.toBeNull();
				const expected = summary(before);
				expected.splice(expected.indexOf(`${rel.source}:${nameOf(rel.link)}`), 1, `${rel.source}:zeta`);
				expect(summary(parents(after!))).toEqual(expected.sort());
				expect(linesWithEndings(after!).length).toBe(linesWithEndings(text).length);
				if (rel.source === "inline") expect(othersKept(text, after!, rel.line)).toBe(true);
				else expect(body(after!)).toBe(body(text));
			}),
			{ numRuns: 400 },
		);
	});

	test("adding a new parent adds exactly one relation, in any placement, and keeps the other lines", () => {
		fc.assert(
			fc.property(note, fc.constantFrom("auto", "inline", "frontmatter" as const), (text, placement) => {
				const before = parents(text);
				const result = addParent(text, "[[Zeta]]", placed(placement));
				expect(result).not.toBeNull();
				const after = result!.text;
				expect(summary(parents(after))).toEqual([...summary(before), `${parents(after).find((r) => nameOf(r.link) === "zeta")!.source}:zeta`].sort());
				const added = parents(after).find((r) => nameOf(r.link) === "zeta")!;
				expect(added.line).toBe(result!.line);
				if (placement === "inline") expect(added.source).toBe("inline");
				if (placement === "frontmatter") expect(added.source).toBe("frontmatter");
				expect(readFrontmatter("n.md", after).problems).toEqual([]);
				expect(after.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
				if (added.source === "inline") {
					// Either a new last line after the unchanged text, or one line changed in place.
					const appended = after.startsWith(text.replace(/\r?\n$/, "")) && linesWithEndings(after).length > linesWithEndings(text.replace(/^\uFEFF$/, "")).length;
					expect(appended || othersKept(text, after, added.line)).toBe(true);
				} else {
					expect(body(after)).toBe(body(text));
				}
				expect(addParent(after, "[[zeta]]", placed(placement))).toBeNull();
			}),
			{ numRuns: 600 },
		);
	});
});
