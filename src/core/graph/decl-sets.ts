/**
 * Groups of declarations (those linking to one name, those resolving to one node). Most groups
 * have one declaration, which is kept as is; a Set is made only for two or more, since a Set
 * costs about ten times the reference and a full index would otherwise make one per link.
 * Either way a group lists its declarations in the order they were added, as a Set would.
 */
import type { Decl } from "./decl";

/** A group of declarations: none, one, or a Set of two or more. */
export type DeclGroup = Decl | Set<Decl> | undefined;

/** The group with `decl` added (no change when it is there already). */
export function withDecl(group: DeclGroup, decl: Decl): DeclGroup {
	if (group === undefined) return decl;
	if (group instanceof Set) return group.add(decl);
	return group === decl ? group : new Set<Decl>().add(group).add(decl);
}

/** The group without `decl`; undefined when nothing is left. */
export function withoutDecl(group: DeclGroup, decl: Decl): DeclGroup {
	if (!(group instanceof Set)) return group === decl ? undefined : group;
	if (group.delete(decl) && group.size === 1) return group.values().next().value;
	return group;
}

/** A copy of the group's declarations, so that the caller may change groups while walking it. */
export function declList(group: DeclGroup): Decl[] {
	if (group === undefined) return [];
	return group instanceof Set ? [...group] : [group];
}

/** Declaration groups by key, e.g. by the name their links name. */
export class DeclSets {
	private readonly map = new Map<string, Decl | Set<Decl>>();

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
