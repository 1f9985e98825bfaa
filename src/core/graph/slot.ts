/** What the graph keeps per node (see {@link HierarchyGraph}). */
import type { HierarchyEdge, Problem, RelatedEdge, SequenceEdge, TopicNode } from "../types";
import type { Decl } from "./decl";
import type { DeclGroup } from "./decl-sets";
import { newEnds, type Ends } from "./pair-index";

/**
 * Everything the graph keeps about one node. A slot lives exactly as long as its node. Of a note
 * it keeps no parse result of its own: its title, aliases, tags and order are on its node, its
 * relations are its declarations' (see {@link HierarchyGraph.getNote}); a record per note more
 * was a tenth of the heap at 100,000 notes.
 */
export interface Slot {
	/** The node (also in `nodeMap`); unset only for a moment while a ghost is being made or removed. */
	node: TopicNode | undefined;
	/** A note's declarations, one per relation in the order written; unset for a ghost or a file. */
	decls: Decl[] | undefined;
	/** A note's parse problems; unset for a ghost or a file. */
	problems: Problem[] | undefined;
	/** Declarations that currently resolve to this node. */
	targetedBy: DeclGroup;
	/** Child → parent edges at this node, both ways; unset when there are none. */
	hierarchy: Ends<HierarchyEdge> | undefined;
	/** Related links at this node, both ways; unset when there are none. */
	related: Ends<RelatedEdge> | undefined;
	/** Sequence steps at this node (earlier → later), both ways; unset when there are none. */
	sequence: Ends<SequenceEdge> | undefined;
	/** Explicit sibling links at this node (declaring → named), both ways; unset when there are none. */
	siblings: Ends<RelatedEdge> | undefined;
}

export function hierarchyEnds(slot: Slot, id: string): Ends<HierarchyEdge> {
	return (slot.hierarchy ??= newEnds(id));
}

export function newSlot(node: TopicNode | undefined, decls?: Decl[], problems?: Problem[]): Slot {
	return { node, decls, problems, targetedBy: undefined, hierarchy: undefined, related: undefined, sequence: undefined, siblings: undefined };
}
