/** @jest-environment jsdom */
import type * as O from "obsidian";
import { CommandsFeature } from "../../src/commands/feature";
import type { TreeViews } from "../../src/commands/tree-views";
import { TopicPicker, ProblemsModal } from "../../src/commands/pickers";
import { VIEW_TYPE_TOPIC_TREE } from "../../src/tree-view/constants";
import { TopicTreeView } from "../../src/tree-view/view";
import { makeManifest, MarkdownView, Notice, openModals, Plugin, TFile, type SuggestModal } from "../obsidian-double";
import { buildHost, type TestHost } from "../tree-view/host";
import { activeMain, openNote, RecordingWriter, settle } from "../tree-view/view-helpers";

const VAULT = {
	"Topics.md": "# Topics\n",
	"Programming.md": "up:: [[Topics]]\n",
	"Gardening.md": "---\ntitle: Gardening\n---\nup:: [[Topics]]\n",
	"Go.md": "up:: [[Programming]]\n",
	"Rust.md": "# Rust\n\nup:: [[Programming]]\nup:: [[Languages]]\n",
	"Zig.md": "up:: [[Programming]]\n",
	"Cycle A.md": "up:: [[Cycle B]]\n",
	"Cycle B.md": "up:: [[Cycle A]]\n",
	"Lonely.md": "No relations here.\n",
};

const IDS = [
	"open-view",
	"reveal-active",
	"focus-active",
	"go-to-parent",
	"go-to-child",
	"go-to-next-sibling",
	"go-to-previous-sibling",
	"set-parent",
	"remove-parent",
	"copy-subtree",
	"show-problems",
	"rebuild-index",
];

class TestPlugin extends Plugin {}

let h: TestHost;
let plugin: TestPlugin;
let feature: CommandsFeature;
let clipboard: string[];
let viewCalls: string[];

/** The host, a plugin and the loaded feature; `views: null` leaves the feature to find the view itself. */
function setup(files: Record<string, string> = VAULT, views: TreeViews | null = recordingViews()): void {
	h = buildHost(files);
	h.index.watch();
	plugin = new TestPlugin(h.app, makeManifest({ id: "topic-tree", name: "Topic Tree" }));
	clipboard = [];
	feature = new CommandsFeature(plugin as unknown as O.Plugin, h.host, views ?? undefined, { writeClipboard: async (text) => void clipboard.push(text) });
	feature.load();
}

function recordingViews(): TreeViews {
	viewCalls = [];
	return {
		openView: async () => void viewCalls.push("open"),
		revealNote: async (path) => (viewCalls.push(`reveal ${path}`), true),
		focusOn: async (id) => (viewCalls.push(`focus ${id}`), true),
	};
}

/** Runs a command as the palette would; false when it is not available. */
async function run(id: string): Promise<boolean> {
	const ran = h.app.commands.executeCommandById(`topic-tree:${id}`);
	await settle(h);
	return ran;
}

/** Ids of the commands available right now (checkCallback says yes). */
function available(): string[] {
	return IDS.filter((id) => {
		const command = h.app.commands.findCommand(`topic-tree:${id}`);
		return command?.checkCallback ? command.checkCallback(true) : true;
	});
}

function picker(): TopicPicker {
	const modal = openModals()[openModals().length - 1];
	if (!(modal instanceof TopicPicker)) throw new Error("no topic picker open");
	return modal;
}

/** The double's view of a modal built on the real API's types. */
function suggest(modal: object): SuggestModal<unknown> {
	return modal as unknown as SuggestModal<unknown>;
}

/** The rows of the open suggest modal as text. */
async function rows(picked: object): Promise<string[]> {
	const modal = suggest(picked);
	await modal.updated;
	return Array.from(modal.resultContainerEl.querySelectorAll(".suggestion-item"), (el) => el.textContent ?? "");
}

/** Clicks the suggestion whose text contains `text`. */
async function choose(picked: object, text: string, init: MouseEventInit = {}): Promise<void> {
	const modal = suggest(picked);
	await modal.updated;
	const el = Array.from(modal.resultContainerEl.querySelectorAll(".suggestion-item")).find((e) => e.textContent?.includes(text));
	if (!el) throw new Error(`no suggestion "${text}" in ${(await rows(modal)).join(" | ")}`);
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, ...init }));
	await settle(h);
}

function text(path: string): string {
	const file = h.app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
	return h.app.vault.textOf(file);
}

beforeEach(() => Notice.reset());
afterEach(async () => {
	for (const modal of [...openModals()]) modal.close();
	await h.app.dispose();
});

describe("registration", () => {
	test("every command is registered, in sentence case, without hotkeys", () => {
		setup();
		const commands = plugin.commands;
		expect(commands.map((c) => c.id)).toEqual(IDS.map((id) => `topic-tree:${id}`));
		for (const command of commands) {
			expect(command.hotkeys).toBeUndefined();
			const name = command.name.replace(/^Topic Tree: /, "");
			expect(name).toMatch(/^[A-Z][^A-Z]*$/);
		}
		expect(commands.find((c) => c.id === "topic-tree:set-parent")?.name).toBe("Topic Tree: Set parent of active note…");
	});

	test("unloading the feature removes its commands", () => {
		setup();
		feature.unload();
		expect(h.app.commands.listCommands()).toEqual([]);
	});
});

