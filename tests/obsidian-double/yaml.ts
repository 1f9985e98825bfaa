import type * as O from "obsidian";
import { CORE_SCHEMA, dump, load } from "js-yaml";

/** Fake of `O.parseYaml`: YAML core schema, so dates stay strings as in Obsidian's front matter. */
export function parseYaml(yaml: string): unknown {
	return load(yaml, { schema: CORE_SCHEMA });
}

/** Fake of `O.stringifyYaml`: block style, no line wrapping, double quotes where quoting is needed. */
export function stringifyYaml(obj: unknown): string {
	return dump(obj, { lineWidth: -1, quotingType: '"', noRefs: true });
}

const OPEN = /^---[ \t]*(\r?\n|$)/;
const CLOSE = /(^|\n)(---)[ \t]*(\r?\n|$)/g;

/** Fake of `O.getFrontMatterInfo`: offsets of the YAML between the `---` fences at the top of a note. */
export function getFrontMatterInfo(content: string): O.FrontMatterInfo {
	const none = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const open = OPEN.exec(content);
	if (!open || open[1] === "") return none;
	const from = open[0].length;
	CLOSE.lastIndex = from - 1;
	const close = CLOSE.exec(content);
	if (!close) return none;
	const to = close.index + close[1].length;
	return { exists: true, frontmatter: content.slice(from, to), from, to, contentStart: close.index + close[0].length };
}
