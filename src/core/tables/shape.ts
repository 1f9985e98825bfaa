/**
 * Shape signals: what a table's content says about it as a whole, beyond its first cell. Each
 * function looks at the header and the (merged) body rows, cells as markdown source, and never
 * throws. Used by `detectComparison` (comparison.ts) and the orientation vote (orientation.ts).
 */
import { normaliseCell, plainText } from "./normalise";
import { cornerSignal, isAttributeHeader, isNumeric } from "./signals";
import { criterionKind, valueKind, type ValueKind } from "./value-kinds";

const MATH = /^\$\$?[^$]+\$\$?$/;
const CODE = /^`[^`]+`$/;
const WIKI_OR_LINK = /^!?\[\[[^\]]+\]\]$|^\[[^\]]+\]\([^)]*\)$/;

/** Whether a cell is a math expression (`$…$` or `$$…$$`) and nothing else. */
export function isMathCell(md: string): boolean {
	return MATH.test(md.trim());
}

/** Whether a cell is one code span, a name in code (`var`, `HashMap`). */
export function isCodeCell(md: string): boolean {
	return CODE.test(md.trim());
}

/** Whether a cell is one link (wiki or markdown), naming a note or a page. */
export function isLinkCell(md: string): boolean {
	return WIKI_OR_LINK.test(md.trim());
}

/** Whether every header cell is empty. */
export function emptyHeader(header: readonly string[]): boolean {
	return header.every((cell) => plainText(cell) === "");
}

/** Whether more than half of the filled cells (header and body) are math. */
export function mostlyMath(header: readonly string[], rows: readonly string[][]): boolean {
	let math = 0;
	let filled = 0;
	for (const row of [header, ...rows]) {
		for (const cell of row) {
			if (cell.trim() === "") continue;
			filled++;
			if (isMathCell(cell)) math++;
		}
	}
	return filled > 0 && math * 2 > filled;
}

/** An operation table (`| × | 1 | 2 |` over rows `1`, `2`): the header after the corner repeats the first column. */
export function operationTable(header: readonly string[], rows: readonly string[][]): boolean {
	const top = header.slice(1).map(normaliseCell).filter((c) => c !== "");
	const side = rows.map((row) => normaliseCell(row[0])).filter((c) => c !== "");
	if (top.length < 2 || side.length < 2) return false;
	const sideSet = new Set(side);
	const shared = top.filter((c) => sideSet.has(c)).length;
	return shared * 3 >= Math.max(top.length, side.length) * 2;
}

/** Whether at least two thirds of the first-column cells are dates: a log. */
export function datesDownFirstColumn(rows: readonly string[][]): boolean {
	const filled = rows.filter((row) => row[0].trim() !== "");
	if (filled.length < 2) return false;
	const dates = filled.filter((row) => valueKind(row[0]) === "date").length;
	return dates * 3 >= filled.length * 2;
}

/** Whether at least half of the cells are numbers or dates (items cannot be numbers). */
export function mostlyNumbers(cells: readonly string[]): boolean {
	const filled = cells.filter((c) => c.trim() !== "");
	return filled.length > 0 && filled.filter((c) => isNumeric(normaliseCell(c))).length * 2 >= filled.length;
}

/** Whether the normalised cells are all different (items are distinct names). */
export function distinct(cells: readonly string[]): boolean {
	const keys = cells.map(normaliseCell);
	return new Set(keys).size === keys.length;
}

/** Mean length of the cells' plain text (empty cells left out). */
export function meanLength(cells: readonly string[]): number {
	const lengths = cells.map((c) => plainText(c).length).filter((n) => n > 0);
	return lengths.length === 0 ? 0 : lengths.reduce((a, b) => a + b, 0) / lengths.length;
}

/** Column `k` of the rows. */
export function column(rows: readonly string[][], k: number): string[] {
	return rows.map((row) => row[k] ?? "");
}

/** Header words of columns that define the first column's entries: the mark of a glossary. */
const DEFINING = new Set(["definition", "definitions", "meaning", "meanings", "description", "descriptions", "explanation", "explanations", "analogy"]);
/** Header words of columns that describe or exemplify entries, found in glossaries and comparisons alike. */
const DESCRIBING = new Set(["example", "examples", "notes", "note", "comment", "comments", "details", "summary", "remarks", "idea", "ideas", "sample", "samples"]);

function headerWords(cell: string): string[] {
	const n = normaliseCell(cell);
	const words = n.split(" ");
	return words.length <= 4 ? [n, words[0], words[words.length - 1]] : [n];
}

/** Whether a header cell names a defining column ("Description", "Meaning", "Analogy"). */
export function isDefiningHeader(cell: string): boolean {
	return headerWords(cell).some((w) => DEFINING.has(w));
}

/** Whether a header cell names a defining or describing column ("Notes", "In our example", "Key idea"). */
export function isDescriptiveHeader(cell: string): boolean {
	return headerWords(cell).some((w) => DEFINING.has(w) || DESCRIBING.has(w));
}

/**
 * A glossary or reference list: the value columns define or describe the first column instead
 * of comparing it (`Term | Meaning | Analogy`, `Param | Type | Description`, `Type | Examples |
 * Key idea`): a defining column with fewer than two other value columns, or only descriptive ones.
 */
export function glossaryShape(header: readonly string[]): boolean {
	const values = header.slice(1);
	if (values.length > 0 && values.every(isDescriptiveHeader)) return true;
	const defining = values.filter(isDefiningHeader).length;
	return defining > 0 && values.length - defining < 2;
}

const UPPER_START = /^\p{Lu}/u;
const BOLD = /^(\*\*|__).+(\*\*|__)$/;

/** A column of criterion labels: bold labels, or short capitalised labels (one or two words, "Setup", "Data quality"). */
export function labelColumn(cells: readonly string[]): boolean {
	const filled = cells.filter((c) => c.trim() !== "");
	if (filled.length === 0) return false;
	if (filled.every((c) => BOLD.test(c.trim()))) return true;
	const words = filled.reduce((n, c) => n + plainText(c).split(" ").length, 0) / filled.length;
	return words < 2.5 && filled.every((c) => UPPER_START.test(plainText(c)));
}

/**
 * A reference list of identifiers (`| \`NAME\` | … | description |`): every first cell is code,
 * some column is prose and no column holds values of one typed kind (which would be compared).
 */
