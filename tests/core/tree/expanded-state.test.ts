import { readSavedExpanded, restoreExpanded, RowKeys, saveExpanded, type SavedStep } from "../../../src/core/tree";

describe("RowKeys", () => {
	it("gives one short key per position, the same one every time", () => {
		const keys = new RowKeys();
		const a = keys.keyOf(["root", "a", "shared"]);
		const b = keys.keyOf(["root", "b", "shared"]);
		expect(a).not.toBe(b);
		expect(keys.keyOf(["root", "a", "shared"])).toBe(a);
		expect(keys.child(keys.keyOf(["root", "a"]), "shared")).toBe(a);
		expect(keys.pathOf(a)).toEqual(["root", "a", "shared"]);
		expect(keys.idOf(b)).toBe("shared");
		expect(keys.depthOf(b)).toBe(2);
		expect(keys.topOf(b)).toBe(keys.keyOf(["root"]));
		expect(keys.keysAbove(["root", "b", "shared"])).toEqual([keys.keyOf(["root"]), keys.keyOf(["root", "b"])]);
	});

	it("tells whether a row is below another", () => {
		const keys = new RowKeys();
		const root = keys.keyOf(["r"]);
		const deep = keys.keyOf(["r", "a", "b"]);
		expect(keys.isBelow(deep, root)).toBe(true);
		expect(keys.isBelow(root, deep)).toBe(false);
		expect(keys.isBelow(root, root)).toBe(false);
		expect(keys.isBelow(keys.keyOf(["s", "a", "b"]), root)).toBe(false);
	});

	it("keys stay short at any depth: the path is not in the key", () => {
		const keys = new RowKeys();
		const path = Array.from({ length: 20000 }, (_, i) => `note ${i}.md`);
		const above = keys.keysAbove(path);
		expect(above).toHaveLength(19999);
		expect(Math.max(...above.map((key) => key.length))).toBeLessThanOrEqual(4);
		expect(keys.size).toBe(19999);
		expect(keys.pathOf(above[above.length - 1])).toEqual(path.slice(0, -1));
	});

	it("knows nothing of keys it did not make", () => {
		const keys = new RowKeys();
		keys.keyOf(["a"]);
		for (const stranger of ["zz", "", "a\nb", "-1", "0.5", "00"]) {
			expect(keys.has(stranger)).toBe(false);
			expect(keys.pathOf(stranger)).toEqual([]);
			expect(keys.idOf(stranger)).toBeUndefined();
		}
	});
});

describe("saved expanded rows", () => {
	it("saves each row once, pointing at the row above, and restores the same rows", () => {
		const keys = new RowKeys();
		const open = [keys.keyOf(["r"]), keys.keyOf(["r", "a"]), keys.keyOf(["r", "a", "b"]), keys.keyOf(["s", "x"])];
		const saved = saveExpanded(keys, open);
		expect(saved).toEqual([
			[-1, "r"],
			[0, "a"],
			[1, "b"],
			[-1, "s", 0],
			[3, "x"],
		]);
		const again = new RowKeys();
		expect(restoreExpanded(again, saved).map((key) => again.pathOf(key).join("/"))).toEqual(["r", "r/a", "r/a/b", "s/x"]);
	});

	it("keeps the most recently expanded rows within the bound", () => {
		const keys = new RowKeys();
		const open = Array.from({ length: 50 }, (_, i) => keys.keyOf(["r", `c${i}`]));
		const saved = saveExpanded(keys, open, 11);
		expect(saved).toHaveLength(11);
		const restored = new RowKeys();
		const ids = restoreExpanded(restored, saved).map((key) => restored.idOf(key));
		expect(ids).toEqual(Array.from({ length: 10 }, (_, i) => `c${40 + i}`));
	});

	it("a row too deep for the bound is skipped, shallower ones still fit", () => {
		const keys = new RowKeys();
		const path = Array.from({ length: 100 }, (_, i) => `n${i}`);
		const saved = saveExpanded(keys, keys.keysAbove(path), 30);
		expect(saved).toHaveLength(30);
		const restored = new RowKeys();
		const open = restoreExpanded(restored, saved);
		expect(open).toHaveLength(30);
		expect(restored.pathOf(open[29])).toEqual(path.slice(0, 30));
	});

	it("migrates whole-path keys of older versions, bounded, linear in size", () => {
		const legacy: string[] = [];
		for (let i = 1; i <= 2000; i++) legacy.push(Array.from({ length: i }, (_, k) => `Topics/n${k}.md`).join("\n"));
		const saved = readSavedExpanded(legacy);
		expect(saved).toHaveLength(2000);
		expect(saved[1999]).toEqual([1998, "Topics/n1999.md"]);
		expect(JSON.stringify(saved).length).toBeLessThan(2000 * 40);
		expect(readSavedExpanded(legacy, 500)).toHaveLength(500);
	});

	it("drops what is not a saved row: wrong shapes, forward references, rows under dropped rows", () => {
		const raw: unknown[] = [
			[-1, "a"],
			[0, "b"],
			[5, "forward"],
			[2, "under forward"],
			["x", "bad parent"],
			[0, ""],
			[0, "c", 1],
			{ id: "d" },
			42,
			"",
			[0, "kept", 0],
			[10, "last"],
		];
		expect(readSavedExpanded(raw)).toEqual<SavedStep[]>([
			[-1, "a"],
			[0, "b"],
			[0, "kept", 0],
			[2, "last"],
		]);
		expect(readSavedExpanded("garbage")).toEqual([]);
		expect(readSavedExpanded(undefined)).toEqual([]);
	});
});
