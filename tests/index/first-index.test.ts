/**
 * @jest-environment jsdom
 *
 * The live index's first index reads and parses the vault in chunks, then loads it through the
 * core's bulk path in steps of the same budget. It must end where a fresh core `indexAll` over the
 * same files ends (nodes in the same order, declarations, edges, ghosts, problems, sequences), keep
 * every chunk within the budget with progress reported, and events arriving meanwhile (edits,
 * renames, deletes of notes already read or not yet read, while reading or while linking) must
 * still end in the right state.
 */
import fc from "fast-check";
import type { HierarchyGraph } from "../../src/core/graph";
import { notePath, TopicIndex } from "../../src/core/topic-index";
import { resolveOtherForm } from "../../src/index/live-index";
import { DEFAULT_PARSE_SETTINGS } from "../../src/core/types";
import type { App } from "../obsidian-double";
import { canonical } from "../core/fuzz/equivalence";
import { noteTextArb, pathArb } from "../core/fuzz/vault-model";
import { EXAMPLE_VAULT } from "../helpers/corpus";
import { filesOf, readMarkdown, settle, startIndex, type Harness } from "./harness";

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A fresh core index over these files, as the command builds it; with `app`, resolving links as
 * the live index does: with (the double of) Obsidian's lookup, names composed otherwise tried too.
 */
function coreIndexOf(files: Record<string, string>, app?: App): TopicIndex {
	const obsidian = { resolve: (linkpath: string, source: string) => app?.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null };
	const resolve = (linkpath: string, source: string): string | null => {
		const path = obsidian.resolve(linkpath, source) ?? resolveOtherForm(obsidian, linkpath, source);
		return path === null ? null : notePath(path);
	};
	const index = new TopicIndex(DEFAULT_PARSE_SETTINGS, app ? { resolve } : undefined);
	index.indexAll(Object.entries(files).map(([p, text]) => ({ path: p, text })));
	return index;
}

/** What a fresh index gives, orders included: nodes in order, every declaration, edges in order, and `canonical`'s views. */
function exact(graph: HierarchyGraph) {
	return { ...canonical(graph), order: [...graph.nodes()].map((n) => n.id), edgeOrder: graph.edges().map((e) => `${e.child} -> ${e.parent}`) };
}

/**
 * Starts an index whose clock moves 1 ms at every look and whose scheduled chunks wait in a queue:
 * with a budget of `budget` ms, a chunk reads or links about `budget` notes. `between(chunk)` runs
 * before each queued chunk runs (the first one is chunk 1). `drive` runs a later (re)index the same way.
 */
async function chunkedFirstIndex(
	files: Record<string, string>,
	budget: number,
	between: (h: Harness, chunk: number) => Promise<void> = () => Promise.resolve(),
): Promise<{ h: Harness; chunks: number; drive: () => Promise<number>; spans: number[] }> {
	let clock = 0;
	let start = 0;
	const queue: (() => void)[] = [];
	/** The clock time each chunk took: one tick per look at the clock, so about one per note read or step linked. */
	const spans: number[] = [];
	const schedule = (fn: () => void): void => {
		spans.push(clock - start);
		queue.push(() => {
			start = clock;
			fn();
		});
	};
	const h = await startIndex(files, { ready: false, deps: { now: () => ++clock, schedule, chunkBudgetMs: budget } });
	const drive = async (): Promise<number> => {
		let chunks = 0;
		while (h.index.status.state !== "ready" || queue.length > 0) {
			await macrotask();
			const next = queue.shift();
			if (!next) continue;
			await between(h, ++chunks);
			next();
		}
		return chunks;
	};
	void h.app.layoutReady();
	return { h, chunks: await drive(), drive, spans };
}

/** A vault with ghosts, a cycle, sequences, siblings, related notes, problems and a Unicode name. */
function mixedVault(n: number): Record<string, string> {
	const files: Record<string, string> = {};
	const name = (i: number) => `t${String(i).padStart(3, "0")}`;
	for (let i = 0; i < n; i++) {
		const lines = [`# ${name(i)}`];
		if (i > 0) lines.push(`up:: [[${name(Math.floor((i - 1) / 3))}]]`);
		if (i % 7 === 0) lines.push(`up:: [[Missing ${i % 3}]]`);
		if (i % 5 === 1 && i + 1 < n) lines.push(`next:: [[${name(i + 1)}]]`);
		if (i % 11 === 2) lines.push(`related:: [[${name(i - 1)}]]`, `sibling:: [[${name(i + 2)}]]`);
		if (i % 13 === 3) lines.push("up:: [[", "down:: [[\u00dcn\u00ef]]");
		files[`${i % 4 === 3 ? "deep/" : ""}${name(i)}.md`] = lines.join("\n") + "\n";
	}
	files["\u00dcn\u00ef.md"] = "---\ntitle: Accents\nup: '[[t000]]'\n---\n";
	files["t000.md"] += `up:: [[${name(n - 1)}]]\n`;
	return files;
}

