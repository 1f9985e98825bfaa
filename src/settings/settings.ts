/**
 * The plugin's settings and persisted view state: shapes, defaults and the migration of
 * whatever `loadData()` returns (older versions, hand edits, nothing at all).
 */
import { clampPaths } from "../core/trail";
import { readSavedExpanded, type SavedStep, type SortKey, type UnlinkedPlacement } from "../core/tree";
import { DEFAULT_PARSE_SETTINGS, type ParseSettings } from "../core/types";
import type { RelationFields } from "../core/config/fields";

/** Where "set parent" writes a new parent link. */
export type ParentPlacement = "auto" | "inline" | "frontmatter";

export type { UnlinkedPlacement };

/** What a row shows: the note's title, its file name, or the title with the file name beside it when they differ. */
export type RowLabel = "title" | "filename" | "both";

/** What `excludedPaths` holds until the user changes it. */
export const DEFAULT_EXCLUDED_PATHS: readonly string[] = ["*.excalidraw.md"];

/** In which modes the trail shows at the top of notes. */
export type TrailModes = "both" | "reading" | "editing";

/** What the trail shows in a note without parents. */
export type TrailEmpty = "nothing" | "hint";

/** Where *New child note* creates its note. */
export type NewNoteFolder = "same" | "ghost";

/** The six relation field lists (parent, child, related, next, previous, sibling) come from RelationFields. */
export interface TopicTreeSettings extends RelationFields {
	/** Leave out the folders of the core Templates plugin and of Templater. */
	leaveOutTemplateFolders: boolean;
	/** Front matter property holding the display title. */
	titleProperty: string;
	/** Read inline fields inside `%% %%` comments. */
	readFieldsInComments: boolean;
	/**
	 * Folders, note paths and glob patterns (`*.excalidraw.md`, `Daily/*`) whose notes are left out
	 * of the tree, in addition to Obsidian's "Excluded files" (see core/glob.ts). Was `excludedFolders`.
	 */
	excludedPaths: string[];
	/** Where notes with no parent and no child are shown. */
	unlinkedNotes: UnlinkedPlacement;
	/** What each row shows. */
	rowLabel: RowLabel;
	/** Sort of the tree's children. */
	defaultSort: SortKey;
	/** Show unresolved parents as ghost topics. */
	showGhosts: boolean;
	/**
	 * Where set parent writes: `auto` appends to an existing parent field line, else to the front
	 * matter property when the note uses one, else adds `up:: [[x]]` at the end; `inline` always
	 * writes an inline field; `frontmatter` always the front matter property.
	 */
	parentPlacement: ParentPlacement;
	/** Folder for notes created from ghost topics ("" = vault root). */
	ghostFolder: string;
	/** Highlight and reveal the active note in the tree. */
	followActiveNote: boolean;
	/** Show the trail of parents at the top of notes. */
	showTrail: boolean;
	/** Modes the trail shows in. */
	trailModes: TrailModes;
	/** Paths listed when the trail's "+N paths" is expanded. */
	trailMaxPaths: number;
	/** Notes without parents: no trail, or a muted "No parent · Set parent…". */
	trailEmpty: TrailEmpty;
	/** Folder of notes made by *New child note*: the active note's, or the ghost-note folder. */
	newNoteFolder: NewNoteFolder;
}

export const DEFAULT_SETTINGS: TopicTreeSettings = {
	parentFields: [...DEFAULT_PARSE_SETTINGS.parentFields],
	childFields: [...DEFAULT_PARSE_SETTINGS.childFields],
	relatedFields: [...DEFAULT_PARSE_SETTINGS.relatedFields],
	nextFields: [...DEFAULT_PARSE_SETTINGS.nextFields],
	prevFields: [...DEFAULT_PARSE_SETTINGS.prevFields],
	siblingFields: [...DEFAULT_PARSE_SETTINGS.siblingFields],
	leaveOutTemplateFolders: true,
	titleProperty: DEFAULT_PARSE_SETTINGS.titleProperty,
	readFieldsInComments: DEFAULT_PARSE_SETTINGS.readFieldsInComments,
	excludedPaths: [...DEFAULT_EXCLUDED_PATHS],
	unlinkedNotes: "group",
	rowLabel: "title",
	defaultSort: "title",
	showGhosts: true,
	parentPlacement: "auto",
	ghostFolder: "",
	followActiveNote: true,
	showTrail: true,
	trailModes: "both",
	trailMaxPaths: 10,
	trailEmpty: "nothing",
	newNoteFolder: "same",
};

/** Tree view state that survives reloads (saved debounced). */
export interface ViewState {
	/** The expanded rows, as steps that each name a row's id once (see core/tree/expanded-state.ts); bounded. */
	expanded: SavedStep[];
	/** Id of the node the tree is pinned to, or null. */
	pinned: string | null;
	sort: SortKey;
	descending: boolean;
	/** Whether the "Unlinked notes" group is expanded (its key is not a row key, so it is saved apart). */
	unlinkedOpen: boolean;
	/** Whether the related-notes section is open. */
	relatedOpen: boolean;
	/** Height of the related-notes section in px as the user dragged it, or null for the stylesheet's. */
	relatedHeight: number | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
	expanded: [],
	pinned: null,
	sort: "title",
	descending: false,
	unlinkedOpen: false,
	relatedOpen: true,
	relatedHeight: null,
};

/** Everything saved in data.json. `tables` is reserved for the comparison panels' per-table state. */
export interface PluginData {
	settings: TopicTreeSettings;
	view: ViewState;
	tables: Record<string, unknown>;
}

