/** @jest-environment jsdom */
/**
 * Bad input through the commands: "Show hierarchy problems" lists every problem of the hostile
 * vault with its line and jumps there; pickers and outlines show and write hostile names safely;
 * set and remove parent keep line endings and a byte order mark.
 */
import type * as O from "obsidian";
import { CommandsFeature } from "../../src/commands/feature";
import { ProblemsModal, TopicPicker } from "../../src/commands/pickers";
import TopicTreePlugin from "../../src/main";
import { createApp, loadPlugin, makeManifest, MarkdownView, Notice, openModals, Plugin, type SuggestModal } from "../obsidian-double";
import { expectInert, hostileFiles, IMG_PAYLOAD, manyParents } from "../helpers/hostile-vault";
import { buildHost, type TestHost } from "../tree-view/host";
import { activeMain, openNote, settle } from "../tree-view/view-helpers";

class TestPlugin extends Plugin {}

let h: TestHost;
let clipboard: string[];

function setup(files: Record<string, string>): void {
	h = buildHost(files);
	h.index.watch();
	const plugin = new TestPlugin(h.app, makeManifest({ id: "topic-tree", name: "Topic Tree" }));
	clipboard = [];
	const views = { openView: async () => undefined, revealNote: async () => true, focusOn: async () => true };
	new CommandsFeature(plugin as unknown as O.Plugin, h.host, views, { writeClipboard: async (text) => void clipboard.push(text) }).load();
}

async function run(id: string): Promise<boolean> {
	const ran = h.app.commands.executeCommandById(`topic-tree:${id}`);
	await settle(h);
	return ran;
}

function modal<T>(type: abstract new (...args: never[]) => T): T {
	const open = openModals()[openModals().length - 1];
	if (!(open instanceof type)) throw new Error(`no ${type.name} open`);
	return open;
}

async function rows(picked: object): Promise<HTMLElement[]> {
	const suggest = picked as unknown as SuggestModal<unknown>;
	await suggest.updated;
	return Array.from(suggest.resultContainerEl.querySelectorAll<HTMLElement>(".suggestion-item"));
}

async function choose(picked: object, text: string): Promise<void> {
	const el = (await rows(picked)).find((e) => e.textContent?.includes(text));
	if (!el) throw new Error(`no suggestion "${text}"`);
	el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
	await settle(h);
}

function text(path: string): string {
	return h.app.vault.textOf(path);
}

beforeEach(() => Notice.reset());
afterEach(async () => {
	for (const open of [...openModals()]) open.close();
	await h.app.dispose();
});

