/**
 * Bad input at the core: each hostile note of tests/fixtures/hostile-vault/ is reported with its
 * kind, line and a readable message, and the rest of the hierarchy stays usable. Generated cases
 * cover what a fixture cannot hold: cycles of every length, 1,000 parents, Unicode forms.
 */
import fc from "fast-check";
import { TopicIndex } from "../../src/core/topic-index";
import { relatedNotes, TreeModel } from "../../src/core/tree";
import { DEFAULT_PARSE_SETTINGS, type Problem } from "../../src/core/types";
import { hostileFiles, IMG_PAYLOAD, manyParents, payloadRan } from "../helpers/hostile-vault";

function indexOf(files: Record<string, string>): TopicIndex {
	const index = new TopicIndex(DEFAULT_PARSE_SETTINGS);
	index.indexAll(Object.entries(files).map(([path, text]) => ({ path, text })));
	return index;
}

const hostile = indexOf(hostileFiles());
const graph = hostile.graph;
const parentsOf = (id: string, index = hostile) => index.graph.parentsOf(id).map((e) => e.parent).sort();
const problemsOf = (path: string): Array<Pick<Problem, "line" | "severity" | "code">> =>
	graph.problemsOf(path).map(({ line, severity, code }) => ({ line, severity, code }));

describe("front matter", () => {
	test("invalid YAML: a warning inside the block with js-yaml's reason; the body's fields still count", () => {
		expect(problemsOf("Invalid YAML.md")).toEqual([{ line: 4, severity: "warning", code: "invalid-frontmatter" }]);
		expect(graph.problemsOf("Invalid YAML.md")[0].message).toBe("invalid front matter: missed comma between flow collection entries");
		expect(graph.getNode("Invalid YAML.md")?.title).toBe("Invalid YAML");
		expect(parentsOf("Invalid YAML.md")).toEqual(["Hub.md"]);
	});

	test("`---js` front matter is refused, never run; the title falls back to the file name", () => {
		expect(problemsOf("Code front matter.md")).toEqual([{ line: 1, severity: "warning", code: "refused-engine" }]);
		expect(graph.problemsOf("Code front matter.md")[0].message).toBe('front matter in "js" is code and is never run; its properties are ignored');
		expect(payloadRan()).toBe(false);
		expect(graph.getNode("Code front matter.md")?.title).toBe("Code front matter");
		expect(parentsOf("Code front matter.md")).toEqual(["Hub.md"]);
	});
});

