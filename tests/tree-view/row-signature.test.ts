/** @jest-environment jsdom */
import fc from "fast-check";
import type { TreeRow } from "../../src/core/tree";
import { rowSignature } from "../../src/tree-view/row-signature";
import type { RowDecor } from "../../src/tree-view/rows";
import { buildHost, type TestHost } from "./host";
import { SMALL_VAULT } from "./vault";
import { openTreeView, rowEl, titleOf } from "./view-helpers";
import type { TopicTreeView } from "../../src/tree-view/view";

const ROW: TreeRow = { key: "Topics.md\nProgramming.md", id: "Programming.md", depth: 1, parentId: "Topics.md", childCount: 2, expanded: true, cycleBack: false, match: true, highlights: [[0, 3]] };
const DECOR: RowDecor = { title: "Programming", muted: "", tooltip: "Programming.md", group: false, ghost: false, inCycle: false, alsoUnder: ["Languages"], active: false, focused: false, dropTarget: false, selected: false, posInSet: 1, setSize: 2 };

/** A different value of the same type. */
function other(value: unknown): unknown {
	if (typeof value === "boolean") return !value;
	if (typeof value === "number") return value + 1;
	if (typeof value === "string") return value + "x";
	if (Array.isArray(value)) return [...(value as unknown[]), value.length > 0 && Array.isArray(value[0]) ? [5, 6] : "Other"];
	return "changed";
}

describe("rowSignature", () => {
	test("changing any field of the row or of its decor but its place among siblings changes the signature", () => {
		const base = rowSignature(ROW, DECOR);
		for (const key of Object.keys(ROW) as Array<keyof TreeRow>) {
			expect([key, rowSignature({ ...ROW, [key]: other(ROW[key]) }, DECOR)]).not.toEqual([key, base]);
		}
		for (const key of Object.keys(DECOR) as Array<keyof RowDecor>) {
			if (key === "posInSet" || key === "setSize") continue;
			expect([key, rowSignature(ROW, { ...DECOR, [key]: other(DECOR[key]) })]).not.toEqual([key, base]);
		}
		// The place is written alone (`renderRowPosition`), so one new top-level row does not redraw the rows below it.
		expect(rowSignature(ROW, { ...DECOR, posInSet: 7, setSize: 9 })).toBe(base);
		expect(rowSignature({ ...ROW }, { ...DECOR, alsoUnder: [...DECOR.alsoUnder] })).toBe(base);
	});

	test("titles and paths with any characters never collide", () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.string(), { maxLength: 3 }), (a, b, ua, ub) => {
				const sa = rowSignature({ ...ROW, key: a }, { ...DECOR, title: b, alsoUnder: ua });
				const sb = rowSignature({ ...ROW, key: b }, { ...DECOR, title: a, alsoUnder: ub });
				const same = a === b && ua.length === ub.length && ua.every((x, i) => x === ub[i]);
				expect(sa === sb).toBe(same);
			}),
		);
	});
});

describe("re-rendering only what changed", () => {
	let h: TestHost;
	let view: TopicTreeView;

	beforeEach(async () => {
		h = buildHost(SMALL_VAULT, { data: { view: { expanded: ["Topics.md", "Topics.md\nProgramming.md"] } } });
		view = await openTreeView(h);
	});

	afterEach(async () => {
		await h.app.dispose();
	});

	/** DOM changes inside the rows while `run` runs. */
	function mutationsDuring(run: () => void): MutationRecord[] {
		const observer = new MutationObserver(() => undefined);
		observer.observe(view.scrollEl, { subtree: true, childList: true, attributes: true, characterData: true });
		run();
		const records = observer.takeRecords();
		observer.disconnect();
		return records;
	}

	test("an index update that changes nothing the rows show writes nothing into them", () => {
		expect(titleOf(rowEl(view, "Rust"))).toBe("Rust");
		const records = mutationsDuring(() => h.index.fire(new Set(["Lonely.md"])));
		expect(records).toEqual([]);
	});

	test("a new sibling changes only the other rows' aria-setsize and aria-posinset", async () => {
		h.index.watch();
		const programming = rowEl(view, "Programming");
		const gardening = rowEl(view, "Gardening");
		expect(programming.getAttribute("aria-setsize")).toBe("2");
		let records: MutationRecord[] = [];
		const observer = new MutationObserver((found) => records.push(...found));
		observer.observe(view.scrollEl, { subtree: true, childList: true, attributes: true, characterData: true });
		await h.app.vault.create("Astronomy.md", "up:: [[Topics]]\n");
		await h.app.flush();
		records = [...records, ...observer.takeRecords()];
		observer.disconnect();
		expect(rowEl(view, "Astronomy").getAttribute("aria-posinset")).toBe("1");
		for (const el of [programming, gardening]) {
			expect(el.getAttribute("aria-setsize")).toBe("3");
			const inRow = records.filter((r) => el.contains(r.target));
			expect(inRow.length).toBeGreaterThan(0);
			for (const r of inRow) expect([r.type, r.attributeName]).toEqual(["attributes", expect.stringMatching(/^aria-(setsize|posinset)$|^style$/)]);
		}
	});

	test("renaming one note's title rewrites that row only", async () => {
		h.index.watch();
		const gardening = rowEl(view, "Gardening");
		const file = h.app.vault.getFileByPath("Gardening.md");
		if (!file) throw new Error("no Gardening.md");
		let records: MutationRecord[] = [];
		const observer = new MutationObserver((found) => records.push(...found));
		observer.observe(view.scrollEl, { subtree: true, childList: true, attributes: true, characterData: true });
		await h.app.vault.modify(file, "---\ntitle: Gardens\n---\nup:: [[Topics]]\n");
		await h.app.flush();
		records = [...records, ...observer.takeRecords()];
		observer.disconnect();
		expect(titleOf(rowEl(view, "Gardens"))).toBe("Gardens");
		expect(records.length).toBeGreaterThan(0);
		const outside = records.filter((r) => !gardening.contains(r.target) && r.target !== view.scrollEl.querySelector(".topic-tree-sizer"));
		expect(outside.map((r) => `${r.type} ${(r.target as Element).className ?? ""}`)).toEqual([]);
	});
});