export function identifierList(header: readonly string[], rows: readonly string[][]): boolean {
	if (rows.length < 2 || !rows.every((row) => isCodeCell(row[0]))) return false;
	let prose = false;
	for (let k = 1; k < header.length; k++) {
		const cells = column(rows, k);
		if (typedLine(cells)) return false;
		if (criterionKind(cells) === "prose") prose = true;
	}
	return prose;
}

/** The kinds a line of values can share and be told apart by: yes/no, levels, numbers, dates. */
const TYPED = new Set<ValueKind>(["yes-no", "level", "number", "date"]);

/** Whether at least two filled values of a line share one typed kind and no filled value differs. */
export function typedLine(cells: readonly string[]): boolean {
	const kinds = cells.map(valueKind).filter((k) => k !== "empty");
	return kinds.length >= 2 && TYPED.has(kinds[0]) && kinds.every((k) => k === kinds[0]);
}

/** Whether a column holds independent list entries: more than a quarter of its cells empty while others are filled. */
function raggedColumn(cells: readonly string[]): boolean {
	const empty = cells.filter((c) => c.trim() === "").length;
	return empty * 4 > cells.length;
}

/**
 * A comparison without a criteria column (`| Kafka | RabbitMQ |` over rows of statements): every
 * header cell names an item (none is a corner word, an attribute or a number), there are at
 * least two rows, the first column is not a key column (criterion labels: bold or short and
 * capitalised; less than half as long as the rest), no column holds code, links or numbers nor a column of one typed kind (a field of records), and no column is ragged (two
 * independent lists, such as pros and cons).
 */
export function headerlessShape(header: readonly string[], rows: readonly string[][]): boolean {
	if (rows.length < 2 || header.length < 2 || header.length > 10) return false;
	for (const cell of header) {
		const n = normaliseCell(cell);
		if (n === "" || n.length > 40 || n.split(" ").length > 5 || isNumeric(n) || isAttributeHeader(n) || isDescriptiveHeader(n) || cornerSignal(n)) return false;
	}
	const columns = header.map((_, k) => column(rows, k));
	if (columns.some(raggedColumn) || labelColumn(columns[0])) return false;
	if (columns.some((cells) => cells.filter((c) => isCodeCell(c) || isLinkCell(c)).length * 2 >= cells.length)) return false;
	if (header.length > 2 && columns.some(typedLine)) return false;
	if (columns.some((cells) => mostlyNumbers(cells))) return false;
	const first = meanLength(columns[0]);
	const rest = meanLength(columns.slice(1).flat());
	return first > 0 && rest > 0 && first * 2 >= rest && rest * 3 >= first;
}
