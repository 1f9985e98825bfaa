/**
 * Edits of parent links in YAML front matter, in place: add an item to a key's list (turning a
 * scalar into a list), add a key, remove or rewrite one link. Values keep their quoting style.
 */
import { canonicalKey } from "../fields/canonical";
import { readFrontmatter, type YamlParser } from "../frontmatter";
import type { LinkRef } from "../types";
import { findItem, removalRange, valueItems } from "./items";
import { eolOf, firstEol, lineOf, removeLine, splice, textStart } from "./lines";
import { EditRefused, type EditResult } from "./result";
import { escapeIn, quoteYaml, yamlKeys, type Quote, type Slot, type YamlKey, type YamlKeys } from "./yaml-keys";

/** The front matter when it is plain YAML that `parseYaml` (default: the core's) parses, else "refused". */
export function usableFrontmatter(text: string, parseYaml?: YamlParser): YamlKeys | "refused" {
	const keys = yamlKeys(text);
	if (!keys.loc.present) return keys;
	if (keys.loc.engine !== "yaml" && keys.loc.engine !== "yml") return "refused";
	return readFrontmatter("", text, parseYaml).problems.length > 0 ? "refused" : keys;
}

/** The key of `field` (matched canonically) on 1-based line `line`. */
export function keyAt(text: string, line: number, field: string): YamlKey | undefined {
	const want = canonicalKey(field);
	return yamlKeys(text).keys.find((k) => k.line.line === line && k.canonical === want);
}

/** The quoting a new item takes after `slot`: the same, except plain bare names give double quotes. */
function quoteAfter(text: string, slot: Slot | null | undefined): Quote {
	if (!slot) return '"';
	if (slot.quote !== "") return slot.quote;
	return text.startsWith("[[", slot.start) ? "" : '"';
}

/** Adds a link to an existing front matter key. */
export function addToKey(text: string, key: YamlKey, linkText: string): EditResult {
	const shape = key.shape;
	const eol = eolOf(text, key.line) || firstEol(text);
	const result = (t: string): EditResult => ({ text: t, line: key.line.line });
	switch (shape.kind) {
		case "empty":
			return result(splice(text, key.line.next, key.line.next, `  - ${quoteYaml(linkText, '"')}${eol}`));
		case "null": {
			const added = splice(text, key.line.next, key.line.next, `  - ${quoteYaml(linkText, '"')}${eol}`);
			return result(splice(added, key.colonEnd, shape.end, ""));
		}
		case "scalar": {
			const q = quoteAfter(text, shape.slot);
			const added = splice(text, key.line.end, key.line.end, `${eol}  - ${quoteYaml(linkText, q)}`);
			return result(splice(added, key.colonEnd, shape.slot.rawStart, `${eol}  - `));
		}
		case "flow": {
			const last = shape.items[shape.items.length - 1];
			const q = last.quote === "" && text.startsWith("[[", last.start) ? "" : last.quote || '"';
			return result(splice(text, last.rawEnd, last.rawEnd, `, ${quoteYaml(linkText, q)}`));
		}
		case "list": {
			const last = shape.items[shape.items.length - 1];
			const itemEol = eolOf(text, last.line) || eol;
			const lineText = `${last.indent}-${last.gap || " "}${quoteYaml(linkText, quoteAfter(text, last.slot))}`;
			return result(splice(text, last.line.next, last.line.next, lineText + itemEol));
		}
		default:
			throw new EditRefused(`the front matter property "${key.key}" is not a list that can be edited`);
	}
}

/** Adds a new key with a one-item list, creating the front matter when the note has none. */
export function addKey(text: string, field: string, linkText: string): EditResult {
	const { loc } = yamlKeys(text);
	const item = `  - ${quoteYaml(linkText, '"')}`;
	if (loc.present) {
		const eol = text.charCodeAt(loc.yamlStart - 2) === 13 ? "\r\n" : "\n";
		return { text: splice(text, loc.yamlEnd, loc.yamlEnd, `${field}:${eol}${item}${eol}`), line: lineOf(text, loc.yamlEnd) };
	}
	const at = textStart(text);
	const eol = firstEol(text);
	return { text: splice(text, at, at, `---${eol}${field}:${eol}${item}${eol}---${eol}`), line: 2 };
}

/** The value slots of a key: its scalar, its flow items or its list items. */
function slotsOf(key: YamlKey): Slot[] {
	const shape = key.shape;
	if (shape.kind === "scalar") return [shape.slot];
	if (shape.kind === "flow") return shape.items;
	if (shape.kind === "list") return shape.items.flatMap((item) => (item.slot ? [item.slot] : []));
	return [];
}

/** Refuses a key whose value is a shape the edits do not touch (a block scalar, anchors, nested values), saying what it is. */
function refuseUnsupported(key: YamlKey): void {
	if (key.shape.kind !== "unsupported") return;
	const what = key.shape.why ?? "not a link or a list of links";
	throw new EditRefused(`the front matter property "${key.key}" is ${what}, which Topic Tree does not edit; change it by hand`);
}

/** Removes a link from a front matter key; the item, or the key, goes when it held only that link. */
export function removeFromKey(text: string, key: YamlKey, matches: (link: LinkRef) => boolean): string | null {
	refuseUnsupported(key);
	const shape = key.shape;
	const slots = slotsOf(key);
	for (let s = 0; s < slots.length; s++) {
		const slot = slots[s];
		const items = valueItems(text.slice(slot.start, slot.end));
		const k = findItem(items, matches);
		if (k < 0) continue;
		const range = removalRange(items, k);
		if (range) return splice(text, slot.start + range[0], slot.start + range[1], "");
		if (shape.kind === "flow" && shape.items.length > 1) {
			const raw = shape.items.map((item) => ({ start: item.rawStart, end: item.rawEnd }));
			const [from, to] = removalRange(raw, s) as [number, number];
			return splice(text, from, to, "");
		}
		if (shape.kind === "list" && shape.items.length > 1) {
			const item = shape.items.find((it) => it.slot === slot);
			return item ? removeLine(text, item.line) : null;
		}
		const end = shape.kind === "list" ? shape.items[0].line.next : key.line.next;
		return splice(text, key.line.start, end, "");
	}
	return null;
}

/** Rewrites the matching link of a front matter key as `newLinkText`, keeping the quoting; null when absent. */
export function replaceInKey(text: string, key: YamlKey, matches: (link: LinkRef) => boolean, newLinkText: string): string | null {
	refuseUnsupported(key);
	for (const slot of slotsOf(key)) {
		const items = valueItems(text.slice(slot.start, slot.end));
		const k = findItem(items, matches);
		if (k < 0) continue;
		const item = items[k];
		const whole = slot.quote === "" && items.length === 1 && item.link?.kind === "bare";
		if (whole && newLinkText.startsWith("[")) return splice(text, slot.rawStart, slot.rawEnd, quoteYaml(newLinkText, '"'));
		return splice(text, slot.start + item.start, slot.start + item.end, escapeIn(newLinkText, slot.quote));
	}
	return null;
}
