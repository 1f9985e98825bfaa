/**
 * HierarchyGraph: notes and ghost topics joined by child → parent edges, kept up to date one note
 * at a time. Every relation link is kept as a declaration, indexed by the name it links to and by
 * what it resolves to, so that an update re-resolves only the links it can change.
 *
 * Everything known about one node (its note, the declarations resolving to it, its edges both
 * ways) sits on one slot, found with one lookup: in a large vault each lookup in a large Map is
 * a likely cache miss, and a full index made seven of them per link before.
 */
import { PathIndex } from "../links";
import type {
	Declaration,
	HierarchyEdge,
	HierarchyView,
	IndexedNote,
	NoteStat,
	Problem,
	RelatedEdge,
	ResolveLink,
	SequenceEdge,
	TopicNode,
} from "../types";
import { sameItems } from "../lists";
import { ChangeLog } from "./change-log";
import { CycleTracker } from "./cycles";
import { compareStrings, declsOf, nameKeyOf, type Decl } from "./decl";
import { declList, DeclSets, withDecl, withoutDecl } from "./decl-sets";
import { hierarchyEdge, relatedEdge, sequenceEdge } from "./edges";
import { declarationOf, fileNode, isNotePath, listOf, mergeSorted, movedNote, noteNode, noteOf } from "./nodes";
import { GhostTable, ghostIdOf, isGhostId } from "./ghosts";
import { isBare, newEnds, PairIndex } from "./pair-index";
import { SortedIds } from "./sorted-ids";
import { compareProblems, cycleProblems, noteProblems } from "./problems";
import { hierarchyEnds, newSlot, type Slot } from "./slot";

/** How the graph resolves links. */
export interface GraphOptions {
	/** Resolves link paths; default: the graph's own PathIndex over the notes it holds. Inside Obsidian the app's resolver is injected. */
	resolve?: ResolveLink;
}

/** One note for {@link HierarchyGraph.upsertMany}: its parse result and file times. */
export interface NoteEntry {
	note: IndexedNote;
	stat?: NoteStat;
}

/** The hierarchy of a vault: notes and ghost topics, child → parent edges, related links, cycles and roots. */
export class HierarchyGraph implements HierarchyView {
	private revision = 0;
	private changed = false;
	/** Every node's slot. */
	private readonly slots = new Map<string, Slot>();
	/** Every node, in the order they appeared: what views read most, so it costs one lookup. */
	private readonly nodeMap = new Map<string, TopicNode>();
	private noteTotal = 0;
	private readonly ghosts = new GhostTable();
	/** child → parent */
	private readonly hierarchy = new PairIndex<HierarchyEdge>(hierarchyEdge);
	/** from → to */
	private readonly related = new PairIndex<RelatedEdge>(relatedEdge);
	/** earlier → later, from `next` and `prev` fields */
	private readonly sequence = new PairIndex<SequenceEdge>(sequenceEdge);
	/** declaring → named, from sibling fields */
	private readonly siblingLinks = new PairIndex<RelatedEdge>(relatedEdge);
	/** Declarations by the name key of their link path. */
	private readonly byName = new DeclSets();
	private readonly parentless = new SortedIds();
	private readonly cycleTracker = new CycleTracker({
		has: (id) => this.nodeMap.has(id),
		parents: (id) => this.hierarchy.targetsOf(this.slots.get(id)?.hierarchy),
		parentIds: () => this.parentIds(),
	});
	/** True inside `upsertMany`: added edges are then reported to the cycle tracker all at once. */
	private bulkLoading = false;
	private pathIndex: PathIndex | undefined;
	private readonly resolver: ResolveLink;
	/** Roots that are cycle members, sorted; rebuilt when the cycles change. */
	private cycleRoots: { version: number; roots: string[] } | undefined;
	/** Ids changed per version (see `changedSince`). */
	private readonly log = new ChangeLog(0);

