/**
 * @jest-environment jsdom
 *
 * "README documents every setting and command" (scripts/release-check-docs.ts): names read from
 * fixtures, the real source read the same way and compared with what the loaded plugin actually
 * registers and shows, and README sections checked for missing names.
 */
import * as fs from "fs";
import * as path from "path";
import TopicTreePlugin from "../../src/main";
import { checkReadme, commandNames, normalizeName, readmeSection, settingNames, stringLiteral } from "../../scripts/release-check-docs";
import type { SourceFile } from "../../scripts/release-check-lib";
import { createApp, loadPlugin } from "../obsidian-double";
import { REPO_ROOT } from "../helpers/corpus";

/** Every .ts file under src/, as the release check reads them. */
function sourceFiles(dir = "src"): SourceFile[] {
	return fs.readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
		const rel = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return sourceFiles(rel);
		return entry.name.endsWith(".ts") ? [{ path: rel, text: fs.readFileSync(path.join(REPO_ROOT, rel), "utf8") }] : [];
	});
}

const COMMANDS_FIXTURE = `
export class Feature extends Component {
	onload(): void {
		this.add({ id: "open-view", name: "Open topic tree", callback: () => undefined });
		this.add({
			id: "go-to-child",
			name: 'Go to child…',
			checkCallback: (checking) => true,
		});
		for (const [id, name, step] of [
			["go-to-next-sibling", "Go to next sibling", 1],
			["go-to-previous-sibling", "Go to previous sibling", -1],
		] as const) this.add({ id, name, callback: () => step });
	}
	private add(command: Command): void {
		this.plugin.addCommand(command);
	}
}`;

const SETTINGS_FIXTURE = `
export class Tab extends PluginSettingTab {
	display(): void {
		new Setting(containerEl).setName("Hierarchy").setHeading();
		this.fieldList(containerEl, "parentFields", "Parent fields", "Comma-separated, as in up:: [[note]].");
		this.fieldList(containerEl, "childFields", "Child fields", "Fields; may be empty.");
		new Setting(containerEl)
			.setName("Show ghost topics")
			.setDesc("Parents without a note; see (this).")
			.addToggle((toggle) => toggle.setValue(true).onChange((value) => { save(value); }));
		new Setting(containerEl).setName('Folder for "ghost" notes').addText((text) => text);
	}

	private fieldList(containerEl: HTMLElement, key: ListKey, name: string, desc: string): void {
		new Setting(containerEl).setName(name).setDesc(desc);
	}
}`;

describe("names read from source", () => {
	test("commands: object literals and [id, name] tuples in files that call addCommand", () => {
		expect(commandNames([{ path: "src/commands/feature.ts", text: COMMANDS_FIXTURE }])).toEqual([
			{ id: "open-view", name: "Open topic tree" },
			{ id: "go-to-child", name: "Go to child…" },
			{ id: "go-to-next-sibling", name: "Go to next sibling" },
			{ id: "go-to-previous-sibling", name: "Go to previous sibling" },
		]);
		expect(commandNames([{ path: "src/other.ts", text: 'const x = { id: "a-b", name: "Not a command" };' }])).toEqual([]);
	});

	test("settings: literal names and a helper's name parameter, headings left out", () => {
		expect(settingNames(SETTINGS_FIXTURE)).toEqual(["Parent fields", "Child fields", "Show ghost topics", 'Folder for "ghost" notes']);
	});

	test("settings declared as data: name properties and helpers with a name parameter, in order, headings left out", () => {
		const fixture = [
			'function toggle(key: "a" | "b", name: string, desc: string): Spec {',
			"	return { key, name, desc };",
			"}",
			"function choice<K extends Key>(key: K, name: string, labels: Record<K, string>): Spec {",
			"	return { key, name, labels };",
			"}",
			"export function sections(): Section[] {",
			'	return [{ heading: "Tree", items: [toggle("a", "Show ghost topics", "…"), { key: "t", name: "Title property" }, choice("p", \'Where "links" go\', LABELS)] }];',
			"}",
		].join("\n");
		expect(settingNames(fixture)).toEqual(["Show ghost topics", "Title property", 'Where "links" go']);
	});

	test("string literals in any quotes, escapes undone", () => {
		expect(stringLiteral(' "a \\"b\\"", x')).toBe('a "b"');
		expect(stringLiteral("'it\\'s'")).toBe("it's");
		expect(stringLiteral("`plain`")).toBe("plain");
		expect(stringLiteral("name")).toBeNull();
	});
});

