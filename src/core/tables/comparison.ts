/**
 * The comparison model: decide whether a markdown table compares things, and which way, from
 * its content (see shape.ts and orientation.ts for the signals).
 *
 * Rules, in order (auto mode):
 * 1. Fewer than 2 columns: nothing to compare ("single column").
 * 2. Continuation rows (empty first cell) are merged into the row above, empty rows dropped.
 * 3. Negative shapes: an empty header row, a single body row, cells mostly math (`$…$`), an
 *    operation table (the header repeats the first column), more than half of the value cells
 *    numbers, dates or blanks ("mostly numeric"), dates down the first column (a log).
 * 4. A comparison without a criteria column: every header cell names an item and the rows are
 *    statements of the same kind under each (`| Kafka | RabbitMQ |`); its criteria are unnamed
 *    ("Point 1", "Point 2"…) and `headerless` is set.
 * 5. Exactly 2 columns otherwise: a key/value sheet ("single value column").
 * 6. A glossary or reference list: a descriptive column (Description, Meaning, Example…) and
 *    fewer than two other value columns, or code identifiers down the first column with a prose
 *    column.
 * 7. Orientation by vote (orientation.ts). A tie follows the first header's word; after an empty
 *    corner, the shorter axis holds the items; with neither, "no comparison signal".
 * 8. The first column holds no repeats. Items in rows must mostly be names (short, not
 *    sentences), not numbers; fewer than half of the items in columns
 *    may look like attributes (Description, "Defined in", "What it does") or numbers, and the
 *    criteria must be short labels, not numbers.
 * 9. Items in columns: wrapped criterion labels are merged into the row above too.
 * 10. More than 10 items, fewer than 2 items, or no criterion: not a comparison.
 *
 * `override` "on" skips rules 3-9 and reads the table the sensible way round (the vote, and
 * numbers are never items); more than 10 items is still no comparison (unless `maxItems` says
 * otherwise: a `compare` block that picks its items); "off" gives no comparison. A given `orientation` replaces the
 * detected one.
 */
import { mergeContinuationRows, mergeWrappedLabels } from "./merge";
import { normaliseCell, plainText } from "./normalise";
import { mainReason, orientationVote } from "./orientation";
import type { MdTable } from "./parse";
import {
	column,
	datesDownFirstColumn,
	distinct,
	emptyHeader,
	glossaryShape,
	headerlessShape,
	identifierList,
	labelColumn,
	mostlyMath,
	mostlyNumbers,
	operationTable,
} from "./shape";
import { cornerSignal, isAttributeHeader, isDataCell, isNumeric, isSequenceHeader, looksLikeLabel, looksLikeName, numberedParts } from "./signals";

export { normaliseCell } from "./normalise";

export type Orientation = "items-in-columns" | "items-in-rows";

/** A table read as a comparison of items along criteria. */
export interface Comparison {
	orientation: Orientation;
	/** Item names (markdown source). */
	items: string[];
	/** Criterion names (markdown source, formatting kept for rendering); "Point 1"… when the table names none. */
	criteria: string[];
	/** values[i][j]: criterion i of item j, markdown source; merged continuation rows joined with "<br>". */
	values: string[][];
	/** The corner/first-header label, e.g. "Criteria" or "Tool" ("" when empty). */
	corner: string;
	/** The table has no criteria column: every header cell is an item and the criteria are numbered points. */
	headerless?: boolean;
}

/** The outcome of detection, with the reason (for debugging and the CLI). */
export interface Detection {
	comparison: Comparison | null;
	/** Why: e.g. "empty corner cell", "first header 'Tool'", "mostly numeric", "single value column", "more than 10 items". */
	reason: string;
}

/** Per-table or per-note override: "auto" detects, "on" forces a comparison, "off" forces none. */
export type Override = "auto" | "on" | "off";

/** Most items a comparison has: more is a list, not a comparison. */
export const MAX_ITEMS = 10;

/** The note-level override from the `comparison` front matter property: "off" → off, "all" → on for every table, anything else → auto. */
export function noteOverride(value: unknown): Override {
	if (value === false) return "off";
	if (typeof value !== "string") return "auto";
	const v = value.trim().toLowerCase();
	return v === "off" ? "off" : v === "all" ? "on" : "auto";
}

