/**
 * Groups of declarations (those linking to one name, those resolving to one node). Most groups
 * have one declaration, which is kept as is; a few have a handful, kept in an array exactly as
 * long as the group; a Set is made only past {@link SMALL}, since even a Set of two costs about
 * ten times the reference (a hash table of its own) and a full index would otherwise make one
 * for every linked name and every linked node with two links or more. Either way a group lists
 * its declarations in the order they were added, as a Set would.
 */
import type { Decl } from "./decl";
import { appended, withoutAt } from "./nodes";

/** A group of declarations: none, one, an array of two to SMALL, or a Set of more. */
export type DeclGroup = Decl | readonly Decl[] | Set<Decl> | undefined;

/**
 * Largest group kept in an array. Arrays are replaced, never grown in place (an array grown by
 * `push` keeps room for 17 more), so adding or removing copies at most this many references.
 */
const SMALL = 8;

/** The group with `decl` added (no change when it is there already). */
export function withDecl(group: DeclGroup, decl: Decl): DeclGroup {
	if (group === undefined) return decl;
	if (group instanceof Set) return group.add(decl);
	if (isList(group)) {
		if (group.includes(decl)) return group;
		return group.length < SMALL ? appended(group, decl) : new Set<Decl>(group).add(decl);
	}
	return group === decl ? group : [group, decl];
}

/** The group without `decl`; undefined when nothing is left. */
export function withoutDecl(group: DeclGroup, decl: Decl): DeclGroup {
	if (group === undefined) return undefined;
	if (group instanceof Set) {
		if (!group.delete(decl)) return group;
		// Back to an array once the Set holds half of what an array may: a group that grows and
		// shrinks around the limit does not switch at every change.
		if (group.size === 1) return group.values().next().value;
		return group.size <= SMALL / 2 ? [...group] : group;
	}
	if (isList(group)) {
		const at = group.indexOf(decl);
		if (at < 0) return group;
		if (group.length === 2) return group[1 - at];
		return withoutAt(group, at);
	}
	return group === decl ? undefined : group;
}

/** A copy of the group's declarations, so that the caller may change groups while walking it. */
export function declList(group: DeclGroup): Decl[] {
	if (group === undefined) return [];
	return group instanceof Set || isList(group) ? [...group] : [group];
}

function isList(group: Decl | readonly Decl[]): group is readonly Decl[] {
	return Array.isArray(group);
}

/** Declaration groups by key, e.g. by the name their links name. */
export class DeclSets {
	private readonly map = new Map<string, Decl | readonly Decl[] | Set<Decl>>();

	/** Adds `decl` under `key` (no effect when it is there already). */
	add(key: string, decl: Decl): void {
		const group = this.map.get(key);
		const added = withDecl(group, decl);
		if (added !== group && added !== undefined) this.map.set(key, added);
	}

	/** Removes `decl` from under `key`; the key goes when nothing is left under it. */
	delete(key: string, decl: Decl): void {
		const group = this.map.get(key);
		if (group === undefined) return;
		const left = withoutDecl(group, decl);
		if (left === undefined) this.map.delete(key);
		else if (left !== group) this.map.set(key, left);
	}

	/** A copy of the declarations under `key`. */
	list(key: string): Decl[] {
		return declList(this.map.get(key));
	}

	clear(): void {
		this.map.clear();
	}
}
