/** Top-level nodes of the tree, also when ghosts are hidden. */

import type { HierarchyView } from "../types";

function isGhost(view: HierarchyView, id: string): boolean {
	return view.getNode(id)?.kind === "ghost";
}

/** Marks every non-ghost node reachable from `start` through non-ghost children. */
function reach(view: HierarchyView, start: string, reached: Set<string>): void {
	const stack = [start];
	reached.add(start);
	while (stack.length > 0) {
		const id = stack.pop() as string;
		for (const edge of view.childrenOf(id)) {
			if (!reached.has(edge.child) && !isGhost(view, edge.child)) {
				reached.add(edge.child);
				stack.push(edge.child);
			}
		}
	}
}

/**
 * The view's roots, unsorted. With ghosts hidden, ghost roots are dropped and notes that would
 * become unreachable are promoted: first notes whose parents are all ghosts, then, for cycles
 * entered only through a ghost, the member with a ghost parent.
 */
export function visibleRoots(view: HierarchyView, showGhosts: boolean): string[] {
	const viewRoots = view.roots();
	if (showGhosts) return [...viewRoots];
	const roots = viewRoots.filter((id) => !isGhost(view, id));
	const orphanedByGhosts: string[] = [];
	const ghostChildren: string[] = [];
	for (const node of view.nodes()) {
		if (node.kind === "ghost") continue;
		const parents = view.parentsOf(node.id);
		if (parents.length === 0 || !parents.some((edge) => isGhost(view, edge.parent))) continue;
		if (parents.every((edge) => isGhost(view, edge.parent))) orphanedByGhosts.push(node.id);
		else ghostChildren.push(node.id);
	}
	const listed = new Set(roots);
	for (const id of orphanedByGhosts) if (!listed.has(id)) roots.push(id);
	if (ghostChildren.length === 0) return roots;
	const reached = new Set<string>();
	for (const id of roots) reach(view, id, reached);
	for (const id of ghostChildren) {
		if (reached.has(id)) continue;
		roots.push(id);
		reach(view, id, reached);
	}
	return roots;
}
