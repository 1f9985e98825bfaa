/**
 * Which nodes changed since a given graph version: the ids whose node object was set or dropped,
 * or that gained or lost a parent or child edge. Consumers (the tree model) use it to redo only
 * what those ids touch after a one-note edit, instead of a pass over every node.
 */

/** Ids logged per version, at most this many in all; older versions are then forgotten. */
const MAX_LOGGED = 4096;

export class ChangeLog {
	private readonly entries: Array<{ version: number; ids: ReadonlySet<string> }> = [];
	private current = new Set<string>();
	private logged = 0;
	/** Changes up to this version are not known (before the log started, or forgotten). */
	private floor: number;
	/** The pending version touched more ids than the log keeps. */
	private overflow = false;

	constructor(version: number) {
		this.floor = version;
	}

	/** Notes a change of `id` in the version being built. */
	touch(id: string): void {
		if (this.overflow) return;
		this.current.add(id);
		if (this.current.size > MAX_LOGGED) {
			this.overflow = true;
			this.current.clear();
		}
	}

	/** Whether changes were noted since the last commit. */
	get pending(): boolean {
		return this.overflow || this.current.size > 0;
	}

	/** The version being built is now `version`. */
	commit(version: number): void {
		if (this.overflow) {
			this.forget(version);
			return;
		}
		if (this.current.size === 0) return;
		this.entries.push({ version, ids: this.current });
		this.logged += this.current.size;
		this.current = new Set();
		while (this.logged > MAX_LOGGED && this.entries.length > 0) {
			const first = this.entries.shift() as { version: number; ids: ReadonlySet<string> };
			this.logged -= first.ids.size;
			this.floor = first.version;
		}
	}

	/** Everything before and at `version` is unknown (the graph was cleared or rebuilt). */
	forget(version: number): void {
		this.entries.length = 0;
		this.current.clear();
		this.logged = 0;
		this.overflow = false;
		this.floor = version;
	}

	/** Ids changed after `version` (up to the last commit); null when that is not known. */
	since(version: number): ReadonlySet<string> | null {
		if (version < this.floor) return null;
		const out = new Set<string>();
		for (let i = this.entries.length - 1; i >= 0 && this.entries[i].version > version; i--) for (const id of this.entries[i].ids) out.add(id);
		return out;
	}
}