describe("cycles and self links", () => {
	test("the fixture's 2- and 3-cycles: an error on every declaring line, naming the whole loop", () => {
		expect(graph.cycles().map((c) => [...c].sort())).toEqual([
			["cycles/Three 1.md", "cycles/Three 2.md", "cycles/Three 3.md"],
			["cycles/Two A.md", "cycles/Two B.md"],
		]);
		expect(graph.problemsOf("cycles/Three 2.md")).toEqual([
			{ path: "cycles/Three 2.md", line: 1, severity: "error", code: "cycle", message: "cycle: cycles/Three 1 → cycles/Three 2 → cycles/Three 3 → cycles/Three 1" },
		]);
	});

	test("a cycle of any length is reported once per member, has one root, and flattens", () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 80 }), fc.integer({ min: 0, max: 79 }), (length, shift) => {
				const names = Array.from({ length }, (_, i) => `n${i}`);
				const files: Record<string, string> = {};
				names.forEach((name, i) => (files[`${name}.md`] = `intro\nup:: [[${names[(i + 1) % length]}]]\n`));
				const index = indexOf(files);
				const errors = index.graph.problems().filter((p) => p.code === "cycle");
				expect(errors).toHaveLength(length);
				expect(errors.every((p) => p.line === 2 && p.severity === "error")).toBe(true);
				if (length <= 10) {
					// Named in full, from the cycle's first member, the same in every error.
					expect(errors[0].message.split(" → ")).toHaveLength(length + 1);
					expect(new Set(errors.map((p) => p.message)).size).toBe(1);
				} else {
					// Eight names from the declaring note on, then the count of the rest and the way back.
					for (const p of errors) {
						const me = p.path.replace(/\.md$/, "");
						const i = names.indexOf(me);
						const eight = Array.from({ length: 8 }, (_, k) => names[(i + k) % length]);
						expect(p.message).toBe(`cycle of ${length} notes: ${eight.join(" → ")} → … and ${length - 8} more → ${me}`);
					}
				}
				const model = new TreeModel(index.graph);
				expect(model.roots()).toHaveLength(1);
				const all = model.flatten({ expanded: new Set(), expandWhere: () => true });
				expect(new Set(all.map((r) => r.id)).size).toBe(length);
				expect(all.filter((r) => r.cycleBack)).toHaveLength(1);
				// Breaking any one link ends the cycle.
				const broken = names[shift % length];
				index.update({ path: `${broken}.md`, text: "intro\n" });
				expect(index.graph.cycles()).toEqual([]);
				expect(index.graph.problems().filter((p) => p.code === "cycle")).toEqual([]);
			}),
			{ numRuns: 40 },
		);
	});

	// Was a bug (src/core/graph/problems.ts, `cycleProblems`): the message named every member, so a
	// cycle of n notes printed n lines of n names each (a 1,000-note cycle: about 1,000 lines of 9 kB
	// in `topic-tree check` and in Show hierarchy problems). It names a few and counts the rest.
	test("a long cycle's message stays short: a few names and the count of the rest", () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 1000; i++) files[`n${i}.md`] = `up:: [[n${(i + 1) % 1000}]]\n`;
		const index = indexOf(files);
		const problems = index.graph.problems();
		expect(problems).toHaveLength(1000);
		expect(problems.every((p) => p.code === "cycle" && p.message.length <= 200)).toBe(true);
		expect(index.graph.problemsOf("n998.md").map((p) => p.message)).toEqual([
			"cycle of 1000 notes: n998 → n999 → n0 → n1 → n2 → n3 → n4 → n5 → … and 992 more → n998",
		]);
	});

	test("a tangle of two loops: errors name the loop through its first member, from the declaring note when it is on it", () => {
		// One strongly connected tangle of 13 notes: n0 → n1 → n0, and n0 → m1 → … → m11 → n0.
		const files: Record<string, string> = { "n0.md": "up:: [[n1]]\nup:: [[m1]]\n", "n1.md": "up:: [[n0]]\n" };
		for (let i = 1; i <= 11; i++) files[`m${i}.md`] = `up:: [[${i === 11 ? "n0" : `m${i + 1}`}]]\n`;
		const index = indexOf(files);
		expect(index.graph.cycles()).toHaveLength(1);
		const problems = index.graph.problems();
		expect(problems).toHaveLength(14);
		const messageOf = (path: string) => problems.filter((p) => p.path === path).map((p) => p.message);
		// The loop named is the 12-note one; notes on it are named first in their own errors.
		for (const note of ["n0", ...Array.from({ length: 11 }, (_, i) => `m${i + 1}`)]) {
			for (const message of messageOf(`${note}.md`)) expect(message).toMatch(new RegExp(`^cycle of 12 notes: ${note} → .* → … and 4 more → ${note}$`));
		}
		// n1 is not on that loop: its error names the loop from its start, as the start's own error does.
		const [offLoop] = messageOf("n1.md");
		expect(problems.filter((p) => p.path !== "n1.md" && p.message === offLoop)).toHaveLength(1);
	});

	test("a note naming itself is an error at its line, gets no edge, and keeps its other parents", () => {
		expect(problemsOf("Self.md")).toEqual([{ line: 1, severity: "error", code: "self-parent" }]);
		expect(graph.problemsOf("Self.md")[0].message).toBe("up: 'Self' is the note itself");
		expect(parentsOf("Self.md")).toEqual(["Hub.md"]);
		expect(graph.childrenOf("Self.md")).toEqual([]);
		expect(graph.cycleOf("Self.md")).toBeUndefined();
	});

	test.each([
		["by alias", "up:: [[Self|me]]"],
		["by heading", "up:: [[Self#Top]]"],
		["with the extension", "up:: [[Self.md]]"],
		["in front matter", '---\nup: "[[Self]]"\n---\n'],
		["as a bare name", "up:: Self"],
		["as a child", "down:: [[Self]]"],
	])("a self link %s is a self-parent error too", (_how, text) => {
		const index = indexOf({ "Self.md": text });
		expect(index.graph.problems().map((p) => p.code)).toEqual(["self-parent"]);
		expect(index.graph.parentsOf("Self.md")).toEqual([]);
	});
});