	constructor(options: GraphOptions = {}) {
		if (options.resolve) {
			this.resolver = options.resolve;
		} else {
			this.pathIndex = new PathIndex();
			this.resolver = (linkpath, sourcePath) => this.pathIndex?.resolve(linkpath, sourcePath) ?? null;
		}
	}

	/** Increments on every change to nodes or edges. */
	get version(): number {
		return this.revision;
	}

	/**
	 * Ids whose node, parents or children changed after `version`; null when not known (a full
	 * index or a large change). A root or unlinked note changes status only among these ids,
	 * unless the cycles' roots changed (`cycleRootIds`).
	 */
	changedSince(version: number): ReadonlySet<string> | null {
		return this.log.since(version);
	}

	/** Add or replace one note (parse result + file times). Cost proportional to the note and its neighbours. */
	upsert(note: IndexedNote, stat?: NoteStat): void {
		this.put(note, stat);
		this.commit(true);
	}

	/**
	 * Add or replace many notes at once, with the same result as upserting them in order (the last
	 * of two entries with one path wins). Made for a full index: every new path is known before any
	 * link is resolved, so each link is resolved once instead of first to a ghost and again when
	 * the note it names arrives.
	 */
	upsertMany(entries: Iterable<NoteEntry>): void {
		const steps = this.upsertSteps(entries);
		while (steps.next().done !== true);
	}

	/**
	 * `upsertMany` in bounded steps (each `next()` registers, links or places one note), done when the generator is;
	 * nothing else may change the graph until then, and `clear` abandons the load.
	 */
	*upsertSteps(entries: Iterable<NoteEntry>): Generator<void, void, undefined> {
		// The new notes, registered but with their links not yet resolved.
		const fresh = new Map<Slot, string>();
		for (const { note, stat } of entries) {
			const path = note.path;
			const slot = this.slots.get(path);
			if (slot === undefined) {
				const node = noteNode(note, stat);
				const made = newSlot(node, declsOf(note), listOf(note.problems));
				this.slots.set(path, made);
				this.nodeMap.set(path, node);
				this.log.touch(path);
				this.noteTotal++;
				this.pathIndex?.add(path);
				fresh.set(made, path);
			} else if (fresh.has(slot)) {
				// Listed twice: nothing of the first copy is linked yet, so the second simply replaces it.
				slot.decls = declsOf(note);
				slot.problems = listOf(note.problems);
				this.setNode(path, slot, noteNode(note, stat));
			} else {
				this.put(note, stat);
			}
			yield;
		}
		// Links held before may name the new notes.
		for (const path of fresh.values()) this.reresolve(this.byName.list(nameKeyOf(path)));
		this.bulkLoading = true;
		try {
			for (const slot of fresh.keys()) {
				for (const decl of slot.decls as Decl[]) {
					this.byName.add(decl.nameKey, decl);
					this.resolveDecl(decl);
				}
				yield;
			}
		} finally {
			this.bulkLoading = false;
			this.cycleTracker.edgesAddedEverywhere();
		}
		for (const [slot, path] of fresh) {
			this.updateParentless(path, slot);
			yield;
		}
		this.changed = true;
		this.commit(true);
	}

	/** Remove a note; edges pointing to it are re-resolved (they become ghosts, or resolve to another note). */
	remove(path: string): void {
		this.take(path);
		this.commit(false);
	}

	/** Rename: keeps the parsed note, moves it to the new path, re-resolves links that pointed to the old or may point to the new path. */
	rename(oldPath: string, newPath: string): void {
		const note = this.getNote(oldPath);
		const node = this.nodeMap.get(oldPath);
		if (!note || !node || oldPath === newPath) return;
		const stat = { mtime: node.mtime, ctime: node.ctime };
		this.take(oldPath);
		this.take(newPath);
		this.put(movedNote(note, newPath), stat);
		this.commit(true);
	}

	/** Re-resolve every link (after a resolver change, e.g. Obsidian's `resolved` event). */
	reresolveAll(): void {
		for (const decls of this.declLists()) for (const decl of decls) this.resolveDecl(decl);
		this.commit(false);
	}

