/** The filter's text search: query parsing and a per-node cache of folded search text. */

import type { HierarchyView, TopicNode } from "../types";
import { fold } from "./fold";
import { fillEntry, GONE, newEntry, searchTextOf, tagTextOf, type NodeEntry } from "./node-entry";

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
	const haystack = searchTextOf(entry);
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
	const haystack = searchTextOf(entry);
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

/** The candidates that match every term of `query`. */
function scan(candidates: readonly NodeEntry[], query: ParsedQuery, skipGhosts: boolean): NodeEntry[] {
	const found: NodeEntry[] = [];
	const text = query.text;
	const tags = query.tags;
	if (text.length === 1 && tags.length === 0 && query.paths.length === 0 && !skipGhosts) {
		// The common case (one word), without a call per node.
		const term = text[0];
		for (let i = 0; i < candidates.length; i++) if ((candidates[i].haystack ?? searchTextOf(candidates[i])).includes(term)) found.push(candidates[i]);
		return found;
	}
	const lineTags = tags.map((term) => "\n" + term);
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

/**
 * Finds the nodes matching a query. Each node's folded text is cached until the node object
 * changes; the entry list is rebuilt only when the view's version changes; a query that narrows
 * the previous one scans only the previous matches.
 */
export class SearchIndex {
	private readonly byId = new Map<string, NodeEntry>();
	private refreshes = 0;
	private list: NodeEntry[] = [];
	private listVersion = Number.NaN;
	private last: LastSearch | null = null;
	/** Where `warm` stopped: an iterator over the nodes of one view version. */
	private warming: { version: number; nodes: Iterator<TopicNode> } | null = null;
	/** The view version `warm` last finished. */
	private warmVersion = Number.NaN;

	/** Entries of the nodes matching every term of `query`; ghosts are skipped when `skipGhosts`. */
	match(view: HierarchyView, query: ParsedQuery, skipGhosts: boolean): NodeEntry[] {
		this.refresh(view);
		const last = this.last;
		const narrowing = last !== null && last.version === view.version && last.skipGhosts === skipGhosts && refines(query, last.query);
		const found = scan(narrowing ? last.found : this.list, query, skipGhosts);
		this.last = { query, skipGhosts, version: view.version, found };
		return found;
	}

	/** The record of a node, as of the last refresh (call `refresh` first). */
	entry(id: string): NodeEntry | undefined {
		return this.byId.get(id);
	}

	/**
	 * Creates the records of nodes that have none and their search text, a slice at a time, while
	 * `more()` says there is time left (checked every 256 nodes); true once every node of this view
	 * version has both. Lets the app build a big vault's search text at idle time instead of on the
	 * first keystrokes.
	 */
	warm(view: HierarchyView, more: () => boolean): boolean {
		if (view.version === this.warmVersion) return true;
		if (this.warming === null || this.warming.version !== view.version) this.warming = { version: view.version, nodes: view.nodes()[Symbol.iterator]() };
		const nodes = this.warming.nodes;
		for (let n = 1; ; n++) {
			const next = nodes.next();
			if (next.done === true) {
				this.warming = null;
				this.warmVersion = view.version;
				return true;
			}
			const node = next.value;
			const held = this.byId.get(node.id);
			if (held === undefined) {
				const entry = newEntry(node);
				searchTextOf(entry);
				this.byId.set(node.id, entry);
			} else if (held.node === node) searchTextOf(held);
			if ((n & 255) === 0 && !more()) return false;
		}
	}

	/**
	 * Brings the records of `ids` (the nodes a change touched) up to date with the view without
	 * listing every node: a new node gets a record, a changed one new search text. Returns their
	 * records, or null, with nothing done, when one of them left the view or the records were not
	 * those of view version `since` (then `refresh`).
	 */
	patch(view: HierarchyView, ids: Iterable<string>, since: number): NodeEntry[] | null {
		if (this.listVersion !== since) return null;
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
			if (entry === undefined) {
				entry = newEntry(node);
				entry.seen = this.refreshes;
				this.byId.set(node.id, entry);
				this.list.push(entry);
			} else if (entry.node !== node) {
				fillEntry(entry, node);
			}
			entries.push(entry);
		}
		this.listVersion = view.version;
		this.last = null;
		return entries;
	}

	/** Makes the search text of every listed record (after `refresh`): nothing is left for `warm`. */
	fillText(): void {
		for (const entry of this.list) searchTextOf(entry);
		this.warmVersion = this.listVersion;
	}

	/** Brings the records up to date with the view (once per view version). */
	refresh(view: HierarchyView): void {
		if (view.version === this.listVersion) return;
		const seen = ++this.refreshes;
		const list: NodeEntry[] = [];
		if (this.byId.size === 0) {
			// The first build: every node gets a record, nothing to look up.
			for (const node of view.nodes()) {
				const entry = newEntry(node);
				entry.seen = seen;
				this.byId.set(node.id, entry);
				list.push(entry);
			}
			this.list = list;
			this.listVersion = view.version;
			this.last = null;
			return;
		}
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
		if (this.byId.size > list.length) {
			for (const [id, entry] of this.byId) {
				if (entry.seen === seen) continue;
				entry.seen = GONE;
				this.byId.delete(id);
			}
		}
		this.list = list;
		this.listVersion = view.version;
		this.last = null;
	}
}
