/**
 * PairIndex: merged edges between two ids, each backed by the set of declarations that make it.
 * An edge lives while at least one declaration remains; its value is rebuilt from its declarations
 * whenever they change. Lists per id are cached and dropped only for the ids an update touches.
 */
import { compareStrings, firstDecl, type Decl } from "./decl";

/** One merged edge and the declarations behind it. */
export interface Pair<E> {
	from: string;
	to: string;
	decls: Set<Decl>;
	value: E;
}

/** Builds an edge's value from its declarations (never empty). */
export type PairBuilder<E> = (from: string, to: string, decls: Set<Decl>, first: Decl) => E;

const SEP = "\u0000";

/** Merged edges keyed by (from, to), listed per id in either direction. */
export class PairIndex<E> {
	private readonly pairs = new Map<string, Pair<E>>();
	private readonly out = new Map<string, Map<string, Pair<E>>>();
	private readonly into = new Map<string, Map<string, Pair<E>>>();
	private readonly outLists = new Map<string, E[]>();
	private readonly inLists = new Map<string, E[]>();

	constructor(private readonly build: PairBuilder<E>) {}

	/** Adds a declaration of from → to; true when the pair is new. */
	add(from: string, to: string, decl: Decl): boolean {
		const key = from + SEP + to;
		let pair = this.pairs.get(key);
		const created = !pair;
		if (!pair) {
			pair = { from, to, decls: new Set(), value: undefined as unknown as E };
			this.pairs.set(key, pair);
			bucket(this.out, from).set(to, pair);
			bucket(this.into, to).set(from, pair);
		}
		pair.decls.add(decl);
		this.rebuild(pair);
		return created;
	}

	/** Removes a declaration of from → to; true when the pair is gone. */
	delete(from: string, to: string, decl: Decl): boolean {
		const key = from + SEP + to;
		const pair = this.pairs.get(key);
		if (!pair || !pair.decls.delete(decl)) return false;
		if (pair.decls.size > 0) {
			this.rebuild(pair);
			return false;
		}
		this.pairs.delete(key);
		unbucket(this.out, from, to);
		unbucket(this.into, to, from);
		this.outLists.delete(from);
		this.inLists.delete(to);
		return true;
	}

	/** Whether `from` has any outgoing pair. */
	hasOut(from: string): boolean {
		return this.out.has(from);
	}

	/** Ids `from` points to. */
	targetsOf(from: string): IterableIterator<string> {
		return (this.out.get(from) ?? EMPTY).keys();
	}

	/** Ids pointing to `to`. */
	sourcesOf(to: string): IterableIterator<string> {
		return (this.into.get(to) ?? EMPTY).keys();
	}

	/** Outgoing edge values of `from`, sorted by target id. Cached until one of them changes. */
	outOf(from: string): readonly E[] {
		return listOf(this.outLists, this.out, from);
	}

	/** Incoming edge values of `to`, sorted by source id. Cached until one of them changes. */
	inOf(to: string): readonly E[] {
		return listOf(this.inLists, this.into, to);
	}

	/** The edge from → to, if any. */
	get(from: string, to: string): E | undefined {
		return this.pairs.get(from + SEP + to)?.value;
	}

	/** Every edge value, unordered. */
	*values(): IterableIterator<E> {
		for (const pair of this.pairs.values()) yield pair.value;
	}

	/** Number of merged edges. */
	get size(): number {
		return this.pairs.size;
	}

	clear(): void {
		this.pairs.clear();
		this.out.clear();
		this.into.clear();
		this.outLists.clear();
		this.inLists.clear();
	}

	private rebuild(pair: Pair<E>): void {
		pair.value = this.build(pair.from, pair.to, pair.decls, firstDecl(pair.decls) as Decl);
		this.outLists.delete(pair.from);
		this.inLists.delete(pair.to);
	}
}

const EMPTY = new Map<string, never>();

function bucket<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
	let inner = map.get(key);
	if (!inner) {
		inner = new Map();
		map.set(key, inner);
	}
	return inner;
}

function unbucket<V>(map: Map<string, Map<string, V>>, key: string, innerKey: string): void {
	const inner = map.get(key);
	if (!inner) return;
	inner.delete(innerKey);
	if (inner.size === 0) map.delete(key);
}

function listOf<E>(cache: Map<string, E[]>, map: Map<string, Map<string, Pair<E>>>, id: string): readonly E[] {
	const cached = cache.get(id);
	if (cached) return cached;
	const inner = map.get(id);
	if (!inner) return [];
	const keys = [...inner.keys()].sort(compareStrings);
	const list = keys.map((key) => (inner.get(key) as Pair<E>).value);
	cache.set(id, list);
	return list;
}
