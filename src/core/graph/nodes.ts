/** Node values the graph makes (notes, files), the declaration record of `tree --json`, and small list helpers. */
import { detached, detachedAll } from "../detached";
import { basenameOf } from "../properties";
import { searchText } from "../search-text";
import type { Declaration, IndexedNote, NoteStat, Problem, TopicNode } from "../types";
import type { Decl } from "./decl";

/**
 * The empty list that held notes and nodes share instead of one each (most notes have no
 * problems and no aliases). Frozen: a list the graph holds is never changed in place, and this
 * one would throw if it were.
 */
const NONE = Object.freeze([]) as unknown as never[];

/** A copy of the list exactly as long as it is; {@link NONE} when it is empty. */
export function listOf<T>(list: readonly T[]): T[] {
	return list.length === 0 ? NONE : list.slice();
}

/**
 * A note's node, a hundred thousand times over in a large vault: its title, aliases and tags are
 * copied out of the text they were cut from (see {@link detached}), each list exactly as long as
 * it is (an array filled by `push` keeps room to grow, 17 slots after the first push), an empty
 * one the shared {@link NONE}.
 */
export function noteNode(note: IndexedNote, stat?: NoteStat): TopicNode {
	const node: TopicNode = {
		id: note.path,
		kind: "note",
		title: detached(note.title),
		path: note.path,
		aliases: note.aliases.length === 0 ? NONE : detachedAll(note.aliases),
		tags: note.tags.length === 0 ? NONE : detachedAll(note.tags),
		mtime: stat?.mtime ?? 0,
		ctime: stat?.ctime ?? 0,
	};
	if (note.order !== undefined) node.order = note.order;
	if (note.drawing === true) node.drawing = true;
	searchText(node);
	return node;
}

/** A held note as parsed, from what the graph keeps of it: its node, its declarations (one per relation) and its problems. */
export function noteOf(node: TopicNode, decls: readonly Decl[], problems: Problem[]): IndexedNote {
	const note: IndexedNote = { path: node.id, title: node.title, aliases: node.aliases, tags: node.tags, relations: decls.map((decl) => decl.rel), problems };
	if (node.order !== undefined) note.order = node.order;
	if (node.drawing === true) note.drawing = true;
	return note;
}

/** A parse without its front matter, as the index keeps a Unicode twin's (see twins.ts) for when it takes over. */
export function indexedNote(note: IndexedNote): IndexedNote {
	const held: IndexedNote = { path: note.path, title: note.title, aliases: note.aliases, tags: note.tags, relations: note.relations, problems: note.problems };
	if (note.order !== undefined) held.order = note.order;
	if (note.drawing === true) held.drawing = true;
	return held;
}

/** Whether a vault path is a markdown note (by extension, as Obsidian decides). */
export function isNotePath(path: string): boolean {
	return /\.md$/i.test(path);
}

/** A file that is not a note, named by some link: titled by its file name with extension (`board.canvas`). */
export function fileNode(path: string): TopicNode {
	const node: TopicNode = { id: path, kind: "file", title: path.slice(path.lastIndexOf("/") + 1), path, aliases: NONE, tags: NONE, mtime: 0, ctime: 0 };
	searchText(node);
	return node;
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

/** `list` with `item` added at the end, in a new array exactly as long (`[...list, item]` keeps spare room). */
export function appended<T>(list: readonly T[], item: T): T[] {
	const out = new Array<T>(list.length + 1);
	for (let i = 0; i < list.length; i++) out[i] = list[i];
	out[list.length] = item;
	return out;
}

/** `list` without its item at `at`, in a new array exactly as long. */
export function withoutAt<T>(list: readonly T[], at: number): T[] {
	const out = new Array<T>(list.length - 1);
	for (let i = 0, j = 0; i < list.length; i++) if (i !== at) out[j++] = list[i];
	return out;
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
