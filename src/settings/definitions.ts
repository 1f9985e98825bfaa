/**
 * Every setting, declared once. The settings tab turns this list into Obsidian 1.13's declarative
 * definitions (so each setting appears in Obsidian's settings search) and, on older versions,
 * draws the same list itself. Each entry reads its control's value from the settings and applies
 * a control's value through the store, so what is saved keeps its shape (lists stay lists).
 */
import type { App } from "obsidian";
import { importFromBreadcrumbs } from "../config/import-modal";
import type { DataStore } from "../context";
import { clampPaths, MAX_PATHS_RANGE } from "../core/trail";
import type { SortKey } from "../core/tree";
import { globProblems } from "../core/glob";
import type { NewNoteFolder, ParentPlacement, RowLabel, TopicTreeSettings, TrailEmpty, TrailModes, UnlinkedPlacement } from "./settings";

/** A control's value: text, a toggle, a number, or a dropdown's key. */
export type ControlValue = string | boolean | number;

/** The control of one setting (the subset of Obsidian's declarative controls Topic Tree uses). */
export type SpecControl =
	| { type: "text"; placeholder?: string }
	| { type: "textarea"; placeholder?: string; rows?: number }
	| { type: "toggle" }
	| { type: "dropdown"; options: Record<string, string> }
	| { type: "number"; min: number; max: number; step: number };

/** One setting. */
export interface SettingSpec {
	/** The control key passed to `getControlValue` / `setControlValue`. */
	key: string;
	name: string;
	desc: string;
	/** More words that find it in Obsidian's settings search. */
	aliases?: string[];
	control: SpecControl;
	/** The value the control shows. */
	read(settings: TopicTreeSettings): ControlValue;
	/** A message when the value cannot be applied (the previous value is kept). */
	check?(value: ControlValue): string | null;
	/** A text control left empty waits for more typing instead of applying (until it loses focus). */
	holdEmpty?: boolean;
	/** A refused text stays as typed, with the message under the setting, instead of being put back with a notice. */
	keepRefused?: boolean;
	/** Applies the value through the store. */
	apply(value: ControlValue, store: DataStore): void;
}

/** What an action row is given when its button is pressed. */
export interface ActionContext {
	app: App;
	store: DataStore;
	/** Shows the settings' values again (after the action changed them). */
	refresh(): void;
}

/** A row with a button that does something (no stored value). */
export interface ActionSpec {
	kind: "action";
	name: string;
	desc: string;
	aliases?: string[];
	button: string;
	run(ctx: ActionContext): void;
}

/** Settings under one heading. */
export interface SettingSection {
	heading: string;
	items: Array<SettingSpec | ActionSpec>;
}

/** Whether an entry is an action row. */
export function isAction(item: SettingSpec | ActionSpec): item is ActionSpec {
	return (item as ActionSpec).kind === "action";
}

/** `up, parent ,, Up` → `["up", "parent", "Up"]`: trimmed, empty entries and exact repeats dropped. */
export function parseFieldList(value: string): string[] {
	return [...new Set(value.split(",").map((name) => name.trim()).filter((name) => name.length > 0))];
}

/** One folder or pattern per line → trimmed entries without leading or trailing slashes. */
export function parseFolderList(value: string): string[] {
	const folders = value.split(/\r?\n/).map((line) => line.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, ""));
	return [...new Set(folders.filter((folder) => folder.length > 0))];
}

