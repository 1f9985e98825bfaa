/** @jest-environment jsdom */
import { parseFieldList, parseFolderList, TEXT_APPLY_DELAY_MS, TopicTreeSettingTab } from "../../src/settings/settings-tab";
import { PluginStore } from "../../src/settings/store";
import type { TopicTreeSettings } from "../../src/settings/settings";
import { Plugin } from "obsidian";
import { createApp, makeManifest, Notice, obsidianApp } from "../obsidian-double";

class Host extends Plugin {
	onload(): void {}
}

async function openTab(saved?: unknown): Promise<{ tab: TopicTreeSettingTab; store: PluginStore; changes: Partial<TopicTreeSettings>[] }> {
	const app = createApp();
	const plugin = new Host(obsidianApp(app), makeManifest());
	const store = new PluginStore(() => Promise.resolve(saved), () => Promise.resolve(), 10);
	await store.reload();
	const changes: Partial<TopicTreeSettings>[] = [];
	store.on("settings", (next, previous) => {
		const diff: Partial<TopicTreeSettings> = {};
		for (const key of Object.keys(next) as (keyof TopicTreeSettings)[]) {
			if (JSON.stringify(next[key]) !== JSON.stringify(previous[key])) Object.assign(diff, { [key]: next[key] });
		}
		changes.push(diff);
	});
	const tab = new TopicTreeSettingTab(obsidianApp(app), plugin, store);
	document.body.appendChild(tab.containerEl);
	tab.display();
	return { tab, store, changes };
}

/** The `.setting-item` whose name is exactly `name`. */
function settingNamed(tab: TopicTreeSettingTab, name: string): HTMLElement {
	const items = [...tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")];
	const item = items.find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!item) throw new Error(`no setting named ${name}; have ${items.map((el) => el.querySelector(".setting-item-name")?.textContent).join(", ")}`);
	return item;
}

function typeInto(tab: TopicTreeSettingTab, name: string, value: string): HTMLInputElement | HTMLTextAreaElement {
	const input = settingNamed(tab, name).querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
	if (!input) throw new Error(`no text input in ${name}`);
	input.value = value;
	input.dispatchEvent(new Event("input"));
	return input;
}

function blur(input: HTMLElement): void {
	input.dispatchEvent(new Event("blur"));
}

function toggle(tab: TopicTreeSettingTab, name: string): void {
	settingNamed(tab, name).querySelector<HTMLElement>(".checkbox-container")?.click();
}

function choose(tab: TopicTreeSettingTab, name: string, value: string): HTMLSelectElement {
	const select = settingNamed(tab, name).querySelector("select");
	if (!select) throw new Error(`no dropdown in ${name}`);
	select.value = value;
	select.dispatchEvent(new Event("change"));
	return select;
}

