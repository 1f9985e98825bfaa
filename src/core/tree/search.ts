/** The filter's text search: query parsing, and the records of the nodes a filter reaches. */

import type { HierarchyView, TopicNode } from "../types";
import { fillEntry, GONE, newEntry, tagTextOf, type NodeEntry } from "./node-entry";
import { fold, searchText } from "../search-text";

/** A parsed query: every term must match. */
export interface ParsedQuery {
	/** Folded terms matched as substrings of title, aliases, tags and path. */
	text: string[];
	/** Folded `#tag` terms (without `#`), matched as prefixes of a tag. */
	tags: string[];
	/** Folded `path:` terms, matched as substrings of the note's path only (a folder or a path fragment). */
	paths: string[];
}

/** `path:x`, `path:"a b"`, `"a b"` or a word: one term each. */
const TERM = /path:"[^"]*"?|"[^"]*"?|\S+/gi;

/** The text of a term without its surrounding quotes. */
function unquote(term: string): string {
	return term.startsWith('"') ? term.slice(1, term.endsWith('"') && term.length > 1 ? -1 : undefined) : term;
}

/**
 * Splits a query into terms: whitespace-separated words, `"quoted phrases"`, `#tag` and
 * `path:fragment` (or `path:"a folder"`); a lone `#` or `path:` is ignored.
 */
export function parseQuery(query: string): ParsedQuery {
	const parsed: ParsedQuery = { text: [], tags: [], paths: [] };
	for (const raw of query.match(TERM) ?? []) {
		if (raw.slice(0, 5).toLowerCase() === "path:") {
			const path = fold(unquote(raw.slice(5)));
			if (path !== "") parsed.paths.push(path);
		} else if (raw.startsWith('"')) {
			const phrase = fold(unquote(raw));
			if (phrase !== "") parsed.text.push(phrase);
		} else if (raw.startsWith("#")) {
			const tag = fold(raw.slice(1));
			if (tag !== "") parsed.tags.push(tag);
		} else {
			parsed.text.push(fold(raw));
		}
	}
	return parsed;
}

/** True when the query has no term. */
export function isEmptyQuery(query: ParsedQuery): boolean {
	return query.text.length === 0 && query.tags.length === 0 && query.paths.length === 0;
}

/** True when every node matching `narrow` also matches `wide` (each term of `wide` is implied by one of `narrow`). */
export function refines(narrow: ParsedQuery, wide: ParsedQuery): boolean {
	return (
		wide.text.every((term) => narrow.text.some((other) => other.includes(term))) &&
		wide.tags.every((term) => narrow.tags.some((other) => other.startsWith(term))) &&
		wide.paths.every((term) => narrow.paths.some((other) => other.includes(term)))
	);
}

/** A note's folded path: the last line of its haystack (a path holds no newline); "" for a ghost. */
function pathText(entry: NodeEntry): string {
	const haystack = entry.text;
	return entry.node.path === undefined ? "" : haystack.slice(haystack.lastIndexOf("\n") + 1);
}

/**
 * Whether an entry has every text term in its haystack, for each tag term a tag starting with it
 * (`lineTags`: the tag terms after a newline), and every path term in its path. Tags are the
 * node's `tags` (see node-entry.ts): whatever the parser puts there (front matter, and inline
 * `#tags` once the note's tags include them) is matched here and nowhere else.
 */
export function entryMatches(entry: NodeEntry, query: ParsedQuery, lineTags: readonly string[]): boolean {
	const { text, tags, paths } = query;
	// Indexed loops: the first keystrokes run before the JIT has optimised them.
	const haystack = entry.text;
	for (let i = 0; i < text.length; i++) if (!haystack.includes(text[i])) return false;
	if (tags.length > 0) {
		const tagText = tagTextOf(entry);
		for (let i = 0; i < tags.length; i++) if (!tagText.startsWith(tags[i]) && !tagText.includes(lineTags[i])) return false;
	}
	if (paths.length > 0) {
		const path = pathText(entry);
		for (let i = 0; i < paths.length; i++) if (!path.includes(paths[i])) return false;
	}
	return true;
}

/** Whether a node's search text has every one of `text` (the cheap test before its record is looked at). */
function hasTerms(node: TopicNode, text: readonly string[]): boolean {
	const haystack = searchText(node);
	for (let i = 0; i < text.length; i++) if (!haystack.includes(text[i])) return false;
	return true;
}

/** The records among `candidates` that match every term of `query`. */
function scan(candidates: readonly NodeEntry[], query: ParsedQuery, skipGhosts: boolean): NodeEntry[] {
	const found: NodeEntry[] = [];
	const text = query.text;
	if (text.length === 1 && query.tags.length === 0 && query.paths.length === 0 && !skipGhosts) {
		// The common case (one word), without a call per record.
		const term = text[0];
		for (let i = 0; i < candidates.length; i++) if (candidates[i].text.includes(term)) found.push(candidates[i]);
		return found;
	}
	const lineTags = query.tags.map((term) => "\n" + term);
	for (let i = 0; i < candidates.length; i++) {
		const entry = candidates[i];
		if (skipGhosts && entry.ghost) continue;
		if (entryMatches(entry, query, lineTags)) found.push(entry);
	}
	return found;
}

/** The last search, reused when the next query only narrows it (typing more letters). */
interface LastSearch {
	query: ParsedQuery;
	skipGhosts: boolean;
	version: number;
	found: NodeEntry[];
}

/** Where `warm` is: the nodes of one view version, and the records of those it passed. */
interface Warming {
	version: number;
	nodes: Iterator<TopicNode>;
	list: NodeEntry[];
}

/**
 * Finds the nodes matching a query, on node records made when first needed. The search text is
 * the node's own (the graph makes it with the node, see `searchText`).
 *
 * Until every node has a record, a query is matched against the view's nodes, and a record is
 * made for a match, an ancestor or a child the walk reaches: the first keystroke on a big vault
 * makes the records of what it shows, not of every note. `warm` makes the rest at idle time; from
 * then on a query scans the list of records, which each view version brings up to date. A query
 * that narrows the previous one scans only the previous matches.
 */
export class SearchIndex {
	private readonly byId = new Map<string, NodeEntry>();
	/** The view of the last refresh (records made on demand are its nodes'). */
	private view: HierarchyView | null = null;
	/** The view version the records were last checked against. */
	private listVersion = Number.NaN;
	/** Every node's record, in the view's order, once `warm` made them all; null before. */
	private list: NodeEntry[] | null = null;
	private last: LastSearch | null = null;
	private warming: Warming | null = null;
	/** Refreshes of the full list, counted (see `NodeEntry.seen`). */
	private refreshes = 0;

	/** Entries of the nodes matching every term of `query`; ghosts are skipped when `skipGhosts`. */
	match(view: HierarchyView, query: ParsedQuery, skipGhosts: boolean): NodeEntry[] {
		this.refresh(view);
		const last = this.last;
		const narrowing = last !== null && last.version === view.version && last.skipGhosts === skipGhosts && refines(query, last.query);
		const found = narrowing ? scan(last.found, query, skipGhosts) : this.list !== null ? scan(this.list, query, skipGhosts) : this.scanView(view, query, skipGhosts);
		this.last = { query, skipGhosts, version: view.version, found };
		return found;
	}

	/**
	 * The records of the view's nodes that match `query`. Every term is first looked for in the
	 * node's own search text (a tag is a line of it, the path its last line); only a node that has
	 * them all gets a record and the exact test.
	 */
	private scanView(view: HierarchyView, query: ParsedQuery, skipGhosts: boolean): NodeEntry[] {
		const found: NodeEntry[] = [];
		const lineTags = query.tags.map((term) => "\n" + term);
		const needles = [...query.text, ...lineTags, ...query.paths];
		const exact = query.tags.length > 0 || query.paths.length > 0;
		for (const node of view.nodes()) {
			if (skipGhosts && node.kind === "ghost") continue;
			if (!hasTerms(node, needles)) continue;
			const entry = this.byId.get(node.id) ?? this.add(node);
			if (!exact || entryMatches(entry, query, lineTags)) found.push(entry);
		}
		return found;
	}

	/** A new record for a node of the current view (listed too, when every node has one). */
	private add(node: TopicNode): NodeEntry {
		const entry = newEntry(node);
		this.byId.set(node.id, entry);
		this.list?.push(entry);
		return entry;
	}

	/**
	 * The record of a node, made now when it has none (call `refresh` first): undefined when the
	 * view of the last refresh has no such node.
	 */
	entry(id: string): NodeEntry | undefined {
		const held = this.byId.get(id);
		if (held !== undefined || this.view === null) return held;
		const node = this.view.getNode(id);
		return node === undefined ? undefined : this.add(node);
	}

	/** Every node's record, once `warm` made them all (as of the last refresh); null before. */
	records(): readonly NodeEntry[] | null {
		return this.list;
	}

	/**
	 * Makes the records of nodes that have none, a slice at a time, while `more()` says there is
	 * time left (checked every 256 nodes); true once every node of this view version has one. Lets
	 * the app make a big vault's records at idle time instead of on the first keystrokes.
	 */
	warm(view: HierarchyView, more: () => boolean): boolean {
		this.refresh(view);
		if (this.list !== null) return true;
		if (this.warming === null || this.warming.version !== view.version) this.warming = { version: view.version, nodes: view.nodes()[Symbol.iterator](), list: [] };
		const { nodes, list } = this.warming;
		for (let n = 1; ; n++) {
			const next = nodes.next();
			if (next.done === true) {
				this.warming = null;
				this.list = list;
				return true;
			}
			const node = next.value;
			list.push(this.byId.get(node.id) ?? this.add(node));
			if ((n & 255) === 0 && !more()) return false;
		}
	}

	/**
	 * Brings the records of `ids` (the nodes a change touched) up to date with the view without
	 * checking every record: a new node gets a record, a changed one its new node. Returns their
	 * records, or null, with nothing done, when one of them left the view or the records were not
	 * checked against view version `since` (then `refresh`).
	 */
	patch(view: HierarchyView, ids: Iterable<string>, since: number): NodeEntry[] | null {
		if (this.listVersion !== since || this.view !== view) return null;
		const nodes: TopicNode[] = [];
		for (const id of ids) {
			const node = view.getNode(id);
			if (node === undefined) {
				if (this.byId.has(id)) return null;
				continue;
			}
			nodes.push(node);
		}
		const entries: NodeEntry[] = [];
		for (const node of nodes) {
			let entry = this.byId.get(node.id);
			if (entry === undefined) entry = this.add(node);
			else if (entry.node !== node) fillEntry(entry, node);
			entries.push(entry);
		}
		this.listVersion = view.version;
		this.last = null;
		return entries;
	}

	/**
	 * Brings the records up to date with the view (once per view version): a record whose node
	 * left is dropped (and marked `GONE`, for the lists that still hold it), one whose node
	 * changed points to the new object. Once every node had a record, new nodes get theirs and
	 * the list is made again in the view's order.
	 */
	refresh(view: HierarchyView): void {
		if (view === this.view && view.version === this.listVersion) return;
		this.view = view;
		this.listVersion = view.version;
		this.last = null;
		if (this.list === null) {
			for (const [id, entry] of this.byId) {
				const node = view.getNode(id);
				if (node === undefined) this.drop(id, entry);
				else if (node !== entry.node) fillEntry(entry, node);
			}
			return;
		}
		const seen = ++this.refreshes;
		const list: NodeEntry[] = [];
		for (const node of view.nodes()) {
			let entry = this.byId.get(node.id);
			if (entry === undefined) {
				entry = newEntry(node);
				this.byId.set(node.id, entry);
			} else if (entry.node !== node) {
				fillEntry(entry, node);
			}
			entry.seen = seen;
			list.push(entry);
		}
		// A record the walk did not reach: its node left.
		if (this.byId.size > list.length) for (const [id, entry] of this.byId) if (entry.seen !== seen) this.drop(id, entry);
		this.list = list;
	}

	private drop(id: string, entry: NodeEntry): void {
		entry.seen = GONE;
		this.byId.delete(id);
	}
}