describe("availability", () => {
	test("without an active note only the commands that need none are offered", () => {
		setup();
		expect(available()).toEqual(["open-view", "show-problems", "rebuild-index"]);
	});

	test.each([
		["Go.md", ["reveal-active", "focus-active", "go-to-parent", "go-to-next-sibling", "set-parent", "remove-parent", "copy-subtree"]],
		["Rust.md", ["reveal-active", "focus-active", "go-to-parent", "go-to-next-sibling", "go-to-previous-sibling", "set-parent", "remove-parent", "copy-subtree"]],
		["Topics.md", ["reveal-active", "focus-active", "go-to-child", "set-parent", "copy-subtree"]],
		["Lonely.md", ["reveal-active", "focus-active", "set-parent", "copy-subtree"]],
	])("with %s active", async (path, offered) => {
		setup();
		await openNote(h, path);
		expect(available()).toEqual(["open-view", ...offered, "show-problems", "rebuild-index"]);
	});
});

describe("moving through the hierarchy", () => {
	test("go to parent opens the only parent directly", async () => {
		setup();
		await openNote(h, "Go.md");
		expect(await run("go-to-parent")).toBe(true);
		expect(openModals()).toEqual([]);
		expect(activeMain(h).path).toBe("Programming.md");
	});

	test("go to parent asks which when there are several, by title, ghosts marked", async () => {
		setup();
		await openNote(h, "Rust.md");
		await run("go-to-parent");
		expect(await rows(picker())).toEqual(["LanguagesGhost topic", "ProgrammingProgramming.md"]);
		await choose(picker(), "Programming");
		expect(activeMain(h).path).toBe("Programming.md");
	});

	test("choosing a ghost parent offers to create its note", async () => {
		setup();
		await openNote(h, "Rust.md");
		await run("go-to-parent");
		await choose(picker(), "Languages");
		const confirm = openModals()[0];
		expect(confirm.titleEl.textContent).toBe("Create note?");
		const create = Array.from(confirm.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Create") as HTMLElement;
		create.click();
		await settle(h);
		expect(h.app.vault.getFileByPath("Languages.md")).toBeInstanceOf(TFile);
		expect(activeMain(h).path).toBe("Languages.md");
	});

	test("go to child lists the children in tree order; Mod-click opens a new tab", async () => {
		setup();
		await openNote(h, "Programming.md");
		await run("go-to-child");
		expect(await rows(picker())).toEqual(["GoGo.md", "RustRust.md", "ZigZig.md"]);
		await choose(picker(), "Rust", { ctrlKey: true });
		expect(activeMain(h)).toMatchObject({ path: "Rust.md", paneType: "tab", leafCount: 2 });
	});

	test("typing filters the picker", async () => {
		setup();
		await openNote(h, "Programming.md");
		await run("go-to-child");
		const modal = suggest(picker());
		modal.inputEl.value = "zi";
		modal.inputEl.dispatchEvent(new Event("input"));
		expect(await rows(modal)).toEqual(["ZigZig.md"]);
	});

	test("next and previous sibling follow the tree order under the first parent", async () => {
		setup();
		await openNote(h, "Go.md");
		await run("go-to-next-sibling");
		expect(activeMain(h).path).toBe("Rust.md");
		await run("go-to-next-sibling");
		expect(activeMain(h).path).toBe("Zig.md");
		expect(await run("go-to-next-sibling")).toBe(false);
		await run("go-to-previous-sibling");
		expect(activeMain(h).path).toBe("Rust.md");
	});
});

describe("writing parents", () => {
	test("set parent offers every other note and ghost topic and writes the choice", async () => {
		setup();
		await openNote(h, "Lonely.md");
		await run("set-parent");
		const shown = await rows(picker());
		expect(shown).toContain("LanguagesGhost topic");
		expect(shown).toContain("TopicsTopics.md");
		expect(shown.some((row) => row.startsWith("Lonely"))).toBe(false);
		expect(suggest(picker()).inputEl.placeholder).toBe("Choose the new parent");
		await choose(picker(), "Topics");
		expect(text("Lonely.md")).toBe("No relations here.\nup:: [[Topics]]\n");
		expect(Notice.messages).toEqual(["Parent set: Topics"]);
		expect(h.index.core.graph.parentsOf("Lonely.md").map((e) => e.parent)).toEqual(["Topics.md"]);
	});

	test("set parent leaves out the current parents", async () => {
		setup();
		await openNote(h, "Go.md");
		await run("set-parent");
		expect((await rows(picker())).some((row) => row.startsWith("Programming"))).toBe(false);
	});

	test("remove parent lists the current parents and removes the chosen one", async () => {
		setup();
		await openNote(h, "Rust.md");
		await run("remove-parent");
		expect(await rows(picker())).toEqual(["LanguagesGhost topic", "ProgrammingProgramming.md"]);
		await choose(picker(), "Programming");
		expect(text("Rust.md")).toBe("# Rust\n\nup:: [[Languages]]\n");
	});

	test("the pickers go through the injected writer", async () => {
		h = buildHost(VAULT);
		plugin = new TestPlugin(h.app, makeManifest({ id: "topic-tree", name: "Topic Tree" }));
		const writer = new RecordingWriter();
		new CommandsFeature(plugin as unknown as O.Plugin, h.host, recordingViews(), { writer }).load();
		await openNote(h, "Go.md");
		await run("remove-parent");
		await choose(picker(), "Programming");
		expect(writer.calls).toEqual(["remove Go.md -> Programming.md"]);
		expect(text("Go.md")).toBe("up:: [[Programming]]\n");
	});
});

describe("the tree view", () => {
	test("open, reveal and focus go to the tree view feature", async () => {
		setup();
		await run("open-view");
		await openNote(h, "Go.md");
		await run("reveal-active");
		await run("focus-active");
		expect(viewCalls).toEqual(["open", "reveal Go.md", "focus Go.md"]);
	});

	test("without the feature, the view is found (or opened) by its type", async () => {
		setup(VAULT, null);
		plugin.registerView(VIEW_TYPE_TOPIC_TREE, (leaf) => new TopicTreeView(leaf, h.host, null));
		await openNote(h, "Go.md");
		await run("focus-active");
		const leaves = h.app.workspace.getLeavesOfType(VIEW_TYPE_TOPIC_TREE);
		expect(leaves).toHaveLength(1);
		expect(h.store.data.view.pinned).toBe("Go.md");
		await run("open-view");
		expect(h.app.workspace.getLeavesOfType(VIEW_TYPE_TOPIC_TREE)).toHaveLength(1);
	});
});

describe("copy subtree", () => {
	test("copies the active note's subtree as an outline of links and says how many", async () => {
		setup({ ...VAULT, "web/Go.md": "" });
		await openNote(h, "Programming.md");
		await run("copy-subtree");
		expect(clipboard).toEqual(["- [[Programming]]\n\t- [[Go]]\n\t- [[Rust]]\n\t- [[Zig]]\n"]);
		expect(Notice.messages).toEqual(["Copied 4 topics"]);
	});

	test("one topic", async () => {
		setup();
		await openNote(h, "Lonely.md");
		await run("copy-subtree");
		expect(clipboard).toEqual(["- [[Lonely]]\n"]);
		expect(Notice.messages).toEqual(["Copied 1 topic"]);
	});
});

describe("hierarchy problems", () => {
	function problemsModal(): ProblemsModal {
		const modal = openModals()[0];
		if (!(modal instanceof ProblemsModal)) throw new Error("no problems modal");
		return modal;
	}

	test("lists every problem as path:line — message, with a labelled icon per severity", async () => {
		setup({ ...VAULT, "Self.md": "up:: [[Self]]\n" });
		await run("show-problems");
		const modal = suggest(problemsModal());
		expect(await rows(modal)).toEqual([
			"Cycle A.md:1 — cycle: Cycle A → Cycle B → Cycle A",
			"Cycle B.md:1 — cycle: Cycle A → Cycle B → Cycle A",
			"Rust.md:4 — up: 'Languages' does not exist yet; shown as a ghost topic",
			"Self.md:1 — up: 'Self' is the note itself",
		]);
		const labels = Array.from(modal.resultContainerEl.querySelectorAll(".topic-tree-problem-icon"), (el) => el.getAttribute("aria-label"));
		expect(labels).toEqual(["Error", "Error", "Warning", "Error"]);
		expect(modal.resultContainerEl.querySelector(".topic-tree-problem-icon svg")).not.toBeNull();
	});

	test("choosing a problem opens its note at its line", async () => {
		setup();
		await run("show-problems");
		await choose(problemsModal(), "Rust.md:4");
		expect(activeMain(h).path).toBe("Rust.md");
		const view = h.app.workspace.activeLeaf?.view as MarkdownView;
		expect(view.editor.getCursor().line).toBe(3);
	});

	test("typing filters the problems", async () => {
		setup();
		await run("show-problems");
		const modal = suggest(problemsModal());
		modal.inputEl.value = "ghost";
		modal.inputEl.dispatchEvent(new Event("input"));
		expect(await rows(modal)).toEqual(["Rust.md:4 — up: 'Languages' does not exist yet; shown as a ghost topic"]);
	});

	test("no problems: a notice instead of an empty list", async () => {
		setup({ "A.md": "", "B.md": "up:: [[A]]\n" });
		await run("show-problems");
		expect(openModals()).toEqual([]);
		expect(Notice.messages).toEqual(["No hierarchy problems found"]);
	});
});

test("rebuild index rebuilds and reports the counts", async () => {
	setup();
	await run("rebuild-index");
	expect(h.index.rebuilds).toBe(1);
	expect(Notice.messages).toEqual(["Topic index rebuilt: 9 notes, 1 ghost topic"]);
});
