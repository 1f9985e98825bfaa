/** @jest-environment jsdom */
/**
 * *New child note*: the name is asked in a modal; the note is created in the active note's folder
 * (or the ghost-note folder) with its parent link where *Where new parent links go* says, opened,
 * and indexed under its parent; a taken or impossible name gets a message and nothing is written.
 */
import type * as O from "obsidian";
import { ThreadFeature } from "../../src/thread/feature";
import { makeManifest, MarkdownView, openModals, Plugin, type Modal } from "../obsidian-double";
import { buildHost, type TestHost } from "../tree-view/host";
import { openNote, settle } from "../tree-view/view-helpers";

const VAULT = {
	"Topics/Databases.md": "---\ntags: [db]\n---\n# Databases\n",
	"Topics/SQLite.md": "up:: [[Databases]]\n",
	"Loose.md": "",
};

class TestPlugin extends Plugin {}

let h: TestHost;
let feature: ThreadFeature;

function setup(data?: unknown): void {
	h = buildHost(VAULT, { data });
	h.index.watch();
	const plugin = new TestPlugin(h.app, makeManifest({ id: "topic-tree", name: "Topic Tree" }));
	feature = new ThreadFeature(plugin as unknown as O.Plugin, h.host);
	feature.load();
}

afterEach(() => {
	feature?.unload();
	for (const modal of openModals()) modal.close();
});

/** Runs the command, types `name` and presses Enter; returns the modal (still open when refused). */
async function newChild(name: string, command = "new-child-note"): Promise<Modal> {
	expect(h.app.commands.executeCommandById(`topic-tree:${command}`)).toBe(true);
	const modal = openModals()[0];
	const input = modal.contentEl.querySelector("input") as HTMLInputElement;
	input.value = name;
	input.dispatchEvent(new Event("input"));
	input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
	await settle(h);
	return modal;
}

function activeView(): MarkdownView | null {
	const view = h.app.workspace.getMostRecentLeaf()?.view;
	return view instanceof MarkdownView ? view : null;
}

describe("New child note", () => {
	test("creates the note beside its parent with the parent link, opens it, and the tree has it", async () => {
		setup();
		await openNote(h, "Topics/Databases.md");
		const modal = await newChild("DuckDB");
		expect(openModals()).not.toContain(modal);
		expect(h.app.vault.textOf("Topics/DuckDB.md")).toBe("up:: [[Databases]]\n");
		expect(activeView()?.file?.path).toBe("Topics/DuckDB.md");
		expect(h.index.model.children("Topics/Databases.md")).toContain("Topics/DuckDB.md");
	});

	test("the hint names the parent and the folder", async () => {
		setup();
		await openNote(h, "Topics/Databases.md");
		h.app.commands.executeCommandById("topic-tree:new-child-note");
		expect(openModals()[0].contentEl.textContent).toContain("Its parent will be Databases. It goes in Topics.");
	});

	test("front matter placement writes the parent as a property", async () => {
		setup({ settings: { parentPlacement: "frontmatter" } });
		await openNote(h, "Topics/Databases.md");
		await newChild("DuckDB");
		expect(h.app.vault.textOf("Topics/DuckDB.md")).toBe('---\nup:\n  - "[[Databases]]"\n---\n');
		expect(h.index.model.parents("Topics/DuckDB.md")).toEqual(["Topics/Databases.md"]);
	});

	test("the ghost-note folder setting puts it there, making the folder", async () => {
		setup({ settings: { newNoteFolder: "ghost", ghostFolder: "Inbox/New" } });
		await openNote(h, "Topics/Databases.md");
		await newChild("DuckDB.md");
		expect(h.app.vault.textOf("Inbox/New/DuckDB.md")).toBe("up:: [[Databases]]\n");
		expect(h.index.model.parents("Inbox/New/DuckDB.md")).toEqual(["Topics/Databases.md"]);
	});

	test("a name that exists gets a message; nothing is written or overwritten", async () => {
		setup();
		await openNote(h, "Topics/Databases.md");
		const writes = h.app.vault.writes.length;
		const modal = await newChild("SQLite");
		expect(openModals()).toContain(modal);
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toBe("Topics/SQLite.md already exists; choose another name. Nothing was changed.");
		expect(h.app.vault.textOf("Topics/SQLite.md")).toBe(VAULT["Topics/SQLite.md"]);
		expect(h.app.vault.writes.length).toBe(writes);
	});

	test.each([
		["", "Type a name for the new note."],
		["a/b", "A note name cannot contain /"],
		["What?", "A note name cannot contain ?"],
		[".hidden", "A note name cannot start with a dot."],
	])("the name %j is refused: %s", async (name, message) => {
		setup();
		await openNote(h, "Loose.md");
		const modal = await newChild(name);
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toBe(message);
		expect(h.app.vault.getMarkdownFiles()).toHaveLength(3);
	});

	test("is offered only with a note open", async () => {
		setup();
		expect(h.app.commands.executeCommandById("topic-tree:new-child-note")).toBe(false);
		await openNote(h, "Loose.md");
		const modal = await newChild("Under loose");
		expect(openModals()).not.toContain(modal);
		expect(h.app.vault.textOf("Under loose.md")).toBe("up:: [[Loose]]\n");
	});
});

describe("New next note", () => {
	test("creates the note with a previous link to the active note, beside it, and opens it", async () => {
		setup();
		await openNote(h, "Topics/SQLite.md");
		const modal = await newChild("DuckDB", "new-next-note");
		expect(openModals()).not.toContain(modal);
		expect(h.app.vault.textOf("Topics/DuckDB.md")).toBe("prev:: [[SQLite]]\n");
		expect(activeView()?.file?.path).toBe("Topics/DuckDB.md");
		expect(h.index.core.graph.nextOf("Topics/SQLite.md").map((edge) => edge.to)).toEqual(["Topics/DuckDB.md"]);
	});

	test("front matter placement writes the first previous field as a property", async () => {
		setup({ settings: { parentPlacement: "frontmatter", prevFields: ["previous", "prev"] } });
		await openNote(h, "Topics/SQLite.md");
		await newChild("DuckDB", "new-next-note");
		expect(h.app.vault.textOf("Topics/DuckDB.md")).toBe('---\nprevious:\n  - "[[SQLite]]"\n---\n');
		expect(h.index.core.graph.previousOf("Topics/DuckDB.md").map((edge) => edge.from)).toEqual(["Topics/SQLite.md"]);
	});

	test("a name that exists is refused; without a previous field the command is not offered", async () => {
		setup();
		await openNote(h, "Topics/SQLite.md");
		const modal = await newChild("Databases", "new-next-note");
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toBe("Topics/Databases.md already exists; choose another name. Nothing was changed.");
		modal.close();
		h.store.updateSettings({ prevFields: [] });
		expect(h.app.commands.executeCommandById("topic-tree:new-next-note")).toBe(false);
	});
});
