/**
 * Case- and accent-insensitive text, and a node's search text: what the tree's filter matches a
 * query against. The graph makes the search text with the node (graph/nodes.ts, ghosts.ts), so
 * the first filter keystroke on a big vault finds it made instead of folding every title then.
 */

import type { TopicNode } from "./types";

const MARKS = /\p{M}/gu;
const ASCII_TEXT = /^[\t\n\r\x20-\x7e]*$/;

/** True for ASCII text (tabs, newlines, printable characters): no marks, its own NFD form, same length lowercased. */
export function isAsciiText(text: string): boolean {
	return ASCII_TEXT.test(text);
}

/** Lowercase, accent-stripped form of a text (NFD, combining marks removed). */
export function fold(text: string): string {
	if (ASCII_TEXT.test(text)) return text.toLowerCase();
	return text.normalize("NFD").replace(MARKS, "").toLowerCase();
}

/** Folded title, aliases, tags and path of a node, one per line (concatenated: made for every note, 100,000 at a time). */
export function makeSearchText(node: Pick<TopicNode, "title" | "aliases" | "tags" | "path">): string {
	let text = node.title;
	const { aliases, tags } = node;
	for (let i = 0; i < aliases.length; i++) text += "\n" + aliases[i];
	for (let i = 0; i < tags.length; i++) text += "\n" + tags[i];
	if (node.path !== undefined) text += "\n" + node.path;
	return fold(text);
}

/** Where a node keeps its search text: a symbol, not enumerable (see `searchText`). */
const SEARCH = Symbol("search");

type WithSearchText = TopicNode & { [SEARCH]?: string };

/**
 * A node's search text, made once per node object and kept on it. The graph makes it with each
 * node. It is kept as a property that is neither enumerable nor copied: a copy of a node with
 * another title (`{ ...node, title }`) makes its own, and a node compares, prints and serialises
 * as before.
 */
export function searchText(node: TopicNode): string {
	const held = (node as WithSearchText)[SEARCH];
	if (held !== undefined) return held;
	const text = makeSearchText(node);
	if (Object.isExtensible(node)) Object.defineProperty(node, SEARCH, { value: text });
	return text;
}
