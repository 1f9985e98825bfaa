/** A read-only set that is the union of two disjoint sets, without copying either. */
export class UnionSet<T> implements ReadonlySet<T> {
	constructor(
		private readonly first: ReadonlySet<T>,
		private readonly second: ReadonlySet<T>,
	) {}

	/** Number of members (the sets are disjoint). */
	get size(): number {
		return this.first.size + this.second.size;
	}

	/** True when either set has the value. */
	has(value: T): boolean {
		return this.first.has(value) || this.second.has(value);
	}

	/** Members of the first set, then of the second. */
	*values(): SetIterator<T> {
		yield* this.first;
		yield* this.second;
	}

	/** Same as `values()`. */
	keys(): SetIterator<T> {
		return this.values();
	}

	/** Pairs [value, value], as `Set.entries` gives. */
	*entries(): SetIterator<[T, T]> {
		for (const value of this.values()) yield [value, value];
	}

	/** Calls `callback` for every member. */
	forEach(callback: (value: T, key: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
		for (const value of this.values()) callback.call(thisArg, value, value, this);
	}

	[Symbol.iterator](): SetIterator<T> {
		return this.values();
	}
}