describe("the first index equals a fresh core index over the same files", () => {
	test("over a mixed vault cut into many chunks, each within the budget, with progress while reading and while linking", async () => {
		const files = mixedVault(400);
		const { h, chunks, spans } = await chunkedFirstIndex(files, 20);
		expect(exact(h.index.core.graph)).toEqual(exact(coreIndexOf(files).graph));
		expect(h.index.core.graph.cycles().length).toBe(1);
		const progress = h.statuses.filter((s) => s.state === "indexing");
		// One report per yield while listing the files (none read yet), one as reading starts, then one
		// per yield while reading (the notes read so far) and while linking (all read).
		expect(progress.length).toBe(chunks + 1);
		const listing = progress.filter((s) => s.done === 0);
		const reading = progress.filter((s) => s.done > 0 && s.done < s.total);
		const linking = progress.filter((s) => s.done === s.total);
		expect(listing.length).toBeGreaterThan(5);
		expect(reading.length).toBeGreaterThan(10);
		expect(linking.length).toBeGreaterThan(10);
		expect(progress).toEqual([...listing, ...reading, ...linking]);
		expect(progress.every((s) => s.total === 401)).toBe(true);
		for (let i = 1; i < reading.length; i++) expect(reading[i].done).toBeGreaterThan(reading[i - 1].done);
		expect(h.index.status).toEqual({ state: "ready", done: 401, total: 401 });
		expect(spans.length).toBe(chunks);
		for (const span of spans) expect(span).toBeLessThanOrEqual(22);
		expect(h.updates).toEqual([null]);
	});

	test("over the example vault", async () => {
		const files = readMarkdown(EXAMPLE_VAULT);
		const { h } = await chunkedFirstIndex(files, 5);
		expect(exact(h.index.core.graph)).toEqual(exact(coreIndexOf(files).graph));
		expect(h.index.core.graph.edges().length).toBeGreaterThan(20);
	});

	test("a rebuild after a settings change parses everything again, equal to a fresh index with the new field", async () => {
		const files = { "a.md": "parent:: [[b]]\nup:: [[c]]\n", "b.md": "", "c.md": "" };
		const { h, drive } = await chunkedFirstIndex(files, 2);
		expect(h.index.core.graph.parentsOf("a.md").map((e) => e.parent)).toEqual(["c.md"]);
		h.store.updateSettings({ parentFields: ["parent"] });
		expect(h.index.status.state).toBe("indexing");
		expect(await drive()).toBeGreaterThan(2);
		const fresh = new TopicIndex({ ...DEFAULT_PARSE_SETTINGS, parentFields: ["parent"] });
		fresh.indexAll(Object.entries(files).map(([p, text]) => ({ path: p, text })));
		expect(exact(h.index.core.graph)).toEqual(exact(fresh.graph));
		expect(h.index.core.graph.parentsOf("a.md").map((e) => e.parent)).toEqual(["b.md"]);
	});
});

/**
 * Names of files created or renamed by the operations: the fuzz names, and the decomposed twin of
 * `Ünï` (as macOS writes names), beside the composed one or alone. (The double composes the names
 * of the files an app starts with.)
 */
const livePathArb = fc.oneof({ weight: 8, arbitrary: pathArb }, { weight: 1, arbitrary: fc.constantFrom("U\u0308ni\u0308.md", "f/U\u0308ni\u0308.md") });

type Op = { op: "write"; path: string; text: string } | { op: "delete"; path: string } | { op: "rename"; from: string; to: string; links: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("write" as const), path: livePathArb, text: noteTextArb }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), path: livePathArb }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("rename" as const), from: livePathArb, to: livePathArb, links: fc.boolean() }) },
);

