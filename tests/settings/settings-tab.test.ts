/** @jest-environment jsdom */
import { parseFieldList, parseFolderList, TEXT_APPLY_DELAY_MS, TopicTreeSettingTab } from "../../src/settings/settings-tab";
import { PluginStore } from "../../src/settings/store";
import type { TopicTreeSettings } from "../../src/settings/settings";
import { Plugin } from "obsidian";
import { createApp, makeManifest, Notice, obsidianApp, setApiVersion } from "../obsidian-double";
import type { SettingDefinitionGroup, SettingDefinitionItem } from "obsidian";

class Host extends Plugin {
	onload(): void {}
}

async function openTab(saved?: unknown, declarative = false): Promise<{ tab: TopicTreeSettingTab; store: PluginStore; changes: Partial<TopicTreeSettings>[] }> {
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
	const tab = new TopicTreeSettingTab(obsidianApp(app), plugin, store, () => declarative);
	document.body.appendChild(tab.containerEl);
	plugin.addSettingTab(tab);
	// As Obsidian before 1.13 does (the double is 1.8.7): opening the tab calls display().
	if (!declarative) app.setting.openTabById(plugin.manifest.id);
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

beforeEach(() => {
	jest.useFakeTimers();
	document.body.empty();
	Notice.messages.length = 0;
});
afterEach(() => jest.useRealTimers());

describe("settings tab", () => {

	it("shows the headings and every setting with its current value", async () => {
		const { tab } = await openTab({ settings: { parentFields: ["up", "parent"], excludedPaths: ["A", "B/C", "*.excalidraw.md"], defaultSort: "manual" } });
		const headings = [...tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name, .setting-item.setting-item-heading .setting-item-name")].map((el) => el.textContent);
		expect(headings).toEqual(["Hierarchy", "Tree", "Trail", "Editing"]);
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

/** Every setting of the declarative definitions: heading, name, control type and key. */
function declared(items: SettingDefinitionItem[]): string[] {
	const rows: string[] = [];
	for (const item of items) {
		const group = item as SettingDefinitionGroup;
		for (const setting of group.items ?? []) {
			const control = "control" in setting ? setting.control : undefined;
			const type = "action" in setting && typeof setting.action === "function" ? "action" : (control?.type ?? "?");
			rows.push(`${group.heading ?? ""} / ${setting.name} / ${type} ${control?.key ?? "?"}`);
		}
	}
	return rows;
}

describe("declarative settings (Obsidian 1.13+)", () => {

	it("before 1.13 there are no definitions, so Obsidian calls display(); the double's version decides by default", async () => {
		const app = createApp();
		const plugin = new Host(obsidianApp(app), makeManifest());
		const store = new PluginStore(() => Promise.resolve(undefined), () => Promise.resolve(), 10);
		await store.reload();
		const previous = setApiVersion("1.12.7");
		try {
			expect(new TopicTreeSettingTab(obsidianApp(app), plugin, store).getSettingDefinitions()).toEqual([]);
			setApiVersion("1.13.0");
			expect(new TopicTreeSettingTab(obsidianApp(app), plugin, store).getSettingDefinitions().length).toBe(4);
		} finally {
			setApiVersion(previous);
		}
	});

	it("declares the same settings the old tab draws, under the same headings, each findable by its name", async () => {
		const old = await openTab();
		const drawn = [...old.tab.containerEl.querySelectorAll(".setting-item:not(.setting-item-heading) .setting-item-name")].map((el) => el.textContent);
		const { tab } = await openTab(undefined, true);
		const rows = declared(tab.getSettingDefinitions());
		expect(rows.map((row) => row.split(" / ")[1])).toEqual(drawn);
		expect(rows).toEqual([
			"Hierarchy / Parent fields / text parentFields",
			"Hierarchy / Child fields / text childFields",
			"Hierarchy / Related fields / text relatedFields",
			"Hierarchy / Next fields / text nextFields",
			"Hierarchy / Previous fields / text prevFields",
			"Hierarchy / Sibling fields / text siblingFields",
			"Hierarchy / Import from Breadcrumbs / action ?",
			"Hierarchy / Title property / text titleProperty",
			"Hierarchy / Read fields inside comments / toggle readFieldsInComments",
			"Tree / Excluded paths / textarea excludedPaths",
			"Tree / Unlinked notes / dropdown unlinkedNotes",
			"Tree / Row label / dropdown rowLabel",
			"Tree / Leave out template folders / toggle leaveOutTemplateFolders",
			"Tree / Default sort / dropdown defaultSort",
			"Tree / Show ghost topics / toggle showGhosts",
			"Tree / Follow active note / toggle followActiveNote",
			"Trail / Show trail / toggle showTrail",
			"Trail / Trail in / dropdown trailModes",
			"Trail / Maximum paths / number trailMaxPaths",
			"Trail / Notes without a parent / dropdown trailEmpty",
			"Editing / Where new parent links go / dropdown parentPlacement",
			"Editing / Folder for notes created from ghost topics / text ghostFolder",
			"Editing / Folder for new child notes / dropdown newNoteFolder",
		]);
	});

	it("controls read the saved settings in the control's shape", async () => {
		const { tab } = await openTab({ settings: { parentFields: ["up", "parent"], excludedPaths: ["A", "B/C"], showTrail: false, trailMaxPaths: 7 } }, true);
		expect(tab.getControlValue("parentFields")).toBe("up, parent");
		expect(tab.getControlValue("excludedPaths")).toBe("A\nB/C");
		expect(tab.getControlValue("showTrail")).toBe(false);
		expect(tab.getControlValue("trailMaxPaths")).toBe(7);
		expect(tab.getControlValue("trailModes")).toBe("both");
	});

	it("text applies after a pause or when the tab closes; toggles, dropdowns and numbers at once; lists stay lists", async () => {
		const { tab, store, changes } = await openTab(undefined, true);
		tab.setControlValue("parentFields", "u");
		tab.setControlValue("parentFields", "up, parent");
		expect(tab.getControlValue("parentFields")).toBe("up, parent");
		expect(changes).toEqual([]);
		jest.advanceTimersByTime(TEXT_APPLY_DELAY_MS);
		expect(changes).toEqual([{ parentFields: ["up", "parent"] }]);
		tab.setControlValue("showTrail", false);
		tab.setControlValue("trailModes", "reading");
		tab.setControlValue("trailMaxPaths", 3);
		tab.setControlValue("defaultSort", "created");
		expect(changes.slice(1)).toEqual([{ showTrail: false }, { trailModes: "reading" }, { trailMaxPaths: 3 }, { defaultSort: "created" }]);
		expect(store.data.view).toMatchObject({ sort: "created", descending: true });
		tab.setControlValue("excludedPaths", "/Templates/\nArchive");
		tab.hide();
		expect(changes[changes.length - 1]).toEqual({ excludedPaths: ["Templates", "Archive"] });
	});

	it("validation: an empty parent list and an out-of-range number are refused with a message, and nothing changes", async () => {
		const { tab, store, changes } = await openTab(undefined, true);
		const [hierarchy, , trail] = tab.getSettingDefinitions() as SettingDefinitionGroup[];
		const control = (group: SettingDefinitionGroup, key: string) => {
			for (const item of group.items ?? []) if ("control" in item && item.control?.key === key) return item.control;
			throw new Error(`no control ${key}`);
		};
		const parents = control(hierarchy, "parentFields");
		expect(await parents.validate?.(" , " as never)).toBe("At least one parent field is needed; the previous fields are kept.");
		expect(await parents.validate?.("up" as never)).toBeUndefined();
		expect(await control(trail, "trailMaxPaths").validate?.(0 as never)).toBe("Maximum paths: a whole number from 1 to 100.");
		tab.setControlValue("parentFields", " , ");
		tab.setControlValue("trailMaxPaths", 1000);
		jest.advanceTimersByTime(TEXT_APPLY_DELAY_MS);
		tab.hide();
		expect(changes).toEqual([]);
		expect(store.data.settings.parentFields).toEqual(["up"]);
	});

	it("no saved setting is lost: data from before the trail settings keeps every value and gains the defaults", async () => {
		const saved = { settings: { parentFields: ["parent"], ghostFolder: "Inbox", parentPlacement: "inline", followActiveNote: false }, view: { sort: "manual" }, tables: { t: 1 } };
		const { tab, store } = await openTab(saved, true);
		tab.setControlValue("trailEmpty", "hint");
		expect(store.data.settings).toMatchObject({ parentFields: ["parent"], ghostFolder: "Inbox", parentPlacement: "inline", followActiveNote: false, showTrail: true, trailEmpty: "hint" });
		expect(store.data.view.sort).toBe("manual");
		expect(store.data.tables).toEqual({ t: 1 });
	});
});

describe("the old tab draws the trail and new note settings", () => {

	it("applies them like the others; the number waits for a valid value", async () => {
		const { tab, changes } = await openTab();
		toggle(tab, "Show trail");
		choose(tab, "Trail in", "editing");
		choose(tab, "Folder for new child notes", "ghost");
		const input = typeInto(tab, "Maximum paths", "0");
		jest.advanceTimersByTime(TEXT_APPLY_DELAY_MS);
		blur(input);
		expect(Notice.messages).toEqual(["Maximum paths: a whole number from 1 to 100."]);
		expect(input.value).toBe("10");
		blur(typeInto(tab, "Maximum paths", "25"));
		expect(changes).toEqual([{ showTrail: false }, { trailModes: "editing" }, { newNoteFolder: "ghost" }, { trailMaxPaths: 25 }]);
	});
});