	/** Re-resolve links whose ghost key or basename equals the given name (cheap; used when Obsidian reports a new file). */
	reresolveName(name: string): void {
		this.reresolve(this.byName.list(nameKeyOf(name)));
		this.commit(false);
	}

	/** Forget every note. */
	clear(): void {
		this.slots.clear();
		this.nodeMap.clear();
		this.noteTotal = 0;
		this.ghosts.clear();
		this.hierarchy.clear();
		this.related.clear();
		this.sequence.clear();
		this.siblingLinks.clear();
		this.byName.clear();
		this.parentless.clear();
		this.cycleTracker.clear();
		this.bulkLoading = false;
		if (this.pathIndex) this.pathIndex = new PathIndex();
		this.commit(true);
		this.log.forget(this.revision);
	}

	/** Whether a note is held at this path. */
	has(path: string): boolean {
		return this.slots.get(path)?.decls !== undefined;
	}

	/** The parsed note at this path. */
	/** The parsed note at this path, as the graph keeps it: made anew from its node, declarations and problems. */
	getNote(path: string): IndexedNote | undefined {
		const slot = this.slots.get(path);
		if (slot?.decls === undefined || slot.node === undefined) return undefined;
		return noteOf(slot.node, slot.decls, slot.problems ?? []);
	}

	/** Number of notes held (ghosts excluded). */
	get noteCount(): number {
		return this.noteTotal;
	}

	getNode(id: string): TopicNode | undefined {
		return this.nodeMap.get(id);
	}

	nodes(): IterableIterator<TopicNode> {
		return this.nodeMap.values();
	}

	parentsOf(id: string): readonly HierarchyEdge[] {
		return this.hierarchy.outOf(this.slots.get(id)?.hierarchy);
	}

	childrenOf(id: string): readonly HierarchyEdge[] {
		return this.hierarchy.inOf(this.slots.get(id)?.hierarchy);
	}

	/** Outgoing related links of a note (by target), then incoming ones (by source). */
	relatedOf(id: string): readonly RelatedEdge[] {
		const ends = this.slots.get(id)?.related;
		return [...this.related.outOf(ends), ...this.related.inOf(ends)];
	}

	previousOf(id: string): readonly SequenceEdge[] {
		return this.sequence.inOf(this.slots.get(id)?.sequence);
	}

	nextOf(id: string): readonly SequenceEdge[] {
		return this.sequence.outOf(this.slots.get(id)?.sequence);
	}

	explicitSiblingsOf(id: string): readonly RelatedEdge[] {
		const ends = this.slots.get(id)?.siblings;
		const out = this.siblingLinks.outOf(ends);
		const back = this.siblingLinks.inOf(ends).filter((edge) => !out.some((mine) => mine.to === edge.from));
		return back.length === 0 ? out : [...out, ...back];
	}

	/** Every relation link as declared, unmerged, by declaring path then line: what `tree --json` lists. */
	declarations(): Declaration[] {
		const out: Declaration[] = [];
		for (const decls of this.declLists()) for (const decl of decls) out.push(declarationOf(decl));
		return out.sort((a, b) => compareStrings(a.note, b.note) || a.line - b.line);
	}

	/** Every edge (merged), sorted by child then parent — for output. */
	edges(): HierarchyEdge[] {
		const edges: HierarchyEdge[] = [];
		for (const slot of this.slots.values()) for (const edge of this.hierarchy.valuesOut(slot.hierarchy)) edges.push(edge);
		return edges.sort((a, b) => compareStrings(a.child, b.child) || compareStrings(a.parent, b.parent));
	}

	roots(): string[] {
		return mergeSorted(this.parentless.sorted, this.cycleRootIds());
	}