const SORTS: readonly SortKey[] = ["title", "filename", "modified", "created", "manual"];
const PLACEMENTS: readonly ParentPlacement[] = ["auto", "inline", "frontmatter"];
const UNLINKED: readonly UnlinkedPlacement[] = ["group", "hidden", "roots"];
const LABELS: readonly RowLabel[] = ["title", "filename", "both"];
const TRAIL_MODES: readonly TrailModes[] = ["both", "reading", "editing"];
const TRAIL_EMPTY: readonly TrailEmpty[] = ["nothing", "hint"];
const NEW_NOTE_FOLDERS: readonly NewNoteFolder[] = ["same", "ghost"];

function stringList(value: unknown, fallback: string[]): string[] {
	if (!Array.isArray(value)) return [...fallback];
	return value.filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter((v) => v.length > 0);
}

function bool(value: unknown, fallback: boolean): boolean {
	return typeof value === "boolean" ? value : fallback;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

function record(value: unknown): Record<string, unknown> {
	return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The excluded paths: as saved, or, from data saved before they existed, the old excluded folders
 * (every one kept) followed by the new defaults.
 */
function excludedPathsOf(s: Record<string, unknown>): string[] {
	if (Array.isArray(s.excludedPaths)) return stringList(s.excludedPaths, []);
	const folders = stringList(s.excludedFolders, []);
	return [...folders, ...DEFAULT_EXCLUDED_PATHS.filter((entry) => !folders.includes(entry))];
}

/** Accepts anything `loadData()` may return and gives complete, valid data. */
export function migrateData(raw: unknown): PluginData {
	const data = record(raw);
	const s = record(data.settings);
	const v = record(data.view);
	const settings: TopicTreeSettings = {
		parentFields: stringList(s.parentFields, DEFAULT_SETTINGS.parentFields),
		childFields: stringList(s.childFields, DEFAULT_SETTINGS.childFields),
		relatedFields: stringList(s.relatedFields, DEFAULT_SETTINGS.relatedFields),
		nextFields: stringList(s.nextFields, DEFAULT_SETTINGS.nextFields),
		prevFields: stringList(s.prevFields, DEFAULT_SETTINGS.prevFields),
		siblingFields: stringList(s.siblingFields, DEFAULT_SETTINGS.siblingFields),
		leaveOutTemplateFolders: bool(s.leaveOutTemplateFolders, DEFAULT_SETTINGS.leaveOutTemplateFolders),
		titleProperty: typeof s.titleProperty === "string" && s.titleProperty.trim() ? s.titleProperty.trim() : DEFAULT_SETTINGS.titleProperty,
		readFieldsInComments: bool(s.readFieldsInComments, DEFAULT_SETTINGS.readFieldsInComments),
		excludedPaths: excludedPathsOf(s),
		unlinkedNotes: oneOf(s.unlinkedNotes, UNLINKED, DEFAULT_SETTINGS.unlinkedNotes),
		rowLabel: oneOf(s.rowLabel, LABELS, DEFAULT_SETTINGS.rowLabel),
		defaultSort: oneOf(s.defaultSort, SORTS, DEFAULT_SETTINGS.defaultSort),
		showGhosts: bool(s.showGhosts, DEFAULT_SETTINGS.showGhosts),
		parentPlacement: oneOf(s.parentPlacement, PLACEMENTS, DEFAULT_SETTINGS.parentPlacement),
		ghostFolder: typeof s.ghostFolder === "string" ? s.ghostFolder.trim() : DEFAULT_SETTINGS.ghostFolder,
		followActiveNote: bool(s.followActiveNote, DEFAULT_SETTINGS.followActiveNote),
		showTrail: bool(s.showTrail, DEFAULT_SETTINGS.showTrail),
		trailModes: oneOf(s.trailModes, TRAIL_MODES, DEFAULT_SETTINGS.trailModes),
		trailMaxPaths: typeof s.trailMaxPaths === "number" ? clampPaths(s.trailMaxPaths) : DEFAULT_SETTINGS.trailMaxPaths,
		trailEmpty: oneOf(s.trailEmpty, TRAIL_EMPTY, DEFAULT_SETTINGS.trailEmpty),
		newNoteFolder: oneOf(s.newNoteFolder, NEW_NOTE_FOLDERS, DEFAULT_SETTINGS.newNoteFolder),
	};
	const view: ViewState = {
		expanded: readSavedExpanded(v.expanded),
		pinned: typeof v.pinned === "string" ? v.pinned : null,
		sort: oneOf(v.sort, SORTS, settings.defaultSort),
		descending: bool(v.descending, false),
		unlinkedOpen: bool(v.unlinkedOpen, false),
		relatedOpen: bool(v.relatedOpen, true),
		relatedHeight: typeof v.relatedHeight === "number" && Number.isFinite(v.relatedHeight) && v.relatedHeight > 0 ? Math.round(v.relatedHeight) : null,
	};
	return { settings, view, tables: record(data.tables) };
}

/** The parser's view of the settings. */
export function parseSettingsOf(settings: TopicTreeSettings): ParseSettings {
	return {
		parentFields: settings.parentFields,
		childFields: settings.childFields,
		relatedFields: settings.relatedFields,
		nextFields: settings.nextFields,
		prevFields: settings.prevFields,
		siblingFields: settings.siblingFields,
		titleProperty: settings.titleProperty,
		readFieldsInComments: settings.readFieldsInComments,
	};
}
