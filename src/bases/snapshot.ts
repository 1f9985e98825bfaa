/**
 * What a Bases view receives from the registration glue (src/bases/register.ts) each time the
 * query result changes: plain columns and entries, and the view's options. The renderers never
 * touch Obsidian's Bases classes, so they load on every app version and test with plain data.
 */
import type { Component } from "obsidian";
import type { BaseColumn, BaseEntryData } from "../core/bases/types";

/** One query result, read once per `onDataUpdated`. */
export interface BasesSnapshot {
	/** The view's properties in the user's order. */
	columns: BaseColumn[];
	/** The result's entries, in the base's (sorted) order. */
	entries: BaseEntryData[];
}

/** The view's options as the renderer reads and writes them (`BasesViewConfig.get`/`set`). */
export interface BasesOptionsAccess {
	get(key: string): unknown;
	set(key: string, value: unknown): void;
}

/** A view's DOM and behaviour: built once in the Bases container, updated with each result. */
export interface BasesRenderer extends Component {
	update(snapshot: BasesSnapshot): void;
}
