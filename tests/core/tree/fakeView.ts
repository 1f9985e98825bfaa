/**
 * A small in-memory `HierarchyView` for the tree tests, standing in for `HierarchyGraph`
 * (src/core/graph/). Build it from nodes and child→parent edges; it follows the interface's
 * contract simply: roots are the parentless nodes plus, for each cycle (strongly connected
 * component of size > 1) with no parent outside it, its smallest id. `set`/`link` bump `version`.
 */
import type { HierarchyEdge, HierarchyView, RelatedEdge, SequenceEdge, TopicNode } from "../../../src/core/types";

/** A note with sensible defaults: id = path, title = file name without `.md`. */
export function note(path: string, extra: Partial<TopicNode> = {}): TopicNode {
	const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
	return { id: path, kind: "note", title: base, path, aliases: [], tags: [], mtime: 0, ctime: 0, ...extra };
}

/** A ghost topic named `name` (id `ghost:` + lowercased name). */
export function ghost(name: string, extra: Partial<TopicNode> = {}): TopicNode {
	return { id: `ghost:${name.toLowerCase()}`, kind: "ghost", title: name, aliases: [], tags: [], mtime: 0, ctime: 0, ...extra };
}

/** An edge spec: child → parent, declared by a parent field unless `declaredAs: "child"`. */
export interface EdgeSpec {
	child: string;
	parent: string;
	declaredAs?: "parent" | "child";
	position?: number;
}

function toEdge(spec: EdgeSpec): HierarchyEdge {
	const declaredAs = spec.declaredAs ?? "parent";
	return {
		child: spec.child,
		parent: spec.parent,
		field: declaredAs === "parent" ? "up" : "down",
		source: "inline",
		line: 1,
		declaredIn: declaredAs === "parent" ? spec.child : spec.parent,
		declaredAs,
		position: spec.position,
	};
}

/** Shorthand: `edges("a>b", "b>c")` makes a child of b, b child of c. */
export function edges(...pairs: string[]): EdgeSpec[] {
	return pairs.map((pair) => {
		const [child, parent] = pair.split(">");
		return { child, parent };
	});
}

export class FakeView implements HierarchyView {
	version = 1;
	private readonly nodeMap = new Map<string, TopicNode>();
	private readonly up = new Map<string, HierarchyEdge[]>();
	private readonly down = new Map<string, HierarchyEdge[]>();
	private sccs: string[][] | null = null;
	private readonly steps: SequenceEdge[] = [];
	private readonly siblingEdges: RelatedEdge[] = [];

	constructor(nodes: TopicNode[], edgeSpecs: EdgeSpec[] = []) {
		for (const node of nodes) this.nodeMap.set(node.id, node);
		for (const spec of edgeSpecs) this.addEdge(toEdge(spec));
	}

	/** Adds or replaces a node (a new object, as the real graph does). */
	set(node: TopicNode): void {
		this.nodeMap.set(node.id, node);
		this.changed();
	}

	/** Adds an edge. */
	link(spec: EdgeSpec): void {
		this.addEdge(toEdge(spec));
		this.changed();
	}

	getNode(id: string): TopicNode | undefined {
		return this.nodeMap.get(id);
	}

	nodes(): IterableIterator<TopicNode> {
		return this.nodeMap.values();
	}

	parentsOf(id: string): readonly HierarchyEdge[] {
		return this.up.get(id) ?? [];
	}

	childrenOf(id: string): readonly HierarchyEdge[] {
		return this.down.get(id) ?? [];
	}

	/** Adds a sequence step: `from` comes before `to` (as `next:: [[to]]` in `from`). */
	step(from: string, to: string): void {
		this.steps.push({ from, to, field: "next", source: "inline", line: 1, declaredIn: from, declaredAs: "next" });
		this.changed();
	}

	/** Adds an explicit sibling link, declared in `from`. */
	sibling(from: string, to: string): void {
		this.siblingEdges.push({ from, to, field: "sibling", source: "inline", line: 1 });
		this.changed();
	}

	previousOf(id: string): readonly SequenceEdge[] {
		return this.steps.filter((edge) => edge.to === id);
	}

	nextOf(id: string): readonly SequenceEdge[] {
		return this.steps.filter((edge) => edge.from === id);
	}

	explicitSiblingsOf(id: string): readonly RelatedEdge[] {
		return this.siblingEdges.filter((edge) => edge.from === id || edge.to === id);
	}

	roots(): string[] {
		const roots = [...this.nodeMap.keys()].filter((id) => this.parentsOf(id).length === 0);
		for (const cycle of this.cycles()) {
			const members = new Set(cycle);
			const entered = cycle.some((id) => this.parentsOf(id).some((edge) => !members.has(edge.parent)));
			if (!entered) roots.push([...cycle].sort()[0]);
		}
		return roots;
	}

	cycleOf(id: string): readonly string[] | undefined {
		return this.cycles().find((cycle) => cycle.includes(id));
	}

	cycles(): string[][] {
		this.sccs ??= this.findCycles();
		return this.sccs;
	}

	private addEdge(edge: HierarchyEdge): void {
		for (const id of [edge.child, edge.parent]) if (!this.nodeMap.has(id)) throw new Error(`FakeView: unknown node ${id}`);
		(this.up.get(edge.child) ?? this.up.set(edge.child, []).get(edge.child))?.push(edge);
		(this.down.get(edge.parent) ?? this.down.set(edge.parent, []).get(edge.parent))?.push(edge);
		this.sccs = null;
	}

	private changed(): void {
		this.version++;
		this.sccs = null;
	}

	/** Strongly connected components of size > 1, by mutual reachability (fine for test-sized graphs). */
	private findCycles(): string[][] {
		const reachable = (from: string): Set<string> => {
			const seen = new Set<string>();
			const stack = [from];
			while (stack.length) {
				for (const edge of this.parentsOf(stack.pop() as string)) {
					if (!seen.has(edge.parent)) {
						seen.add(edge.parent);
						stack.push(edge.parent);
					}
				}
			}
			return seen;
		};
		const ids = [...this.nodeMap.keys()];
		const ancestors = new Map(ids.map((id) => [id, reachable(id)]));
		const done = new Set<string>();
		const cycles: string[][] = [];
		for (const id of ids) {
			if (done.has(id) || !ancestors.get(id)?.has(id)) continue;
			const cycle = ids.filter((other) => ancestors.get(id)?.has(other) && ancestors.get(other)?.has(id));
			cycle.forEach((member) => done.add(member));
			cycles.push(cycle);
		}
		return cycles;
	}
}
