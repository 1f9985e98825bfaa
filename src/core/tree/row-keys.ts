/**
 * Row keys: one short interned key per position in the tree (a note under two parents has two
 * rows, so two keys). A key stands for the path of ids from the top down to its row, but holds
 * only a number: the key of the row above and the row's id are stored once, so a row at depth d
 * costs a constant, not the d ids of its path.
 */

/** Interns (row above, id) steps as short string keys; keys stay valid for the life of the object. */
export class RowKeys {
	/** Per key number: its id, the number of the key above (-1 at the top), its depth. */
	private readonly ids: string[] = [];
	private readonly ups: number[] = [];
	private readonly depths: number[] = [];
	/** `${above}\n${id}` → key number. */
	private readonly steps = new Map<string, number>();

	/** Number of keys made so far. */
	get size(): number {
		return this.ids.length;
	}

	/** The key of the row for `id` directly below the row `above` (null: a top row). */
	child(above: string | null, id: string): string {
		const up = above === null ? -1 : this.numberOf(above);
		const step = `${up}\n${id}`;
		let n = this.steps.get(step);
		if (n === undefined) {
			n = this.ids.length;
			this.ids.push(id);
			this.ups.push(up);
			this.depths.push(up === -1 ? 0 : this.depths[up] + 1);
			this.steps.set(step, n);
		}
		return n.toString(36);
	}

	/** The key of a path of ids from the top. */
	keyOf(path: readonly string[]): string {
		let key: string | null = null;
		for (const id of path) key = this.child(key, id);
		if (key === null) throw new Error("A row key needs a path of at least one id");
		return key;
	}

	/** Keys of every row on the path but the last: the rows to expand so that the last one shows. */
	keysAbove(path: readonly string[]): string[] {
		const keys: string[] = [];
		let key: string | null = null;
		for (let i = 0; i < path.length - 1; i++) {
			key = this.child(key, path[i]);
			keys.push(key);
		}
		return keys;
	}

	/** Whether `key` was made here. */
	has(key: string): boolean {
		return this.find(key) !== -1;
	}

	/** The id of a key's row. */
	idOf(key: string): string | undefined {
		const n = this.find(key);
		return n === -1 ? undefined : this.ids[n];
	}

	/** The key of the row above, or null for a top row (or an unknown key). */
	above(key: string): string | null {
		const n = this.find(key);
		return n === -1 || this.ups[n] === -1 ? null : this.ups[n].toString(36);
	}

	/** 0 for a top row; -1 for an unknown key. */
	depthOf(key: string): number {
		const n = this.find(key);
		return n === -1 ? -1 : this.depths[n];
	}

	/** The ids on the path from the top down to the key's row ([] for an unknown key). */
	pathOf(key: string): string[] {
		const path: string[] = [];
		for (let n = this.find(key); n !== -1; n = this.ups[n]) path.push(this.ids[n]);
		return path.reverse();
	}

	/** The key of the top row of the key's path (the key itself for a top row). */
	topOf(key: string): string {
		let n = this.find(key);
		if (n === -1) return key;
		while (this.ups[n] !== -1) n = this.ups[n];
		return n.toString(36);
	}

	/** Whether the row `key` is below the row `ancestor` (at any depth, not the row itself). */
	isBelow(key: string, ancestor: string): boolean {
		const a = this.find(ancestor);
		let n = this.find(key);
		if (a === -1 || n === -1) return false;
		const stop = this.depths[a];
		while (n !== -1 && this.depths[n] > stop) {
			n = this.ups[n];
			if (n === a) return true;
		}
		return false;
	}

	private numberOf(key: string): number {
		const n = this.find(key);
		if (n === -1) throw new Error(`Unknown row key: ${key.slice(0, 40)}`);
		return n;
	}

	/** The key's number, or -1 when it was not made here. */
	private find(key: string): number {
		const n = parseInt(key, 36);
		return Number.isInteger(n) && n >= 0 && n < this.ids.length && n.toString(36) === key ? n : -1;
	}
}
