/**
 * PairIndex: merged edges between two nodes, each backed by the declarations that make it.
 * An edge lives while at least one declaration remains; its value is rebuilt from its declarations
 * whenever they change. Lists per node are cached and dropped only for the nodes an update touches.
 *
 * Each node's pairs live in an `Ends` record that the caller keeps (the graph keeps one per node
 * on the node's slot), so reaching them costs no lookup of their own. Memory matters here (a
 * pair per edge, a record per node): most nodes have one edge each way and most edges one
 * declaration, so a lone pair is stored inline instead of in a Map of one, a few pairs in an
 * array exactly as long (a Map of two costs ten times as much: a hash table of its own), and a
 * lone declaration instead of in an array.
 */
import { compareStrings, firstDecl, type Decl } from "./decl";
import { appended, withoutAt } from "./nodes";

/** One merged edge and the declarations behind it. */
export interface Pair<E> {
	from: Ends<E>;
	to: Ends<E>;
	/** One declaration, or two or more in the order they were added. */
	decls: Decl | Decl[];
	value: E;
}

/** Builds an edge's value from its declarations (never empty). */
export type PairBuilder<E> = (from: string, to: string, decls: readonly Decl[], first: Decl) => E;

/** A node's pairs, by the id at their other end: a lone pair inline, up to SMALL in an array, more in a Map. */
type Bucket<E> = Pair<E> | readonly Pair<E>[] | Map<string, Pair<E>>;

/**
 * Most pairs a bucket keeps in an array. Arrays are replaced, never grown in place (an array
 * grown by `push` keeps room for 17 more), so adding or removing copies at most this many
 * references, and a lookup compares at most this many ids.
 */
const SMALL = 8;

/** One node's side of a PairIndex: its pairs each way and their cached sorted values. */
export interface Ends<E> {
	readonly id: string;
	out: Bucket<E> | undefined;
	in: Bucket<E> | undefined;
	outList: E[] | undefined;
	inList: E[] | undefined;
}

/** A node's empty ends. */
export function newEnds<E>(id: string): Ends<E> {
	return { id, out: undefined, in: undefined, outList: undefined, inList: undefined };
}

/** Whether a node's ends hold no pair (and can be dropped). */
export function isBare<E>(ends: Ends<E>): boolean {
	return ends.out === undefined && ends.in === undefined;
}

/** Merged edges between nodes, listed per node in either direction. */
export class PairIndex<E> {
	private count = 0;

	constructor(private readonly build: PairBuilder<E>) {}

	/** Adds a declaration of from → to; true when the pair is new. */
	add(from: Ends<E>, to: Ends<E>, decl: Decl): boolean {
		const pair = pairIn(from.out, to.id, toId);
		if (pair) {
			if (Array.isArray(pair.decls)) {
				if (!pair.decls.includes(decl)) pair.decls.push(decl);
			} else if (pair.decls !== decl) {
				pair.decls = [pair.decls, decl];
			}
			this.changed(pair);
			return false;
		}
		const created: Pair<E> = { from, to, decls: decl, value: undefined as unknown as E };
		from.out = withPair(from.out, created, toId);
		to.in = withPair(to.in, created, fromId);
		this.count++;
		this.changed(created);
		return true;
	}

	/** Removes a declaration of from → to; true when the pair is gone. */
	delete(from: Ends<E>, to: Ends<E>, decl: Decl): boolean {
		const pair = pairIn(from.out, to.id, toId);
		if (!pair) return false;
		if (Array.isArray(pair.decls)) {
			const at = pair.decls.indexOf(decl);
			if (at < 0) return false;
			pair.decls.splice(at, 1);
			if (pair.decls.length === 1) pair.decls = pair.decls[0];
			this.changed(pair);
			return false;
		}
		if (pair.decls !== decl) return false;
		from.out = withoutPair(from.out, to.id, toId);
		to.in = withoutPair(to.in, from.id, fromId);
		this.count--;
		from.outList = undefined;
		to.inList = undefined;
		return true;
	}

	/** Whether the node has any outgoing pair. */
	hasOut(ends: Ends<E> | undefined): boolean {
		return ends?.out !== undefined;
	}

	/** Ids the node points to. */
	targetsOf(ends: Ends<E> | undefined): Iterable<string> {
		return idsIn(ends?.out, toId);
	}

	/** Outgoing edge values of the node, sorted by target id. Cached until one of them changes. */
	outOf(ends: Ends<E> | undefined): readonly E[] {
		if (ends?.out === undefined) return [];
		ends.outList ??= sortedPairs(ends.out, toId).map((pair) => pair.value);
		return ends.outList;
	}

