/**
 * Sequences among siblings: `next::` / `prev::` chains (chapters, lectures, weeks). The manual
 * sort keeps each chain of siblings together and in chain order, placed where its first member
 * would stand; *Go to next sibling* follows the sequence before the sibling order.
 */
import type { HierarchyView } from "../types";

/** The first of several (by id): a note with two `next` links still has one successor. */
function firstOf(ids: readonly string[]): string | undefined {
	let best: string | undefined;
	for (const id of ids) if (best === undefined || id < best) best = id;
	return best;
}

/** The note after `id` in its sequence (`step` 1), or before it (-1); undefined when there is none. */
export function sequenceNeighbour(view: HierarchyView, id: string, step: 1 | -1): string | undefined {
	const edges = step === 1 ? view.nextOf(id) : view.previousOf(id);
	return firstOf(edges.map((edge) => (step === 1 ? edge.to : edge.from)));
}

/**
 * `ids` (already in manual order) with every next/prev chain among them laid out in chain order,
 * starting where the chain's earliest-listed member stood. Links to notes outside `ids` are
 * ignored; a loop is entered at its earliest-listed member. Returns `ids` itself when no two of
 * them are linked.
 */
export function chainOrder(view: HierarchyView, ids: readonly string[]): readonly string[] {
	if (ids.length < 2) return ids;
	const inside = new Set(ids);
	const after = new Map<string, string>();
	const before = new Map<string, string>();
	for (const id of ids) {
		const next = firstOf(view.nextOf(id).map((e) => e.to).filter((to) => inside.has(to) && to !== id));
		if (next !== undefined && !before.has(next)) {
			after.set(id, next);
			before.set(next, id);
		}
	}
	if (after.size === 0) return ids;
	const out: string[] = [];
	const placed = new Set<string>();
	for (const id of ids) {
		if (placed.has(id)) continue;
		// Back to the chain's head (stopping at a loop), then forward along it.
		let head = id;
		const seen = new Set<string>([id]);
		for (let prev = before.get(head); prev !== undefined && !placed.has(prev); prev = before.get(head)) {
			if (seen.has(prev)) {
				// A loop: enter it at the member listed first.
				head = id;
				break;
			}
			seen.add(prev);
			head = prev;
		}
		for (let at: string | undefined = head; at !== undefined && !placed.has(at); at = after.get(at)) {
			placed.add(at);
			out.push(at);
		}
	}
	return out;
}
