/**
 * CycleTracker: the hierarchy's cycles, kept valid lazily. Updates only record which edges came
 * and went; a query then searches again only where a cycle can have changed:
 * - a new cycle through an added edge child → parent is made of ancestors of the parent, so the
 *   ancestor closure of added edges' parents is searched;
 * - a cycle that lost an edge or a member can only split, so its old members are searched.
 * Cycles elsewhere are kept as they were.
 */
import { cyclicComponents } from "./tarjan";

/** One cycle: a strongly connected component of more than one node. */
export interface Cycle {
	/** Member ids, sorted. */
	members: string[];
	/** The member to list among the roots when no member has a parent outside the cycle. */
	root?: string;
}

/** What the tracker needs to know about the graph. */
export interface CycleGraph {
	/** Whether the node exists. */
	has(id: string): boolean;
	/** The node's parent ids. */
	parents(id: string): Iterable<string>;
	/** Every node that is the parent of some node (every cycle member is one). */
	parentIds(): Iterable<string>;
}

/** The cycles of a graph, recomputed lazily and only where edges changed. */
export class CycleTracker {
	/** Parents of edges added since the last query. */
	private readonly added = new Set<string>();
	/** True when edges were added all over the graph since the last query, too many to list. */
	private addedEverywhere = false;
	/** Cached cycles that lost an internal edge or a member. */
	private readonly broken = new Set<Cycle>();
	/** Cached cycles whose members gained or lost a parent outside. */
	private readonly recheck = new Set<Cycle>();
	private readonly byId = new Map<string, Cycle>();
	private readonly all = new Set<Cycle>();
	private revision = 0;

	constructor(private readonly graph: CycleGraph) {}

	/** Changes whenever the cycles or their roots change. Query first: it is only current after a query. */
	get version(): number {
		return this.revision;
	}

	/** An edge child → parent appeared. */
	edgeAdded(child: string, parent: string): void {
		this.added.add(parent);
		this.edgeChanged(child, parent);
	}

	/**
	 * Edges were added all over the graph (a bulk load) and not reported one by one: the next
	 * query searches from every parent, as if each edge had been reported.
	 */
	edgesAddedEverywhere(): void {
		this.addedEverywhere = true;
	}

	/** An edge child → parent vanished. */
	edgeRemoved(child: string, parent: string): void {
		this.edgeChanged(child, parent);
	}

	/** A node vanished. */
	nodeRemoved(id: string): void {
		const cycle = this.byId.get(id);
		if (cycle) this.broken.add(cycle);
	}

	/** The cycle `id` belongs to. */
	cycleOf(id: string): Cycle | undefined {
		this.refresh();
		return this.byId.get(id);
	}

	/** Every cycle. */
	cycles(): Cycle[] {
		this.refresh();
		return [...this.all];
	}

	clear(): void {
		this.added.clear();
		this.addedEverywhere = false;
		this.broken.clear();
		this.recheck.clear();
		this.byId.clear();
		this.all.clear();
		this.revision++;
	}

	private edgeChanged(child: string, parent: string): void {
		const cycle = this.byId.get(child);
		if (!cycle) return;
		if (this.byId.get(parent) === cycle) this.broken.add(cycle);
		else this.recheck.add(cycle);
	}

	private refresh(): void {
		if (!this.addedEverywhere && this.added.size === 0 && this.broken.size === 0 && this.recheck.size === 0) return;
		// Every parent's parents are parents too: the set of all parents needs no closing.
		const region = this.addedEverywhere ? new Set(this.graph.parentIds()) : this.ancestors(this.added);
		for (const cycle of this.broken) {
			for (const id of cycle.members) if (this.graph.has(id)) region.add(id);
			this.drop(cycle);
		}
		for (const id of region) {
			const cycle = this.byId.get(id);
			if (cycle) this.drop(cycle);
		}
		for (const cycle of this.recheck) if (this.all.has(cycle)) this.setRoot(cycle);
		this.added.clear();
		this.addedEverywhere = false;
		this.broken.clear();
		this.recheck.clear();
		const inside = (id: string) => region.has(id);
		for (const members of cyclicComponents(region, (id) => filter(this.graph.parents(id), inside))) {
			const cycle: Cycle = { members };
			this.setRoot(cycle);
			this.all.add(cycle);
			for (const id of members) this.byId.set(id, cycle);
		}
		this.revision++;
	}

	/** Existing nodes among the seeds and everything reachable from them by parent edges. */
	private ancestors(seeds: Iterable<string>): Set<string> {
		const seen = new Set<string>();
		const queue: string[] = [];
		for (const id of seeds) {
			if (!seen.has(id) && this.graph.has(id)) {
				seen.add(id);
				queue.push(id);
			}
		}
		for (let i = 0; i < queue.length; i++) {
			for (const parent of this.graph.parents(queue[i])) {
				if (!seen.has(parent)) {
					seen.add(parent);
					queue.push(parent);
				}
			}
		}
		return seen;
	}

	private setRoot(cycle: Cycle): void {
		const inside = new Set(cycle.members);
		const outside = cycle.members.some((id) => [...this.graph.parents(id)].some((parent) => !inside.has(parent)));
		if (outside) delete cycle.root;
		else cycle.root = cycle.members[0];
	}

	private drop(cycle: Cycle): void {
		if (!this.all.delete(cycle)) return;
		for (const id of cycle.members) if (this.byId.get(id) === cycle) this.byId.delete(id);
	}
}

function* filter(ids: Iterable<string>, keep: (id: string) => boolean): IterableIterator<string> {
	for (const id of ids) if (keep(id)) yield id;
}
