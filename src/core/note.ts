/**
 * parseNote: what one note says about itself. Takes data, never reaches into an app
 * (Dataview's `parsePage` idea): the note's path and text, the settings, and, when the
 * caller already has it (Obsidian's metadata cache), the parsed front matter, or else the YAML
 * parser to read it with.
 */
import { canonicalKey } from "./fields/canonical";
import { detached } from "./detached";
import { quote } from "./quote";
import { scanInlineFields } from "./fields/scanner";
import { locateFrontmatter, readFrontmatter, scanKeyLines, type YamlParser } from "./frontmatter";
import { parseFrontmatterLinks, parseLinks } from "./links";
import { basenameOf, getProperty, isDrawing, normaliseAliases, normaliseTags, orderOf, titleOf } from "./properties";
import { bodyTags } from "./tags/body-tags";
import type { LinkRef, ParsedNote, ParseSettings, Problem, RawRelation, RelationKind } from "./types";

/**
 * What the caller gives for a note's front matter: `data` it already parsed (Obsidian's
 * `CachedMetadata.frontmatter`; null/undefined when the note has none), or the `parseYaml` to
 * read it with (the plugin passes Obsidian's). Given nothing, the core reads it with its default
 * parser (gray-matter).
 */
export type GivenFrontmatter = { data: Record<string, unknown> | null | undefined; tags?: readonly string[] } | { parseYaml: YamlParser };

/** Canonical field name → relation kind, built once per settings object. */
export type FieldTable = Map<string, { kind: RelationKind; field: string }>;

const fieldTables = new WeakMap<ParseSettings, FieldTable>();
/** The canonical field names of each field table, as the scanner wants them. */
const fieldKeySets = new WeakMap<FieldTable, ReadonlySet<string>>();

function fieldKeys(table: FieldTable): ReadonlySet<string> {
	let keys = fieldKeySets.get(table);
	if (!keys) {
		keys = new Set(table.keys());
		fieldKeySets.set(table, keys);
	}
	return keys;
}

/** The configured relation fields by canonical name. The first kind listed wins if a name is configured twice. */
export function fieldTable(settings: ParseSettings): FieldTable {
	let table = fieldTables.get(settings);
	if (table) return table;
	const made: FieldTable = new Map();
	const add = (names: string[], kind: RelationKind) => {
		for (const name of names) {
			const field = canonicalKey(name);
			if (field && !made.has(field)) made.set(field, { kind, field });
		}
	};
	add(settings.parentFields, "parent");
	add(settings.childFields, "child");
	add(settings.relatedFields, "related");
	add(settings.nextFields, "next");
	add(settings.prevFields, "prev");
	add(settings.siblingFields, "sibling");
	fieldTables.set(settings, made);
	return made;
}

/** Words for a message: the first three quoted (each cut short), then how many more. */
function quoteList(words: readonly string[]): string {
	const named = words.slice(0, 3).map((w) => quote(w));
	if (words.length > 3) named.push(`and ${(words.length - 3).toLocaleString("en-US")} more`);
	return named.join(", ");
}

function bare(name: string): LinkRef {
	return { target: name, embed: false, kind: "bare" };
}

/** Longest front matter list read item by item (longer ones, such as alias bombs, are read as one value within its budgets). */
const MAX_ITEMS_ONE_BY_ONE = 1000;

