/**
 * Which way a table compares: a vote of content signals, positive for items in rows (the first
 * column names the items), negative for items in columns (the header names them).
 *
 * - the first header cell: a criteria word (Feature, Aspect…) −3, an item word (Tool, Type…) +3,
 *   empty −1 (a hint, not a rule: `| | read | write |` over `file`, `directory` lists items in rows);
 * - lines of one typed kind (yes/no, levels, numbers, dates) run along the criteria: typed
 *   columns outnumbering typed rows +2, the other way −2;
 * - names in code or links (`var`, [[Note]]) down the first column +2, across the header −2;
 * - criteria phrasing: questions ("Reusable?"), attribute words ("Use case", "Purpose") and
 *   phrases ending in a preposition ("Given by") in the header +1, down the first column −1;
 * - label length: the axis whose labels are much longer holds the criteria (×1.6: 1 vote, ×3: 2);
 * - count: the shorter axis more likely holds the items (1 vote).
 */
import { normaliseCell, plainText } from "./normalise";
import { column, isCodeCell, isLinkCell, typedLine } from "./shape";
import { cornerSignal, isAttributeHeader } from "./signals";

/** The vote and the reasons that moved it, for the detection's reason text. */
export interface OrientationVote {
	score: number;
	/** Each signal that voted, strongest kinds first: [reason, votes]. */
	reasons: Array<[string, number]>;
}

/** The first signal that voted for the outcome: "first header 'Tool'", "empty corner cell", "typed columns". */
export function mainReason(vote: OrientationVote): string {
	const sign = Math.sign(vote.score);
	return vote.reasons.find(([, n]) => Math.sign(n) === sign)?.[0] ?? "";
}

function share(cells: readonly string[], test: (cell: string) => boolean): number {
	const filled = cells.filter((c) => c.trim() !== "");
	return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

function criterionLike(cell: string): boolean {
	const n = normaliseCell(cell);
	return n.endsWith("?") || isAttributeHeader(n);
}

function meanChars(cells: readonly string[]): number {
	const lengths = cells.map((c) => plainText(c).length).filter((n) => n > 0);
	return lengths.length === 0 ? 0 : lengths.reduce((a, b) => a + b, 0) / lengths.length;
}

/** Vote on the orientation of a table with a first column (header[0] is the corner). */
export function orientationVote(header: readonly string[], rows: readonly string[][]): OrientationVote {
	const reasons: Array<[string, number]> = [];
	let score = 0;
	const add = (n: number, why: string): void => {
		if (n === 0) return;
		score += n;
		reasons.push([why, n]);
	};
	const corner = normaliseCell(header[0]);
	const signal = cornerSignal(corner);
	if (corner === "") add(-1, "empty corner cell");
	else if (signal) add(signal.orientation === "items-in-rows" ? 3 : -3, `first header '${plainText(header[0])}'`);

	const top = header.slice(1);
	const side = rows.map((row) => row[0]);
	let typedColumns = 0;
	for (let k = 1; k < header.length; k++) if (typedLine(column(rows, k))) typedColumns++;
	const typedRows = rows.filter((row) => typedLine(row.slice(1))).length;
	if (typedColumns > typedRows) add(2, "typed columns");
	else if (typedRows > typedColumns) add(-2, "typed rows");

	const named = (c: string): boolean => isCodeCell(c) || isLinkCell(c);
	if (share(side, named) >= 0.5) add(2, "names down the first column");
	if (share(top, named) >= 0.5) add(-2, "names across the header");
	if (top.some(criterionLike)) add(1, "criteria across the header");
	if (side.some(criterionLike)) add(-1, "criteria down the first column");

	const topLength = meanChars(top);
	const sideLength = meanChars(side);
	if (topLength > 0 && sideLength > 0) {
		const ratio = topLength / sideLength;
		if (ratio >= 3) add(2, "long header labels");
		else if (ratio >= 1.6) add(1, "long header labels");
		else if (ratio <= 1 / 3) add(-2, "long first-column labels");
		else if (ratio <= 1 / 1.6) add(-1, "long first-column labels");
	}
	if (rows.length < top.length) add(1, "fewer rows");
	else if (rows.length > top.length) add(-1, "fewer columns");
	return { score, reasons };
}
