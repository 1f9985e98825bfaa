/**
 * Runs every parser the plugin applies to a note's text and checks that each result makes sense
 * for that text: line numbers inside the note, offsets inside the text, links non-empty and
 * trimmed, tables rectangular, edits that either refuse with `EditRefused` or leave a note in
 * which the edit can be read back. Used by the fuzz tests on arbitrary and hostile texts.
 */
import { addParent, EditRefused, removeParent, replaceParent, sameTarget, type Placement } from "../../../src/core/edit/parents";
import { keyAt } from "../../../src/core/edit/frontmatter-edits";
import { scanInlineFields } from "../../../src/core/fields/scanner";
import { locateFrontmatter, readFrontmatter } from "../../../src/core/frontmatter";
import { parseFrontmatterLinks, parseLinks, type ParsedLinks } from "../../../src/core/links";
import { parseNote } from "../../../src/core/note";
import { parseCompareBlock } from "../../../src/core/tables/compare-block";
import { detectComparison, type Override } from "../../../src/core/tables/comparison";
import { compareNotes } from "../../../src/core/tables/note-comparison";
import { tableRecords } from "../../../src/core/tables/output";
import { parseTables } from "../../../src/core/tables/parse";
import { buildPanelModel, DEFAULT_PANEL_STATE, toCsv } from "../../../src/core/tables/panel-model";
import { DEFAULT_PARSE_SETTINGS, type LinkRef, type ParsedNote } from "../../../src/core/types";

/** Lines as the parsers count them: only `\n` breaks a line. */
export function lineCount(text: string): number {
	let n = 1;
	for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
	return n;
}

/** The text of 1-based line `line`. */
function lineText(text: string, line: number): string {
	let start = 0;
	for (let n = 1; n < line; n++) start = text.indexOf("\n", start) + 1;
	const end = text.indexOf("\n", start);
	return text.slice(start, end < 0 ? text.length : end);
}

function expectWithin(value: number, min: number, max: number, what: string): void {
	if (!(Number.isInteger(value) && value >= min && value <= max)) throw new Error(`${what} ${value} is outside [${min}, ${max}]`);
}

function expectLinks(parsed: ParsedLinks, what: string): void {
	for (const link of parsed.links) {
		if (link.target === "" || link.target !== link.target.trim()) throw new Error(`${what}: link target ${JSON.stringify(link.target)} is empty or untrimmed`);
	}
	for (const name of parsed.rest) {
		if (name.trim() === "") throw new Error(`${what}: empty bare name`);
	}
}

/** `parseNote`: relations on real lines (inline ones on a line holding `::`), sane title, tags and aliases. */
export function checkParseNote(text: string, note: ParsedNote): void {
	const lines = lineCount(text);
	const fm = locateFrontmatter(text);
	for (const rel of note.relations) {
		expectWithin(rel.line, 1, lines, "relation line");
		if (rel.source === "inline" && !lineText(text, rel.line).includes("::")) throw new Error(`inline relation on line ${rel.line} without ::`);
		if (rel.source === "frontmatter") expectWithin(rel.line, 1, Math.max(1, fm.bodyStartLine - 1), "front matter relation line");
		expectLinks({ links: rel.link.kind === "bare" ? [] : [rel.link], rest: rel.link.kind === "bare" ? [rel.link.target] : [] }, "relation");
	}
	for (const problem of note.problems) {
		expectWithin(problem.line, 0, lines, "problem line");
		// Quoted text is cut short (src/core/quote.ts): a message never grows with the note.
		expectWithin(problem.message.length, 1, 600, "problem message length");
	}
	if (typeof note.title !== "string" || note.title === "") throw new Error("empty title");
	for (const tag of note.tags) if (tag === "" || tag.startsWith("#")) throw new Error(`bad tag ${JSON.stringify(tag)}`);
	for (const alias of note.aliases) if (alias === "" || alias !== alias.trim()) throw new Error(`bad alias ${JSON.stringify(alias)}`);
}

/** Front matter location and reading: offsets ordered and inside the text, key lines inside the block. */
export function checkFrontmatter(text: string): void {
	const loc = locateFrontmatter(text);
	if (loc.present) {
		if (!(loc.yamlStart > 0 && loc.yamlStart <= loc.yamlEnd && loc.yamlEnd <= loc.bodyStart && loc.bodyStart <= text.length)) {
			throw new Error(`front matter offsets out of order: ${JSON.stringify(loc)}`);
		}
		expectWithin(loc.bodyStartLine, 3, lineCount(text) + 1, "body start line");
	} else if (loc.bodyStart !== 0 || loc.bodyStartLine !== 1) {
		throw new Error("absent front matter with a body offset");
	}
	const fm = readFrontmatter("fuzz.md", text);
	if (typeof fm.data !== "object" || fm.data === null || Array.isArray(fm.data)) throw new Error("front matter data is not an object");
	for (const [, line] of fm.keyLines) expectWithin(line, 2, Math.max(2, loc.bodyStartLine - 2), "key line");
	for (const problem of fm.problems) expectWithin(problem.line, 0, lineCount(text), "front matter problem line");
	for (const value of Object.values(fm.data)) expectLinks(parseFrontmatterLinks(value), "front matter links");
	compareNotes([{ path: "fuzz.md", title: "Fuzz", frontmatter: fm.data, parents: [], children: 0 }, { path: "b.md", title: "B", frontmatter: {}, parents: ["Fuzz"], children: 1 }]);
}