	/** The cycle members listed among the roots, sorted; the same array while they do not change. */
	cycleRootIds(): readonly string[] {
		const cycles = this.cycleTracker.cycles();
		if (this.cycleRoots?.version !== this.cycleTracker.version) {
			const roots: string[] = [];
			for (const cycle of cycles) if (cycle.root !== undefined) roots.push(cycle.root);
			roots.sort(compareStrings);
			const kept = this.cycleRoots !== undefined && sameItems(this.cycleRoots.roots, roots);
			this.cycleRoots = { version: this.cycleTracker.version, roots: kept ? (this.cycleRoots as { roots: string[] }).roots : roots };
		}
		return this.cycleRoots.roots;
	}

	cycleOf(id: string): readonly string[] | undefined {
		return this.cycleTracker.cycleOf(id)?.members;
	}

	/** Every cycle as its sorted members, ordered by first member. */
	cycles(): string[][] {
		return this.cycleTracker
			.cycles()
			.map((cycle) => [...cycle.members])
			.sort((a, b) => compareStrings(a[0], b[0]));
	}

	/** Parse problems and graph problems of every note, by path then line. */
	problems(): Problem[] {
		const problems: Problem[] = [];
		for (const slot of this.slots.values()) if (slot.decls !== undefined) problems.push(...noteProblems(slot.problems, slot.decls));
		for (const cycle of this.cycleTracker.cycles()) problems.push(...this.cycleProblemsOf(cycle.members));
		return problems.sort(compareProblems);
	}

	/** Problems of one note: its parse problems, its links' problems and the cycle errors declared in it. */
	problemsOf(path: string): Problem[] {
		const slot = this.slots.get(path);
		if (slot?.decls === undefined) return [];
		const problems = noteProblems(slot.problems, slot.decls);
		const cycles = new Set<readonly string[]>();
		for (const decl of slot.decls) {
			const cycle = decl.target === null ? undefined : this.cycleOf(decl.target);
			if (cycle && cycle.includes(path)) cycles.add(cycle);
		}
		for (const members of cycles) problems.push(...this.cycleProblemsOf(members).filter((p) => p.path === path));
		return problems.sort(compareProblems);
	}

	private cycleProblemsOf(members: readonly string[]): Problem[] {
		return cycleProblems(
			members,
			(id) => this.parentsOf(id),
			(id) => this.getNode(id),
		);
	}

	private commit(always: boolean): void {
		if (always || this.changed || this.log.pending) {
			this.revision++;
			this.log.commit(this.revision);
		}
		this.changed = false;
	}

	/** The held notes' declarations, in the order the notes were added. */
	private declLists(): Decl[][] {
		const lists: Decl[][] = [];
		for (const slot of this.slots.values()) if (slot.decls !== undefined) lists.push(slot.decls);
		return lists;
	}

	/** Ids of the nodes that are some node's parent. */
	private parentIds(): string[] {
		const ids: string[] = [];
		for (const slot of this.slots.values()) if (slot.hierarchy?.in !== undefined) ids.push(slot.hierarchy.id);
		return ids;
	}

	/**
	 * Adds or replaces a note without bumping the version. A replaced note keeps the declarations
	 * that did not change (they are only resolved again); its new ones are attached before the
	 * replaced ones are detached, so edges it keeps never vanish and reappear.
	 */
	private put(note: IndexedNote, stat?: NoteStat): void {
		const path = note.path;
		const slot = this.slots.get(path);
		const previous = slot?.decls;
		const decls = declsOf(note, previous);
		const node = noteNode(note, stat);
		if (slot === undefined) {
			this.slots.set(path, newSlot(node, decls, listOf(note.problems)));
			this.nodeMap.set(path, node);
			this.log.touch(path);
		} else {
			slot.decls = decls;
			slot.problems = listOf(note.problems);
			this.setNode(path, slot, node);
		}
		if (!previous) {
			this.noteTotal++;
			this.pathIndex?.add(path);
			this.reresolve(this.byName.list(nameKeyOf(path)));
		}
		for (let i = 0; i < decls.length; i++) {
			const decl = decls[i];
			if (previous?.[i] !== decl) this.byName.add(decl.nameKey, decl);
			this.resolveDecl(decl);
		}
		if (previous) this.detachReplaced(previous, decls);
		this.updateParentless(path);
		this.changed = true;
	}

