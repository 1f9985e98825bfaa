/**
 * SortedIds: a set of ids kept in code-unit order, so that listing it never sorts.
 * Adding or removing costs a binary search and one array shift.
 */
import { compareStrings } from "./decl";

/** A set of ids that also keeps them sorted. */
export class SortedIds {
	private readonly items: string[] = [];
	private readonly members = new Set<string>();

	/** Whether the id is in the set. */
	has(id: string): boolean {
		return this.members.has(id);
	}

	/** Adds an id; false when it was there already. */
	add(id: string): boolean {
		if (this.members.has(id)) return false;
		this.members.add(id);
		this.items.splice(this.indexOf(id), 0, id);
		return true;
	}

	/** Removes an id; false when it was not there. */
	delete(id: string): boolean {
		if (!this.members.delete(id)) return false;
		this.items.splice(this.indexOf(id), 1);
		return true;
	}

	/** The ids in order (do not modify). */
	get sorted(): readonly string[] {
		return this.items;
	}

	get size(): number {
		return this.members.size;
	}

	clear(): void {
		this.items.length = 0;
		this.members.clear();
	}

	/** Where `id` is or would go. */
	private indexOf(id: string): number {
		let low = 0;
		let high = this.items.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (compareStrings(this.items[mid], id) < 0) low = mid + 1;
			else high = mid;
		}
		return low;
	}
}
