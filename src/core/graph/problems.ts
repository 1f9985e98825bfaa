/**
 * Problems the graph finds: links to the note itself, links to ghosts, names that name nothing,
 * and cycles. Built on demand from the current state, so they never go stale.
 */
import type { HierarchyEdge, Problem, TopicNode } from "../types";
import { compareStrings, type Decl } from "./decl";
import { isGhostId } from "./ghosts";

/** The problem one declaration has in its current resolution, if any. */
export function declProblem(decl: Decl): Problem | undefined {
	const { rel } = decl;
	const at = { path: decl.note, line: rel.line };
	const named = `${rel.field}: '${decl.linkpath}'`;
	if (decl.target === decl.note) {
		if (rel.kind === "related") return undefined;
		return { ...at, severity: "error", code: "self-parent", message: `${named} is the note itself` };
	}
	if (decl.target === null) {
		if (rel.link.kind === "bare") return { ...at, severity: "info", code: "ignored-value", message: `${named} does not name a note` };
		return { ...at, severity: "info", code: "unresolved-related", message: `${named} does not name a note` };
	}
	if (isGhostId(decl.target)) {
		return { ...at, severity: "warning", code: "unresolved-parent", message: `${named} does not exist yet; shown as a ghost topic` };
	}
	return undefined;
}

/** The `cycle` errors of one cycle: one per declaration of an edge inside it. */
export function cycleProblems(
	members: readonly string[],
	parentsOf: (id: string) => readonly HierarchyEdge[],
	getNode: (id: string) => TopicNode | undefined,
): Problem[] {
	const message = "cycle: " + cyclePath(members, parentsOf).map((id) => nameOf(id, getNode)).join(" → ");
	const inside = new Set(members);
	const seen = new Set<string>();
	const problems: Problem[] = [];
	for (const id of members) {
		for (const edge of parentsOf(id)) {
			const key = `${edge.declaredIn}\u0000${edge.line}`;
			if (!inside.has(edge.parent) || seen.has(key)) continue;
			seen.add(key);
			problems.push({ path: edge.declaredIn, line: edge.line, severity: "error", code: "cycle", message });
		}
	}
	return problems;
}

/** A shortest closed walk through the cycle's first member, e.g. `[a, b, a]`. */
export function cyclePath(members: readonly string[], parentsOf: (id: string) => readonly HierarchyEdge[]): string[] {
	const start = members[0];
	const inside = new Set(members);
	const previous = new Map<string, string>();
	const queue = [start];
	for (let i = 0; i < queue.length; i++) {
		const id = queue[i];
		for (const edge of parentsOf(id)) {
			const next = edge.parent;
			if (!inside.has(next)) continue;
			if (next === start) {
				const path = [start];
				for (let at: string | undefined = id; at !== undefined && at !== start; at = previous.get(at)) path.splice(1, 0, at);
				path.push(start);
				return path;
			}
			if (!previous.has(next)) {
				previous.set(next, id);
				queue.push(next);
			}
		}
	}
	return [...members, start];
}

/** Problem order: path, line, then code and message so that the order is total. */
export function compareProblems(a: Problem, b: Problem): number {
	return (
		compareStrings(a.path, b.path) ||
		a.line - b.line ||
		compareStrings(a.code, b.code) ||
		compareStrings(a.message, b.message)
	);
}

function nameOf(id: string, getNode: (id: string) => TopicNode | undefined): string {
	const node = getNode(id);
	if (!node || node.kind === "ghost") return node?.title ?? id;
	return id.replace(/\.md$/i, "");
}
