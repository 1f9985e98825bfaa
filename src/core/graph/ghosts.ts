/**
 * Ghost topics: link targets that name no note. One ghost per ghost key; it lives while some
 * declaration points at it, and takes its title from the first of them in declaration order,
 * so a full rebuild and any sequence of updates give the same title.
 */
import { GHOST_PREFIX, ghostKey } from "../links";
import { searchText } from "../search-text";
import type { TopicNode } from "../types";
import { compareDecls, type Decl } from "./decl";

interface Ghost {
	refs: Set<Decl>;
	first: Decl;
	node: TopicNode;
	/**
	 * The references as a binary min-heap in declaration order, made when the first reference is
	 * first removed while others remain, then kept up to date by `add`. Removals are lazy: an entry
	 * no longer in `refs` is dropped when it reaches the top, and the heap is rebuilt from `refs`
	 * when such entries outnumber the live ones.
	 */
	heap?: Decl[];
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
		if (ghost.refs.has(decl)) return undefined;
		ghost.refs.add(decl);
		if (ghost.heap !== undefined) heapPush(ghost.heap, decl);
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
		if (ghost.first !== decl) {
			if (ghost.heap !== undefined && ghost.heap.length > 2 * ghost.refs.size + 16) ghost.heap = heapOf(ghost.refs);
			return undefined;
		}
		return this.retitle(ghost, nextFirst(ghost));
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
		// The copy does not carry the search text (a hidden property): made for its new title.
		searchText(ghost.node);
		return ghost.node;
	}
}

/** The first live reference of a ghost whose first reference was just removed (it has others). */
function nextFirst(ghost: Ghost): Decl {
	const heap = ghost.heap ?? (ghost.heap = heapOf(ghost.refs));
	while (heap.length > 0 && !ghost.refs.has(heap[0])) heapPop(heap);
	return heap[0];
}

/** A heap of the references, in linear time. */
function heapOf(refs: ReadonlySet<Decl>): Decl[] {
	const heap = [...refs];
	for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);
	return heap;
}

function heapPush(heap: Decl[], decl: Decl): void {
	let i = heap.push(decl) - 1;
	while (i > 0) {
		const up = (i - 1) >> 1;
		if (compareDecls(heap[up], decl) <= 0) break;
		heap[i] = heap[up];
		i = up;
	}
	heap[i] = decl;
}

function heapPop(heap: Decl[]): void {
	const last = heap.pop() as Decl;
	if (heap.length === 0) return;
	heap[0] = last;
	siftDown(heap, 0);
}

function siftDown(heap: Decl[], at: number): void {
	const decl = heap[at];
	const n = heap.length;
	let i = at;
	for (;;) {
		let child = 2 * i + 1;
		if (child >= n) break;
		if (child + 1 < n && compareDecls(heap[child + 1], heap[child]) < 0) child++;
		if (compareDecls(heap[child], decl) >= 0) break;
		heap[i] = heap[child];
		i = child;
	}
	heap[i] = decl;
}

function makeGhost(id: string, decl: Decl): TopicNode {
	const node: TopicNode = { id, kind: "ghost", title: ghostTitle(decl.linkpath), aliases: [], tags: [], mtime: 0, ctime: 0 };
	searchText(node);
	return node;
}

/** Whether an id is a ghost's. Note ids are vault paths, which never start with the ghost prefix. */
export function isGhostId(id: string): boolean {
	return id.startsWith(GHOST_PREFIX);
}
