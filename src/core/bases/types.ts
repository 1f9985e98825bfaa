/**
 * Plain shapes of a Bases query result as the Bases views read it: the glue (src/bases/) turns
 * Obsidian's `BasesEntry` values into these, so the view models are tested with plain objects.
 */

/** One value of one entry: its text as Obsidian shows it, and its number when it is one. */
export interface BaseCell {
	text: string;
	/** A finite number when the value is a number (NumberValue), else null. */
	number: number | null;
}

/** A property shown by the view (a column of the tree, a criterion of the comparison). */
export interface BaseColumn {
	/** Obsidian's property id, e.g. `note.status`, `file.mtime`, `formula.cost`. */
	id: string;
	/** Display name (`BasesViewConfig.getDisplayName`). */
	name: string;
}

/** One entry of the query result: a file and its values, aligned with the columns. */
export interface BaseEntryData {
	/** Vault path of the file (the node id of a note in the hierarchy graph). */
	path: string;
	/** Display title (file base name, or the note's title when the hierarchy knows it). */
	title: string;
	cells: BaseCell[];
}

/** Which roll-up a branch row shows in its number columns. */
export type RollupKind = "none" | "sum" | "min" | "max";

/** An empty cell. */
export const EMPTY_CELL: BaseCell = Object.freeze({ text: "", number: null });