describe("Show hierarchy problems over the hostile vault", () => {
	test("lists each problem with its note and line, HTML in messages as text", async () => {
		setup(hostileFiles());
		await run("show-problems");
		const problems = modal(ProblemsModal);
		const lines = (await rows(problems)).map((el) => el.textContent);
		expect(lines).toEqual([
			'Code front matter.md:1 — front matter in "js" is code and is never run; its properties are ignored',
			`HTML ghost child.md:1 — up: '${IMG_PAYLOAD}' does not exist yet; shown as a ghost topic`,
			"HTML ghost child.md:2 — up: '<b onmouseover=alert(1)>bold</b>' does not exist yet; shown as a ghost topic",
			"Invalid YAML.md:4 — invalid front matter: missed comma between flow collection entries",
			"Self.md:1 — up: 'Self' is the note itself",
			"cycles/Three 1.md:1 — cycle: cycles/Three 1 → cycles/Three 2 → cycles/Three 3 → cycles/Three 1",
			"cycles/Three 2.md:1 — cycle: cycles/Three 1 → cycles/Three 2 → cycles/Three 3 → cycles/Three 1",
			"cycles/Three 3.md:1 — cycle: cycles/Three 1 → cycles/Three 2 → cycles/Three 3 → cycles/Three 1",
			"cycles/Two A.md:1 — cycle: cycles/Two A → cycles/Two B → cycles/Two A",
			"cycles/Two B.md:1 — cycle: cycles/Two A → cycles/Two B → cycles/Two A",
			"names/Caret link.md:1 — up: 'Hub^block1' does not exist yet; shown as a ghost topic",
			"names/Under RTL.md:2 — up: 'مرحبا 🌍' does not exist yet; shown as a ghost topic",
		]);
		const labels = Array.from((problems as unknown as SuggestModal<unknown>).resultContainerEl.querySelectorAll(".topic-tree-problem-icon"), (el) => el.getAttribute("aria-label"));
		expect(labels).toEqual(["Warning", "Warning", "Warning", "Warning", "Error", "Error", "Error", "Error", "Error", "Error", "Warning", "Warning"]);
		expectInert((problems as unknown as SuggestModal<unknown>).modalEl);
	});

	test.each([
		["Invalid YAML.md:4", "Invalid YAML.md", 3],
		["Self.md:1", "Self.md", 0],
		["cycles/Three 2.md:1", "cycles/Three 2.md", 0],
		["names/Under RTL.md:2", "names/Under RTL.md", 1],
	])("choosing %s opens the note at that line", async (problem, path, line) => {
		setup(hostileFiles());
		await run("show-problems");
		await choose(modal(ProblemsModal), problem);
		expect(activeMain(h).path).toBe(path);
		expect((h.app.workspace.activeLeaf?.view as MarkdownView).editor.getCursor().line).toBe(line);
	});

	test("typing `<img` filters to the problem naming the HTML ghost, shown as text", async () => {
		setup(hostileFiles());
		await run("show-problems");
		const problems = modal(ProblemsModal) as unknown as SuggestModal<unknown>;
		problems.inputEl.value = "<img";
		problems.inputEl.dispatchEvent(new Event("input"));
		expect((await rows(problems)).map((el) => el.textContent)).toEqual([`HTML ghost child.md:1 — up: '${IMG_PAYLOAD}' does not exist yet; shown as a ghost topic`]);
		expectInert(problems.modalEl);
	});
});

