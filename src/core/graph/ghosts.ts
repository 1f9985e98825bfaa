/**
 * Ghost topics: link targets that name no note. One ghost per ghost key; it lives while some
 * declaration points at it, and takes its title from the first of them in declaration order,
 * so a full rebuild and any sequence of updates give the same title.
 */
import { GHOST_PREFIX, ghostKey } from "../links";
import type { TopicNode } from "../types";
import { compareDecls, firstDecl, type Decl } from "./decl";

interface Ghost {
	refs: Set<Decl>;
	first: Decl;
	node: TopicNode;
}

/** The ghost id a link path falls back to. */
export function ghostIdOf(linkpath: string): string {
	return GHOST_PREFIX + ghostKey(linkpath);
}

/** A ghost's title: the link path as written, without a trailing `.md`. */
export function ghostTitle(linkpath: string): string {
	return linkpath.replace(/\.md$/i, "");
}

/** The ghost topics and the declarations that point at each. */
export class GhostTable {
	private readonly ghosts = new Map<string, Ghost>();

	/** Adds a reference; returns the ghost's node when the ghost is new or its title changed, else undefined. */
	add(id: string, decl: Decl): TopicNode | undefined {
		const ghost = this.ghosts.get(id);
		if (!ghost) {
			const node = makeGhost(id, decl);
			this.ghosts.set(id, { refs: new Set([decl]), first: decl, node });
			return node;
		}
		ghost.refs.add(decl);
		if (compareDecls(decl, ghost.first) >= 0) return undefined;
		return this.retitle(ghost, decl);
	}

	/** Removes a reference; returns "gone" when the ghost has no references left, the new node when its title changed. */
	delete(id: string, decl: Decl): "gone" | TopicNode | undefined {
		const ghost = this.ghosts.get(id);
		if (!ghost || !ghost.refs.delete(decl)) return undefined;
		if (ghost.refs.size === 0) {
			this.ghosts.delete(id);
			return "gone";
		}
		if (ghost.first !== decl) return undefined;
		return this.retitle(ghost, firstDecl(ghost.refs) as Decl);
	}

	/** Whether the ghost exists. */
	has(id: string): boolean {
		return this.ghosts.has(id);
	}

	clear(): void {
		this.ghosts.clear();
	}

	private retitle(ghost: Ghost, first: Decl): TopicNode | undefined {
		ghost.first = first;
		const title = ghostTitle(first.linkpath);
		if (title === ghost.node.title) return undefined;
		ghost.node = { ...ghost.node, title };
		return ghost.node;
	}
}

function makeGhost(id: string, decl: Decl): TopicNode {
	return { id, kind: "ghost", title: ghostTitle(decl.linkpath), aliases: [], tags: [], mtime: 0, ctime: 0 };
}

/** Whether an id is a ghost's. Note ids are vault paths, which never start with the ghost prefix. */
export function isGhostId(id: string): boolean {
	return id.startsWith(GHOST_PREFIX);
}
