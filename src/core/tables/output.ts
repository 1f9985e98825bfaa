/**
 * The `tables` output shape: one plain record per table of a note, as the command-line tool
 * prints it with `--json`.
 */
import { detectComparison, noteOverride, type Orientation } from "./comparison";
import { parseTables } from "./parse";

/** The JSON record `topic-tree tables FILE --json` prints for each table, in order. */
export interface TableRecord {
	/** 1-based line of the header row. */
	line: number;
	comparison: boolean;
	orientation: Orientation | null;
	/** Empty for non-comparisons. */
	items: string[];
	/** Empty for non-comparisons. */
	criteria: string[];
	/** values[i][j]: criterion i of item j; empty for non-comparisons. */
	values: string[][];
	reason: string;
	/** The raw table, always. */
	header: string[];
	rows: string[][];
}

/**
 * One record per table of `text`. `frontmatterOverride` is the note's `comparison` property
 * ("off", "all", anything else = auto); `start` skips the front matter.
 */
export function tableRecords(text: string, frontmatterOverride?: unknown, start?: { start: number; startLine: number }): TableRecord[] {
	const override = noteOverride(frontmatterOverride);
	return parseTables(text, start ?? {}).map((table) => {
		const { comparison, reason } = detectComparison(table, override);
		return {
			line: table.line,
			comparison: comparison !== null,
			orientation: comparison?.orientation ?? null,
			items: comparison?.items ?? [],
			criteria: comparison?.criteria ?? [],
			values: comparison?.values ?? [],
			reason,
			header: table.header,
			rows: table.rows,
		};
	});
}