	/** Incoming edge values of the node, sorted by source id. Cached until one of them changes. */
	inOf(ends: Ends<E> | undefined): readonly E[] {
		if (ends?.in === undefined) return [];
		ends.inList ??= sortedPairs(ends.in, fromId).map((pair) => pair.value);
		return ends.inList;
	}

	/** The node's outgoing edge values, unordered. */
	*valuesOut(ends: Ends<E> | undefined): IterableIterator<E> {
		const bucket = ends?.out;
		if (bucket === undefined) return;
		if (bucket instanceof Map) for (const pair of bucket.values()) yield pair.value;
		else if (isList(bucket)) for (const pair of bucket) yield pair.value;
		else yield bucket.value;
	}

	/** Number of merged edges. */
	get size(): number {
		return this.count;
	}

	/** Forgets the count; the caller drops the ends it keeps. */
	clear(): void {
		this.count = 0;
	}

	/** The pair's declarations changed: its value is rebuilt and the lists holding it dropped. */
	private changed(pair: Pair<E>): void {
		const decls = Array.isArray(pair.decls) ? pair.decls : [pair.decls];
		pair.value = this.build(pair.from.id, pair.to.id, decls, firstDecl(decls) as Decl);
		pair.from.outList = undefined;
		pair.to.inList = undefined;
	}
}

/** The id a pair is filed under in an outgoing bucket: its target. */
function toId<E>(pair: Pair<E>): string {
	return pair.to.id;
}

/** The id a pair is filed under in an incoming bucket: its source. */
function fromId<E>(pair: Pair<E>): string {
	return pair.from.id;
}

type KeyOf<E> = (pair: Pair<E>) => string;

function isList<E>(bucket: Bucket<E>): bucket is readonly Pair<E>[] {
	return Array.isArray(bucket);
}

/** The pair filed under `id` in a bucket. */
function pairIn<E>(bucket: Bucket<E> | undefined, id: string, keyOf: KeyOf<E>): Pair<E> | undefined {
	if (bucket === undefined) return undefined;
	if (bucket instanceof Map) return bucket.get(id);
	if (isList(bucket)) {
		for (const pair of bucket) if (keyOf(pair) === id) return pair;
		return undefined;
	}
	return keyOf(bucket) === id ? bucket : undefined;
}

/** The bucket with `pair` (not there yet) added. */
function withPair<E>(bucket: Bucket<E> | undefined, pair: Pair<E>, keyOf: KeyOf<E>): Bucket<E> {
	if (bucket === undefined) return pair;
	if (bucket instanceof Map) return bucket.set(keyOf(pair), pair);
	if (!isList(bucket)) return [bucket, pair];
	if (bucket.length < SMALL) return appended(bucket, pair);
	const map = new Map<string, Pair<E>>();
	for (const held of bucket) map.set(keyOf(held), held);
	return map.set(keyOf(pair), pair);
}

/** The bucket without the pair filed under `id`; undefined when nothing is left. */
function withoutPair<E>(bucket: Bucket<E> | undefined, id: string, keyOf: KeyOf<E>): Bucket<E> | undefined {
	if (bucket === undefined) return undefined;
	if (bucket instanceof Map) {
		if (!bucket.delete(id)) return bucket;
		if (bucket.size === 0) return undefined;
		if (bucket.size === 1) return bucket.values().next().value;
		// Back to an array once the Map holds half of what an array may, so that a bucket that
		// grows and shrinks around the limit does not switch at every change.
		return bucket.size <= SMALL / 2 ? [...bucket.values()] : bucket;
	}
	if (!isList(bucket)) return keyOf(bucket) === id ? undefined : bucket;
	const at = bucket.findIndex((pair) => keyOf(pair) === id);
	if (at < 0) return bucket;
	if (bucket.length === 2) return bucket[1 - at];
	return withoutAt(bucket, at);
}

const NONE: readonly string[] = [];

/** The ids a bucket's pairs are filed under. */
function idsIn<E>(bucket: Bucket<E> | undefined, keyOf: KeyOf<E>): Iterable<string> {
	if (bucket === undefined) return NONE;
	if (bucket instanceof Map) return bucket.keys();
	return isList(bucket) ? bucket.map(keyOf) : [keyOf(bucket)];
}

/** A bucket's pairs by the ids they are filed under. */
function sortedPairs<E>(bucket: Bucket<E>, keyOf: KeyOf<E>): Pair<E>[] {
	if (bucket instanceof Map) {
		const keys = [...bucket.keys()].sort(compareStrings);
		return keys.map((key) => bucket.get(key) as Pair<E>);
	}
	if (!isList(bucket)) return [bucket];
	return [...bucket].sort((a, b) => compareStrings(keyOf(a), keyOf(b)));
}
