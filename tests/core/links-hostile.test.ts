/**
 * Links on hostile input: `parseLinks` does work linear in the value however its brackets are
 * unbalanced (counted as characters read and searched, never as time); the searches it makes
 * (LinkText) answer what a plain scan would; PathIndex resolves case twins the same whatever
 * order the notes came in, and reads a `#` left in a target as part of the name.
 */
import fc from "fast-check";
import { LinkText, isSpace } from "../../src/core/link-text";
import { parseLinks, PathIndex } from "../../src/core/links";
import { countStringWork } from "../helpers/string-work";

describe("parseLinks work is linear in the value", () => {
	test.each([
		["`[` n times, `a`, `](b)` n times", (n: number) => "[".repeat(n) + "a" + "](b)".repeat(n)],
		["unclosed `[` on lines of their own", (n: number) => "[\n".repeat(n)],
		["markdown links whose target never ends", (n: number) => "[a](b".repeat(n)],
		["markdown links whose `<target` never closes", (n: number) => "[a](<".repeat(n)],
		["markdown links whose title never closes", (n: number) => '[a](b "t'.repeat(n)],
		["escaped `[` sharing one `]`, then a run of spaces", (n: number) => "[" + "\\[".repeat(n) + "a](" + " ".repeat(n)],
		["`[[` that never closes, with `[` between", (n: number) => "[[a [b".repeat(n)],
		["wiki links cut by line breaks", (n: number) => "[[a\n".repeat(n) + "]]"],
	])("%s", (_name, make) => {
		const small = make(5_000);
		const large = make(10_000);
		const smallWork = countStringWork(() => parseLinks(small));
		const largeWork = countStringWork(() => parseLinks(large));
		// Twice the value, about twice the work (a quadratic parse does four times as much).
		expect(largeWork / smallWork).toBeLessThan(2.5);
		expect(largeWork).toBeLessThanOrEqual(40 * large.length);
	});

	test("the links in those values are still read", () => {
		// `[[` opens no wiki link here (no `]]` follows): the innermost `[a](b)` is the link.
		expect(parseLinks("[".repeat(3) + "a" + "](b)".repeat(3)).links).toEqual([{ target: "b", display: "a", embed: false, kind: "markdown" }]);
		expect(parseLinks("[" + "\\[".repeat(3) + "a](c)").links.map((l) => l.target)).toEqual(["c"]);
		expect(parseLinks("[[a [[b]], [x](y (z)) 'q'").links.map((l) => l.target)).toEqual(["b", "y"]);
	});
});

/** `LinkText.textClose` as a plain scan: the `]` that brings the bracket count from `i` back to 0. */
function textCloseSpec(value: string, i: number): number {
	let depth = 0;
	for (let j = i; j < value.length; j++) {
		const ch = value[j];
		if (ch === "\\") j++;
		else if (ch === "[") depth++;
		else if (ch === "]" && --depth === 0) return j;
	}
	return -1;
}

/** `LinkText.targetEnd` as a plain scan: the first white space or unmatched `)` from `s`. */
function targetEndSpec(value: string, s: number): number {
	let parens = 0;
	for (let k = s; k < value.length; k++) {
		const ch = value[k];
		if (ch === "\\") k++;
		else if (ch === "(") parens++;
		else if (ch === ")" && parens-- === 0) return k;
		else if (isSpace(ch.charCodeAt(0))) return k;
	}
	return value.length;
}

/** Values long enough for the matching pass to take over (its short scans stop at 256 characters). */
const longValue = fc
	.array(fc.constantFrom("[", "]", "(", ")", "\\", " ", "\n", "a", "b", "[[", "](", "\\[", "  "), { minLength: 100, maxLength: 700 })
	.map((parts) => parts.join(""));

