/** @jest-environment jsdom */
/**
 * A parent chain 10,000 notes deep (issue 16): revealing its deepest note expands 9,999 rows. Row
 * keys and the saved view state must grow with the depth, not with its square (whole ancestor
 * paths as keys wrote 174 MB to data.json at depth 6,000 and took the heap past 2 GB at 10,000).
 * Sizes and counts are asserted, never time.
 */
import { migrateData } from "../../src/settings/settings";
import { buildHost, type TestHost } from "./host";
import { openTreeView } from "./view-helpers";
import type { TopicTreeView } from "../../src/tree-view/view";

/** `DEEP_CHAIN_DEPTH` runs it at another depth (to see the old quadratic growth without waiting for it). */
const DEPTH = Number(process.env.DEEP_CHAIN_DEPTH ?? 10000);

/** n0 ← n1 ← … ← n{depth-1}: each note's parent is the one before it. */
function chain(depth: number): Record<string, string> {
	const files: Record<string, string> = { "n0.md": "" };
	for (let i = 1; i < depth; i++) files[`n${i}.md`] = `up:: [[n${i - 1}]]\n`;
	return files;
}

/** Characters of every row key the view holds. */
function keyChars(view: TopicTreeView): number {
	let total = 0;
	for (const row of view.rows) total += row.key.length;
	return total;
}

/** What data.json would hold for this store. */
function savedBytes(h: TestHost): number {
	return JSON.stringify(h.store.data).length;
}

/** Building two 10,000-note vaults in the double takes seconds; more on a loaded machine. */
const SLOW = 120_000;

/** Bytes a note id takes in JSON ("n1234.md" with quotes) at this depth. */
const ID_BYTES = `"n${DEPTH}.md"`.length;

let h: TestHost;
afterEach(async () => {
	await h.app.dispose();
});

test(`revealing the deepest note of a ${DEPTH}-note chain keeps keys and data.json linear`, async () => {
	h = buildHost(chain(DEPTH));
	const view = await openTreeView(h);
	const before = savedBytes(h);
	const heapBefore = process.memoryUsage().heapUsed;

	expect(view.revealNote(`n${DEPTH - 1}.md`)).toBe(true);

	expect(view.rows.length).toBe(DEPTH);
	expect(view.rows[DEPTH - 1].id).toBe(`n${DEPTH - 1}.md`);
	// Every key is short: a few characters per row, whatever the depth.
	expect(keyChars(view)).toBeLessThan(16 * DEPTH);
	// data.json grows by a small constant per expanded row: the row's id and a reference to its parent.
	const grown = savedBytes(h) - before;
	expect(grown).toBeGreaterThan(0);
	expect(grown).toBeLessThan((ID_BYTES + 16) * DEPTH);
	// The heap grows by far less than the quadratic keys took (2.1–2.8 GB at this depth).
	expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * 1024 * 1024);

	// Reopened over what was saved, the same rows are expanded.
	const again = buildHost(chain(DEPTH), { data: JSON.parse(JSON.stringify(h.store.data)) });
	const reopened = await openTreeView(again);
	expect(reopened.rows.length).toBe(DEPTH);
	await again.app.dispose();
}, SLOW);

test("view state saved by an older version (whole paths as keys) is migrated without losing what was expanded", () => {
	const paths: string[] = [];
	let key = "";
	for (let i = 0; i < 300; i++) {
		key = i === 0 ? "n0.md" : `${key}\nn${i}.md`;
		paths.push(key);
	}
	const legacyBytes = JSON.stringify(paths).length;
	const migrated = migrateData({ view: { expanded: paths } });
	expect(JSON.stringify(migrated.view.expanded).length).toBeLessThan(legacyBytes / 20);
	h = buildHost(chain(301), { data: { view: { expanded: paths } } });
	return openTreeView(h).then((view) => {
		expect(view.rows.length).toBe(301);
		expect(view.rows[300].id).toBe("n300.md");
	});
});
