/** Comparisons shared by the panel model tests. */
import type { Comparison } from "../../../src/core/tables/comparison";
import { DEFAULT_PANEL_STATE, type PanelState } from "../../../src/core/tables/panel-model";

/** Three databases along five criteria, items in columns. */
export const DATABASES: Comparison = {
	orientation: "items-in-columns",
	corner: "",
	items: ["PostgreSQL", "MySQL", "**SQLite**"],
	criteria: ["License", "Latency", "First release", "Type", "Notes"],
	values: [
		["PostgreSQL License", "GPL", "Public domain"],
		["12 ms", "900 µs", "1.5 s"],
		["1996-07-08", "Jan 1995", "2000"],
		["Relational", "relational ", "**Relational**"],
		["Mature | stable", 'Says "fast"', "Embedded, small"],
	],
};

/** Two tools, items in rows. */
export const TOOLS: Comparison = {
	orientation: "items-in-rows",
	corner: "Tool",
	items: ["MLflow", "Neptune"],
	criteria: ["License", "Price"],
	values: [
		["Apache-2.0", "Proprietary"],
		["$0", "$1,200"],
	],
};

/** A state with some fields changed. */
export function state(patch: Partial<PanelState> = {}): PanelState {
	return { ...DEFAULT_PANEL_STATE, hidden: [], order: [], ...patch };
}
