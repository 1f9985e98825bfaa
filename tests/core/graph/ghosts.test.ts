/**
 * GhostTable: a ghost lives while some declaration points at it and takes its title from the
 * first of them in declaration order, whatever order references come and go in; and replacing
 * its first reference again and again costs about log n comparisons each, not n.
 */
import fc from "fast-check";
import { compareDecls, firstDecl, type Decl } from "../../../src/core/graph/decl";
import { GhostTable, ghostTitle } from "../../../src/core/graph/ghosts";

/** Reads of a declaration's `note`: every comparison in declaration order reads two. */
let noteReads = 0;

/** A declaration in `note` at `line`, naming the ghost as `linkpath` (only the fields the table reads). */
function decl(note: string, line: number, linkpath: string): Decl {
	return {
		get note() {
			noteReads++;
			return note;
		},
		index: 0,
		rel: { kind: "parent", field: "up", link: { target: linkpath, embed: false, kind: "wiki" }, source: "inline", line },
		linkpath,
		nameKey: linkpath.toLowerCase(),
		target: "ghost:topic",
	};
}

const ID = "ghost:topic";

describe("GhostTable", () => {
	test("the title follows the first reference in declaration order through random adds and removals", () => {
		const pool = Array.from({ length: 12 }, (_, i) => decl(`n${i % 4}.md`, 1 + (i % 3), i % 2 === 0 ? `Topic ${i}` : `topic ${i}.md`));
		const op = fc.record({ add: fc.boolean(), at: fc.integer({ min: 0, max: pool.length - 1 }) });
		fc.assert(
			fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
				const table = new GhostTable();
				const live = new Set<Decl>();
				let title: string | undefined;
				for (const { add, at } of ops) {
					const d = pool[at];
					if (add) {
						const node = table.add(ID, d);
						live.add(d);
						if (node) title = node.title;
					} else {
						const result = table.delete(ID, d);
						const had = live.delete(d);
						if (!had) expect(result).toBeUndefined();
						else if (result === "gone") title = undefined;
						else if (result) title = result.title;
					}
					expect(table.has(ID)).toBe(live.size > 0);
					const first = firstDecl(live);
					expect(title).toBe(first && ghostTitle(first.linkpath));
				}
			}),
			{ numRuns: 300 },
		);
	});

	test("removing the first of 4,000 references 4,000 times takes about log n comparisons each", () => {
		const n = 4000;
		const table = new GhostTable();
		const refs = Array.from({ length: n }, (_, i) => decl(`kids/c${String(i).padStart(4, "0")}.md`, 1, `Parent ${i}`));
		for (const d of refs) table.add(ID, d);
		noteReads = 0;
		const titles: string[] = [];
		for (let i = 0; i < n - 1; i++) {
			const result = table.delete(ID, refs[i]);
			if (result && result !== "gone") titles.push(result.title);
		}
		// Every removal moved the title on to the next reference.
		expect(titles).toEqual(refs.slice(1).map((d) => d.linkpath));
		expect(table.delete(ID, refs[n - 1])).toBe("gone");
		// A heap costs about 2·log2(n) ≈ 24 comparisons per removal; a rescan would cost n.
		expect(noteReads / 2).toBeLessThanOrEqual(4 * n * Math.log2(n));
	});

	test("references added in reverse order, interleaved with removals of the first, keep the smallest as the title", () => {
		const table = new GhostTable();
		const refs = Array.from({ length: 50 }, (_, i) => decl(`n${String(i).padStart(2, "0")}.md`, 1, `T${i}`));
		for (let i = 49; i >= 25; i--) expect(table.add(ID, refs[i])?.title).toBe(`T${i}`);
		expect(table.delete(ID, refs[25])).toMatchObject({ title: "T26" });
		expect(table.add(ID, refs[3])).toMatchObject({ title: "T3" });
		expect(table.add(ID, refs[30])).toBeUndefined();
		expect(table.delete(ID, refs[3])).toMatchObject({ title: "T26" });
		expect(table.delete(ID, refs[26])).toMatchObject({ title: "T27" });
		expect(compareDecls(refs[27], refs[28])).toBeLessThan(0);
	});
});
