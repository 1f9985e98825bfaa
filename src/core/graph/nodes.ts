/** Node values the graph makes (notes, files), the declaration record of `tree --json`, and small list helpers. */
import { detached, detachedAll } from "../detached";
import { basenameOf } from "../properties";
import type { Declaration, IndexedNote, NoteStat, TopicNode } from "../types";
import type { Decl } from "./decl";

/**
 * The note as the graph keeps it, a hundred thousand times over in a large vault: without its
 * front matter (see {@link IndexedNote}), each list copied to its length (an array filled by
 * `push` keeps room to grow, 17 slots after the first push, and a note has four lists), and its
 * title, aliases and tags copied out of the text they were cut from.
 */
export function indexedNote(note: IndexedNote): IndexedNote {
	const held: IndexedNote = {
		path: note.path,
		title: detached(note.title),
		aliases: detachedAll(note.aliases),
		tags: detachedAll(note.tags),
		relations: note.relations.slice(),
		problems: note.problems.slice(),
	};
	if (note.order !== undefined) held.order = note.order;
	return held;
}

export function noteNode(note: IndexedNote, stat?: NoteStat): TopicNode {
	const node: TopicNode = {
		id: note.path,
		kind: "note",
		title: note.title,
		path: note.path,
		aliases: note.aliases,
		tags: note.tags,
		mtime: stat?.mtime ?? 0,
		ctime: stat?.ctime ?? 0,
	};
	if (note.order !== undefined) node.order = note.order;
	return node;
}

/** Whether a vault path is a markdown note (by extension, as Obsidian decides). */
export function isNotePath(path: string): boolean {
	return /\.md$/i.test(path);
}

/** A file that is not a note, named by some link: titled by its file name with extension (`board.canvas`). */
export function fileNode(path: string): TopicNode {
	return { id: path, kind: "file", title: path.slice(path.lastIndexOf("/") + 1), path, aliases: [], tags: [], mtime: 0, ctime: 0 };
}

/** The note at its new path: a title taken from the file name follows the new name. */
export function movedNote<N extends IndexedNote>(note: N, path: string): N {
	const title = note.title === basenameOf(note.path) ? basenameOf(path) : note.title;
	const problems = note.problems.map((problem) => (problem.path === note.path ? { ...problem, path } : problem));
	return { ...note, path, title, problems };
}

/** One declaration as `tree --json` lists it. */
export function declarationOf(decl: Decl): Declaration {
	const { rel } = decl;
	return { note: decl.note, kind: rel.kind, field: rel.field, source: rel.source, line: rel.line, linkpath: decl.linkpath, target: decl.target };
}

/** Two sorted id lists as one. */
export function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
	if (b.length === 0) return [...a];
	const out: string[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
		else out.push(b[j++]);
	}
	return out;
}
