/**
 * Which row to reveal for a note that appears in several places: prefer the place the user came
 * from (the row they last activated, or its parent), then a row already on screen, then the
 * shortest path.
 */

/** What the choice needs from the tree model. */
export interface PathModel {
	/** Sorted visible parents of a node. */
	parents(id: string): readonly string[];
	/** Top-level ids (or [pinned]). */
	roots(pinned?: string): readonly string[];
	/** Paths top→…→id, shortest first. */
	pathsTo(id: string, limit?: number, pinned?: string): string[][];
}

/** True when `ids` is a path of the current tree: starts at a root (or the pinned node) and follows parent links down. */
export function isTreePath(model: PathModel, ids: readonly string[], pinned?: string): boolean {
	if (ids.length === 0) return false;
	if (!model.roots(pinned).includes(ids[0])) return false;
	const seen = new Set<string>([ids[0]]);
	for (let i = 1; i < ids.length; i++) {
		if (seen.has(ids[i])) return false;
		if (!model.parents(ids[i]).includes(ids[i - 1])) return false;
		seen.add(ids[i]);
	}
	return true;
}

/**
 * The path to reveal `id` at. `lastPath` is the path of the row the user last activated;
 * `isShown` tells whether the row of a path is currently visible.
 */
export function choosePath(
	model: PathModel,
	id: string,
	lastPath: readonly string[] | null,
	pinned: string | undefined,
	isShown: (path: readonly string[]) => boolean = () => false,
): string[] | null {
	if (lastPath !== null && lastPath.length > 0) {
		const last = [...lastPath];
		if (last[last.length - 1] === id && isTreePath(model, last, pinned)) return last;
		const below = [...last, id];
		if (isTreePath(model, below, pinned)) return below;
		const beside = [...last.slice(0, -1), id];
		if (beside.length > 1 && isTreePath(model, beside, pinned)) return beside;
	}
	const paths = model.pathsTo(id, 20, pinned);
	if (paths.length === 0) return null;
	return paths.find((path) => isShown(path)) ?? paths[0];
}
