/** The canonical form two indexes are compared by: what a user can see of the hierarchy. */
import type { HierarchyGraph } from "../../../src/core/graph";
import { TopicIndex } from "../../../src/core/topic-index";
import { DEFAULT_PARSE_SETTINGS } from "../../../src/core/types";
import { snapshot } from "../graph/builders";

/** Nodes (id, ghost or note, title, aliases, tags, order), edges with provenance, related links, roots, cycles, problems. */
export function canonical(graph: HierarchyGraph) {
	const details = [...graph.nodes()]
		.map((n) => `${n.id}|${n.aliases.join(",")}|${n.tags.join(",")}|${n.order ?? ""}`)
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return { ...snapshot(graph), details, noteCount: graph.noteCount };
}

/** A fresh core index over these files, built the way the CLI builds it. */
export function rebuilt(files: ReadonlyMap<string, string>): TopicIndex {
	const index = new TopicIndex(DEFAULT_PARSE_SETTINGS);
	index.indexAll([...files].map(([path, text]) => ({ path, text })));
	return index;
}
