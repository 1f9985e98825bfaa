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
	/** Siblings named in a sibling field (by either note), by title; those under a shared parent are listed there too. */
	explicitSiblings: string[];
	/** Explicit siblings that share no parent with the note (shown on their own), by title. */
	explicitOnly: string[];
	/** The notes before this one in a sequence (`prev::`, or `next::` in them), by title. */
	previous: string[];
	/** The notes after this one, by title. */
	next: string[];
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
	const named = new Set<string>();
	for (const edge of view.explicitSiblingsOf(id)) named.add(edge.from === id ? edge.to : edge.from);
	named.delete(id);
	const shared = new Set(siblings.flatMap((group) => group.siblings));
	const explicitSiblings = sortByTitle(view, [...named]);
	return {
		paths: model.pathsTo(id),
		parents,
		siblings,
		explicitSiblings,
		explicitOnly: explicitSiblings.filter((other) => !shared.has(other)),
		previous: sortByTitle(view, [...new Set(view.previousOf(id).map((edge) => edge.from))]),
		next: sortByTitle(view, [...new Set(view.nextOf(id).map((edge) => edge.to))]),
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