/** A folder path as typed → without slashes at either end. */
function parseFolder(value: string): string {
	return value.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** The default sort, worded like Obsidian's file explorer (dates new to old, as the view then sorts them). */
const SORT_LABELS: Record<SortKey, string> = {
	title: "Title (A to Z)",
	filename: "File name (A to Z)",
	modified: "Modified time (new to old)",
	created: "Created time (new to old)",
	manual: "Manual order",
};

const UNLINKED_LABELS: Record<UnlinkedPlacement, string> = {
	group: "In a collapsed group at the end",
	hidden: "Hidden (the filter still finds them)",
	roots: "Among the other top-level topics",
};

const ROW_LABELS: Record<RowLabel, string> = {
	title: "Title",
	filename: "File name",
	both: "Title and file name",
};

const PLACEMENT_LABELS: Record<ParentPlacement, string> = {
	auto: "Existing field, else front matter, else end of note",
	inline: "Inline field",
	frontmatter: "Front matter property",
};

const TRAIL_MODE_LABELS: Record<TrailModes, string> = {
	both: "Reading view and editing",
	reading: "Reading view only",
	editing: "Live Preview and Source mode only",
};

const TRAIL_EMPTY_LABELS: Record<TrailEmpty, string> = {
	nothing: "Nothing",
	hint: "A muted line to set a parent",
};

const NEW_NOTE_FOLDER_LABELS: Record<NewNoteFolder, string> = {
	same: "Same folder as the active note",
	ghost: "Folder for notes created from ghost topics",
};

type ListKey = "parentFields" | "childFields" | "relatedFields" | "nextFields" | "prevFields" | "siblingFields";

function fieldList(key: ListKey, name: string, desc: string, required: boolean): SettingSpec {
	return {
		key,
		name,
		desc,
		aliases: ["field", "dataview", "inline field"],
		control: { type: "text", placeholder: key === "parentFields" ? "up" : "" },
		read: (s) => s[key].join(", "),
		check: required ? (value) => (parseFieldList(String(value)).length === 0 ? "At least one parent field is needed; the previous fields are kept." : null) : undefined,
		apply: (value, store) => {
			const names = parseFieldList(String(value));
			if (!sameList(names, store.data.settings[key])) store.updateSettings({ [key]: names });
		},
	};
}

function toggle(key: "readFieldsInComments" | "showGhosts" | "followActiveNote" | "showTrail" | "leaveOutTemplateFolders", name: string, desc: string, aliases?: string[]): SettingSpec {
	return {
		key,
		name,
		desc,
		aliases,
		control: { type: "toggle" },
		read: (s) => s[key],
		apply: (value, store) => store.updateSettings({ [key]: value === true }),
	};
}

function choice<K extends "parentPlacement" | "trailModes" | "trailEmpty" | "newNoteFolder" | "unlinkedNotes" | "rowLabel">(
	key: K,
	name: string,
	desc: string,
	labels: Record<TopicTreeSettings[K], string>,
	aliases?: string[],
): SettingSpec {
	return {
		key,
		name,
		desc,
		aliases,
		control: { type: "dropdown", options: { ...labels } },
		read: (s) => s[key],
		check: (value) => (Object.prototype.hasOwnProperty.call(labels, String(value)) ? null : `Unknown choice: ${String(value)}`),
		apply: (value, store) => store.updateSettings({ [key]: value }),
	};
}

/** Every setting, by heading, in the order the tab shows them. */
export function settingSections(): SettingSection[] {
	return [
		{
			heading: "Hierarchy",
			items: [
				fieldList("parentFields", "Parent fields", "Comma-separated field names whose links point to the note's parents, as in up:: [[note]]. At least one is needed.", true),
				fieldList("childFields", "Child fields", "Comma-separated field names whose links point to the note's children, as in down:: [[note]]. May be empty.", false),
				fieldList("relatedFields", "Related fields", "Comma-separated field names whose links point to related notes, shown apart from the tree. May be empty.", false),
				fieldList("nextFields", "Next fields", "Comma-separated field names whose link names the note that comes after this one in a sequence (chapters, lectures, weeks), as in next:: [[note]]. May be empty.", false),
				fieldList("prevFields", "Previous fields", "Comma-separated field names whose link names the note that comes before this one, as in prev:: [[note]]. May be empty.", false),
				fieldList("siblingFields", "Sibling fields", "Comma-separated field names whose links name explicit siblings, as in sibling:: [[note]]. May be empty.", false),
				{
					kind: "action",
					name: "Import from Breadcrumbs",
					desc: "Use the fields set in Breadcrumbs in this vault. Shows what would change first.",
					aliases: ["breadcrumbs", "migrate"],
					button: "Import…",
					run: (ctx) => void importFromBreadcrumbs(ctx.app, ctx.store, () => ctx.refresh()),
				},
				{
					key: "titleProperty",
					name: "Title property",
					desc: "Front matter property shown as the note's title in the tree; notes without it show their file name.",
					aliases: ["display name", "front matter"],
					control: { type: "text", placeholder: "Title" },
					read: (s) => s.titleProperty,
					holdEmpty: true,
					apply: (value, store) => {
						const next = String(value).trim() || "title";
						if (next !== store.data.settings.titleProperty) store.updateSettings({ titleProperty: next });
					},
				},
				toggle("readFieldsInComments", "Read fields inside comments", "Also read fields written inside %% comments %%, which reading view hides."),
			],
		},
		{
			heading: "Tree",
			items: [
				{
					key: "excludedPaths",
					name: "Excluded paths",
					desc: "One per line: a folder, a note, or a pattern such as *.excalidraw.md or Daily/*. These notes are left out of the tree, in addition to the vault's excluded files.",
					aliases: ["ignore", "exclude", "excluded folders", "glob"],
					control: { type: "textarea", placeholder: "Templates\n*.excalidraw.md", rows: 4 },
					read: (s) => s.excludedPaths.join("\n"),
					check: (value) => {
						const problems = globProblems(parseFolderList(String(value)));
						return problems.length === 0 ? null : `Not applied until mended: ${problems.join("; ")}.`;
					},
					keepRefused: true,
					apply: (value, store) => {
						const entries = parseFolderList(String(value));
						if (!sameList(entries, store.data.settings.excludedPaths)) store.updateSettings({ excludedPaths: entries });
					},
				},
				choice("unlinkedNotes", "Unlinked notes", "Where notes with no parent and no child go.", UNLINKED_LABELS, ["orphans"]),
				choice("rowLabel", "Row label", "What each row shows. With title and file name, the file name follows the title, muted, when they differ.", ROW_LABELS, ["file name"]),
				toggle(
					"leaveOutTemplateFolders",
					"Leave out template folders",
					"Leave out the template folders of the core plugin and of Templater: their placeholder links are not topics.",
					["templater", "templates"],
				),
				{
					key: "defaultSort",
					name: "Default sort",
					desc: "How topics are ordered under their parent. The tree's sort menu changes it for the view.",
					aliases: ["order"],
					control: { type: "dropdown", options: { ...SORT_LABELS } },
					read: (s) => s.defaultSort,
					check: (value) => (Object.prototype.hasOwnProperty.call(SORT_LABELS, String(value)) ? null : `Unknown sort: ${String(value)}`),
					apply: (value, store) => {
						const sort = value as SortKey;
						store.updateView({ sort, descending: sort === "modified" || sort === "created" });
						store.updateSettings({ defaultSort: sort });
					},
				},
				toggle("showGhosts", "Show ghost topics", "Show parents that are linked but have no note yet, in italics, so you can create them."),
				toggle("followActiveNote", "Follow active note", "Highlight the open note in the tree and expand its ancestors."),
			],
		},
		{
			heading: "Trail",
			items: [
				toggle("showTrail", "Show trail", "Show the note's parents at the top of each note: root › … › parent › note.", ["breadcrumbs", "path"]),
				choice("trailModes", "Trail in", "In which modes the trail is shown.", TRAIL_MODE_LABELS, ["breadcrumbs", "reading view", "live preview"]),
				{
					key: "trailMaxPaths",
					name: "Maximum paths",
					desc: "How many paths the trail lists when a note sits in several places and you expand them.",
					aliases: ["breadcrumbs"],
					control: { type: "number", min: MAX_PATHS_RANGE.min, max: MAX_PATHS_RANGE.max, step: 1 },
					read: (s) => s.trailMaxPaths,
					check: (value) => {
						const n = typeof value === "number" ? value : String(value).trim() === "" ? NaN : Number(value);
						return Number.isInteger(n) && n >= MAX_PATHS_RANGE.min && n <= MAX_PATHS_RANGE.max ? null : `Maximum paths: a whole number from ${MAX_PATHS_RANGE.min} to ${MAX_PATHS_RANGE.max}.`;
					},
					apply: (value, store) => {
						const next = clampPaths(Number(value));
						if (next !== store.data.settings.trailMaxPaths) store.updateSettings({ trailMaxPaths: next });
					},
				},
				choice("trailEmpty", "Notes without a parent", "What the trail shows in a note that has no parent.", TRAIL_EMPTY_LABELS, ["breadcrumbs"]),
			],
		},
		{
			heading: "Editing",
			items: [
				choice("parentPlacement", "Where new parent links go", "Where setting a parent from the tree writes the link.", PLACEMENT_LABELS),
				{
					key: "ghostFolder",
					name: "Folder for notes created from ghost topics",
					desc: "Leave empty to create them at the root of the vault.",
					control: { type: "text", placeholder: "Folder/subfolder" },
					read: (s) => s.ghostFolder,
					apply: (value, store) => {
						const folder = parseFolder(String(value));
						if (folder !== store.data.settings.ghostFolder) store.updateSettings({ ghostFolder: folder });
					},
				},
				choice("newNoteFolder", "Folder for new child notes", "Where New child note creates its note.", NEW_NOTE_FOLDER_LABELS, ["new note", "thread"]),
			],
		},
	];
}

/** The setting with control key `key`. */
export function specOf(sections: readonly SettingSection[], key: string): SettingSpec | undefined {
	for (const section of sections) for (const spec of section.items) if (!isAction(spec) && spec.key === key) return spec;
	return undefined;
}
