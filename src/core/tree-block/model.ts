/**
 * What a `topic-tree` code block lists, as rows with a depth: the children, the subtree (to a
 * depth), the siblings or the shortest path of a note. Cycle-safe and capped, so a block over a
 * huge hub stays small; the rest is counted.
 */
import type { HierarchyEdge, HierarchyView } from "../types";
import { sortByTitle, sortIds } from "../tree/sort";
import type { SortKey } from "../tree";
import type { TreeBlockOptions } from "./parse";

/** The hierarchy as the block sees it. */
export interface BlockSource {
	view: HierarchyView;
	showGhosts: boolean;
	/** The tree view's sort, used when the block names none. */
	sort: SortKey;
	descending: boolean;
	/** Paths top → … → `id`, shortest first (a `TreeModel`'s `pathsTo`). */
	pathsTo(id: string, limit: number): string[][];
}

/** One row of the block. */
export interface BlockItem {
	id: string;
	/** 0 for the top rows. */
	depth: number;
	/** The node already appears above it on its branch: shown, not expanded. */
	cycle: boolean;
	/** The row is the block's own note (in `path`). */
	current: boolean;
}

export interface TreeBlockResult {
	items: BlockItem[];
	/** Rows left out by the cap. */
	more: number;
}

/** Rows drawn at most. */
export const MAX_BLOCK_ITEMS = 500;

function childrenOf(source: BlockSource, id: string, options: TreeBlockOptions): string[] {
	const byChild = new Map<string, HierarchyEdge>();
	for (const edge of source.view.childrenOf(id)) {
		if (!source.showGhosts && source.view.getNode(edge.child)?.kind === "ghost") continue;
		byChild.set(edge.child, edge);
	}
	return sortIds(source.view, [...byChild.keys()], options.sort ?? source.sort, options.sort ? options.descending : source.descending, byChild);
}

function parentsOf(source: BlockSource, id: string): string[] {
	const ids = source.view
		.parentsOf(id)
		.map((edge) => edge.parent)
		.filter((parent) => source.showGhosts || source.view.getNode(parent)?.kind !== "ghost");
	return sortByTitle(source.view, [...new Set(ids)]);
}

/** The rows of a block about `rootId` (which must exist in the view). */
export function buildTreeBlock(source: BlockSource, rootId: string, options: TreeBlockOptions): TreeBlockResult {
	const items: BlockItem[] = [];
	let more = 0;
	const push = (id: string, depth: number, cycle = false): boolean => {
		if (items.length >= MAX_BLOCK_ITEMS) {
			more++;
			return false;
		}
		items.push({ id, depth, cycle, current: id === rootId && options.show === "path" });
		return true;
	};
	switch (options.show) {
		case "children":
			for (const child of childrenOf(source, rootId, options)) push(child, 0);
			break;
		case "siblings": {
			const seen = new Set<string>([rootId]);
			for (const parent of parentsOf(source, rootId)) {
				for (const sibling of childrenOf(source, parent, options)) {
					if (seen.has(sibling)) continue;
					seen.add(sibling);
					push(sibling, 0);
				}
			}
			break;
		}
		case "path": {
			const path = source.pathsTo(rootId, 1)[0] ?? [rootId];
			path.forEach((id, depth) => push(id, depth));
			break;
		}
		case "subtree": {
			const limit = options.depth ?? Number.POSITIVE_INFINITY;
			const onBranch = new Set<string>([rootId]);
			const walk = (id: string, depth: number): void => {
				for (const child of childrenOf(source, id, options)) {
					const cycle = onBranch.has(child);
					if (!push(child, depth, cycle)) {
						more += countBelow(source, child, depth + 1, limit, onBranch);
						continue;
					}
					if (cycle || depth + 1 >= limit) continue;
					onBranch.add(child);
					walk(child, depth + 1);
					onBranch.delete(child);
				}
			};
			walk(rootId, 0);
			break;
		}
	}
	return { items, more };
}

/** Notes under `id` the cap left out, each counted once (bounded, so a huge remainder stays cheap). */
function countBelow(source: BlockSource, id: string, depth: number, limit: number, onBranch: ReadonlySet<string>): number {
	if (depth >= limit || onBranch.has(id)) return 0;
	let count = 0;
	const stack: Array<{ id: string; depth: number }> = [{ id, depth }];
	const seen = new Set<string>(onBranch);
	seen.add(id);
	while (stack.length > 0 && count < MAX_BLOCK_ITEMS * 20) {
		const next = stack.pop() as { id: string; depth: number };
		if (next.depth >= limit) continue;
		for (const edge of source.view.childrenOf(next.id)) {
			if (seen.has(edge.child) || (!source.showGhosts && source.view.getNode(edge.child)?.kind === "ghost")) continue;
			seen.add(edge.child);
			count++;
			stack.push({ id: edge.child, depth: next.depth + 1 });
		}
	}
	return count;
}
