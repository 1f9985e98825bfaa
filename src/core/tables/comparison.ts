/**
 * The comparison model: decide whether a markdown table compares things, and which way.
 *
 * Rules, in order (auto mode):
 * 1. Fewer than 2 columns: nothing to compare ("single column").
 * 2. Continuation rows (empty first cell) are merged into the row above, empty rows dropped.
 * 3. Exactly 2 columns: a key/value sheet ("single value column"), whatever the first header.
 * 4. More than half of the value cells are numbers, percentages, amounts, dates or empty:
 *    a data table ("mostly numeric").
 * 5. Orientation signal from the first header cell (the corner):
 *    - empty → items in columns ("empty corner cell"), the strongest sign;
 *    - a criteria word (Criteria, Aspect, Feature, Property, Dimension, Factor, Category,
 *      Attribute, Characteristic, Comparison, Difference, Parameter, Capability, Trait, "vs")
 *      → items in columns ("first header 'Aspect'");
 *    - an item word (Name, Tool, Product, Option, Database, Distribution, Library, Framework,
 *      Service, Model, Language, Approach, Method, Technique, Platform, App, Algorithm,
 *      Solution, Provider, Command, Plugin, Package, Extension, Project, Engine, Editor,
 *      Format, Protocol, Vendor, Strategy; singular or plural) → items in rows.
 *    A multi-word corner (up to 3 words) matches on its last, then its first word ("Tool name").
 * 6. No signal: items in columns only when every header cell after the first looks like a
 *    name (short, not a number, not an attribute such as Description or "What it does"),
 *    there are at most 10 rows and every first cell looks like a label (short, not a number).
 *    Otherwise "no comparison signal": when unsure, not a comparison.
 * 7. Items in columns by a criteria word, but the other header cells are mostly attributes
 *    (`| Feature | Description | Status |`): a feature list ("header cells look like attributes").
 * 8. Items in columns: wrapped criterion labels (a row of lowercase cells under capitalised
 *    labels) are merged into the row above too.
 * 9. More than 10 items, fewer than 2 items, or no criterion: not a comparison.
 *
 * `override` "on" skips rules 3-9 (orientation from rule 5, else items in columns); "off" gives
 * no comparison. A given `orientation` replaces the detected one.
 */
import { mergeContinuationRows, mergeWrappedLabels } from "./merge";
import { normaliseCell, plainText } from "./normalise";
import type { MdTable } from "./parse";
import { cornerSignal, isAttributeHeader, isDataCell, looksLikeLabel, looksLikeName } from "./signals";

export { normaliseCell } from "./normalise";

export type Orientation = "items-in-columns" | "items-in-rows";

/** A table read as a comparison of items along criteria. */
export interface Comparison {
	orientation: Orientation;
	/** Item names (markdown source). */
	items: string[];
	/** Criterion names (markdown source, formatting kept for rendering). */
	criteria: string[];
	/** values[i][j]: criterion i of item j, markdown source; merged continuation rows joined with "<br>". */
	values: string[][];
	/** The corner/first-header label, e.g. "Criteria" or "Tool" ("" when empty). */
	corner: string;
}

/** The outcome of detection, with the reason (for debugging and the CLI). */
export interface Detection {
	comparison: Comparison | null;
	/** Why: e.g. "empty corner cell", "first header 'Tool'", "mostly numeric", "single value column", "more than 10 items". */
	reason: string;
}

/** Per-table or per-note override: "auto" detects, "on" forces a comparison, "off" forces none. */
export type Override = "auto" | "on" | "off";

const MAX_ITEMS = 10;

/** The note-level override from the `comparison` front matter property: "off" → off, "all" → on for every table, anything else → auto. */
export function noteOverride(value: unknown): Override {
	if (value === false) return "off";
	if (typeof value !== "string") return "auto";
	const v = value.trim().toLowerCase();
	return v === "off" ? "off" : v === "all" ? "on" : "auto";
}

/** Build the comparison from (merged) rows in the given orientation. */
function build(header: string[], rows: string[][], orientation: Orientation): Comparison {
	const corner = header[0];
	if (orientation === "items-in-columns") {
		return {
			orientation,
			items: header.slice(1),
			criteria: rows.map((row) => row[0]),
			values: rows.map((row) => row.slice(1)),
			corner,
		};
	}
	const criteria = header.slice(1);
	return {
		orientation,
		items: rows.map((row) => row[0]),
		criteria,
		values: criteria.map((_, i) => rows.map((row) => row[i + 1])),
		corner,
	};
}

/** Whether more than half of the value cells (all but the first column) are data: numbers, dates, empty. */
function mostlyNumeric(rows: string[][]): boolean {
	let data = 0;
	let total = 0;
	for (const row of rows) {
		for (let k = 1; k < row.length; k++) {
			total++;
			// Numbers, dates and blanks are short: skip normalising long descriptions.
			if (row[k].length <= 40 && isDataCell(normaliseCell(row[k]))) data++;
		}
	}
	return total > 0 && data * 2 > total;
}

/** Rule 6: a table without a signal that still reads as items in columns. */
function readsAsItemsInColumns(header: string[], rows: string[][]): boolean {
	return (
		header.length >= 3 &&
		rows.length >= 1 &&
		rows.length <= MAX_ITEMS &&
		header.slice(1).every((cell) => looksLikeName(normaliseCell(cell))) &&
		rows.every((row) => looksLikeLabel(normaliseCell(row[0])))
	);
}

function none(reason: string): Detection {
	return { comparison: null, reason };
}

/** Decide whether `table` is a comparison and read it as one. Never throws. */
export function detectComparison(table: MdTable, override: Override = "auto", orientation?: Orientation): Detection {
	if (override === "off") return none("comparison off");
	const header = table.header;
	if (header.length < 2) return none("single column");
	let rows = mergeContinuationRows(table.rows);
	const corner = normaliseCell(header[0]);
	const signal = cornerSignal(corner);
	let reason = corner === "" ? "empty corner cell" : signal ? `first header '${plainText(header[0])}'` : "";
	// Without a signal, items in columns: the only reading rule 6 (or "on") allows.
	const chosen: Orientation = orientation ?? signal?.orientation ?? "items-in-columns";

	if (override === "on") {
		if (chosen === "items-in-columns") rows = mergeWrappedLabels(rows);
		return { comparison: build(header, rows, chosen), reason: reason ? `forced on; ${reason}` : "forced on" };
	}

	if (header.length === 2) return none("single value column");
	if (mostlyNumeric(rows)) return none("mostly numeric");
	if (!reason) {
		if (!readsAsItemsInColumns(header, rows)) return none("no comparison signal");
		reason = "labels in the first column, names in the header";
	}
	if (chosen === "items-in-columns" && signal?.orientation === "items-in-columns") {
		const attributes = header.slice(1).filter((cell) => isAttributeHeader(normaliseCell(cell))).length;
		if (attributes * 2 > header.length - 1) return none("header cells look like attributes");
	}
	if (chosen === "items-in-columns") rows = mergeWrappedLabels(rows);

	const comparison = build(header, rows, chosen);
	if (comparison.items.length > MAX_ITEMS) return none(`more than ${MAX_ITEMS} items`);
	if (comparison.items.length < 2) return none("fewer than 2 items");
	if (comparison.criteria.length < 1) return none("fewer than 1 criterion");
	return { comparison, reason };
}
