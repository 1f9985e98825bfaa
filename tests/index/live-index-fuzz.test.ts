/**
 * @jest-environment jsdom
 *
 * The plugin's `LiveIndex`, driven by (the double of) Obsidian's vault events, must end where a
 * fresh LiveIndex over the final vault starts: same nodes, edges with provenance, roots, cycles
 * and problems. Sequences mix creates, modifies, deletes, renames of files and
 * folders (one event per file), parent renames that update links, late events for files already
 * gone, and time passing on fake timers so that the coalescer applies some batches mid-way.
 * Also: a burst of 1,000 modify events in one second is applied in a few passes.
 */
import fc from "fast-check";
import type { TFile } from "obsidian";
import { canonical } from "../core/fuzz/equivalence";
import { noteTextArb, pathArb } from "../core/fuzz/vault-model";
import { FakeTimers } from "./fake-timers";
import { fileAt, filesOf, settle, startIndex, type Harness } from "./harness";

/** Let promises started by fired timers (the index's flush) run to their end. */
const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

type LiveOp =
	| { op: "write"; path: string; text: string }
	| { op: "delete"; path: string }
	| { op: "rename"; from: string; to: string }
	| { op: "renameFolder"; from: string; to: string }
	| { op: "renameParent"; from: string; to: string }
	| { op: "stale"; pick: number; kind: "changed" | "create" | "delete" | "rename"; text: string; oldPath: string }
	| { op: "wait"; ms: number }
	| { op: "settle" };

const folderArb = fc.constantFrom("f", "f/g", "h", "k", "h/f");

const liveOpArb: fc.Arbitrary<LiveOp> = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ op: fc.constant("write" as const), path: pathArb, text: noteTextArb }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), path: pathArb }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("rename" as const), from: pathArb, to: pathArb }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("renameFolder" as const), from: folderArb, to: folderArb }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("renameParent" as const), from: pathArb, to: pathArb }) },
	{
		weight: 2,
		arbitrary: fc.record({
			op: fc.constant("stale" as const),
			pick: fc.nat(),
			kind: fc.constantFrom("changed" as const, "create" as const, "delete" as const, "rename" as const),
			text: noteTextArb,
			oldPath: fc.oneof(pathArb, fc.constant("gone-before/x.md")),
		}),
	},
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("wait" as const), ms: fc.integer({ min: 0, max: 700 }) }) },
	{ weight: 1, arbitrary: fc.constant({ op: "settle" as const }) },
);

/** Performs one operation on the double; `gone` collects the files deleted, for late events. */
async function perform(h: Harness, timers: FakeTimers, op: LiveOp, gone: TFile[]): Promise<void> {
	const { vault, fileManager, metadataCache } = h.app;
	const free = (path: string) => vault.getAbstractFileByPath(path) === null;
	switch (op.op) {
		case "write": {
			const file = vault.getFileByPath(op.path);
			if (file) await vault.modify(file, op.text);
			else await vault.create(op.path, op.text);
			return;
		}
		case "delete": {
			const file = vault.getFileByPath(op.path);
			if (!file) return;
			await fileManager.trashFile(file);
			gone.push(file);
			return;
		}
		case "rename":
		case "renameParent": {
			const file = vault.getFileByPath(op.from);
			if (!file || !free(op.to)) return;
			// A parent renamed with "update internal links": every note linking to it is rewritten too.
			if (op.op === "renameParent") await fileManager.renameFile(file, op.to);
			else await vault.rename(file, op.to);
			return;
		}
		case "renameFolder": {
			const folder = vault.getFolderByPath(op.from);
			if (!folder || !free(op.to) || op.to.startsWith(op.from + "/")) return;
			await vault.rename(folder, op.to);
			return;
		}
		case "stale": {
			// Events that arrive for a file already deleted (maybe after a new file took its path): a
			// late metadata `changed`, a repeated `create` or `delete`, a `rename` from any path.
			const file = gone[op.pick % Math.max(1, gone.length)];
			if (!file) return;
			if (op.kind === "changed") metadataCache.trigger("changed", file, op.text, {});
			else if (op.kind === "rename") vault.trigger("rename", file, op.oldPath);
			else vault.trigger(op.kind, file);
			return;
		}
		case "wait":
			await h.app.flush();
			timers.advance(op.ms);
			await macrotask();
			return;
		case "settle":
			await settle(h);
			return;
	}
}

async function started(files: Record<string, string>): Promise<{ h: Harness; timers: FakeTimers }> {
	const timers = new FakeTimers();
	const h = await startIndex(files, { deps: { timers, quietMs: 100, maxWaitMs: 500 } });
	return { h, timers };
}

