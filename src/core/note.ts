/**
 * parseNote: what one note says about itself. Takes data, never reaches into an app
 * (Dataview's `parsePage` idea): the note's path and text, the settings, and, when the
 * caller already has it (Obsidian's metadata cache), the parsed front matter, or else the YAML
 * parser to read it with.
 */
import { canonicalKey } from "./fields/canonical";
import { scanInlineFields } from "./fields/scanner";
import { locateFrontmatter, readFrontmatter, scanKeyLines, type YamlParser } from "./frontmatter";
import { parseFrontmatterLinks, parseLinks } from "./links";
import { displayTitle, getProperty, normaliseAliases, normaliseTags, orderOf } from "./properties";
import type { LinkRef, ParsedNote, ParseSettings, Problem, RawRelation, RelationKind } from "./types";

/**
 * What the caller gives for a note's front matter: `data` it already parsed (Obsidian's
 * `CachedMetadata.frontmatter`; null/undefined when the note has none), or the `parseYaml` to
 * read it with (the plugin passes Obsidian's). Given nothing, the core reads it with its default
 * parser (gray-matter).
 */
export type GivenFrontmatter = { data: Record<string, unknown> | null | undefined } | { parseYaml: YamlParser };

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

/**
 * A copy of `s` that shares no memory with the text it was cut from. Engines keep a substring as
 * a view into the whole string, so a link target cut from a note's body would keep the whole
 * note text alive for as long as the index holds the link: for 10,000 notes, tens of megabytes.
 * Concatenating forces a fresh string, and the slice then refers to that short copy only.
 */
function detached(s: string): string {
	return (" " + s).slice(1);
}

function bare(name: string): LinkRef {
	return { target: name, embed: false, kind: "bare" };
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
		const { links, rest } = parseFrontmatterLinks(data[key]);
		for (const link of links) relations.push({ kind: spec.kind, field: spec.field, link, source: "frontmatter", line });
		for (const name of rest) relations.push({ kind: spec.kind, field: spec.field, link: bare(name), source: "frontmatter", line });
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
			const { links, rest } = parseLinks(detached(f.value));
			for (const link of links) relations.push({ kind: spec.kind, field: spec.field, link, source: "inline", line: f.line });
			for (const name of rest) relations.push({ kind: spec.kind, field: spec.field, link: bare(name), source: "inline", line: f.line });
		}
	}

	const aliasValue = getProperty(data, "aliases") ?? getProperty(data, "alias");
	const tagValue = getProperty(data, "tags") ?? getProperty(data, "tag");
	return {
		path,
		title: displayTitle(path, data, settings.titleProperty),
		aliases: normaliseAliases(aliasValue),
		tags: normaliseTags(tagValue),
		frontmatter: data,
		order: orderOf(data),
		relations,
		problems,
	};
}