async function perform(h: Harness, op: Op): Promise<void> {
	const { vault, fileManager } = h.app;
	if (op.op === "write") {
		const file = vault.getFileByPath(op.path);
		if (file) await vault.modify(file, op.text);
		else await vault.create(op.path, op.text);
	} else if (op.op === "delete") {
		const file = vault.getFileByPath(op.path);
		if (file) await fileManager.trashFile(file);
	} else {
		const file = vault.getFileByPath(op.from);
		if (!file || vault.getAbstractFileByPath(op.to) !== null) return;
		// With links updated, every note naming the renamed one is rewritten too.
		if (op.links) await fileManager.renameFile(file, op.to);
		else await vault.rename(file, op.to);
	}
	await h.app.flush();
}

describe("events during the first index end in the right state", () => {
	/** How many operations ran while notes were read, and while they were linked (over all runs). */
	const seen = { reading: 0, linking: 0 };

	test("random edits, creates, deletes and renames between chunks, reading or linking, equal a fresh index of the final vault", async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.dictionary(pathArb, noteTextArb, { minKeys: 4, maxKeys: 20 }),
				fc.array(fc.record({ at: fc.integer({ min: 1, max: 12 }), op: opArb }), { minLength: 1, maxLength: 12 }),
				async (files, ops) => {
					const { h } = await chunkedFirstIndex(files, 2, async (harness, chunk) => {
						for (const { at, op } of ops) {
							if (at !== chunk) continue;
							const status = harness.index.status;
							seen[status.done < status.total ? "reading" : "linking"]++;
							await perform(harness, op);
						}
					});
					await settle(h);
					expect(h.index.status.state).toBe("ready");
					expect(canonical(h.index.core.graph)).toEqual(canonical(coreIndexOf(filesOf(h.app), h.app).graph));
					h.index.unload();
				},
			),
			{ numRuns: 120 },
		);
		expect(seen.reading).toBeGreaterThan(20);
		expect(seen.linking).toBeGreaterThan(20);
	});

	test("links naming a note deleted while linking and created again at its path resolve to it (found by the random test)", async () => {
		const files = { "a.md": "up:: [[f/a]]\ndown:: [[h/a]]\n", "f/a.md": "\n", "f/g/a.md": "\n", "h/A.md": "# Old\n" };
		const { h } = await chunkedFirstIndex(files, 2, async (harness, chunk) => {
			const { vault, fileManager } = harness.app;
			if (chunk === 2) await fileManager.trashFile(vault.getFileByPath("h/A.md") as never);
			if (chunk === 4) await vault.create("h/A.md", "# New\n");
			await harness.app.flush();
		});
		await settle(h);
		expect(h.index.core.graph.childrenOf("a.md").map((e) => e.child)).toEqual(["h/A.md"]);
		expect(h.index.core.graph.getNode("ghost:h/a")).toBeUndefined();
		expect(canonical(h.index.core.graph)).toEqual(canonical(coreIndexOf(filesOf(h.app), h.app).graph));
	});

	test("a note edited after it was read, one renamed before it was read, one deleted while linking", async () => {
		const files = { "a.md": "up:: [[b]]\n", "b.md": "", "c.md": "up:: [[a]]\n", "d.md": "up:: [[c]]\n", "e.md": "up:: [[d]]\n", "f.md": "up:: [[e]]\n" };
		const { h } = await chunkedFirstIndex(files, 2, async (harness, chunk) => {
			const { vault, fileManager } = harness.app;
			if (chunk === 1) {
				// a.md is read by now, f.md not yet.
				await vault.modify(vault.getFileByPath("a.md") as never, "up:: [[e]]\n");
				await fileManager.renameFile(vault.getFileByPath("f.md") as never, "g.md");
				await harness.app.flush();
			}
			if (harness.index.status.done === harness.index.status.total && vault.getFileByPath("c.md")) {
				await fileManager.trashFile(vault.getFileByPath("c.md") as never);
				await harness.app.flush();
			}
		});
		await settle(h);
		expect(canonical(h.index.core.graph)).toEqual(canonical(coreIndexOf(filesOf(h.app), h.app).graph));
		expect(h.index.core.graph.parentsOf("a.md").map((e) => e.parent)).toEqual(["e.md"]);
		expect(h.index.core.graph.parentsOf("d.md").map((e) => e.parent)).toEqual(["ghost:c"]);
		expect(h.index.core.graph.has("f.md")).toBe(false);
		expect(h.index.core.graph.parentsOf("g.md").map((e) => e.parent)).toEqual(["e.md"]);
	});
});