/** The scanner alone, with and without comment fields, from the body start. */
export function checkScanner(text: string): void {
	const lines = lineCount(text);
	const loc = locateFrontmatter(text);
	for (const readComments of [true, false]) {
		for (const field of scanInlineFields(text, { readComments, start: loc.bodyStart, startLine: loc.bodyStartLine })) {
			expectWithin(field.line, loc.bodyStartLine, lines, "field line");
			if (field.value.includes("\n") || field.value !== field.value.trim()) throw new Error(`field value ${JSON.stringify(field.value)} untrimmed or multi-line`);
			if (field.key === "") throw new Error("empty field key");
		}
	}
	expectLinks(parseLinks(text), "parseLinks");
}

const OVERRIDES: Override[] = ["auto", "on", "off"];

/** Tables, comparison detection in every mode, the panel built on a comparison, the `compare` block reader. */
export function checkTables(text: string): void {
	const lines = lineCount(text);
	let previousEnd = 0;
	for (const table of parseTables(text)) {
		if (table.line <= previousEnd) throw new Error("tables overlap or are out of order");
		expectWithin(table.endLine, table.line + 1, lines, "table end line");
		if (table.align.length !== table.header.length || table.rows.some((row) => row.length !== table.header.length)) throw new Error("ragged table");
		previousEnd = table.endLine;
		for (const override of OVERRIDES) {
			const { comparison } = detectComparison(table, override);
			if (!comparison) continue;
			if (comparison.values.length !== comparison.criteria.length) throw new Error("values do not match criteria");
			const model = buildPanelModel(comparison, { ...DEFAULT_PANEL_STATE, filter: "a" });
			for (const c of model.criteria) for (const item of model.items) model.cell(c.index, item.index);
			toCsv(comparison, DEFAULT_PANEL_STATE);
		}
	}
	tableRecords(text, "all");
	const block = parseCompareBlock(text);
	if (block.ok) expectWithin(block.table.line, 1, lines, "compare block table line");
	else expectWithin(block.line, 0, lines, "compare block error line");
}

const NEW_PARENT = "[[Zeta fuzz]]";
const NEW_LINK: LinkRef = { target: "Zeta fuzz", embed: false, kind: "wiki" };
const PLACEMENTS: Placement[] = ["auto", "inline", "frontmatter"];

/** Runs an edit; `EditRefused` is an allowed answer (undefined), any other throw is a failure. */
function edit<T>(run: () => T): T | undefined {
	try {
		return run();
	} catch (err) {
		if (err instanceof EditRefused) return undefined;
		throw err;
	}
}

const parentsOf = (text: string) => parseNote("fuzz.md", text, DEFAULT_PARSE_SETTINGS).relations.filter((r) => r.kind === "parent");

/**
 * The parent edits: adding a parent gives a note in which it is read as a parent on the reported
 * line; removing or replacing a parent the index reported never throws and returns a string or null.
 */
export function checkEdits(text: string): void {
	const before = parentsOf(text);
	for (const placement of PLACEMENTS) {
		const added = edit(() => addParent(text, NEW_PARENT, { field: "up", placement, parseSettings: DEFAULT_PARSE_SETTINGS }));
		if (added === undefined) continue;
		if (added === null) {
			if (!before.some((r) => sameTarget(r.link, NEW_LINK))) throw new Error(`addParent (${placement}) said the parent is already there`);
			continue;
		}
		expectWithin(added.line, 1, lineCount(added.text), "added line");
		const after = parentsOf(added.text);
		if (!after.some((r) => sameTarget(r.link, NEW_LINK) && r.line === added.line)) {
			throw new Error(`addParent (${placement}) wrote a parent that is not read back on line ${added.line}`);
		}
	}
	for (const rel of before.slice(0, 3)) {
		const target = { line: rel.line, source: rel.source, field: rel.field, matches: (link: LinkRef) => sameTarget(link, rel.link) };
		const removed = edit(() => removeParent(text, target));
		// Front matter values the edits do not rewrite (multi-line scalars, nested lists, keys the
		// line scanner does not see, such as in an indented block) give null.
		const key = keyAt(text, rel.line, rel.field);
		const value = key ? readFrontmatter("fuzz.md", text).data[key.key] : undefined;
		// A list item written over two lines (`- top` then `  - [b]` reads as "top - [b]") is a multi-line scalar too.
		const flat = typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string" && text.includes(v)));
		const editable = rel.source === "inline" || (key !== undefined && key.shape.kind !== "unsupported" && flat);
		if ((removed === null || removed === undefined) && !editable) continue;
		if (removed === null || removed === undefined) throw new Error(`removeParent could not remove ${JSON.stringify(rel)}`);
		const count = (rels: ParsedNote["relations"]) => rels.filter((r) => sameTarget(r.link, rel.link)).length;
		// With an unclosed `[[` on the line, removing one link can let another to the same note surface.
		const line = lineText(text, rel.line);
		const balanced = line.split("[[").length === line.split("]]").length;
		if (removed === text || (balanced && count(parentsOf(removed)) >= count(before))) throw new Error(`removeParent left ${rel.link.target}`);
		const replaced = edit(() => replaceParent(text, target, NEW_PARENT));
		if (replaced !== undefined && replaced !== null && typeof replaced !== "string") throw new Error("replaceParent gave no text");
	}
	const bogus = { line: 1, source: "inline" as const, field: "up", matches: () => true };
	edit(() => removeParent(text, bogus));
	edit(() => replaceParent(text, { ...bogus, source: "frontmatter" }, NEW_PARENT));
}

/** Everything above on one text. */
export function checkAll(text: string): void {
	checkParseNote(text, parseNote("fuzz.md", text, DEFAULT_PARSE_SETTINGS));
	checkParseNote(text, parseNote("fuzz.md", text, DEFAULT_PARSE_SETTINGS, { data: { up: "[[given]]", tags: ["t"] } }));
	checkFrontmatter(text);
	checkScanner(text);
	checkTables(text);
	checkEdits(text);
}
