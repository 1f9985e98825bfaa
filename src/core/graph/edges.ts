/**
 * Edge values built from the declarations behind a merged edge: provenance from the first
 * declaration, manual-sort position from the first child-field declaration.
 */
import type { HierarchyEdge, RelatedEdge, SequenceEdge } from "../types";
import { compareDecls, type Decl } from "./decl";

/** The merged child → parent edge of a set of declarations. */
export function hierarchyEdge(child: string, parent: string, decls: readonly Decl[], first: Decl): HierarchyEdge {
	const { rel } = first;
	const edge: HierarchyEdge = {
		child,
		parent,
		field: rel.field,
		source: rel.source,
		line: rel.line,
		declaredIn: first.note,
		declaredAs: rel.kind === "child" ? "child" : "parent",
	};
	let listed: Decl | undefined;
	for (const decl of decls) if (decl.position !== undefined && (!listed || compareDecls(decl, listed) < 0)) listed = decl;
	if (listed) edge.position = listed.position;
	return edge;
}

/** The merged related edge of a set of declarations. */
export function relatedEdge(from: string, to: string, _decls: readonly Decl[], first: Decl): RelatedEdge {
	const { rel } = first;
	return { from, to, field: rel.field, source: rel.source, line: rel.line };
}

/** The merged sequence step (earlier → later) of a set of `next`/`prev` declarations. */
export function sequenceEdge(from: string, to: string, _decls: readonly Decl[], first: Decl): SequenceEdge {
	const { rel } = first;
	return { from, to, field: rel.field, source: rel.source, line: rel.line, declaredIn: first.note, declaredAs: rel.kind === "prev" ? "prev" : "next" };
}
