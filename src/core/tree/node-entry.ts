/** One record per node for the filter: folded search text, the marks of the last filter, and cached neighbours. */

import type { TopicNode } from "../types";
import { fold, isAsciiText } from "./fold";

/**
 * A node's filter record. It lives as long as its id is in the view and is updated in place when
 * the node object changes, so other records can point to it: a filter keystroke then walks records
 * and reads fields instead of looking ids up in maps and sets. Kept small (every node has one);
 * what only the tree walk needs is in `tree`, made for the nodes a filter reaches.
 */
export interface NodeEntry {
	readonly id: string;
	/** A small number of its own (records are numbered as they are made), for tables indexed by record. */
	readonly serial: number;
	/** The node the search text was computed from (a changed note gets a new object). */
	node: TopicNode;
	/** Folded title, aliases, tags and path, one per line; made when first searched (`searchTextOf`). */
	haystack: string | undefined;
	/**
	 * Folded tags, one per line (whitespace inside a tag made a space): a tag starts with `term`
	 * where `term` starts the text or follows a newline. Made with `haystack` (`tagTextOf`).
	 */
	tagText: string | undefined;
	ghost: boolean;
	/** Refresh that last listed the entry; `GONE` once the node left the view. */
	seen: number;
	/** Marking of the filter that made the node visible (a match or an ancestor of one). */
	visibleIn: number;
	/** Marking of the filter that matched the node. */
	matchedIn: number;
	/** The walk's cache; a shared empty slot until the walk reaches the node (use `slotOf`). */
	tree: TreeSlot;
}

/** What the tree walk caches on a record. Stamps are -1 until first set. */
export interface TreeSlot {
	/** Walk that has the node on the current path (cycle detection while flattening). */
	onPathIn: number;
	/** Parent records, in `parentsOf` order, valid for view version `upsAt`. */
	ups: NodeEntry[];
	upsAt: number;
	/** Child records in display order, made from the model's sorted ids `kidIds`, valid for layout `kidsAt`. */
	kids: NodeEntry[];
	kidIds: readonly string[] | null;
	kidsAt: number;
	/** Visible children collected by the marking `visKidsIn` (unsorted until `visSortedIn` says so). */
	visKids: NodeEntry[];
	visKidsIn: number;
	visSortedIn: number;
	/** Number of children (after ghost filtering), valid for layout `countAt`. */
	childCount: number;
	countAt: number;
	/** Number of visible children under the marking `visCountIn` (what keeps a non-matching ancestor visible). */
	visCount: number;
	visCountIn: number;
}

/** `seen` of a record whose node left the view. */
export const GONE = -1;

const NO_ENTRIES: NodeEntry[] = [];
const WHITESPACE = /\s/g;
const SPACE = /\s/;

function newSlot(): TreeSlot {
	return {
		onPathIn: -1,
		ups: NO_ENTRIES,
		upsAt: -1,
		kids: NO_ENTRIES,
		kidIds: null,
		kidsAt: -1,
		visKids: NO_ENTRIES,
		visKidsIn: -1,
		visSortedIn: -1,
		childCount: 0,
		countAt: -1,
		visCount: 0,
		visCountIn: -1,
	};
}

/** `tree` of a record the walk never reached (a slot of the same shape, so the field keeps one type). */
const NO_SLOT: TreeSlot = newSlot();

let serials = 0;

/** A fresh record for a node. */
export function newEntry(node: TopicNode): NodeEntry {
	return { id: node.id, serial: serials++, node, haystack: undefined, tagText: undefined, ghost: node.kind === "ghost", seen: 0, visibleIn: 0, matchedIn: 0, tree: NO_SLOT };
}

/** The tree walk's cache of a record, made on first use. */
export function slotOf(entry: NodeEntry): TreeSlot {
	if (entry.tree === NO_SLOT) entry.tree = newSlot();
	return entry.tree;
}

/** Recomputes the search text of an entry from its (new) node. */
export function fillEntry(entry: NodeEntry, node: TopicNode): void {
	entry.node = node;
	entry.haystack = undefined;
	entry.tagText = undefined;
	entry.ghost = node.kind === "ghost";
}

/** Folded title, aliases, tags and path, one per line (concatenated: a node is made for every note, 100,000 at a time). */
function haystackOf(node: TopicNode): string {
	let text = node.title;
	const { aliases, tags } = node;
	for (let i = 0; i < aliases.length; i++) text += "\n" + aliases[i];
	for (let i = 0; i < tags.length; i++) text += "\n" + tags[i];
	if (node.path !== undefined) text += "\n" + node.path;
	return fold(text);
}

/** An entry's search text (see `NodeEntry.haystack`), made on first use with its tag text. */
export function searchTextOf(entry: NodeEntry): string {
	if (entry.haystack === undefined) {
		entry.haystack = haystackOf(entry.node);
		entry.tagText = foldedTags(entry.node, entry.haystack);
	}
	return entry.haystack;
}

/** An entry's folded tags (see `NodeEntry.tagText`), made with its search text. */
export function tagTextOf(entry: NodeEntry): string {
	searchTextOf(entry);
	return entry.tagText as string;
}

/** Folded tags, one per line; for plain ASCII tags a slice of the haystack (ASCII keeps its indices when folded), no copy. */
function foldedTags(node: TopicNode, haystack: string): string {
	const tags = node.tags;
	if (tags.length === 0) return "";
	let start = node.title.length + 1;
	for (const alias of node.aliases) start += alias.length + 1;
	let end = start - 1;
	let plain = true;
	for (const tag of tags) {
		end += tag.length + 1;
		if (!isAsciiText(tag) || SPACE.test(tag)) plain = false;
	}
	if (plain && isAsciiText(node.title) && node.aliases.every(isAsciiText)) return haystack.slice(start, end);
	// Whitespace inside a tag would let a term match after it; a term has none, so a space stops it.
	return tags.map((tag) => fold(tag).replace(WHITESPACE, " ")).join("\n");
}