describe("1,000 parents on one note", () => {
	test.each([
		["notes", true],
		["ghost topics", false],
	])("as %s: every parent is indexed and the note is listed once under each", (_kind, asNotes) => {
		const index = indexOf(manyParents(1000, asNotes));
		expect(index.graph.parentsOf("Kid.md")).toHaveLength(1000);
		const model = new TreeModel(index.graph);
		expect(model.parents("Kid.md")).toHaveLength(1000);
		const rows = model.flatten({ expanded: new Set(model.roots().map((id) => model.keyOf([id]))) });
		expect(rows).toHaveLength(2000);
		expect(rows.filter((r) => r.id === "Kid.md")).toHaveLength(1000);
		const near = relatedNotes(model, index.graph, "Kid.md");
		expect(near.parents).toHaveLength(1000);
		// Paths are capped (20 by default), not one per parent.
		expect(near.paths.length).toBeLessThanOrEqual(20);
		const problems = index.graph.problems();
		expect(problems).toHaveLength(asNotes ? 0 : 1000);
		expect(problems.every((p) => p.line === 3)).toBe(true);
	});
});

describe("names", () => {
	test("duplicate basenames: a bare name takes the first match, a path picks the other", () => {
		expect(parentsOf("Duplicate child.md")).toEqual(["a/Topic.md", "b/Topic.md"]);
		expect(graph.getNode("a/Topic.md")?.title).toBe("Topic");
		expect(graph.getNode("b/Topic.md")?.title).toBe("Topic");
		expect(graph.problemsOf("Duplicate child.md")).toEqual([]);
	});

	test("heading, alias and block links name the note; `^` without `#` is part of the name, as in Obsidian", () => {
		for (const path of ["names/Heading link.md", "names/Alias link.md", "names/Block link.md"]) {
			expect(parentsOf(path)).toEqual(["Hub.md"]);
			expect(graph.problemsOf(path)).toEqual([]);
		}
		expect(parentsOf("names/Caret link.md")).toEqual(["ghost:hub^block1"]);
		expect(graph.getNode("ghost:hub^block1")?.title).toBe("Hub^block1");
		expect(problemsOf("names/Caret link.md")).toEqual([{ line: 1, severity: "warning", code: "unresolved-parent" }]);
	});

	// Was a bug (src/core/links.ts, `PathIndex.resolve`): it cut the linkpath at `#` again, although
	// a link's target has lost its subpath already. A markdown link `[C# notes](C%23%20notes.md)`
	// (what the parent writer writes for such a note, and what Obsidian's resolver, used by the
	// plugin, resolves) became a ghost "C# notes" in the command-line tool and in tests.
	test("a percent-encoded markdown link to a note named with `#` resolves to it", () => {
		const index = indexOf({ "C# notes.md": "", "Kid.md": "up:: [C# notes](C%23%20notes.md)\n" });
		expect(parentsOf("Kid.md", index)).toEqual(["C# notes.md"]);
	});

	test("`#`, `|` and `^` in a title are kept as written", () => {
		expect(graph.getNode("names/Sharp title.md")?.title).toBe("C# | F# ^notes");
		expect(parentsOf("names/Sharp title.md")).toEqual(["Hub.md"]);
	});

	test("emoji and right-to-left names resolve, as notes and as ghosts", () => {
		expect(parentsOf("names/שלום עולם.md")).toEqual(["names/🌱 Garden.md"]);
		expect(parentsOf("names/Under RTL.md")).toEqual(["ghost:مرحبا 🌍", "names/שלום עולם.md"]);
		expect(graph.getNode("ghost:مرحبا 🌍")?.title).toBe("مرحبا 🌍");
	});

	test("a name in decomposed form (as macOS writes file names) matches a link in composed form", () => {
		const index = indexOf({ ["Cafe\u0301.md"]: "# Café\n", "Kid.md": "up:: [[Caf\u00e9]]\n" });
		expect(parentsOf("Kid.md", index)).toEqual(["Caf\u00e9.md"]);
		expect(index.graph.problems()).toEqual([]);
	});

	test("HTML in titles and ghost names is kept as plain text (the views must show it as text)", () => {
		expect(graph.getNode("HTML title.md")?.title).toBe(IMG_PAYLOAD);
		expect(graph.getNode(`ghost:${IMG_PAYLOAD}`)?.title).toBe(IMG_PAYLOAD);
		expect(parentsOf("HTML ghost child.md")).toEqual([`ghost:${IMG_PAYLOAD}`, "ghost:<b onmouseover=alert(1)>bold</b>"].sort());
	});
});

