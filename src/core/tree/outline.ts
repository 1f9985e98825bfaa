/** A subtree written as a markdown outline of wiki links. */

import { safeLink } from "../link-format";
import type { HierarchyView, TopicNode } from "../types";
import type { TreeModel } from "./TreeModel";

/** Options of `subtreeOutline`. */
export interface OutlineOptions {
	/** Deepest level written, the node itself being level 0. */
	maxDepth?: number;
	/** How a node is written; default `[[path without .md]]` for notes, `[[title]]` for ghosts. */
	linkText?: (node: TopicNode) => string;
}

/** Default link of a node: `[[path without .md]]`, or `[[title]]` for a ghost (markdown form when the name cannot stand in a wiki link). */
export function defaultLinkText(node: TopicNode): string {
	if (node.path === undefined) return safeLink(node.title, node.title);
	return safeLink(node.path.replace(/\.md$/i, ""), node.title, ".md");
}

/**
 * The subtree under `id` as a markdown outline ("- [[a]]\n\t- [[b]]\n"), in tree order, tabs for
 * indentation. A node repeated on its own path is written once more with " (cycle)" and not expanded.
 */
export function subtreeOutline(model: TreeModel, view: HierarchyView, id: string, options: OutlineOptions = {}): string {
	const { maxDepth, linkText = defaultLinkText } = options;
	const expandWhere = (_key: string, _id: string, depth: number): boolean => maxDepth === undefined || depth < maxDepth;
	const rows = model.flatten({ expanded: new Set(), pinned: id, expandWhere });
	let text = "";
	for (const row of rows) {
		const node = view.getNode(row.id);
		if (!node) continue;
		text += "\t".repeat(row.depth) + "- " + linkText(node) + (row.cycleBack ? " (cycle)" : "") + "\n";
	}
	return text;
}
