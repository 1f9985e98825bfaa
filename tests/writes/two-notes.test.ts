/**
 * Changes that edit two notes (a link declared in both the child and the parent; moving a child
 * listed in its parent's `down::` field) are all or nothing: both notes are checked before either
 * is written, the first write is undone when the second is refused, and the notice says exactly
 * what happened. Also: a front matter value the writer does not edit is refused with its reason.
 */
import { Notice, TFile } from "../obsidian-double";
import { ParentWriter } from "../../src/writes/parent-writer";
import { buildHost, type TestHost } from "../tree-view/host";

let h: TestHost;
let stop: () => void;

function setup(files: Record<string, string>): ParentWriter {
	h = buildHost(files);
	stop = h.index.watch();
	return new ParentWriter(h.host);
}

/** Stops following vault events: the index keeps what it read, as when a change has not been indexed yet. */
function freezeIndex(): void {
	stop();
	stop = () => undefined;
}

/** Runs `after` once, right after the first `Vault.process` call that writes `path` resolves. */
function afterWriting(path: string, after: () => Promise<void>): void {
	const vault = h.app.vault;
	const process = vault.process.bind(vault);
	let done = false;
	vault.process = async (file, fn, options) => {
		const result = await process(file, fn, options);
		if (!done && file.path === path) {
			done = true;
			await after();
		}
		return result;
	};
}

const parentsOf = (path: string) => h.index.core.graph.parentsOf(path).map((e) => e.parent).sort();

beforeEach(() => Notice.reset());
afterEach(async () => {
	stop();
	await h.app.dispose();
});

describe("a link declared in both notes", () => {
	const files = { "P.md": "down:: [[Kid]]\n", "Kid.md": "up:: [[P]]\n" };

	test("when the second note changed since it was indexed, neither is written", async () => {
		const writer = setup(files);
		freezeIndex();
		await h.app.vault.modify(h.app.vault.fileAt("P.md"), "intro\ndown:: [[Kid]]\n");
		const writes = h.app.vault.writes.length;
		expect(await writer.removeParent("Kid.md", "P.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe("up:: [[P]]\n");
		expect(h.app.vault.textOf("P.md")).toBe("intro\ndown:: [[Kid]]\n");
		expect(h.app.vault.writes.length).toBe(writes);
		expect(Notice.messages).toEqual(["P changed since it was indexed; nothing was written"]);
	});

	test("when the second note changes while the first is written, the first is put back", async () => {
		const writer = setup(files);
		freezeIndex();
		afterWriting("Kid.md", () => h.app.vault.modify(h.app.vault.fileAt("P.md"), "typing\ndown:: [[Kid]]\n"));
		expect(await writer.removeParent("Kid.md", "P.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe("up:: [[P]]\n");
		expect(h.app.vault.textOf("P.md")).toBe("typing\ndown:: [[Kid]]\n");
		expect(Notice.messages).toEqual(["P changed since it was indexed; the change to Kid was undone, so nothing was written"]);
	});

	test("when the first note changed again before it could be put back, the notice says it was left changed", async () => {
		const writer = setup(files);
		freezeIndex();
		afterWriting("Kid.md", async () => {
			await h.app.vault.modify(h.app.vault.fileAt("P.md"), "typing\ndown:: [[Kid]]\n");
			await h.app.vault.append(h.app.vault.fileAt("Kid.md"), "more\n");
		});
		expect(await writer.removeParent("Kid.md", "P.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe("more\n");
		expect(Notice.messages).toEqual([
			"P changed since it was indexed; Kid was already changed and changed again since, so it could not be put back: its link to P is removed",
		]);
	});

	test("when writing the second note fails, the first is put back and the notice says why", async () => {
		const writer = setup(files);
		const vault = h.app.vault;
		const process = vault.process.bind(vault);
		vault.process = (file, fn, options) => (file.path === "P.md" ? Promise.reject(new Error("disk full")) : process(file, fn, options));
		expect(await writer.removeParent("Kid.md", "P.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe("up:: [[P]]\n");
		expect(Notice.messages).toEqual(["P could not be written (disk full); the change to Kid was undone, so nothing was written"]);
	});

	test("when both can be written, both are", async () => {
		const writer = setup(files);
		expect(await writer.removeParent("Kid.md", "P.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("");
		expect(h.app.vault.textOf("P.md")).toBe("");
		await h.app.flush();
		expect(parentsOf("Kid.md")).toEqual([]);
	});
});

describe("moving a child listed in its parent's down:: field", () => {
	const files = { "A.md": "down:: [[Kid]]\n", "B.md": "", "Kid.md": "kid\n" };

	test("when the child was renamed and not indexed yet, nothing is written and the parent keeps its link", async () => {
		const writer = setup(files);
		freezeIndex();
		await h.app.vault.rename(h.app.vault.fileAt("Kid.md"), "Kid 2.md");
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(false);
		expect(h.app.vault.textOf("A.md")).toBe("down:: [[Kid]]\n");
		expect(h.app.vault.textOf("Kid 2.md")).toBe("kid\n");
		expect(Notice.messages).toEqual(["Note not found: Kid.md; nothing was written"]);
	});

	test("when the child is renamed while the parent is written, the note it became gets the new parent", async () => {
		const writer = setup(files);
		afterWriting("A.md", async () => {
			await h.app.vault.rename(h.app.vault.fileAt("Kid.md"), "Kid 2.md");
		});
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(true);
		expect(h.app.vault.textOf("A.md")).toBe("");
		expect(h.app.vault.textOf("Kid 2.md")).toBe("kid\nup:: [[B]]\n");
	});

	test("when the child cannot take the new parent, the parent's link is put back", async () => {
		const writer = setup(files);
		freezeIndex();
		afterWriting("A.md", async () => {
			await h.app.vault.modify(h.app.vault.fileAt("Kid.md"), "kid\nup:: [[B]]\n");
		});
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(false);
		expect(h.app.vault.textOf("A.md")).toBe("down:: [[Kid]]\n");
		expect(h.app.vault.textOf("Kid.md")).toBe("kid\nup:: [[B]]\n");
		expect(Notice.messages).toEqual(["Already a parent: B; the change to A was undone, so nothing was written"]);
	});

	test("both notes are written and the child has its new parent", async () => {
		const writer = setup(files);
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(true);
		expect(h.app.vault.textOf("A.md")).toBe("");
		expect(h.app.vault.textOf("Kid.md")).toBe("kid\nup:: [[B]]\n");
		await h.app.flush();
		expect(parentsOf("Kid.md")).toEqual(["B.md"]);
		expect(h.app.vault.getFileByPath("Kid.md")).toBeInstanceOf(TFile);
	});
});

describe("front matter values the writer does not edit", () => {
	test.each([
		[">-", "a folded block (>-)"],
		["|", "a literal block (|)"],
	])("a parent written as a %s block is refused with that reason, not as a changed note", async (indicator, what) => {
		const text = `---\nup: ${indicator}\n  [[A]]\n---\nbody\n`;
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": text });
		expect(parentsOf("Kid.md")).toEqual(["A.md"]);
		expect(await writer.removeParent("Kid.md", "A.md")).toBe(false);
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe(text);
		const why = `Kid: the front matter property "up" is ${what}, which Topic Tree does not edit; change it by hand; nothing was written`;
		expect(Notice.messages).toEqual([why, why]);
	});
});