/** A template placeholder (`[[{{title}}]]`, `[[<% tp.date.now() %>]]`): never a link to a note. */
function isPlaceholder(link: LinkRef): boolean {
	return /\{\{|<%/.test(link.target);
}

/**
 * The relations of one field value: its links; or, when it holds no link, its bare names. Bare
 * words beside links (`up:: distance [[target]]`) are reported as ignored.
 */
function addRelations(
	out: RawRelation[],
	problems: Problem[],
	at: { path: string; kind: RelationKind; field: string; source: RawRelation["source"]; line: number },
	parsed: { links: LinkRef[]; rest: string[] },
): void {
	const { kind, field, source, line } = at;
	const links = parsed.links.filter((link) => !isPlaceholder(link));
	for (const link of links) out.push({ kind, field, link, source, line });
	if (parsed.links.length === 0) {
		for (const name of parsed.rest) if (!/\{\{|<%/.test(name)) out.push({ kind, field, link: bare(name), source, line });
	} else if (parsed.rest.length > 0) {
		// Each word quoted and cut short, at most a few named: a hostile value must not make a huge message.
		const words = quoteList(parsed.rest);
		problems.push({ path: at.path, line, severity: "info", code: "ignored-value", message: `${field}: ${words} beside a link is not a link; ignored` });
	}
}

/** Parse one note. Never throws on any text. */
export function parseNote(path: string, text: string, settings: ParseSettings, given?: GivenFrontmatter): ParsedNote {
	let data: Record<string, unknown>;
	let bodyStart: number;
	let bodyStartLine: number;
	let keyLines: Map<string, number>;
	const problems: Problem[] = [];

	if (given && "data" in given) {
		const located = locateFrontmatter(text);
		data = given.data ?? {};
		bodyStart = located.bodyStart;
		bodyStartLine = located.bodyStartLine;
		keyLines = located.present ? scanKeyLines(text, located.yamlStart, located.yamlEnd) : new Map<string, number>();
	} else {
		const fm = readFrontmatter(path, text, given?.parseYaml);
		data = fm.data;
		bodyStart = fm.bodyStart;
		bodyStartLine = fm.bodyStartLine;
		keyLines = fm.keyLines;
		problems.push(...fm.problems);
	}

	const fields = fieldTable(settings);
	const relations: RawRelation[] = [];

	// Front matter relations: keys matched case-insensitively and canonically.
	for (const key of Object.keys(data)) {
		const spec = fields.get(canonicalKey(key));
		if (!spec) continue;
		const line = keyLines.get(key.toLowerCase()) ?? 1;
		const at = { path, kind: spec.kind, field: spec.field, source: "frontmatter" as const, line };
		const value = data[key];
		if (Array.isArray(value) && value.length <= MAX_ITEMS_ONE_BY_ONE) {
			// Each item of a YAML list is a value of its own: a bare name item counts beside link items.
			for (const item of value as unknown[]) addRelations(relations, problems, at, parseFrontmatterLinks(Array.isArray(item) ? [item] : item));
		} else {
			addRelations(relations, problems, at, parseFrontmatterLinks(value));
		}
	}

	// Inline fields in the body.
	if (fields.size > 0) {
		const found = scanInlineFields(text, {
			start: bodyStart,
			startLine: bodyStartLine,
			readComments: settings.readFieldsInComments,
			keys: fieldKeys(fields),
		});
		for (const f of found) {
			const spec = fields.get(f.canonical);
			if (!spec) continue;
			const at = { path, kind: spec.kind, field: spec.field, source: "inline" as const, line: f.line };
			addRelations(relations, problems, at, parseLinks(detached(f.value)));
		}
	}

	const aliasValue = getProperty(data, "aliases") ?? getProperty(data, "alias");
	const tagValue = getProperty(data, "tags") ?? getProperty(data, "tag");
	const title = titleOf(data, settings.titleProperty);
	if (title === null) {
		const line = keyLines.get(settings.titleProperty.toLowerCase()) ?? 1;
		problems.push({ path, line, severity: "info", code: "title-not-text", message: `${settings.titleProperty}: not text; the file name is shown instead` });
	}
	const inBody = given && "data" in given && given.tags ? given.tags : bodyTags(text, bodyStart);
	const parsed: ParsedNote = {
		path,
		title: title || basenameOf(path),
		aliases: normaliseAliases(aliasValue),
		tags: inBody.length === 0 ? normaliseTags(tagValue) : normaliseTags([tagValue, ...inBody]),
		frontmatter: data,
		order: orderOf(data),
		relations,
		problems,
	};
	if (isDrawing(data)) parsed.drawing = true;
	return parsed;
}
