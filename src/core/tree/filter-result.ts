/** A filter's result as node records: matches, the ancestors that make them reachable, and their marks. */

import type { HierarchyView } from "../types";
import { GONE, slotOf, type NodeEntry } from "./node-entry";
import type { TreeFilter } from "./types";
import { UnionSet } from "./union-set";

/** Where the marks of the filters of one model are written: the records, and which marking they hold. */
export class FilterMarks {
	private latest = 0;

	/** The marking the records currently hold. */
	get current(): number {
		return this.latest;
	}

	/** Writes a new marking of `found` (matches) and `ancestors` (visible only) into the records. */
	mark(found: readonly NodeEntry[], ancestors: readonly NodeEntry[]): number {
		const marking = ++this.latest;
		for (let i = 0; i < found.length; i++) {
			found[i].visibleIn = marking;
			found[i].matchedIn = marking;
		}
		for (let i = 0; i < ancestors.length; i++) ancestors[i].visibleIn = marking;
		return marking;
	}

	/**
	 * Marks `found` and collects their ancestors (ghosts left out unless `withGhosts`); each record
	 * is visited once. On the way, each visible parent counts its visible children (`visCount`, what
	 * an update of the result needs) and, when its children were never sorted, collects them (`visKids`).
	 */
	markWithAncestors(
		view: HierarchyView,
		found: readonly NodeEntry[],
		withGhosts: boolean,
		entryOf: (id: string) => NodeEntry | undefined,
	): { marking: number; ancestors: NodeEntry[] } {
		const marking = this.mark(found, []);
		const version = view.version;
		const ancestors: NodeEntry[] = [];
		const stack: NodeEntry[] = [];
		for (let m = 0; m < found.length; m++) {
			for (let entry: NodeEntry | undefined = found[m]; entry !== undefined; entry = stack.pop()) {
				const ups = parentEntries(view, version, entry, entryOf);
				for (let u = 0; u < ups.length; u++) {
					const parent = ups[u];
					if (!withGhosts && parent.ghost) continue;
					if (parent.visibleIn !== marking) {
						parent.visibleIn = marking;
						ancestors.push(parent);
						stack.push(parent);
					}
					const slot = slotOf(parent);
					if (slot.visCountIn !== marking) {
						slot.visCount = 1;
						slot.visCountIn = marking;
					} else slot.visCount++;
					if (slot.kidIds !== null) continue;
					if (slot.visKidsIn !== marking) {
						slot.visKids = [entry];
						slot.visKidsIn = marking;
					} else if (slot.visKids[slot.visKids.length - 1] !== entry) {
						slot.visKids.push(entry);
					}
				}
			}
		}
		return { marking, ancestors };
	}
}

/** An entry's parent records, cached per view version and re-made only when its parent ids changed. */
export function parentEntries(view: HierarchyView, version: number, entry: NodeEntry, entryOf: (id: string) => NodeEntry | undefined): NodeEntry[] {
	const slot = slotOf(entry);
	if (slot.upsAt === version) return slot.ups;
	const edges = view.parentsOf(entry.id);
	let same = edges.length === slot.ups.length;
	for (let i = 0; same && i < edges.length; i++) same = slot.ups[i].seen !== GONE && slot.ups[i].id === edges[i].parent;
	if (!same) {
		const ups: NodeEntry[] = [];
		for (const edge of edges) {
			const parent = entryOf(edge.parent);
			if (parent !== undefined) ups.push(parent);
		}
		slot.ups = ups;
	}
	slot.upsAt = version;
	return slot.ups;
}

function idSet(entries: readonly NodeEntry[]): Set<string> {
	const ids = new Set<string>();
	for (const entry of entries) ids.add(entry.id);
	return ids;
}

/**
 * The result of `TreeModel.filter`. The id sets are built only when read: the tree is flattened
 * from the marks the records hold (`marking`), which the model re-writes when an older result is
 * flattened after a newer one.
 */
export class FilterResult implements TreeFilter {
	private matchSet: ReadonlySet<string> | undefined = undefined;
	private visibleSet: ReadonlySet<string> | undefined = undefined;

	constructor(
		readonly query: string,
		readonly terms: readonly string[],
		/** Matching records. */
		readonly found: readonly NodeEntry[],
		/** Visible records that do not match. */
		readonly ancestors: readonly NodeEntry[],
		/** The marks that say which records are visible and which match. */
		public marking: number,
		/** The marks' owner: a result is flattened from its marks only by the model that made it. */
		readonly owner: FilterMarks,
		/** View version and ghost setting the ancestors were collected for. */
		readonly version: number,
		readonly withGhosts: boolean,
		/** The model's layout when the visible children were collected with the marks (NaN: not collected). */
		public layout: number,
		/** Whether the marks hold each visible record's number of visible children (`visCount`): the result can be updated in place. */
		readonly counted = false,
	) {}

	/** Number of matching nodes. */
	get count(): number {
		return this.found.length;
	}

	/** Ids of the matching nodes. */
	get matches(): ReadonlySet<string> {
		this.matchSet ??= idSet(this.found);
		return this.matchSet;
	}

	/** Ids of the matching nodes and their ancestors. */
	get visible(): ReadonlySet<string> {
		this.visibleSet ??= new UnionSet(this.matches, idSet(this.ancestors));
		return this.visibleSet;
	}
}
