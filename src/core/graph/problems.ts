/**
 * Problems the graph finds: links to the note itself, links to ghosts, names that name nothing,
 * and cycles. Built on demand from the current state, so they never go stale.
 */
import { clip, quote } from "../quote";
import type { HierarchyEdge, Problem, TopicNode } from "../types";
import { compareStrings, type Decl } from "./decl";
import { isGhostId } from "./ghosts";

/** The problem one declaration has in its current resolution, if any. */
export function declProblem(decl: Decl): Problem | undefined {
	const { rel } = decl;
	const at = { path: decl.note, line: rel.line };
	const named = `${rel.field}: ${quote(decl.linkpath)}`;
	const tree = rel.kind === "parent" || rel.kind === "child";
	if (decl.target === decl.note) {
		if (!tree) return undefined;
		// A front matter property holding the note's own name as plain text (`chapter: Chapter 3` in
		// Chapter 3.md) is a label, not a link to itself: said, not an error. A link to itself, or an
		// inline `up:: Self`, stays an error.
		if (rel.link.kind === "bare" && rel.source === "frontmatter") return { ...at, severity: "info", code: "ignored-value", message: `${named} is the note's own name, not a link; ignored` };
		return { ...at, severity: "error", code: "self-parent", message: `${named} is the note itself` };
	}
	if (decl.target === null) {
		if (rel.link.kind === "bare") return { ...at, severity: "info", code: "ignored-value", message: `${named} does not name a note` };
		return { ...at, severity: "info", code: `unresolved-${rel.kind}`, message: `${named} does not name a note` };
	}
	if (isGhostId(decl.target)) {
		if (rel.kind === "child") {
			return { ...at, severity: "warning", code: "unresolved-child", message: `${named} names a child that does not exist; shown as a ghost topic` };
		}
		return { ...at, severity: "warning", code: "unresolved-parent", message: `${named} does not exist yet; shown as a ghost topic` };
	}
	return undefined;
}

/** A note's own problems: those its parse found, then its declarations' in their current resolution. */
export function noteProblems(parsed: readonly Problem[] | undefined, decls: readonly Decl[]): Problem[] {
	const problems = [...(parsed ?? [])];
	for (const decl of decls) {
		const problem = declProblem(decl);
		if (problem) problems.push(problem);
	}
	return problems;
}

/** Longest cycle a message names in full. */
export const CYCLE_IN_FULL = 10;
/** How many names a message of a longer cycle lists before counting the rest. */
export const CYCLE_NAMES = 8;

/**
 * The `cycle` errors of one cycle: one per declaration of an edge inside it. A cycle of up to
 * {@link CYCLE_IN_FULL} notes is named in full, the same in every error (`cycle: a → b → a`); a
 * longer one by its length and the {@link CYCLE_NAMES} names from the declaring note on
 * (`cycle of 1000 notes: n5 → n6 → … → n12 → … and 992 more → n5`), so each message stays short.
 */
export function cycleProblems(
	members: readonly string[],
	parentsOf: (id: string) => readonly HierarchyEdge[],
	getNode: (id: string) => TopicNode | undefined,
): Problem[] {
	const walk = cyclePath(members, parentsOf);
	const messageFor = cycleMessages(walk, (id) => nameOf(id, getNode));
	const inside = new Set(members);
	const seen = new Set<string>();
	const problems: Problem[] = [];
	for (const id of members) {
		for (const edge of parentsOf(id)) {
			const key = `${edge.declaredIn}\u0000${edge.line}`;
			if (!inside.has(edge.parent) || seen.has(key)) continue;
			seen.add(key);
			problems.push({ path: edge.declaredIn, line: edge.line, severity: "error", code: "cycle", message: messageFor(edge.declaredIn) });
		}
	}
	return problems;
}

/** The message of a cycle error declared in a given note, for a closed walk `[a, b, …, a]`. */
function cycleMessages(walk: readonly string[], name: (id: string) => string): (declaredIn: string) => string {
	const length = walk.length - 1;
	if (length <= CYCLE_IN_FULL) {
		const message = "cycle: " + walk.map(name).join(" → ");
		return () => message;
	}
	const at = new Map<string, number>();
	for (let i = 0; i < length; i++) at.set(walk[i], i);
	return (declaredIn) => {
		// Start at the declaring note when the walk goes through it (a note of a larger tangle may not).
		const from = at.get(declaredIn) ?? 0;
		const names: string[] = [];
		for (let k = 0; k < CYCLE_NAMES; k++) names.push(name(walk[(from + k) % length]));
		return `cycle of ${length} notes: ${names.join(" → ")} → … and ${length - CYCLE_NAMES} more → ${name(walk[from])}`;
	};
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
				const back = [start];
				for (let at: string | undefined = id; at !== undefined && at !== start; at = previous.get(at)) back.push(at);
				back.push(start);
				// Collected from the end: `[start, …, start]` read backwards is the walk.
				return back.reverse();
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
	if (!node || node.kind === "ghost") return clip(node?.title ?? id);
	return clip(id.replace(/\.md$/i, ""));
}