test("the hostile vault as a whole: every note is a node, every problem has a line and a message", () => {
	const notes = [...graph.nodes()].filter((n) => n.kind === "note");
	expect(notes).toHaveLength(Object.keys(hostileFiles()).length);
	for (const p of graph.problems()) {
		expect(p.line).toBeGreaterThan(0);
		expect(p.message.length).toBeGreaterThan(10);
	}
	const model = new TreeModel(graph);
	const rows = model.flatten({ expanded: new Set(), expandWhere: () => true });
	expect(new Set(rows.map((r) => r.id)).size).toBe([...graph.nodes()].length);
});

describe("problem messages quote at most a few hundred characters", () => {
	const BIG = "x".repeat(500_000);
	const longest = (files: Record<string, string>) => {
		const problems = indexOf(files).graph.problems();
		expect(problems.length).toBeGreaterThan(0);
		return Math.max(...problems.map((p) => p.message.length));
	};

	test.each([
		["an inline `up::` value", { "Kid.md": `up:: ${BIG}\n` }],
		["an inline wiki link", { "Kid.md": `up:: [[${BIG}]]\n` }],
		["a front matter value", { "Kid.md": `---\nup: "[[${BIG}]]"\n---\n` }],
		["a bare related name", { "Kid.md": `related:: ${BIG}\n` }],
		["a self link by a long path", { [`${"d/".repeat(2_000)}Self.md`]: `up:: [[${"d/".repeat(2_000)}Self]]\n` }],
		["a front matter engine name", { "Kid.md": `---${BIG}\na: 1\n---\n` }],
	])("%s of 500 KB gives a short message", (_what, files) => {
		expect(longest(files)).toBeLessThan(400);
	});

	test("a cycle through notes with long paths", () => {
		const a = `${"a".repeat(200)}/${"n".repeat(250)}`;
		const b = `${"b".repeat(200)}/${"m".repeat(250)}`;
		expect(longest({ [`${a}.md`]: `up:: [[${b}]]\n`, [`${b}.md`]: `up:: [[${a}]]\n` })).toBeLessThan(800);
	});

	test("the quoted text keeps its start, says how long it was, and never splits a character", () => {
		const message = indexOf({ "Kid.md": `up:: [[${"🌱".repeat(300)}]]\n` }).graph.problems()[0].message;
		expect(message).toMatch(/^up: '(🌱)+…' \(300 characters\) does not exist yet; shown as a ghost topic$/u);
		expect(message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
	});
});

describe("Unicode twins: two file names equal once composed", () => {
	const NFC = "Caf\u00e9.md";
	const NFD = "Cafe\u0301.md";

	test("both notes are kept apart or reported; no link is dropped silently", () => {
		const index = indexOf({ [NFC]: "up:: [[A]]\n", [NFD]: "up:: [[B]]\n", "A.md": "", "B.md": "" });
		const problems = index.graph.problems().filter((p) => p.code === "duplicate-path");
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ path: NFC, severity: "warning" });
		expect(problems[0].message).toContain(`"${NFC}" (composed, NFC)`);
		expect(problems[0].message).toContain(`"${NFD}" (decomposed, NFD)`);
		// The composed file holds the id; the other file's link is named in the problem, not lost unseen.
		expect(index.graph.parentsOf(NFC).map((e) => e.parent)).toEqual(["A.md"]);
		expect(problems[0].message).toMatch(/its links are not read/);
	});

	test("the same result whatever the order the files come in, and incrementally", () => {
		const a = indexOf({ [NFD]: "up:: [[B]]\n", [NFC]: "up:: [[A]]\n", "A.md": "", "B.md": "" });
		const b = new TopicIndex(DEFAULT_PARSE_SETTINGS);
		b.indexAll([{ path: "A.md", text: "" }, { path: "B.md", text: "" }]);
		b.update({ path: NFD, text: "up:: [[B]]\n" });
		b.update({ path: NFC, text: "up:: [[A]]\n" });
		for (const index of [a, b]) {
			expect(index.graph.parentsOf(NFC).map((e) => e.parent)).toEqual(["A.md"]);
			expect(index.graph.problems().map((p) => p.code)).toEqual(["duplicate-path"]);
		}
	});

	test("removing one twin leaves the other, with its own links, and the problem goes", () => {
		const index = indexOf({ [NFC]: "up:: [[A]]\n", [NFD]: "up:: [[B]]\n", "A.md": "", "B.md": "" });
		index.remove(NFC);
		expect(index.graph.parentsOf(NFC).map((e) => e.parent)).toEqual(["B.md"]);
		expect(index.graph.problems()).toEqual([]);
		index.update({ path: NFC, text: "up:: [[A]]\n" });
		expect(index.graph.parentsOf(NFC).map((e) => e.parent)).toEqual(["A.md"]);
		index.remove(NFD);
		expect(index.graph.parentsOf(NFC).map((e) => e.parent)).toEqual(["A.md"]);
		expect(index.graph.problems()).toEqual([]);
		index.remove(NFD);
		expect(index.graph.has(NFC)).toBe(true);
	});

	test("an edit of the shadowed twin is kept for when it takes over", () => {
		const index = indexOf({ [NFC]: "up:: [[A]]\n", [NFD]: "up:: [[B]]\n", "A.md": "", "B.md": "" });
		index.update({ path: NFD, text: "up:: [[A]]\nup:: [[B]]\n" });
		expect(index.graph.parentsOf(NFC).map((e) => e.parent)).toEqual(["A.md"]);
		index.remove(NFC);
		expect(index.graph.parentsOf(NFC).map((e) => e.parent).sort()).toEqual(["A.md", "B.md"]);
	});

	test("renaming a twin away from the shared name, and onto it", () => {
		const index = indexOf({ [NFC]: "up:: [[A]]\n", [NFD]: "up:: [[B]]\n", "A.md": "", "B.md": "" });
		index.rename(NFD, "Other.md");
		expect(index.graph.parentsOf("Other.md").map((e) => e.parent)).toEqual(["B.md"]);
		expect(index.graph.parentsOf(NFC).map((e) => e.parent)).toEqual(["A.md"]);
		expect(index.graph.problems()).toEqual([]);
		index.rename("Other.md", NFD);
		expect(index.graph.has("Other.md")).toBe(false);
		expect(index.graph.parentsOf(NFC).map((e) => e.parent)).toEqual(["A.md"]);
		expect(index.graph.problems().map((p) => p.code)).toEqual(["duplicate-path"]);
	});
});

test("Unicode twins: a late rename of the twin that is not indexed leaves the indexed one alone (found by the index fuzz)", () => {
	const index = new TopicIndex(DEFAULT_PARSE_SETTINGS);
	index.update({ path: "Caf\u00e9.md", text: "up:: [[A]]\n" });
	index.rename("Cafe\u0301.md", "Other.md");
	expect(index.graph.has("Caf\u00e9.md")).toBe(true);
	expect(index.graph.has("Other.md")).toBe(false);
});
