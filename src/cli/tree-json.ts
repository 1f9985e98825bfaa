/**
 * `tree --json`: the contract other tools build on. Nodes; one edge record per declaration (an
 * edge written in the child, `up`, and in the parent, `down`, is listed twice, each with its own
 * field, source and line); next/prev/sibling/related links in their own `links` array, never as
 * parent edges; cycles; problems; and the settings used, with where each came from.
 */
import type { TopicIndex } from "../core/topic-index";
import type { HierarchyEdge, NodeKind, Problem, RelationSource } from "../core/types";
import type { SettingsJson } from "./config";

/** One parent link as declared: `declaredIn` is the child for a parent field (`up`), the parent for a child field (`down`). */
export type EdgeJson = Omit<HierarchyEdge, "position">;

/**
 * One link beside the hierarchy, as declared in `from`: `next` (to comes after from), `prev` (to
 * comes before from), `sibling`, `related`.
 */
export interface LinkJson {
	kind: "next" | "prev" | "sibling" | "related";
	from: string;
	to: string;
	field: string;
	source: RelationSource;
	line: number;
}

export interface TreeJson {
	nodes: Array<{ id: string; kind: NodeKind; title: string; path: string | null }>;
	edges: EdgeJson[];
	links: LinkJson[];
	cycles: string[][];
	problems: Problem[];
	settings?: SettingsJson;
}

/** The JSON of a whole index, or of the nodes in `only`. */
export function treeJson(index: TopicIndex, extraProblems: Problem[], only?: Set<string>, settings?: SettingsJson): TreeJson {
	const graph = index.graph;
	const keep = (id: string) => !only || only.has(id);
	const nodes = [...graph.nodes()]
		.filter((n) => keep(n.id))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((n) => ({ id: n.id, kind: n.kind, title: n.title, path: n.path ?? null }));
	const edges: EdgeJson[] = [];
	const links: LinkJson[] = [];
	for (const d of graph.declarations()) {
		if (d.target === null || d.target === d.note) continue;
		const at = { field: d.field, source: d.source, line: d.line };
		if (d.kind === "parent" || d.kind === "child") {
			const child = d.kind === "parent" ? d.note : d.target;
			const parent = d.kind === "parent" ? d.target : d.note;
			if (keep(child) && keep(parent)) edges.push({ child, parent, ...at, declaredIn: d.note, declaredAs: d.kind });
		} else if (keep(d.note) && keep(d.target)) {
			links.push({ kind: d.kind, from: d.note, to: d.target, ...at });
		}
	}
	const cycles = graph.cycles().filter((c) => c.some(keep));
	const problems = [...extraProblems, ...graph.problems()].filter((p) => !only || only.has(p.path));
	const out: TreeJson = { nodes, edges, links, cycles, problems };
	if (settings) out.settings = settings;
	return out;
}