describe("LiveIndex under random vault events equals a fresh LiveIndex over the final vault", () => {
	test("from an empty vault, and from a vault made by earlier events", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.tuple(pathArb, noteTextArb), { maxLength: 8 }), fc.array(liveOpArb, { minLength: 1, maxLength: 30 }), async (initial, ops) => {
				const { h, timers } = await started(Object.fromEntries(initial));
				const gone: TFile[] = [];
				for (const op of ops) await perform(h, timers, op, gone);
				await settle(h);
				const fresh = await started(filesOf(h.app));
				expect(canonical(h.index.core.graph)).toEqual(canonical(fresh.h.index.core.graph));
				expect(h.index.status.state).toBe("ready");
				h.index.unload();
				fresh.h.index.unload();
			}),
			{ numRuns: 150 },
		);
	});

	test("late events for deleted files neither bring them back nor disturb a file created at the same path", async () => {
		const { h } = await started({ "a.md": "up:: [[b]]\n", "b.md": "# B\n", "c.md": "up:: [[a]]\n" });
		const old = fileAt(h.app, "a.md");
		await h.app.fileManager.trashFile(old);
		await h.app.vault.create("a.md", "up:: [[c]]\n");
		await settle(h);
		const expected = canonical(h.index.core.graph);
		h.app.metadataCache.trigger("changed", old, "up:: [[b]]\n", {});
		h.app.vault.trigger("create", old);
		await settle(h);
		expect(canonical(h.index.core.graph)).toEqual(expected);
		expect(h.index.core.graph.parentsOf("a.md").map((e) => e.parent)).toEqual(["c.md"]);
	});
});

describe("regressions found by the fuzz test", () => {
	test("a note renamed with its links updated no longer counts its own links by the old name as itself", async () => {
		const { h } = await started({ "Topic.md": "text [up:: [[f/a]], [[Topic]]] (down:: [[Topic]])\n" });
		await h.app.fileManager.renameFile(fileAt(h.app, "Topic.md"), "a.md");
		await settle(h);
		expect(canonical(h.index.core.graph)).toEqual(canonical((await started(filesOf(h.app))).h.index.core.graph));
		expect(h.index.core.graph.parentsOf("a.md").map((e) => e.parent)).toEqual(["ghost:f/a", "ghost:topic"]);
	});

	test("links by the name of a note renamed or deleted before it was indexed resolve again", async () => {
		const files = { "A.md": "", "Ünï.md": "up:: [[a]]\n" };
		for (const end of ["renamed", "deleted"]) {
			const { h } = await started(files);
			await h.app.vault.create("f/g/A.md", "\n");
			await h.app.vault.rename(fileAt(h.app, "f/g/A.md"), "a.md");
			// Obsidian has resolved [[a]] to the new a.md, which the index does not hold yet: a ghost for now.
			if (end === "renamed") await h.app.vault.rename(fileAt(h.app, "a.md"), "f/other.md");
			else await h.app.fileManager.trashFile(fileAt(h.app, "a.md"));
			await settle(h);
			expect(h.index.core.graph.parentsOf("Ünï.md").map((e) => e.parent)).toEqual(["A.md"]);
		}
	});

	test("a late rename event for a deleted file neither keeps it in the index nor removes a file now at its old path", async () => {
		const { h } = await started({ "f/Topic.md": "", "b.md": "up:: [[Topic]]\n" });
		const file = fileAt(h.app, "f/Topic.md");
		await h.app.fileManager.trashFile(file);
		h.app.vault.trigger("rename", file, "gone-before/Topic.md");
		h.app.vault.trigger("rename", file, "b.md");
		h.app.vault.trigger("delete", fileAt(h.app, "b.md"));
		await settle(h);
		expect(h.index.core.graph.has("f/Topic.md")).toBe(false);
		expect(h.index.core.graph.parentsOf("b.md").map((e) => e.parent)).toEqual(["ghost:topic"]);
	});
});

describe("a burst of 1,000 modify events in one second", () => {
	test("is applied in at most 3 passes, parsing each note at most once per pass, ending with every final text", async () => {
		const NOTES = 100;
		const files: Record<string, string> = { "root.md": "# Root\n" };
		for (let i = 0; i < NOTES; i++) files[`n${i}.md`] = `# N${i}\n`;
		const { h, timers } = await started(files);
		const parses: number[] = [];
		const update = h.index.core.update.bind(h.index.core);
		h.index.core.update = (source) => {
			parses[parses.length - 1]++;
			return update(source);
		};
		h.updates.length = 0;
		let updates = 0;
		h.index.on("updated", () => {
			updates++;
			parses.push(0);
		});
		parses.push(0);

		// 1,000 edits, one per millisecond of fake time: each note gets ten, the last naming its parent.
		let midway = 0;
		for (let e = 0; e < 1000; e++) {
			const i = e % NOTES;
			const round = Math.floor(e / NOTES);
			await h.app.vault.modify(fileAt(h.app, `n${i}.md`), round === 9 ? `# N${i}\nup:: [[root]]\n` : `# N${i} draft ${round}\n`);
			await h.app.flush();
			timers.advance(1);
			await macrotask();
			if (e === 600) midway = updates;
		}
		// The quiet period after the burst.
		timers.advance(100);
		await macrotask();

		expect(midway).toBeGreaterThanOrEqual(1); // applied at least every maxWait while the burst lasts
		expect(updates).toBeLessThanOrEqual(3);
		expect(updates).toBe(h.updates.length);
		// Each pass parses only the notes changed since the last one, each once: work follows the
		// distinct notes (here 2 passes of 100 parses), not the 1,000 events.
		const passes = parses.slice(0, updates);
		expect(passes.every((n) => n <= NOTES)).toBe(true);
		expect(passes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(updates * NOTES);
		expect(parses.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(300);
		expect(h.index.core.graph.childrenOf("root.md").length).toBe(NOTES);
		for (let i = 0; i < NOTES; i++) expect(h.index.core.graph.getNote(`n${i}.md`)?.relations.map((r) => r.link.target)).toEqual(["root"]);
		const fresh = await started(filesOf(h.app));
		expect(canonical(h.index.core.graph)).toEqual(canonical(fresh.h.index.core.graph));
	});
});