describe("LinkText answers what a plain scan would", () => {
	test("in the order parseLinks asks (left to right), and in any order", () => {
		fc.assert(
			fc.property(longValue, fc.array(fc.nat(), { maxLength: 40 }), fc.boolean(), (value, picks, sorted) => {
				const opens = [...value].flatMap((ch, i) => (ch === "[" ? [i] : []));
				const starts = [...value].flatMap((ch, i) => (i > 0 && (value[i - 1] === "(" || value[i - 1] === " ") ? [i] : []));
				const pick = (from: number[]) => picks.filter(() => from.length > 0).map((p) => from[p % from.length]);
				let textAt = pick(opens);
				let targetAt = pick(starts);
				if (sorted) {
					textAt = [...textAt].sort((a, b) => a - b);
					targetAt = [...targetAt].sort((a, b) => a - b);
				}
				const text = new LinkText(value);
				for (let q = 0; q < Math.max(textAt.length, targetAt.length); q++) {
					if (q < textAt.length) expect(text.textClose(textAt[q])).toBe(textCloseSpec(value, textAt[q]));
					if (q < targetAt.length) expect(text.targetEnd(targetAt[q])).toBe(targetEndSpec(value, targetAt[q]));
				}
			}),
			{ numRuns: 400 },
		);
	});

	test("remembered searches give what indexOf gives", () => {
		fc.assert(
			fc.property(longValue, fc.array(fc.tuple(fc.constantFrom("]]", "\n", ">", ")", "'"), fc.nat()), { maxLength: 30 }), (value, queries) => {
				const text = new LinkText(value);
				for (const [token, at] of queries) {
					const from = at % (value.length + 1);
					const got = token === "]]" ? text.wikiCloseFrom(from) : token === "\n" ? text.newlineFrom(from) : text.indexOf(token, from);
					expect(got).toBe(value.indexOf(token, from));
					let end = from;
					while (end < value.length && isSpace(value.charCodeAt(end))) end++;
					expect(text.spacesEnd(from)).toBe(end);
				}
			}),
			{ numRuns: 300 },
		);
	});
});

describe("PathIndex: case twins and `#` in names", () => {
	const TWINS = ["topic.md", "Topic.md", "TOPIC.md", "f/topic.md", "f/Topic.md"];

	test("a link matching twins only case-insensitively resolves to the first in code-unit order, whatever the order of adds and removes", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.boolean(), fc.constantFrom(...TWINS)), { maxLength: 30 }), (ops) => {
				const index = new PathIndex();
				const held = new Set<string>();
				for (const [add, path] of ops) {
					if (add) {
						index.add(path);
						held.add(path);
					} else {
						index.remove(path);
						held.delete(path);
					}
					const fresh = new PathIndex();
					for (const p of [...held].sort().reverse()) fresh.add(p);
					for (const link of ["tOpIc", "f/TOPIC", "/f/tOPIC.md", "topic"]) {
						expect(index.resolve(link, "src.md")).toBe(fresh.resolve(link, "src.md"));
					}
					const atRoot = [...held].filter((p) => !p.includes("/")).sort();
					const exact = held.has("topic.md") ? "topic.md" : null;
					expect(index.resolve("/tOpIc", "x/src.md")).toBe(atRoot[0] ?? null);
					expect(index.resolve("/topic", "x/src.md")).toBe(exact ?? atRoot[0] ?? null);
				}
			}),
			{ numRuns: 300 },
		);
	});

	test("a `#` left in a target is part of the name when a note has it; otherwise the subpath is dropped", () => {
		const index = new PathIndex();
		for (const path of ["C# notes.md", "C.md", "a.md", "f/b#1.md"]) index.add(path);
		expect(index.resolve("C# notes.md", "s.md")).toBe("C# notes.md");
		expect(index.resolve("C# notes", "s.md")).toBe("C# notes.md");
		expect(index.resolve("C#other", "s.md")).toBe("C.md");
		expect(index.resolve("a#Heading", "s.md")).toBe("a.md");
		expect(index.resolve("b#1", "s.md")).toBe("f/b#1.md");
		expect(index.resolve("#only", "s.md")).toBeNull();
		const [link] = parseLinks("[C# notes](C%23%20notes.md)").links;
		expect(link).toEqual({ target: "C# notes.md", display: "C# notes", embed: false, kind: "markdown" });
		expect(index.resolve(link.target, "s.md")).toBe("C# notes.md");
	});
});