/** The settings tab and the definitions it draws, as the release check reads them. */
function settingSources(): string {
	return ["src/settings/settings-tab.ts", "src/settings/definitions.ts"].map((file) => fs.readFileSync(path.join(REPO_ROOT, file), "utf8")).join("\n");
}

describe("the real source", () => {
	test("the commands read from src/ are exactly the commands the plugin registers", async () => {
		const app = createApp({ "a.md": "up:: [[b]]\n" }, { layoutReady: true });
		const plugin = await loadPlugin(app, TopicTreePlugin, { id: "topic-tree", name: "Topic Tree" });
		const registered = app.commands.listCommands().map((c) => ({ id: c.id.replace(/^topic-tree:/, ""), name: c.name.replace(/^Topic Tree: /, "") }));
		const read = commandNames(sourceFiles());
		const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
		expect(read.sort(byId)).toEqual(registered.sort(byId));
		expect(read.length).toBeGreaterThan(10);
		plugin.unload();
		await app.dispose();
	});

	test("the settings read from the settings tab are exactly the settings it shows", async () => {
		const app = createApp({ "a.md": "" }, { layoutReady: true });
		await loadPlugin(app, TopicTreePlugin, { id: "topic-tree", name: "Topic Tree" });
		const tab = app.setting.openTabById("topic-tree");
		const shown = [...(tab?.containerEl.querySelectorAll(".setting-item:not(.setting-item-heading) .setting-item-name") ?? [])].map((el) => el.textContent ?? "");
		app.setting.close();
		const read = settingNames(settingSources());
		expect(read).toEqual(shown);
		expect(read.length).toBeGreaterThan(5);
		await app.dispose();
	});

	test("README.md names every command in its Commands section and every setting in its Settings section", () => {
		const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
		const commands = commandNames(sourceFiles()).map((c) => c.name);
		const settings = settingNames(settingSources());
		expect(checkReadme(readme, commands, settings).filter((c) => !c.ok)).toEqual([]);
	});
});

describe("checkReadme", () => {
	const README = [
		"# Plugin",
		"",
		"## Commands",
		"",
		"| Command | What it does |",
		"|---|---|",
		"| *Open topic tree* | opens it |",
		"| `Go to child…` | picker |",
		"",
		"### Hotkeys",
		"None by default.",
		"",
		"## Settings",
		"",
		"- **Parent fields**: `up`",
		"",
		"## License",
		"Show ghost topics is not a setting heading here.",
	].join("\n");

	test("names found in their sections, whatever the emphasis, quotes or ellipsis, pass", () => {
		expect(checkReadme(README, ["Open topic tree", "Go to child..."], ["Parent fields"]).every((c) => c.ok)).toBe(true);
	});

	test("a command missing from the Commands section is named", () => {
		expect(checkReadme(README, ["Open topic tree", "Go to parent", "Go to child…"], ["Parent fields"])).toEqual([
			{ section: "README.md", label: "the Commands section names all 3 commands", ok: false, detail: "missing: Go to parent" },
			{ section: "README.md", label: "the Settings section names all 1 settings", ok: true },
		]);
	});

	test("a name mentioned only outside its section does not count", () => {
		expect(checkReadme(README, [], ["Parent fields", "Show ghost topics"])[1]).toMatchObject({ ok: false, detail: "missing: Show ghost topics" });
	});

	test("a README without the section, or no README, fails", () => {
		expect(checkReadme("# Plugin\n\n## Commands\n- Open topic tree\n", ["Open topic tree"], ["Parent fields"])[1]).toMatchObject({ ok: false, detail: 'no "## Settings" section' });
		expect(checkReadme(null, [], [])[0]).toMatchObject({ ok: false, detail: "README.md is missing" });
	});

	test("a section runs to the next heading of its level, subsections included", () => {
		expect(readmeSection(README, "Commands")).toContain("None by default.");
		expect(readmeSection(README, "Commands")).not.toContain("Parent fields");
		expect(normalizeName(" **Go  to** `child…` ")).toBe("go to child");
	});
});