describe("Show hierarchy problems in the plugin (live index over Obsidian's metadata cache)", () => {
	/** The problems modal's lines after loading the real plugin over `files`. */
	async function pluginProblems(files: Record<string, string>): Promise<string[]> {
		const app = createApp(files, { layoutReady: true });
		h = { app } as TestHost;
		await loadPlugin(app, TopicTreePlugin, { id: "topic-tree", name: "Topic Tree" });
		for (let i = 0; i < 4; i++) {
			await app.flush();
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
		app.commands.executeCommandById("topic-tree:show-problems");
		await app.flush();
		const open = openModals()[0];
		return open instanceof ProblemsModal ? (await rows(open)).map((el) => el.textContent ?? "") : [];
	}

	test("cycles and self links are listed", async () => {
		const lines = await pluginProblems({ "a.md": "up:: [[b]]\n", "b.md": "up:: [[a]]\n", "s.md": "up:: [[s]]\n" });
		expect(lines).toEqual(["a.md:1 — cycle: a → b → a", "b.md:1 — cycle: a → b → a", "s.md:1 — up: 's' is the note itself"]);
	});

	// The metadata cache has no properties for invalid YAML or a `---js` block: the live index then
	// reads the block with Obsidian's parser, so the app lists what the command-line tool lists.
	it("invalid YAML and `---js` front matter are listed, as the command-line tool lists them", async () => {
		const lines = await pluginProblems({ "bad.md": "---\ntags: [x\n---\nup:: [[Hub]]\n", "code.md": "---js\n{}\n---\n", "Hub.md": "" });
		expect(lines).toEqual([
			"bad.md:2 — invalid front matter: unexpected end of the stream within a flow collection",
			'code.md:1 — front matter in "js" is code and is never run; its properties are ignored',
		]);
	});
});

describe("pickers", () => {
	test("set parent: HTML, `#` and right-to-left titles are picker text; choosing one writes a link that works", async () => {
		setup({ ...hostileFiles(), "C# notes.md": "# C#\n" });
		await openNote(h, "Self.md");
		await run("set-parent");
		const picker = modal(TopicPicker) as unknown as SuggestModal<unknown>;
		picker.inputEl.value = "onerror";
		picker.inputEl.dispatchEvent(new Event("input"));
		const found = (await rows(picker)).map((el) => el.querySelector(".suggestion-title")?.textContent);
		expect(found).toContain(IMG_PAYLOAD);
		expectInert(picker.modalEl);
		picker.inputEl.value = "C# notes";
		picker.inputEl.dispatchEvent(new Event("input"));
		await choose(picker, "C# notes.md");
		expect(text("Self.md")).toBe("up:: [[Self]]\nup:: [[Hub]], [C# notes](C%23%20notes.md)\n");
		expect(Notice.messages).toEqual(["Parent set: C# notes"]);
	});

	test("remove parent on a CRLF file with a BOM: only the link goes", async () => {
		setup({ "A.md": "", "B.md": "", "Kid.md": "\uFEFF# Kid\r\nup:: [[A]], [[B]]\r\nend" });
		await openNote(h, "Kid.md");
		await run("remove-parent");
		await choose(modal(TopicPicker), "A.md");
		expect(text("Kid.md")).toBe("\uFEFF# Kid\r\nup:: [[B]]\r\nend");
	});

	test("set parent on a CRLF file with a BOM and front matter: the property gets the link", async () => {
		setup({ "A.md": "", "B.md": "", "Kid.md": "\uFEFF---\r\nup: \"[[A]]\"\r\n---\r\nbody" });
		await openNote(h, "Kid.md");
		await run("set-parent");
		await choose(modal(TopicPicker), "B.md");
		expect(text("Kid.md")).toBe('\uFEFF---\r\nup:\r\n  - "[[A]]"\r\n  - "[[B]]"\r\n---\r\nbody');
	});

	test("go to parent with 1,000 parents: a picker over all of them, narrowed by typing", async () => {
		setup(manyParents(1000, true));
		await openNote(h, "Kid.md");
		await run("go-to-parent");
		const picker = modal(TopicPicker) as unknown as SuggestModal<unknown>;
		expect((picker as unknown as TopicPicker).getItems()).toHaveLength(1000);
		picker.inputEl.value = "P0999";
		picker.inputEl.dispatchEvent(new Event("input"));
		await choose(picker, "parents/P0999.md");
		expect(activeMain(h).path).toBe("parents/P0999.md");
	});
});

describe("copy subtree as outline", () => {
	test("hostile names: duplicates by path, HTML ghosts and emoji as written", async () => {
		setup(hostileFiles());
		await openNote(h, "Hub.md");
		await run("copy-subtree");
		const lines = clipboard[0].split("\n");
		expect(lines).toEqual(expect.arrayContaining(["\t- [[HTML title]]", "\t- [[🌱 Garden]]", "\t\t- [[שלום עולם]]", "\t- [[a/Topic]]", "\t- [[b/Topic]]", "\t- [[Sharp title]]"]));
		await openNote(h, "HTML ghost child.md");
		await run("copy-subtree");
		expect(clipboard[1]).toBe("- [[HTML ghost child]]\n");
	});

	test("a note whose name a wiki link cannot hold is written as a markdown link that resolves back", async () => {
		setup({ "Hub.md": "", "C# notes.md": "up:: [[Hub]]\n", "x|y.md": "up:: [[Hub]]\n" });
		await openNote(h, "Hub.md");
		await run("copy-subtree");
		expect(clipboard).toEqual(["- [[Hub]]\n\t- [C# notes](C%23%20notes.md)\n\t- [x|y](x%7Cy.md)\n"]);
	});

	test("a cycle is written once more, marked, and ends", async () => {
		setup(hostileFiles());
		await openNote(h, "cycles/Two A.md");
		await run("copy-subtree");
		expect(clipboard).toEqual(["- [[Two A]]\n\t- [[Two B]]\n\t\t- [[Two A]] (cycle)\n"]);
	});
});
