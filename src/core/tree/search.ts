/** The filter's text search: query parsing and a per-node cache of folded search text. */

import type { HierarchyView, TopicNode } from "../types";
import { fold, isAsciiText, matchRanges, mergeRanges } from "./fold";
import type { Range } from "./types";

/** A parsed query: every term must match. */
export interface ParsedQuery {
	/** Folded terms matched as substrings of title, aliases, tags and path. */
	text: string[];
	/** Folded `#tag` terms (without `#`), matched as prefixes of a tag. */
	tags: string[];
}

/** Splits a query into whitespace-separated terms; a lone `#` is ignored. */
export function parseQuery(query: string): ParsedQuery {
	const parsed: ParsedQuery = { text: [], tags: [] };
	for (const raw of query.split(/\s+/)) {
		if (raw === "") continue;
		if (raw.startsWith("#")) {
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
	return query.text.length === 0 && query.tags.length === 0;
}

/** True when every node matching `narrow` also matches `wide` (each term of `wide` is implied by one of `narrow`). */
export function refines(narrow: ParsedQuery, wide: ParsedQuery): boolean {
	return (
		wide.text.every((term) => narrow.text.some((other) => other.includes(term))) &&
		wide.tags.every((term) => narrow.tags.some((other) => other.startsWith(term)))
	);
}

interface Entry {
	node: TopicNode;
	/** Folded title, aliases, tags and path, one per line. */
	haystack: string;
	tags: string[];
	/** Folded title when it has the same indices as the title (ASCII), else null. */
	asciiTitle: string | null;
	/** Refresh that last listed the entry (to drop entries of deleted nodes). */
	seen: number;
}

function entryFor(node: TopicNode): Entry {
	const parts = [node.title, ...node.aliases, ...node.tags];
	if (node.path !== undefined) parts.push(node.path);
	const asciiTitle = isAsciiText(node.title) ? node.title.toLowerCase() : null;
	return { node, haystack: fold(parts.join("\n")), tags: node.tags.map(fold), asciiTitle, seen: 0 };
}

function entryMatches(entry: Entry, query: ParsedQuery): boolean {
	for (const term of query.text) if (!entry.haystack.includes(term)) return false;
	for (const term of query.tags) if (!entry.tags.some((tag) => tag.startsWith(term))) return false;
	return true;
}

/** The last search, reused when the next query only narrows it (typing more letters). */
interface LastSearch {
	query: ParsedQuery;
	skipGhosts: boolean;
	version: number;
	found: Entry[];
}

/**
 * Finds the nodes matching a query. Each node's folded text is cached until the node object
 * changes; the entry list is rebuilt only when the view's version changes; a query that narrows
 * the previous one scans only the previous matches.
 */
export class SearchIndex {
	private readonly byId = new Map<string, Entry>();
	private refreshes = 0;
	private list: Entry[] = [];
	private listVersion = Number.NaN;
	private last: LastSearch | null = null;

	/** Ids of the nodes matching every term of `query`; ghosts are skipped when `skipGhosts`. */
	match(view: HierarchyView, query: ParsedQuery, skipGhosts: boolean): Set<string> {
		this.refresh(view);
		const last = this.last;
		const narrowing = last !== null && last.version === view.version && last.skipGhosts === skipGhosts && refines(query, last.query);
		const candidates = narrowing ? last.found : this.list;
		const found: Entry[] = [];
		for (const entry of candidates) {
			if (skipGhosts && entry.node.kind === "ghost") continue;
			if (entryMatches(entry, query)) found.push(entry);
		}
		this.last = { query, skipGhosts, version: view.version, found };
		const ids = new Set<string>();
		for (const entry of found) ids.add(entry.node.id);
		return ids;
	}

	/** Ranges of the folded `terms` in a node's title (uses the cached folded title when possible). */
	highlights(id: string, title: string, terms: readonly string[]): Range[] {
		const entry = this.byId.get(id);
		if (entry?.asciiTitle == null || entry.node.title !== title) return matchRanges(title, terms);
		return rangesIn(entry.asciiTitle, terms);
	}

	private refresh(view: HierarchyView): void {
		if (view.version === this.listVersion) return;
		const seen = ++this.refreshes;
		const list: Entry[] = [];
		for (const node of view.nodes()) {
			let entry = this.byId.get(node.id);
			if (entry === undefined || entry.node !== node) {
				entry = entryFor(node);
				this.byId.set(node.id, entry);
			}
			entry.seen = seen;
			list.push(entry);
		}
		if (this.byId.size > list.length) {
			for (const [id, entry] of this.byId) if (entry.seen !== seen) this.byId.delete(id);
		}
		this.list = list;
		this.listVersion = view.version;
		this.last = null;
	}
}

/** Merged ranges of `terms` in a text already folded with unchanged indices. */
function rangesIn(folded: string, terms: readonly string[]): Range[] {
	const found: Array<[number, number]> = [];
	for (const term of terms) {
		if (term === "") continue;
		for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) found.push([at, at + term.length]);
	}
	return mergeRanges(found);
}