	/** Removes a note without bumping the version. */
	private take(path: string): void {
		const slot = this.slots.get(path);
		const decls = slot?.decls;
		if (!slot || !decls) return;
		for (const decl of decls) this.detach(decl);
		slot.decls = undefined;
		slot.problems = undefined;
		this.noteTotal--;
		this.pathIndex?.remove(path);
		this.reresolve(declList(slot.targetedBy));
		this.dropNode(path, slot);
		this.updateParentless(path);
		this.cycleTracker.nodeRemoved(path);
		this.changed = true;
	}

	/** Detaches the previous declarations that the new ones (same index) did not keep. */
	private detachReplaced(previous: readonly Decl[], decls: readonly Decl[]): void {
		for (let i = 0; i < previous.length; i++) if (decls[i] !== previous[i]) this.detach(previous[i]);
	}

	private detach(decl: Decl): void {
		this.setTarget(decl, null);
		this.byName.delete(decl.nameKey, decl);
	}

	private reresolve(decls: readonly Decl[]): void {
		for (const decl of decls) this.resolveDecl(decl);
	}

	private resolveDecl(decl: Decl): void {
		this.setTarget(decl, this.targetOf(decl));
	}

	/** What a declaration links to now: a held note, a ghost, or nothing. */
	private targetOf(decl: Decl): string | null {
		if (decl.linkpath === "") return decl.note;
		const path = this.resolver(decl.linkpath, decl.note);
		const kind = decl.rel.kind;
		const tree = kind === "parent" || kind === "child";
		if (path !== null) {
			if (this.slots.get(path)?.decls !== undefined) return path;
			// An existing file that is not a note (`[[doc.pdf]]`): a file node, in the hierarchy only.
			if (!isNotePath(path)) return tree ? path : null;
		}
		if (decl.rel.link.kind === "bare" || !tree) return null;
		return ghostIdOf(decl.linkpath);
	}

	private setTarget(decl: Decl, target: string | null): void {
		const old = decl.target;
		if (old === target) return;
		if (old !== null) this.unlink(decl, old);
		decl.target = target;
		if (target !== null) this.link(decl, target);
		this.changed = true;
	}

	private link(decl: Decl, target: string): void {
		let slot = this.slots.get(target);
		if (slot === undefined) {
			// A new ghost: its slot is made here, and its node just below.
			slot = newSlot(undefined);
			this.slots.set(target, slot);
		}
		slot.targetedBy = withDecl(slot.targetedBy, decl);
		let newGhost = false;
		if (isGhostId(target)) {
			const node = this.ghosts.add(target, decl);
			if (node) {
				newGhost = slot.node === undefined;
				this.setNode(target, slot, node);
			}
		} else if (slot.node === undefined) {
			newGhost = true;
			this.setNode(target, slot, fileNode(target));
		}
		if (target !== decl.note) {
			const edge = this.edgeOf(decl, target, slot);
			const kind = decl.rel.kind;
			if (kind === "related" || kind === "sibling") {
				const index = kind === "related" ? this.related : this.siblingLinks;
				const key = kind === "related" ? "related" : "siblings";
				index.add((edge.from[key] ??= newEnds(edge.fromId)), (edge.to[key] ??= newEnds(edge.toId)), decl);
			} else if (kind === "next" || kind === "prev") {
				this.sequence.add((edge.from.sequence ??= newEnds(edge.fromId)), (edge.to.sequence ??= newEnds(edge.toId)), decl);
			} else {
				this.touchEdge(edge.fromId, edge.toId);
				if (this.hierarchy.add(hierarchyEnds(edge.from, edge.fromId), hierarchyEnds(edge.to, edge.toId), decl)) {
					this.updateParentless(edge.fromId, edge.from);
					if (!this.bulkLoading) this.cycleTracker.edgeAdded(edge.fromId, edge.toId);
				}
			}
		}
		if (newGhost) this.updateParentless(target, slot);
	}

