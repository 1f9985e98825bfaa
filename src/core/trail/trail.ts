/**
 * The trail of a note: its paths from the top of the hierarchy, shortest first, as a breadcrumb
 * reads them (root › … › parent › note), with a count of all paths and room at the end for the
 * previous / next notes of a sequence. Pure: the hierarchy comes in through `TrailSource`.
 */
import { sortByTitle } from "../tree/sort";
import type { HierarchyView } from "../types";

/** What the trail needs from the hierarchy (a `TreeModel` fits). */
export interface TrailSource {
	/** Visible parents of a node, in display order. */
	parents(id: string): readonly string[];
	/** Paths top → … → `id`, shortest first, at most `limit`; cycle-safe. */
	pathsTo(id: string, limit: number): string[][];
}

/** The previous and next notes of a sequence a note belongs to (issue: next/prev relations). */
export interface SequenceNeighbours {
	previous: readonly string[];
	next: readonly string[];
}

/** Gives a note's sequence neighbours; the trail shows them as ← / → links at its end. */
export type SequenceOf = (id: string) => SequenceNeighbours;

/** A note's neighbours from the view's `next::` / `prev::` steps (either side may declare a step), each once, by title. */
export function sequenceNeighbours(view: HierarchyView, id: string): SequenceNeighbours {
	const previous = view.previousOf(id);
	const next = view.nextOf(id);
	if (previous.length === 0 && next.length === 0) return NO_NEIGHBOURS;
	const others = (ids: string[]) => sortByTitle(view, [...new Set(ids)].filter((other) => other !== id));
	return { previous: others(previous.map((edge) => edge.from)), next: others(next.map((edge) => edge.to)) };
}

/** What one trail shows. */
export interface Trail {
	id: string;
	/** Paths root → … → id, shortest first, at most `maxPaths` (the first is the one shown collapsed). */
	paths: string[][];
	/** How many paths were counted (up to `COUNT_BOUND`). */
	total: number;
	/** More paths exist than were counted: `total` is a lower bound. */
	atLeast: boolean;
	/** ← links (the previous notes of a sequence), empty without a sequence. */
	previous: readonly string[];
	/** → links (the next notes of a sequence). */
	next: readonly string[];
	/** Every node on any counted path and every neighbour: when one changes, the trail may change. */
	nodes: ReadonlySet<string>;
}

/** Paths counted before the count says "at least". */
export const COUNT_BOUND = 500;

/** Bounds of the maximum-paths setting. */
export const MAX_PATHS_RANGE = { min: 1, max: 100 } as const;

const NO_NEIGHBOURS: SequenceNeighbours = { previous: [], next: [] };

/**
 * The trail of `id`, or null when the note has no parent and no sequence neighbours (so a note
 * outside the hierarchy costs one parent lookup and nothing else).
 */
export function buildTrail(source: TrailSource, id: string, maxPaths: number, sequence?: SequenceOf): Trail | null {
	const neighbours = sequence?.(id) ?? NO_NEIGHBOURS;
	const hasParent = source.parents(id).length > 0;
	if (!hasParent && neighbours.previous.length === 0 && neighbours.next.length === 0) return null;
	const cap = clampPaths(maxPaths);
	const counted = hasParent ? source.pathsTo(id, COUNT_BOUND) : [];
	const paths = counted.filter((path) => path.length > 1);
	const nodes = new Set<string>([id, ...neighbours.previous, ...neighbours.next]);
	for (const path of paths) for (const step of path) nodes.add(step);
	return {
		id,
		paths: paths.slice(0, cap),
		total: paths.length,
		atLeast: counted.length >= COUNT_BOUND,
		previous: neighbours.previous,
		next: neighbours.next,
		nodes,
	};
}

/** The maximum-paths setting kept within its bounds (whole numbers). */
export function clampPaths(value: number): number {
	if (!Number.isFinite(value)) return MAX_PATHS_RANGE.min;
	return Math.min(MAX_PATHS_RANGE.max, Math.max(MAX_PATHS_RANGE.min, Math.floor(value)));
}

/** The nodes whose change may change the trail of `id` (just `id` when it has none). */
export function trailNodes(trail: Trail | null, id: string): ReadonlySet<string> {
	return trail ? trail.nodes : new Set([id]);
}

/** Whether an index update touching `changed` (null: everything) may change a trail over `shown`. */
export function trailAffected(changed: ReadonlySet<string> | null, shown: ReadonlySet<string>): boolean {
	if (changed === null) return true;
	for (const id of changed) if (shown.has(id)) return true;
	return false;
}

/** The "+N paths" label: the other paths beyond the one shown. */
export function morePathsLabel(trail: Trail): string | null {
	const others = trail.total - 1;
	if (others <= 0) return null;
	const count = others.toLocaleString("en-US") + (trail.atLeast ? "+" : "");
	return `+${count} ${others === 1 && !trail.atLeast ? "path" : "paths"}`;
}

/** Under the expanded paths when not all are listed: "Showing 10 of 57 paths". */
export function shownPathsLabel(trail: Trail): string | null {
	if (trail.paths.length >= trail.total && !trail.atLeast) return null;
	const total = trail.total.toLocaleString("en-US") + (trail.atLeast ? "+" : "");
	return `Showing ${trail.paths.length.toLocaleString("en-US")} of ${total} paths`;
}
