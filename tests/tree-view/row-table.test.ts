import fc from "fast-check";
import type { TreeRow } from "../../src/core/tree";
import { RowTable } from "../../src/tree-view/row-table";

/** Rows of a valid flattened tree from a list of depths (each depth at most one deeper than the previous). */
function rowsOf(depths: number[]): TreeRow[] {
	const path: string[] = [];
	return depths.map((depth, i) => {
		path.length = depth;
		const id = `n${i}`;
		const parentId = depth > 0 ? path[depth - 1] : undefined;
		path.push(id);
		return { key: path.join("\n"), id, depth, parentId, childCount: 0, expanded: false, cycleBack: false, match: false, highlights: [] };
	});
}

const depthsArb = fc
	.array(fc.integer({ min: -3, max: 1 }), { maxLength: 60 })
	.map((steps) => {
		const depths: number[] = [];
		let d = 0;
		for (const step of steps) {
			d = depths.length === 0 ? 0 : Math.max(0, Math.min(d + step, depths[depths.length - 1] + 1));
			depths.push(d);
		}
		return depths;
	});

test("parent row, position and set size agree with a direct reading of the rows", () => {
	fc.assert(
		fc.property(depthsArb, (depths) => {
			const rows = rowsOf(depths);
			const table = new RowTable(rows);
			rows.forEach((row, i) => {
				const parent = table.parentIndex(i);
				expect(parent === -1 ? undefined : rows[parent].id).toBe(row.parentId);
				const siblings = rows.map((r, j) => [r, j] as const).filter(([r]) => r.parentId === row.parentId && r.depth === row.depth);
				expect(table.setSize(i)).toBe(siblings.length);
				expect(table.positionInSet(i)).toBe(siblings.findIndex(([, j]) => j === i) + 1);
				expect(table.siblingIndices(i)).toEqual(siblings.map(([, j]) => j));
				expect(table.indexOf(row.key)).toBe(i);
			});
		}),
	);
});

test("looks rows up by key", () => {
	const table = new RowTable(rowsOf([0, 1, 1, 0]));
	expect(table.get("n0\nn2")?.id).toBe("n2");
	expect(table.indexOf("missing")).toBe(-1);
	expect(table.indexOf(null)).toBe(-1);
	expect(table.get(undefined)).toBeUndefined();
});

test("a table that replaces another finds each key where it is now, whether it moved a little or far (property)", () => {
	fc.assert(
		fc.property(fc.integer({ min: 1, max: 200 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: -30, max: 30 })), { maxLength: 5 }), fc.nat(), (n, moves, probe) => {
			const before = rowsOf(Array.from({ length: n }, () => 0));
			const after = before.slice();
			for (const [from, shift] of moves) {
				const [row] = after.splice(from % after.length, 1);
				after.splice(Math.max(0, Math.min(after.length, (from % (after.length + 1)) + shift)), 0, row);
			}
			const old = new RowTable(before);
			for (const row of before) old.indexOf(row.key);
			old.indexOf("gone");
			const table = new RowTable(after, old);
			const key = after[probe % after.length].key;
			expect(table.indexOf(key)).toBe(after.findIndex((row) => row.key === key));
			expect(table.indexOf("gone")).toBe(-1);
		}),
	);
});