describe("settings tab", () => {
	beforeEach(() => {
		jest.useFakeTimers();
		document.body.empty();
		Notice.messages.length = 0;
	});
	afterEach(() => jest.useRealTimers());

	it("shows the headings and every setting with its current value", async () => {
		const { tab } = await openTab({ settings: { parentFields: ["up", "parent"], excludedPaths: ["A", "B/C", "*.excalidraw.md"], defaultSort: "manual" } });
		const headings = [...tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name, .setting-item.setting-item-heading .setting-item-name")].map((el) => el.textContent);
		expect(headings).toEqual(["Hierarchy", "Tree", "Editing"]);
		expect(settingNamed(tab, "Parent fields").querySelector("input")?.value).toBe("up, parent");
		expect(settingNamed(tab, "Excluded paths").querySelector("textarea")?.value).toBe("A\nB/C\n*.excalidraw.md");
		expect(settingNamed(tab, "Default sort").querySelector("select")?.value).toBe("manual");
		const options = [...settingNamed(tab, "Default sort").querySelectorAll("option")].map((o) => o.textContent);
		expect(options).toEqual(["Title (A to Z)", "File name (A to Z)", "Modified time (new to old)", "Created time (new to old)", "Manual order"]);
		expect(settingNamed(tab, "Unlinked notes").querySelector("select")?.value).toBe("group");
		expect(settingNamed(tab, "Row label").querySelector("select")?.value).toBe("title");
		const placements = [...settingNamed(tab, "Where new parent links go").querySelectorAll("option")].map((o) => o.textContent);
		expect(placements).toEqual(["Existing field, else front matter, else end of note", "Inline field", "Front matter property"]);
	});

	it("applies a field list once typing pauses, not on every key", async () => {
		const { tab, store, changes } = await openTab();
		typeInto(tab, "Parent fields", "u");
		jest.advanceTimersByTime(200);
		typeInto(tab, "Parent fields", "up");
		jest.advanceTimersByTime(200);
		typeInto(tab, "Parent fields", "upp");
		jest.advanceTimersByTime(TEXT_APPLY_DELAY_MS - 1);
		expect(changes).toEqual([]);
		jest.advanceTimersByTime(1);
		expect(changes).toEqual([{ parentFields: ["upp"] }]);
		expect(store.data.settings.parentFields).toEqual(["upp"]);
	});

	it("applies a field list at once when the input loses focus", async () => {
		const { tab, changes } = await openTab();
		blur(typeInto(tab, "Child fields", "down, children ,"));
		expect(changes).toEqual([{ childFields: ["down", "children"] }]);
		jest.advanceTimersByTime(TEXT_APPLY_DELAY_MS * 2);
		expect(changes.length).toBe(1);
		blur(typeInto(tab, "Related fields", ""));
		expect(changes[1]).toEqual({ relatedFields: [] });
	});

	it("refuses an empty parent field list: reverts it and says why", async () => {
		const { tab, store, changes } = await openTab();
		const input = typeInto(tab, "Parent fields", " , ");
		jest.advanceTimersByTime(TEXT_APPLY_DELAY_MS);
		expect(changes).toEqual([]);
		expect(input.value).toBe(" , ");
		blur(input);
		expect(changes).toEqual([]);
		expect(store.data.settings.parentFields).toEqual(["up"]);
		expect(input.value).toBe("up");
		expect(Notice.messages).toEqual(["At least one parent field is needed; the previous fields are kept."]);
	});

	it("applies the title property, falling back to title when emptied", async () => {
		const { tab, changes } = await openTab();
		blur(typeInto(tab, "Title property", "name"));
		const input = typeInto(tab, "Title property", "");
		jest.advanceTimersByTime(TEXT_APPLY_DELAY_MS);
		blur(input);
		expect(changes).toEqual([{ titleProperty: "name" }, { titleProperty: "title" }]);
		expect(input.value).toBe("title");
	});

	it("applies excluded paths, one per line", async () => {
		const { tab, changes } = await openTab();
		typeInto(tab, "Excluded paths", "Templates\n/Archive/\n\n  Daily notes  \n*.excalidraw.md\nDaily/*");
		jest.advanceTimersByTime(TEXT_APPLY_DELAY_MS);
		expect(changes).toEqual([{ excludedPaths: ["Templates", "Archive", "Daily notes", "*.excalidraw.md", "Daily/*"] }]);
	});

	it("refuses a bad pattern with a clear message until it is mended", async () => {
		const { tab, store, changes } = await openTab();
		const area = typeInto(tab, "Excluded paths", "Templates\nDaily/[2024");
		blur(area);
		expect(changes).toEqual([]);
		expect(store.data.settings.excludedPaths).toEqual(["*.excalidraw.md"]);
		const message = settingNamed(tab, "Excluded paths").querySelector(".topic-tree-setting-error");
		expect(message?.classList.contains("topic-tree-hidden")).toBe(false);
		expect(message?.textContent).toBe('Not applied until mended: "Daily/[2024": "[" opens a character class that is never closed with "]".');
		blur(typeInto(tab, "Excluded paths", "Templates\nDaily/[2024]*"));
		expect(changes).toEqual([{ excludedPaths: ["Templates", "Daily/[2024]*"] }]);
		expect(message?.classList.contains("topic-tree-hidden")).toBe(true);
	});

	it("applies the unlinked notes placement and the row label", async () => {
		const { tab, changes } = await openTab();
		choose(tab, "Unlinked notes", "hidden");
		choose(tab, "Row label", "both");
		expect(changes).toEqual([{ unlinkedNotes: "hidden" }, { rowLabel: "both" }]);
	});

	it("applies toggles at once", async () => {
		const { tab, changes } = await openTab();
		toggle(tab, "Read fields inside comments");
		toggle(tab, "Show ghost topics");
		toggle(tab, "Follow active note");
		expect(changes).toEqual([{ readFieldsInComments: false }, { showGhosts: false }, { followActiveNote: false }]);
	});

	it("applies dropdowns at once; the default sort also becomes the tree's sort", async () => {
		const { tab, store, changes } = await openTab();
		choose(tab, "Default sort", "modified");
		expect(changes).toEqual([{ defaultSort: "modified" }]);
		expect(store.data.view.sort).toBe("modified");
		expect(store.data.view.descending).toBe(true);
		choose(tab, "Where new parent links go", "frontmatter");
		expect(changes[1]).toEqual({ parentPlacement: "frontmatter" });
	});

	it("applies the ghost folder, and pending text edits when the tab closes", async () => {
		const { tab, changes } = await openTab();
		typeInto(tab, "Folder for notes created from ghost topics", "/Inbox/topics/");
		expect(changes).toEqual([]);
		tab.hide();
		expect(changes).toEqual([{ ghostFolder: "Inbox/topics" }]);
		jest.advanceTimersByTime(TEXT_APPLY_DELAY_MS * 2);
		expect(changes.length).toBe(1);
	});
});

describe("text parsing of the settings", () => {
	it("splits field lists on commas", () => {
		expect(parseFieldList(" up ,parent,, up ")).toEqual(["up", "parent"]);
		expect(parseFieldList("")).toEqual([]);
	});

	it("splits folders on lines and trims slashes", () => {
		expect(parseFolderList("a\r\n/b/\n\n a\\c ")).toEqual(["a", "b", "a/c"]);
	});
});
