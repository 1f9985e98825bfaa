/** What surrounds a note in the hierarchy: its paths, parents, siblings, children and related notes. */

import type { HierarchyView } from "../types";
import { sortByTitle } from "./sort";
import type { TreeModel } from "./TreeModel";

/** The neighbourhood of one note. */
export interface RelatedNotes {
	/** Paths from the top to the note, shortest first. */
	paths: string[][];
	/** Parents, by title. */
	parents: string[];
	/** For each parent (same order as `parents`), its other children in tree order. */
	siblings: Array<{ parent: string; siblings: string[] }>;
	/** Children in tree order. */
	children: string[];
	/** Notes linked by a related field, in either direction, by title. */
	related: string[];
}

/** A related-notes edge, as far as this module needs it. */
export interface RelatedLink {
	from: string;
	to: string;
}

/** Collects the neighbourhood of `id`; `relatedOf` returns the related edges that touch `id`. */
export function relatedNotes(
	model: TreeModel,
	view: HierarchyView,
	id: string,
	relatedOf?: (id: string) => readonly RelatedLink[],
): RelatedNotes {
	const parents = [...model.parents(id)];
	const siblings = parents.map((parent) => ({ parent, siblings: model.children(parent).filter((child) => child !== id) }));
	const linked = new Set<string>();
	for (const edge of relatedOf?.(id) ?? []) {
		if (edge.from === id) linked.add(edge.to);
		if (edge.to === id) linked.add(edge.from);
	}
	linked.delete(id);
	const shown = [...linked].filter((other) => model.options.showGhosts || view.getNode(other)?.kind !== "ghost");
	return {
		paths: model.pathsTo(id),
		parents,
		siblings,
		children: [...model.children(id)],
		related: sortByTitle(view, shown),
	};
}

/** The next (`step` 1) or previous (`step` -1) sibling of `id` under `parent`; undefined at the ends. */
export function siblingOf(model: TreeModel, parent: string, id: string, step: 1 | -1): string | undefined {
	const children = model.children(parent);
	const at = children.indexOf(id);
	if (at === -1) return undefined;
	return children[at + step];
}
