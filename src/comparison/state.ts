/**
 * Per-table state of comparison panels, persisted in the plugin's data under
 * `tables[sourcePath + "::" + fingerprint]`: whether the panel is on (the per-table override)
 * and the panel's own state (view, hidden items, baseline, ...).
 *
 * The fingerprint hashes the table's normalised header row and first column, so editing other
 * parts of the note, moving the table, or changing cell values keeps its state; renaming the
 * note moves its keys (see `TableStates.renameNote`).
 */
import { noteOverride, normaliseCell, type Override } from "../core/tables/comparison";
import type { MdTable } from "../core/tables/parse";
import { DEFAULT_PANEL_STATE, migratePanelState, type PanelState } from "../core/tables/panel-model";
import type { DataStore } from "../context";

/** What is saved per table. */
export interface TableState {
	/** "auto" follows detection and the note's `comparison` property; "on"/"off" beat both. */
	override: Override;
	panel: PanelState;
}

/** Separates the note path from the fingerprint in a key. */
export const KEY_SEPARATOR = "::";

/** FNV-1a 32-bit hash of a string's UTF-16 code units, as 8 hex digits. */
export function fnv1a32(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * A table's identity within its note: the hash of its normalised header row and the non-empty
 * cells of its first column (continuation rows do not count, nor do formatting and case).
 */
export function tableFingerprint(table: Pick<MdTable, "header" | "rows">): string {
	const header = table.header.map((cell) => normaliseCell(cell)).join("\u001f");
	const first = table.rows
		.map((row) => normaliseCell(row[0] ?? ""))
		.filter((cell) => cell !== "")
		.join("\u001f");
	return fnv1a32(`${header}\u001e${first}`);
}

/** The persisted-state key of a table in a note. */
export function tableKey(sourcePath: string, table: Pick<MdTable, "header" | "rows">): string {
	return `${sourcePath}${KEY_SEPARATOR}${tableFingerprint(table)}`;
}

/** The override to apply: a per-table "on"/"off" beats the note's `comparison` property, which beats detection. */
export function effectiveOverride(tableOverride: Override, noteProperty: unknown): Override {
	return tableOverride !== "auto" ? tableOverride : noteOverride(noteProperty);
}

const OVERRIDES: readonly Override[] = ["auto", "on", "off"];

/** Whatever was saved (or nothing) as a complete `TableState`. */
export function migrateTableState(raw: unknown): TableState {
	const r = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const override = OVERRIDES.includes(r.override as Override) ? (r.override as Override) : "auto";
	return { override, panel: migratePanelState(r.panel) };
}

function isDefaultPanel(panel: PanelState): boolean {
	return JSON.stringify(panel) === JSON.stringify(DEFAULT_PANEL_STATE);
}

/** Reads and writes table states through the plugin's store (debounced saves); defaults are not stored. */
export class TableStates {
	constructor(private readonly store: DataStore) {}

	/** The saved state of a table, or the default. */
	get(key: string): TableState {
		return migrateTableState(this.store.data.tables[key]);
	}

	/** Save a table's override, keeping its panel state. */
	setOverride(key: string, override: Override): void {
		this.put(key, { ...this.get(key), override });
	}

	/** Save a table's panel state, keeping its override. */
	setPanel(key: string, panel: PanelState): void {
		this.put(key, { ...this.get(key), panel });
	}

	/**
	 * A note (or a folder: every note under it) was renamed: move its tables' keys. Returns the
	 * number of keys moved.
	 */
	renameNote(oldPath: string, newPath: string): number {
		let moved = 0;
		for (const key of Object.keys(this.store.data.tables)) {
			const rest = renamedRest(key, oldPath);
			if (rest === null) continue;
			const value = this.store.data.tables[key];
			this.store.updateTables(key, undefined);
			this.store.updateTables(`${newPath}${rest}`, value);
			moved++;
		}
		return moved;
	}

	/** A note was deleted: forget its tables. Returns the number of keys removed. */
	deleteNote(path: string): number {
		let removed = 0;
		for (const key of Object.keys(this.store.data.tables)) {
			if (!key.startsWith(`${path}${KEY_SEPARATOR}`)) continue;
			this.store.updateTables(key, undefined);
			removed++;
		}
		return removed;
	}

	private put(key: string, state: TableState): void {
		const empty = state.override === "auto" && isDefaultPanel(state.panel);
		if (empty && !(key in this.store.data.tables)) return;
		this.store.updateTables(key, empty ? undefined : state);
	}
}

/** The part of `key` after `oldPath` when the key belongs to that note or to a note inside that folder. */
function renamedRest(key: string, oldPath: string): string | null {
	if (!key.startsWith(oldPath)) return null;
	const rest = key.slice(oldPath.length);
	return rest.startsWith(KEY_SEPARATOR) || rest.startsWith("/") ? rest : null;
}