	private unlink(decl: Decl, target: string): void {
		const slot = this.slots.get(target) as Slot;
		slot.targetedBy = withoutDecl(slot.targetedBy, decl);
		if (target !== decl.note) {
			const { from, to, fromId, toId } = this.edgeOf(decl, target, slot);
			const kind = decl.rel.kind;
			if (kind === "related" || kind === "sibling") {
				const index = kind === "related" ? this.related : this.siblingLinks;
				const key = kind === "related" ? "related" : "siblings";
				const a = from[key];
				const b = to[key];
				if (a && b && index.delete(a, b, decl)) {
					if (isBare(a)) from[key] = undefined;
					if (isBare(b)) to[key] = undefined;
				}
			} else if (kind === "next" || kind === "prev") {
				const a = from.sequence;
				const b = to.sequence;
				if (a && b && this.sequence.delete(a, b, decl)) {
					if (isBare(a)) from.sequence = undefined;
					if (isBare(b)) to.sequence = undefined;
				}
			} else if (from.hierarchy && to.hierarchy) {
				this.touchEdge(fromId, toId);
				if (this.hierarchy.delete(from.hierarchy, to.hierarchy, decl)) {
					if (isBare(from.hierarchy)) from.hierarchy = undefined;
					if (isBare(to.hierarchy)) to.hierarchy = undefined;
					this.updateParentless(fromId, from);
					this.cycleTracker.edgeRemoved(fromId, toId);
				}
			}
		}
		if (isGhostId(target)) {
			const result = this.ghosts.delete(target, decl);
			if (result === "gone") {
				this.dropNode(target, slot);
				this.updateParentless(target);
				this.cycleTracker.nodeRemoved(target);
			} else if (result) {
				this.setNode(target, slot, result);
			}
		} else if (slot.decls === undefined && slot.targetedBy === undefined && slot.node?.kind === "file") {
			this.dropNode(target, slot);
			this.updateParentless(target);
			this.cycleTracker.nodeRemoved(target);
		}
	}

	/** The edge a declaration makes: child → parent for hierarchy fields, earlier → later for sequences, from → to for the others. */
	private edgeOf(decl: Decl, target: string, targetSlot: Slot): { from: Slot; to: Slot; fromId: string; toId: string } {
		const declaring = this.slots.get(decl.note) as Slot;
		return decl.rel.kind === "child" || decl.rel.kind === "prev"
			? { from: targetSlot, to: declaring, fromId: target, toId: decl.note }
			: { from: declaring, to: targetSlot, fromId: decl.note, toId: target };
	}

	/** Sets a node, on its slot and in `nodeMap`. */
	private setNode(id: string, slot: Slot, node: TopicNode): void {
		slot.node = node;
		this.nodeMap.set(id, node);
		this.log.touch(id);
	}

	/** Logs both ends of a hierarchy edge about to be added or removed. */
	private touchEdge(child: string, parent: string): void {
		this.log.touch(child);
		this.log.touch(parent);
	}

	/** The node is gone: its slot goes too (by then nothing else is left on it). */
	private dropNode(id: string, slot: Slot): void {
		slot.node = undefined;
		this.nodeMap.delete(id);
		this.log.touch(id);
		if (
			slot.decls === undefined &&
			slot.targetedBy === undefined &&
			slot.hierarchy === undefined &&
			slot.related === undefined &&
			slot.sequence === undefined &&
			slot.siblings === undefined
		) {
			this.slots.delete(id);
		}
	}

	/** Keeps `id` in the parentless set exactly while it exists and has no parent. */
	private updateParentless(id: string, slot = this.slots.get(id)): void {
		if (slot?.node !== undefined && slot.hierarchy?.out === undefined) this.parentless.add(id);
		else this.parentless.delete(id);
	}
}
