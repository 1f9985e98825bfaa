/**
 * Declarations: one relation link of one note, with what it currently resolves to.
 * The graph keeps every declaration so that a changed note, a new note or a removed note
 * re-resolves only the declarations it can affect.
 */
import { ghostKey, linkpath } from "../links";
import type { IndexedNote, RawRelation } from "../types";

/** One relation link of one note and its current resolution. */
export interface Decl {
	/** Path of the declaring note. */
	note: string;
	/** Index of the relation in the note's `relations`. */
	index: number;
	rel: RawRelation;
	/** The link path as written, subpath removed. */
	linkpath: string;
	/** Ghost key of the link path's last segment: the name a new note must have to change the link's target. */
	nameKey: string;
	/** For child fields: the link's index among the note's child-field links. */
	position?: number;
	/** Current target: a note path, a ghost id, or null when the link counts for nothing. */
	target: string | null;
}

/** The ghost key of a path's or link path's last segment (`Folder/A.md` → `a`). */
export function nameKeyOf(pathOrLinkpath: string): string {
	const slash = pathOrLinkpath.lastIndexOf("/");
	return ghostKey(slash < 0 ? pathOrLinkpath : pathOrLinkpath.slice(slash + 1));
}

/**
 * Builds the declarations of a note, all unresolved, except that a declaration of the note's
 * previous version that says the same thing at the same place (`previous[i]`, see
 * {@link sameDecl}) is kept as it is, resolved, with its relation updated. An edit usually
 * changes one link of a note: the others then cost the graph nothing.
 */
export function declsOf(note: IndexedNote, previous: readonly Decl[] = []): Decl[] {
	// Made at its length: the graph keeps this list for as long as it holds the note.
	const decls = new Array<Decl>(note.relations.length);
	let position = 0;
	const relations = note.relations;
	for (let index = 0; index < relations.length; index++) {
		const rel = relations[index];
		const lp = linkpath(rel.link);
		const at = rel.kind === "child" ? position++ : undefined;
		const old = previous[index] as Decl | undefined;
		if (old !== undefined && old.note === note.path && sameDecl(old, rel, lp, at)) {
			old.rel = rel;
			decls[index] = old;
			continue;
		}
		const decl: Decl = { note: note.path, index, rel, linkpath: lp, nameKey: nameKeyOf(lp), target: null };
		if (at !== undefined) decl.position = at;
		decls[index] = decl;
	}
	return decls;
}

/**
 * Whether a declaration stands for this relation as well: same link path and link kind, and the
 * same kind, field, source, line and child-list position, i.e. everything that decides where it
 * resolves, its place in declaration order and the edge and problem it makes.
 */
function sameDecl(decl: Decl, rel: RawRelation, lp: string, position: number | undefined): boolean {
	const was = decl.rel;
	return (
		decl.linkpath === lp &&
		decl.position === position &&
		was.kind === rel.kind &&
		was.field === rel.field &&
		was.source === rel.source &&
		was.line === rel.line &&
		was.link.kind === rel.link.kind
	);
}

/** Plain code-unit order, the same on every platform and locale. */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Declaration order: declaring path, then line, then place in the note. */
export function compareDecls(a: Decl, b: Decl): number {
	return compareStrings(a.note, b.note) || a.rel.line - b.rel.line || a.index - b.index;
}

/** The first declaration of a set in declaration order. */
export function firstDecl(decls: Iterable<Decl>): Decl | undefined {
	let best: Decl | undefined;
	for (const decl of decls) if (!best || compareDecls(decl, best) < 0) best = decl;
	return best;
}
