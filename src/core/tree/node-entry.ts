/** One record per node for the filter: its node (with its search text), the marks of the last filter, and cached neighbours. */

import { fold, isAsciiText, searchText } from "../search-text";
import type { TopicNode } from "../types";

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
	/** The node (a changed note gets a new object). */
	node: TopicNode;
	/** The node's search text (see `searchText`), here for the scan of every record. */
	text: string;
	/**
	 * Folded tags, one per line (whitespace inside a tag made a space): a tag starts with `term`
	 * where `term` starts the text or follows a newline. Made when a tag term first needs it (`tagTextOf`).
	 */
	tagText: string | undefined;
	ghost: boolean;
	/** `GONE` once the node left the view (lists that still hold the record see it); before, the refresh that last listed it, or 0. */
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
	return { id: node.id, serial: serials++, node, text: searchText(node), tagText: undefined, ghost: node.kind === "ghost", seen: 0, visibleIn: 0, matchedIn: 0, tree: NO_SLOT };
}

/** The tree walk's cache of a record, made on first use. */
export function slotOf(entry: NodeEntry): TreeSlot {
	if (entry.tree === NO_SLOT) entry.tree = newSlot();
	return entry.tree;
}

/** Points an entry at its node's new object (the tag text is made again when needed). */
export function fillEntry(entry: NodeEntry, node: TopicNode): void {
	entry.node = node;
	entry.text = searchText(node);
	entry.tagText = undefined;
	entry.ghost = node.kind === "ghost";
}

/** An entry's folded tags (see `NodeEntry.tagText`), made when a tag term first needs them. */
export function tagTextOf(entry: NodeEntry): string {
	return (entry.tagText ??= foldedTags(entry.node, entry.text));
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
