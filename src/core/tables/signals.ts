/**
 * Word lists and cell tests behind comparison detection. All inputs are normalised cells
 * (see `normaliseCell`): lowercase, formatting stripped.
 */

/** First headers naming the criteria, so the items are the other header cells. */
const CRITERIA_WORDS = new Set([
	"criteria", "criterion", "aspect", "aspects", "feature", "features", "property", "properties",
	"dimension", "dimensions", "factor", "factors", "category", "categories", "attribute", "attributes",
	"characteristic", "characteristics", "comparison", "vs", "vs.", "versus", "difference", "differences",
	"parameter", "parameters", "capability", "capabilities", "trait", "traits",
]);

/** First headers naming the items, so each row is an item and the other header cells are attributes. */
const ITEM_WORDS = new Set([
	"name", "names", "tool", "tools", "product", "products", "option", "options", "database", "databases",
	"distribution", "distributions", "distro", "distros", "library", "libraries", "framework", "frameworks",
	"service", "services", "model", "models", "language", "languages", "approach", "approaches", "method",
	"methods", "technique", "techniques", "platform", "platforms", "app", "apps", "application", "applications",
	"algorithm", "algorithms", "solution", "solutions", "provider", "providers", "command", "commands",
	"plugin", "plugins", "package", "packages", "extension", "extensions", "project", "projects", "engine",
	"engines", "editor", "editors", "format", "formats", "protocol", "protocols", "vendor", "vendors",
	"strategy", "strategies", "type", "types", "kind", "kinds", "class", "classes", "variant", "variants", "title",
]);

/** Header cells that describe an attribute rather than name an item. */
const ATTRIBUTE_WORDS = new Set([
	"description", "descriptions", "details", "detail", "notes", "note", "comment", "comments", "example",
	"examples", "usage", "use", "use case", "use cases", "purpose", "meaning", "definition", "explanation",
	"summary", "status", "type", "value", "values", "default", "link", "links", "url", "stars", "version",
	"pros", "cons", "advantages", "disadvantages", "benefits", "drawbacks", "similarities", "differences",
	"best for", "syntax", "output", "result", "source", "reference", "date", "count", "total", "score",
	"good", "bad", "strengths", "weaknesses", "hotkey", "hotkeys", "shortcut", "shortcuts",
]);

/** Words that make a header cell a phrase about something ("Given by", "In production") rather than a name. */
const PREPOSITIONS = new Set(["in", "on", "by", "for", "of", "to", "with", "from", "at", "per", "via", "when", "where"]);

/** First headers naming steps, ranks or records: the rows are a sequence, not items to compare. */
const SEQUENCE_WORDS = new Set(["step", "steps", "stage", "stages", "phase", "phases", "layer", "layers", "#", "no", "no.", "nr", "number", "rank", "order", "id", "year", "date", "time", "day", "week", "month"]);

/** Whether a first header names a sequence of steps or records ("Step", "Layer No.", "#", "Date"). */
export function isSequenceHeader(corner: string): boolean {
	if (SEQUENCE_WORDS.has(corner)) return true;
	const words = corner.split(" ");
	return words.length <= 3 && (SEQUENCE_WORDS.has(words[0]) || SEQUENCE_WORDS.has(words[words.length - 1]));
}

/** Words that number parts of a whole: "Chapter 3", "Week 2", "第3章" (the CJK frame 第…章/课/周/节/天). */
const PART_WORDS = new Set(["chapter", "ch", "ch.", "week", "lecture", "lesson", "unit", "part", "day", "session", "module", "section", "episode", "ep", "ep.", "round", "level", "semester", "term", "step", "stage", "phase", "第"]);

/**
 * Whether labels are the numbered parts of one whole (`Chapter 1`, `Chapter 2`, `Chapter 3`; `第1章`,
 * `第2章`…): a table of contents or a syllabus, not items to compare. At least three labels, each
 * starting with the same part word and a number, the numbers going up (a chapter may be missing).
 */
