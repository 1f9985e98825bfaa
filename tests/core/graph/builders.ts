/**
 * Test builders for the graph: plain `ParsedNote` objects, written the way a note reads.
 * `note("a.md", { up: ["b"], down: ["c", bare("mlops")] })` is a note whose line 1 is
 * `up:: [[b]]` and line 2 `down:: [[c]], mlops`.
 */
import type { HierarchyGraph } from "../../../src/core/graph";
import type { LinkRef, ParsedNote, Problem, RawRelation, RelationKind, RelationSource } from "../../../src/core/types";

/** A link: a string is a wiki link (`"a#h"` has a subpath), or a ready LinkRef. */
export type LinkSpec = string | LinkRef;

export interface NoteSpec {
	title?: string;
	aliases?: string[];
	tags?: string[];
	order?: number;
	/** Parent links, all on line 1. */
	up?: LinkSpec[];
	/** Child links, all on line 2. */
	down?: LinkSpec[];
	/** Related links, all on line 3. */
	related?: LinkSpec[];
	/** Further relations, appended after the ones above. */
	relations?: RawRelation[];
	problems?: Problem[];
}

const FIELD: Record<RelationKind, string> = { parent: "up", child: "down", related: "related", next: "next", prev: "prev", sibling: "sibling" };

/** A wiki link; `"a#h"` gives target `a` with subpath `#h`. */
export function wiki(text: string): LinkRef {
	const hash = text.indexOf("#");
	if (hash < 0) return { target: text, embed: false, kind: "wiki" };
	return { target: text.slice(0, hash), subpath: text.slice(hash), embed: false, kind: "wiki" };
}

/** A bare name, as in `up:: mlops`. */
export function bare(name: string): LinkRef {
	return { target: name, embed: false, kind: "bare" };
}

function toLink(spec: LinkSpec): LinkRef {
	return typeof spec === "string" ? wiki(spec) : spec;
}

/** One relation of a note. */
export function rel(kind: RelationKind, target: LinkSpec, line = 1, source: RelationSource = "inline", field = FIELD[kind]): RawRelation {
	return { kind, field, link: toLink(target), source, line };
}

/** The file name without folder and `.md`. */
export function baseName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/** A parsed note. */
export function note(path: string, spec: NoteSpec = {}): ParsedNote {
	const relations: RawRelation[] = [];
	for (const target of spec.up ?? []) relations.push(rel("parent", target, 1));
	for (const target of spec.down ?? []) relations.push(rel("child", target, 2));
	for (const target of spec.related ?? []) relations.push(rel("related", target, 3));
	relations.push(...(spec.relations ?? []));
	const parsed: ParsedNote = {
		path,
		title: spec.title ?? baseName(path),
		aliases: spec.aliases ?? [],
		tags: spec.tags ?? [],
		frontmatter: {},
		relations,
		problems: spec.problems ?? [],
	};
	if (spec.order !== undefined) parsed.order = spec.order;
	return parsed;
}

/** Parent ids of a node, sorted. */
export function parentIds(graph: HierarchyGraph, id: string): string[] {
	return graph.parentsOf(id).map((e) => e.parent);
}

/** Child ids of a node, sorted. */
export function childIds(graph: HierarchyGraph, id: string): string[] {
	return graph.childrenOf(id).map((e) => e.child);
}

/** Everything a user can see of a graph, in a canonical order, for comparing two graphs. */
export function snapshot(graph: HierarchyGraph) {
	const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	const nodes = [...graph.nodes()].map((n) => `${n.id}|${n.kind}|${n.title}`).sort(cmp);
	const edges = graph.edges().map((e) => `${e.child}|${e.parent}|${e.field}|${e.source}|${e.line}|${e.declaredIn}|${e.declaredAs}|${e.position ?? ""}`);
	const cycles = graph.cycles().map((c) => [...c].sort(cmp).join(",")).sort(cmp);
	const problems = graph.problems().map((p) => `${p.path}:${p.line} ${p.severity} ${p.code} ${p.message}`);
	const related = [...graph.nodes()]
		.flatMap((n) => graph.relatedOf(n.id).filter((r) => r.from === n.id))
		.map((r) => `${r.from}|${r.to}|${r.field}|${r.line}`)
		.sort(cmp);
	const cycleOf = [...graph.nodes()].map((n) => `${n.id}:${(graph.cycleOf(n.id) ?? []).join(",")}`).sort(cmp);
	const sequence = [...graph.nodes()]
		.flatMap((n) => [...graph.nextOf(n.id), ...graph.previousOf(n.id).map((e) => ({ ...e, back: true }))])
		.map((e) => `${e.from}|${e.to}|${e.field}|${e.line}|${e.declaredIn}|${e.declaredAs}|${"back" in e ? "back" : ""}`)
		.sort(cmp);
	const siblings = [...graph.nodes()]
		.flatMap((n) => graph.explicitSiblingsOf(n.id).map((e) => `${n.id}:${e.from}|${e.to}|${e.field}|${e.line}`))
		.sort(cmp);
	return { nodes, edges, cycles, roots: graph.roots(), problems, related, cycleOf, sequence, siblings, declarations: graph.declarations() };
}
