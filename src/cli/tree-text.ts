/**
 * `topic-tree tree` as text: the indented, box-drawn tree, one line at a time. The walk keeps its
 * own stack instead of recursing, so a parent chain ten thousand notes deep (or a cycle that
 * long) is printed like a shallow one, and each line goes to `emit` as soon as it is made, so a
 * vault of a hundred thousand notes is never held as one array of lines.
 */
import type { TopicIndex } from "../core/topic-index";
import { TreeModel } from "../core/tree";
import type { TopicNode } from "../core/types";

/**
 * Deepest level drawn with guides. Below it a line starts with its level instead (`[level 150] └── x`):
 * guides for level N take 4N characters, so a chain of 10,000 notes would print 200 MB of them.
 */
export const GUIDE_LEVELS = 100;

interface Visit {
	id: string;
	/** Guides inherited from the ancestors (empty past GUIDE_LEVELS). */
	prefix: string;
	last: boolean;
	depth: number;
	/** Titles shared by this node's siblings: such lines also show the note's path. */
	repeated: ReadonlySet<string>;
}

/** A marker on the stack: the subtree of `id` is done, so it is no longer on the path. */
interface Leave {
	leave: string;
}

/** Emits the tree under `rootIds` line by line (roots unindented), down to `maxDepth` levels below them. */
export function forEachTreeLine(index: TopicIndex, rootIds: readonly string[], maxDepth: number | undefined, emit: (line: string) => void): void {
	const graph = index.graph;
	const model = new TreeModel(graph, { sort: "title", showGhosts: true });
	const onPath = new Set<string>();
	// A note under several parents: its subtree is printed in full the first time only, so the
	// output stays as long as the links are many (a tangled vault would otherwise print millions of lines).
	const expanded = new Set<string>();
	const stack: Array<Visit | Leave> = [];
	const pushChildren = (ids: readonly string[], prefix: string, depth: number) => {
		const repeated = repeatedTitles(index, ids);
		// Pushed last to first, so the first child is printed first.
		for (let i = ids.length - 1; i >= 0; i--) stack.push({ id: ids[i], prefix, last: i === ids.length - 1, depth, repeated });
	};
	pushChildren(rootIds, "", 0);
	for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
		if ("leave" in item) {
			onPath.delete(item.leave);
			continue;
		}
		const { id, prefix, last, depth } = item;
		const node = graph.getNode(id);
		if (!node) continue;
		const top = depth === 0;
		const lead = depth > GUIDE_LEVELS ? `[level ${depth}] ` : prefix;
		const branch = top ? "" : last ? "└── " : "├── ";
		if (onPath.has(id)) {
			emit(`${lead}${branch}↻ ${node.title} [cycle: already above]`);
			continue;
		}
		const children = maxDepth !== undefined && depth >= maxDepth ? [] : model.children(id);
		const again = children.length > 0 && expanded.has(id);
		emit(lead + branch + label(node, graph.cycleOf(id) !== undefined, item.repeated.has(node.title)) + (again ? " [children shown above]" : ""));
		if (children.length === 0 || again) continue;
		expanded.add(id);
		onPath.add(id);
		stack.push({ leave: id });
		const childPrefix = top || depth >= GUIDE_LEVELS ? "" : prefix + (last ? "    " : "│   ");
		pushChildren(children, childPrefix, depth + 1);
	}
}

/** The whole tree as an array of lines (for callers that want them all). */
export function treeLines(index: TopicIndex, rootIds: readonly string[], maxDepth?: number): string[] {
	const lines: string[] = [];
	forEachTreeLine(index, rootIds, maxDepth, (line) => lines.push(line));
	return lines;
}

function label(node: TopicNode, inCycle: boolean, ambiguous: boolean): string {
	let text = node.title;
	if (ambiguous && node.path !== undefined) text += ` (${node.path})`;
	if (node.kind === "ghost") text += " [ghost]";
	if (node.kind === "file") text += " [file]";
	if (inCycle) text += " [cycle]";
	return text;
}

/** Titles shared by two or more of `ids` (siblings): those lines also show the note's path. */
function repeatedTitles(index: TopicIndex, ids: readonly string[]): ReadonlySet<string> {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const id of ids) {
		const title = index.graph.getNode(id)?.title;
		if (title === undefined) continue;
		if (seen.has(title)) repeated.add(title);
		seen.add(title);
	}
	return repeated;
}
