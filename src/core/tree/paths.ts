/** Paths from the top of the tree down to a node, found breadth-first so the shortest come first. */

/** A path under construction, from `id` down to the target (a linked list). */
interface PathLink {
	id: string;
	below: PathLink | undefined;
}

/** What the search needs: sorted visible parents, and where a path may start. */
export interface PathSource {
	parents(id: string): readonly string[];
	isStart(id: string): boolean;
}

/** Work bound: partial paths examined before giving up (keeps dense DAGs fast). */
const MAX_STEPS = 20000;

function contains(path: PathLink, id: string): boolean {
	for (let p: PathLink | undefined = path; p; p = p.below) if (p.id === id) return true;
	return false;
}

function toArray(path: PathLink): string[] {
	const ids: string[] = [];
	for (let p: PathLink | undefined = path; p; p = p.below) ids.push(p.id);
	return ids;
}

/**
 * Simple paths start→…→`id` (no node twice), shortest first, at most `limit`. Paths keep
 * climbing past a start, so a node inside a cycle also gets the paths through the cycle's root.
 */
export function findPaths(source: PathSource, id: string, limit: number, stopAtStart: boolean): string[][] {
	const found: string[][] = [];
	if (limit <= 0) return found;
	const queue: PathLink[] = [{ id, below: undefined }];
	// Ids on any path queued so far: one that is not cannot be on this path, so a long chain of
	// single parents is climbed without walking the path at each step.
	const queued = new Set<string>([id]);
	for (let head = 0; head < queue.length && head < MAX_STEPS; head++) {
		const path = queue[head];
		if (source.isStart(path.id)) {
			found.push(toArray(path));
			if (found.length >= limit) break;
			if (stopAtStart) continue;
		}
		for (const parent of source.parents(path.id)) {
			if (queued.has(parent) && contains(path, parent)) continue;
			queued.add(parent);
			queue.push({ id: parent, below: path });
		}
	}
	return found;
}
