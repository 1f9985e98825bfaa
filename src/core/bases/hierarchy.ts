/**
 * The hierarchy restricted to a base's entries: a `HierarchyView` over the entries (and, as an
 * option, their ancestors outside the result, shown muted for context), so the tree model of the
 * sidebar (src/core/tree) sorts, flattens and walks it unchanged.
 *
 * Siblings follow the base's own order (the result is presorted by the user's sort): each entry's
 * `order` is its index in the result and the tree is flattened with the `manual` sort; a context
 * ancestor takes the place of the first entry below it. Files the hierarchy does not know (not
 * markdown, or excluded) become top-level entries titled by their file name.
 */
import type { HierarchyEdge, HierarchyView, RelatedEdge, SequenceEdge, TopicNode } from "../types";

/** Options of the restricted hierarchy. */
export interface BaseHierarchyOptions {
	/** Show ancestors that are not in the result, muted, so entries keep their place (default true). */
	context: boolean;
}

/** What an entry needs to be placed: its path and a title for files the graph does not know. */
export interface HierarchyEntry {
	path: string;
	title: string;
}

const NO_EDGES: readonly HierarchyEdge[] = Object.freeze([]);
const NO_STEPS: readonly SequenceEdge[] = Object.freeze([]);

/** A `HierarchyView` of the base's entries and (optionally) their ancestors. */
export class BaseHierarchy implements HierarchyView {
	readonly version: number;
	private readonly included = new Map<string, TopicNode>();
	private readonly entryIds = new Set<string>();
	private readonly parentCache = new Map<string, readonly HierarchyEdge[]>();
	private readonly childCache = new Map<string, readonly HierarchyEdge[]>();
	private rootList: string[] | null = null;

	constructor(
		private readonly graph: HierarchyView,
		entries: readonly HierarchyEntry[],
		options: BaseHierarchyOptions = { context: true },
	) {
		this.version = graph.version;
		entries.forEach((entry, index) => {
			if (this.entryIds.has(entry.path)) return;
			this.entryIds.add(entry.path);
			const node = graph.getNode(entry.path);
			const base: TopicNode = node ?? { id: entry.path, kind: "note", title: entry.title, path: entry.path, aliases: [], tags: [], mtime: 0, ctime: 0 };
			this.included.set(entry.path, { ...base, order: index });
		});
		if (options.context) {
			entries.forEach((entry, index) => this.addAncestors(entry.path, index));
		}
	}

	/** Whether `id` is an entry of the result (false for context ancestors). */
	isEntry(id: string): boolean {
		return this.entryIds.has(id);
	}

	/** Number of entries (distinct paths). */
	get entryCount(): number {
		return this.entryIds.size;
	}

	/** Ancestors outside the result, placed just before the first entry below them. */
	private addAncestors(start: string, index: number): void {
		const stack = [start];
		while (stack.length > 0) {
			const id = stack.pop() as string;
			for (const edge of this.graph.parentsOf(id)) {
				if (this.included.has(edge.parent)) continue;
				const node = this.graph.getNode(edge.parent);
				if (!node) continue;
				this.included.set(edge.parent, { ...node, order: index - 0.5 });
				stack.push(edge.parent);
			}
		}
	}

	/**
	 * No sequence steps: siblings follow the base's own sort, so next/prev chains (which the
	 * manual sort would follow) must not reorder them.
	 */
	previousOf(): readonly SequenceEdge[] {
		return NO_STEPS;
	}

	nextOf(): readonly SequenceEdge[] {
		return NO_STEPS;
	}

	/** Explicit siblings among the notes this view shows. */
	explicitSiblingsOf(id: string): readonly RelatedEdge[] {
		if (!this.included.has(id)) return [];
		return this.graph.explicitSiblingsOf(id).filter((edge) => this.included.has(edge.from) && this.included.has(edge.to));
	}

	getNode(id: string): TopicNode | undefined {
		return this.included.get(id);
	}

	nodes(): IterableIterator<TopicNode> {
		return this.included.values();
	}

	parentsOf(id: string): readonly HierarchyEdge[] {
		let edges = this.parentCache.get(id);
		if (edges === undefined) {
			edges = this.included.has(id) ? this.graph.parentsOf(id).filter((e) => this.included.has(e.parent)).map(asParentDeclared) : NO_EDGES;
			this.parentCache.set(id, edges);
		}
		return edges;
	}

	childrenOf(id: string): readonly HierarchyEdge[] {
		let edges = this.childCache.get(id);
		if (edges === undefined) {
			edges = this.included.has(id) ? this.graph.childrenOf(id).filter((e) => this.included.has(e.child)).map(asParentDeclared) : NO_EDGES;
			this.childCache.set(id, edges);
		}
		return edges;
	}

	/** Nodes without an included parent, then one member of each cycle not reached from them (in result order). */
	roots(): string[] {
		if (this.rootList) return [...this.rootList];
		const roots: string[] = [];
		for (const id of this.included.keys()) if (this.parentsOf(id).length === 0) roots.push(id);
		const reached = new Set<string>();
		const reach = (start: string): void => {
			const stack = [start];
			reached.add(start);
			while (stack.length > 0) {
				const id = stack.pop() as string;
				for (const edge of this.childrenOf(id)) {
					if (reached.has(edge.child)) continue;
					reached.add(edge.child);
					stack.push(edge.child);
				}
			}
		};
		for (const id of roots) reach(id);
		const rest = [...this.included.values()].filter((n) => !reached.has(n.id)).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
		for (const node of rest) {
			if (reached.has(node.id)) continue;
			roots.push(node.id);
			reach(node.id);
		}
		this.rootList = roots;
		return [...roots];
	}

	cycleOf(id: string): readonly string[] | undefined {
		const cycle = this.graph.cycleOf(id);
		if (!cycle || !this.included.has(id)) return undefined;
		const inside = cycle.filter((member) => this.included.has(member));
		return inside.length > 1 ? inside : undefined;
	}

	cycles(): string[][] {
		return this.graph.cycles().map((c) => c.filter((id) => this.included.has(id))).filter((c) => c.length > 1);
	}
}

/**
 * The edge as the tree's manual sort should see it: siblings follow the base's order (the nodes'
 * `order`), not the position of a link in a parent's `down::` list.
 */
function asParentDeclared(edge: HierarchyEdge): HierarchyEdge {
	return edge.declaredAs === "parent" ? edge : { ...edge, declaredAs: "parent", position: undefined };
}
