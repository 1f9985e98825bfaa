/**
 * Byte-exact edits of a note's parent (and child) links: add a link to a field, remove one, or
 * rewrite one in place. Only the characters of the edited field change; every other byte of the
 * note (line endings, BOM, trailing blanks, a missing final newline) stays as it was.
 */
import { canonicalKey } from "../fields/canonical";
import type { YamlParser } from "../frontmatter";
import { ghostKey, parseLinks } from "../links";
import { parseNote } from "../note";
import type { LinkRef, ParseSettings } from "../types";
import { addKey, addToKey, keyAt, removeFromKey, replaceInKey, usableFrontmatter } from "./frontmatter-edits";
import { findFieldSpans, type FieldSpan } from "./inline";
import { appendLine, appendToField, emptyField } from "./inline-edits";
import { findItem, removalRange, valueItems } from "./items";
import { splice } from "./lines";
import { EditRefused, type EditResult } from "./result";

export { EditRefused, type EditResult } from "./result";

/** Where `addParent` writes. */
export type Placement = "auto" | "inline" | "frontmatter";

/** Options of {@link addParent}. */
export interface AddParentOptions {
	/** Field to write when a new field is needed (`up`). */
	field: string;
	placement: Placement;
	parseSettings: ParseSettings;
	/** Whether an existing link already names the new parent; default: same name, case-insensitive. */
	matches?: (link: LinkRef) => boolean;
	/** Parses the note's front matter; default: the core's (gray-matter). The plugin passes Obsidian's `parseYaml`. */
	parseYaml?: YamlParser;
}

/** A link of a field on a known line, as the index reported it. */
export interface LinkTarget {
	/** 1-based line of the field (the key's line for front matter). */
	line: number;
	source: "inline" | "frontmatter";
	/** The field's name (matched canonically). */
	field: string;
	matches: (link: LinkRef) => boolean;
	/** Read inline fields inside `%% %%` comments (default true). */
	readComments?: boolean;
}

/** Default link comparison: same path, or same note name when either side has no folder; case-insensitive. */
export function sameTarget(a: LinkRef, b: LinkRef): boolean {
	const ka = ghostKey(a.target);
	const kb = ghostKey(b.target);
	if (ka === kb) return true;
	if (ka.includes("/") && kb.includes("/")) return false;
	return ka.slice(ka.lastIndexOf("/") + 1) === kb.slice(kb.lastIndexOf("/") + 1);
}

/** Adds `linkText` (`[[x]]`) as a parent link; null when the note already names that parent. */
export function addParent(text: string, linkText: string, options: AddParentOptions): EditResult | null {
	const settings = options.parseSettings;
	const parentKeys = new Set(settings.parentFields.map(canonicalKey));
	const newLink = parseLinks(linkText).links[0] ?? { target: linkText, embed: false, kind: "bare" as const };
	const matches = options.matches ?? ((link: LinkRef) => sameTarget(link, newLink));
	const parseYaml = options.parseYaml;
	const parsed = parseNote("", text, settings, parseYaml ? { parseYaml } : undefined);
	if (parsed.relations.some((rel) => rel.kind === "parent" && matches(rel.link))) return null;

	if (options.placement !== "frontmatter") {
		const spans = findFieldSpans(text, { keys: parentKeys, readComments: settings.readFieldsInComments });
		const last = spans[spans.length - 1];
		if (last) return { text: appendToField(text, last, linkText), line: last.field.line };
	}
	// A front matter edit counts only when the note then parses and reads the new parent: YAML the
	// key scanner does not see (an indented block, a key written with escapes) would otherwise be
	// broken or shadowed by the added key.
	const readBack = (result: EditResult): EditResult => {
		const after = parseNote("", result.text, settings, parseYaml ? { parseYaml } : undefined);
		if (after.problems.length === 0 && after.relations.some((rel) => rel.kind === "parent" && rel.source === "frontmatter" && matches(rel.link))) return result;
		throw new EditRefused("the front matter is not plain YAML that can be edited");
	};
	const fm = options.placement === "inline" ? "refused" : usableFrontmatter(text, parseYaml);
	if (fm !== "refused") {
		const want = canonicalKey(options.field);
		const keys = fm.keys.filter((k) => parentKeys.has(k.canonical));
		const key = keys.find((k) => k.canonical === want) ?? keys[0];
		if (key) return readBack(addToKey(text, key, linkText));
		if (options.placement === "frontmatter") return readBack(addKey(text, options.field, linkText));
	} else if (options.placement === "frontmatter") {
		throw new EditRefused("the front matter is not plain YAML that can be edited");
	}
	const appended = appendLine(text, `${options.field}:: ${linkText}`);
	const keys = new Set([canonicalKey(options.field)]);
	const seen = findFieldSpans(appended.text, { keys, readComments: settings.readFieldsInComments }).some((s) => s.field.line === appended.line);
	if (seen) return appended;
	// The note ends inside an unclosed code block or comment, where a field would not count.
	if (fm !== "refused") return readBack(addKey(text, options.field, linkText));
	throw new EditRefused("the note ends inside a code block or comment, where a new field would not be read");
}

/** Removes the matching link from the field on `target.line`; null when that line holds no such link. */
export function removeParent(text: string, target: LinkTarget): string | null {
	if (target.source === "frontmatter") {
		const key = keyAt(text, target.line, target.field);
		return key ? removeFromKey(text, key, target.matches) : null;
	}
	for (const span of spansOnLine(text, target)) {
		const value = text.slice(span.valueStart, span.valueEnd);
		const items = valueItems(value);
		const k = findItem(items, target.matches);
		if (k < 0) continue;
		const range = removalRange(items, k);
		if (range) return splice(text, span.valueStart + range[0], span.valueStart + range[1], "");
		return emptyField(text, span);
	}
	return null;
}

/** Rewrites the matching link on `target.line` as `newLinkText`; null when that line holds no such link. */
export function replaceParent(text: string, target: LinkTarget, newLinkText: string): string | null {
	if (target.source === "frontmatter") {
		const key = keyAt(text, target.line, target.field);
		return key ? replaceInKey(text, key, target.matches, newLinkText) : null;
	}
	for (const span of spansOnLine(text, target)) {
		const items = valueItems(text.slice(span.valueStart, span.valueEnd));
		const k = findItem(items, target.matches);
		if (k < 0) continue;
		return splice(text, span.valueStart + items[k].start, span.valueStart + items[k].end, newLinkText);
	}
	return null;
}

/** The inline fields named `target.field` on `target.line`. */
function spansOnLine(text: string, target: LinkTarget): FieldSpan[] {
	const spans = findFieldSpans(text, { keys: new Set([canonicalKey(target.field)]), readComments: target.readComments ?? true });
	return spans.filter((span) => span.field.line === target.line);
}