/** The name of unnamed criterion `i` (0-based). */
export function pointName(i: number): string {
	return `Point ${i + 1}`;
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

/** A comparison without a criteria column: the header cells are the items, each row a numbered point. */
function buildHeaderless(header: string[], rows: string[][]): Comparison {
	return {
		orientation: "items-in-columns",
		items: [...header],
		criteria: rows.map((_, i) => pointName(i)),
		values: rows.map((row) => [...row]),
		corner: "",
		headerless: true,
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

function none(reason: string): Detection {
	return { comparison: null, reason };
}

/** The negative shape a table has (rule 3), or null. */
function negativeShape(header: string[], rows: string[][]): string | null {
	if (emptyHeader(header)) return "empty header row";
	if (rows.length < 2) return "single row";
	if (mostlyMath(header, rows)) return "mostly math";
	if (operationTable(header, rows)) return "operation table";
	if (mostlyNumeric(rows)) return "mostly numeric";
	if (datesDownFirstColumn(rows)) return "log (dates down the first column)";
	return null;
}

/** The orientation a forced panel reads: the vote, else the corner word, else the shorter axis; numbers never become items. */
function forcedOrientation(header: string[], rows: string[][], score: number): Orientation {
	const signal = cornerSignal(normaliseCell(header[0]));
	let chosen: Orientation = score > 0 ? "items-in-rows" : score < 0 ? "items-in-columns" : (signal?.orientation ?? (rows.length < header.length - 1 ? "items-in-rows" : "items-in-columns"));
	const sideNumbers = mostlyNumbers(column(rows, 0));
	const topNumbers = mostlyNumbers(header.slice(1));
	if (chosen === "items-in-rows" && sideNumbers && !topNumbers) chosen = "items-in-columns";
	else if (chosen === "items-in-columns" && topNumbers && !sideNumbers) chosen = "items-in-rows";
	return chosen;
}

const SENTENCE = /[,;:.!]\s|[.!]$/;

/** Whether a first-column cell reads as an item's name: short, not a sentence (a leading "1." is a list number). */
function isItemName(cell: string): boolean {
	const plain = plainText(cell).replace(/^\d{1,3}[.)]\s+/, "");
	return plain !== "" && plain.length <= 40 && plain.split(" ").length <= 5 && !SENTENCE.test(plain);
}

/** Why items in this orientation are not items (rule 8), or null. */
function badItems(header: string[], rows: string[][], orientation: Orientation): string | null {
	const side = column(rows, 0);
	if (!distinct(side.filter((cell) => cell !== ""))) return "repeated names in the first column";
	if (orientation === "items-in-rows") {
		if (mostlyNumbers(side)) return "numbered rows";
		if (numberedParts(side.map(plainText))) return "numbered parts of one whole (chapters, weeks…)";
		if (side.filter(isItemName).length * 2 < side.length) return "first column is not names";
		return null;
	}
	const top = header.slice(1);
	const attributes = top.filter((cell) => {
		const n = normaliseCell(cell);
		return n !== "" && (isAttributeHeader(n) || isNumeric(n));
	}).length;
	if (attributes * 2 >= top.length) return "header cells look like attributes";
	if (mostlyNumbers(column(rows, 0))) return "numbered rows";
	if (!rows.every((row) => row[0] === "" || looksLikeLabel(normaliseCell(row[0])))) return "first column is not criterion labels";
	return null;
}

/** Options of `detectComparison`. */
export interface DetectOptions {
	/** Most items a forced comparison may have (default 10; a `compare` block that lists its items passes Infinity). */
	maxItems?: number;
}

/** Decide whether `table` is a comparison and read it as one. Never throws. */
export function detectComparison(table: MdTable, override: Override = "auto", orientation?: Orientation, options: DetectOptions = {}): Detection {
	if (override === "off") return none("comparison off");
	const header = table.header;
	if (header.length < 2) return none("single column");
	let rows = mergeContinuationRows(table.rows);
	const vote = orientationVote(header, rows);
	const corner = normaliseCell(header[0]);
	const signal = cornerSignal(corner);

	if (override === "on") {
		if (!orientation && !signal && header.length <= MAX_ITEMS && headerlessShape(header, rows)) return { comparison: buildHeaderless(header, rows), reason: "forced on; every header cell names an item" };
		const chosen = orientation ?? forcedOrientation(header, rows, vote.score);
		if (chosen === "items-in-columns") rows = mergeWrappedLabels(rows);
		const why = orientation ? "" : vote.score !== 0 ? mainReason(vote) : signal ? `first header '${plainText(header[0])}'` : "";
		const forced = build(header, rows, chosen);
		if (forced.items.length > (options.maxItems ?? MAX_ITEMS)) return none(`more than ${MAX_ITEMS} items`);
		return { comparison: forced, reason: why ? `forced on; ${why}` : "forced on" };
	}

	const negative = negativeShape(header, rows);
	if (negative) return none(negative);
	if (!orientation && headerlessShape(header, rows)) {
		const comparison = buildHeaderless(header, rows);
		if (comparison.items.length > MAX_ITEMS) return none(`more than ${MAX_ITEMS} items`);
		return { comparison, reason: "every header cell names an item" };
	}
	if (header.length === 2) return none("single value column");
	if (glossaryShape(header)) return none("glossary (a descriptive column)");
	if (identifierList(header, rows)) return none("reference list (identifiers and descriptions)");
	if (isSequenceHeader(corner)) return none("steps or records, not items");

	let chosen: Orientation;
	let reason: string;
	if (orientation) {
		chosen = orientation;
		reason = "orientation given";
	} else if (vote.score !== 0) {
		chosen = vote.score > 0 ? "items-in-rows" : "items-in-columns";
		reason = mainReason(vote);
		// Without a first-header signal, a long list of labels is not taken for criteria.
		if (!signal && corner !== "" && chosen === "items-in-columns" && rows.length > MAX_ITEMS) return none("no comparison signal");
	} else if (signal) {
		chosen = signal.orientation;
		reason = `first header '${plainText(header[0])}'`;
	} else if (corner === "") {
		chosen = rows.length < header.length - 1 ? "items-in-rows" : "items-in-columns";
		reason = "empty corner cell, items on the shorter axis";
	} else if (labelColumn(column(rows, 0)) && header.slice(1).every((cell) => looksLikeName(normaliseCell(cell)))) {
		chosen = "items-in-columns";
		reason = "labels in the first column, names in the header";
	} else {
		return none("no comparison signal");
	}
	const bad = badItems(header, rows, chosen);
	if (bad) return none(bad);
	if (chosen === "items-in-columns") rows = mergeWrappedLabels(rows);

	const comparison = build(header, rows, chosen);
	if (comparison.items.length > MAX_ITEMS) return none(`more than ${MAX_ITEMS} items`);
	if (comparison.items.length < 2) return none("fewer than 2 items");
	if (comparison.criteria.length < 1) return none("fewer than 1 criterion");
	return { comparison, reason };
}