export function numberedParts(labels: readonly string[]): boolean {
	const cells = labels.filter((cell) => cell.trim() !== "");
	if (cells.length < 3) return false;
	let frame: string | null = null;
	let previous = -1;
	for (const cell of cells) {
		const m = /^([^\d]{0,12}?)\s*(\d{1,3})(?!\d)/.exec(cell.trim().toLowerCase());
		if (!m) return false;
		const word = m[1].trim();
		// A bare leading number is a list number ("1. Selection sort"), not a part.
		if (!PART_WORDS.has(word)) return false;
		if (frame === null) frame = word;
		else if (word !== frame) return false;
		const n = Number(m[2]);
		if (n <= previous) return false;
		previous = n;
	}
	return true;
}

const QUESTION_START = /^(?:what|why|how|when|where|which|who)\b/;

/** Which way a first header points, and the word that matched. */
export interface CornerSignal {
	orientation: "items-in-columns" | "items-in-rows";
	word: string;
}

/** Read the first header cell: a criteria word (items in columns) or an item word (items in rows), whole or as its last/first word. */
export function cornerSignal(corner: string): CornerSignal | null {
	if (corner === "") return null;
	if (CRITERIA_WORDS.has(corner) || /(^|\s)(vs\.?|versus)(\s|$)/.test(corner)) return { orientation: "items-in-columns", word: corner };
	if (ITEM_WORDS.has(corner)) return { orientation: "items-in-rows", word: corner };
	const words = corner.split(" ");
	if (words.length > 3) return null;
	const last = words[words.length - 1];
	if (CRITERIA_WORDS.has(last)) return { orientation: "items-in-columns", word: last };
	if (ITEM_WORDS.has(last)) return { orientation: "items-in-rows", word: last };
	if (CRITERIA_WORDS.has(words[0])) return { orientation: "items-in-columns", word: words[0] };
	if (ITEM_WORDS.has(words[0])) return { orientation: "items-in-rows", word: words[0] };
	return null;
}

/** Whether a header cell reads as an attribute ("Description", "What it reveals") rather than an item name. */
export function isAttributeHeader(cell: string): boolean {
	if (ATTRIBUTE_WORDS.has(cell) || QUESTION_START.test(cell)) return true;
	const words = cell.split(" ");
	return words.length > 1 && (PREPOSITIONS.has(words[0]) || PREPOSITIONS.has(words[words.length - 1]));
}

const NUMBER = /^[~≈<>≤≥±+\-−]?=?\s*[$€£¥]?\s*\d[\d,.' ]*(?:e[+-]?\d+)?\s*(?:%|‰|[kmbt]|ms|s|sec|min|h|x|×|kb|mb|gb|tb)?\s*(?:[-–—]\s*[$€£¥]?\d[\d,.]*\s*(?:%|[kmbt])?)?$/;
const DATE = /^(?:\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const BLANK = new Set(["", "-", "–", "—", "n/a", "na", "?", "none", "null"]);

/** Whether a value cell is a number, percentage, amount, date, or empty: data rather than a description. */
export function isDataCell(cell: string): boolean {
	return BLANK.has(cell) || NUMBER.test(cell) || DATE.test(cell);
}

/** Whether a cell reads as a number or date (a label cannot be one). */
export function isNumeric(cell: string): boolean {
	return cell !== "" && !BLANK.has(cell) && (NUMBER.test(cell) || DATE.test(cell));
}

/** Whether a header cell could name an item: short, not a number, not an attribute. */
export function looksLikeName(cell: string): boolean {
	return cell !== "" && cell.length <= 40 && cell.split(" ").length <= 4 && !isNumeric(cell) && !isAttributeHeader(cell);
}

/** Whether a first-column cell could label a criterion: short, not a number. */
export function looksLikeLabel(cell: string): boolean {
	return cell !== "" && cell.length <= 60 && cell.split(" ").length <= 8 && !isNumeric(cell);
}
