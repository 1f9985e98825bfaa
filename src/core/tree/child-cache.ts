/** Sorted children per parent, kept across graph versions while nothing they were sorted from changed. */

import type { HierarchyEdge, HierarchyView, TopicNode } from "../types";

/** One parent's sorted children and a snapshot of what the order depends on. */
interface Entry {
	ids: readonly string[];
	version: number;
	edges: readonly HierarchyEdge[];
	positions: Array<number | undefined>;
	declaredAs: string[];
	nodes: Array<TopicNode | undefined>;
}

function unchanged(view: HierarchyView, id: string, entry: Entry): boolean {
	const edges = view.childrenOf(id);
	if (edges.length !== entry.edges.length) return false;
	for (let i = 0; i < edges.length; i++) {
		const edge = edges[i];
		if (edge !== entry.edges[i] || edge.position !== entry.positions[i] || edge.declaredAs !== entry.declaredAs[i]) return false;
		if (view.getNode(edge.child) !== entry.nodes[i]) return false;
	}
	return true;
}

/**
 * Caches each parent's sorted children. After the view's version changes, an entry is reused when
 * the parent's child edges and the children's node objects are the same as when it was sorted
 * (a changed note gets a new node object), so one edit does not re-sort the whole tree.
 */
export class ChildOrderCache {
	private readonly entries = new Map<string, Entry>();

	/** The cached order, if still valid. */
	get(view: HierarchyView, id: string): readonly string[] | undefined {
		const entry = this.entries.get(id);
		if (entry === undefined) return undefined;
		if (entry.version !== view.version) {
			if (!unchanged(view, id, entry)) {
				this.entries.delete(id);
				return undefined;
			}
			entry.version = view.version;
		}
		return entry.ids;
	}

	/** Stores a fresh order of `id`'s children; `nodes`, when the caller has them, are the children's nodes in `childrenOf` order. */
	set(view: HierarchyView, id: string, ids: readonly string[], nodes?: ReadonlyArray<TopicNode | undefined>): void {
		const edges = [...view.childrenOf(id)];
		this.entries.set(id, {
			ids,
			version: view.version,
			edges,
			positions: edges.map((edge) => edge.position),
			declaredAs: edges.map((edge) => edge.declaredAs),
			nodes: nodes !== undefined && nodes.length === edges.length ? [...nodes] : edges.map((edge) => view.getNode(edge.child)),
		});
	}

	/** Forgets every order (sort options changed). */
	clear(): void {
		this.entries.clear();
	}
}
