/**
 * Continuation rows: GFM cells cannot hold several lines, so authors wrap long text onto the
 * following rows and leave their first cell empty. These helpers fold such rows back.
 */

const JOIN = "<br>";

function isEmptyRow(row: string[]): boolean {
	return row.every((cell) => cell.trim() === "");
}

/** Append each non-empty cell of `from` to the same column of `into`, joined with `<br>`. */
function mergeInto(into: string[], from: string[]): void {
	for (let k = 0; k < from.length; k++) {
		const cell = from[k];
		if (cell === "") continue;
		into[k] = into[k] === "" ? cell : into[k] + JOIN + cell;
	}
}

/**
 * Rows whose first cell is empty continue the row above: their non-empty cells are appended to it.
 * Entirely empty rows are dropped; a first row with an empty first cell is kept as is.
 * Returns new row arrays; the input is not changed.
 */
export function mergeContinuationRows(rows: readonly string[][]): string[][] {
	const out: string[][] = [];
	for (const row of rows) {
		if (isEmptyRow(row)) continue;
		const above = out[out.length - 1];
		if (row[0] === "" && above) mergeInto(above, row);
		else out.push([...row]);
	}
	return out;
}

const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * Criteria tables also wrap the criterion itself: `| Integration with CI/CD |` then
 * `| and pre-commit hooks | available | ... |`. A row counts as such a wrap when every one of its
 * non-empty cells, the first included, starts with a lowercase letter, at least one value cell is
 * filled, and at least two thirds of the other labels start with a capital letter. Merged like
 * continuation rows. Meant for the criteria column of items-in-columns tables only.
 */
export function mergeWrappedLabels(rows: readonly string[][]): string[][] {
	const labels = rows.map((row) => row[0]);
	const capitalised = labels.filter((label) => UPPER_START.test(label)).length;
	const out: string[][] = [];
	for (const row of rows) {
		const above = out[out.length - 1];
		const filled = row.filter((cell) => cell !== "");
		const wraps =
			above !== undefined &&
			LOWER_START.test(row[0]) &&
			filled.length > 1 &&
			filled.every((cell) => LOWER_START.test(cell)) &&
			capitalised * 3 >= (labels.length - 1) * 2;
		if (wraps) mergeInto(above, row);
		else out.push([...row]);
	}
	return out;
}
