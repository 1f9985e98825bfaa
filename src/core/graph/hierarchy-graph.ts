/**
 * HierarchyGraph: notes and ghost topics joined by child → parent edges, kept up to date one note
 * at a time. Every relation link is kept as a declaration, indexed by the name it links to and by
 * what it resolves to, so that an update re-resolves only the links it can change.
 */
import { PathIndex } from "../links";
import { basenameOf } from "../properties";
import type {
	HierarchyEdge,
	HierarchyView,
	NoteStat,
	ParsedNote,
	Problem,
	RelatedEdge,
	ResolveLink,
	TopicNode,
} from "../types";
import { CycleTracker } from "./cycles";
import { compareStrings, declsOf, nameKeyOf, type Decl } from "./decl";
import { hierarchyEdge, relatedEdge } from "./edges";
import { GhostTable, ghostIdOf, isGhostId } from "./ghosts";
import { PairIndex } from "./pair-index";
import { SortedIds } from "./sorted-ids";
import { compareProblems, cycleProblems, declProblem } from "./problems";

/** How the graph resolves links. */
export interface GraphOptions {
	/** Resolves link paths; default: the graph's own PathIndex over the notes it holds. Inside Obsidian the app's resolver is injected. */
	resolve?: ResolveLink;
}

interface NoteRecord {
	note: ParsedNote;
	decls: Decl[];
}

/** The hierarchy of a vault: notes and ghost topics, child → parent edges, related links, cycles and roots. */
export class HierarchyGraph implements HierarchyView {
	private revision = 0;
	private changed = false;
	private readonly notes = new Map<string, NoteRecord>();
	private readonly nodeMap = new Map<string, TopicNode>();
	private readonly ghosts = new GhostTable();
	/** child → parent */
	private readonly hierarchy = new PairIndex<HierarchyEdge>(hierarchyEdge);
	/** from → to */
	private readonly related = new PairIndex<RelatedEdge>(relatedEdge);
	/** Declarations by the name key of their link path. */
	private readonly byName = new Map<string, Set<Decl>>();
	/** Declarations by their current target. */
	private readonly byTarget = new Map<string, Set<Decl>>();
	private readonly parentless = new SortedIds();
	private readonly cycleTracker = new CycleTracker({
		has: (id) => this.nodeMap.has(id),
		parents: (id) => this.hierarchy.targetsOf(id),
	});
	private pathIndex: PathIndex | undefined;
	private readonly resolver: ResolveLink;
	/** Roots that are cycle members, sorted; rebuilt when the cycles change. */
	private cycleRoots: { version: number; roots: string[] } | undefined;

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

	/** Add or replace one note (parse result + file times). Cost proportional to the note and its neighbours. */
	upsert(note: ParsedNote, stat?: NoteStat): void {
		this.put(note, stat);
		this.commit(true);
	}

	/** Remove a note; edges pointing to it are re-resolved (they become ghosts, or resolve to another note). */
	remove(path: string): void {
		this.take(path);
		this.commit(false);
	}

	/** Rename: keeps the parsed note, moves it to the new path, re-resolves links that pointed to the old or may point to the new path. */
	rename(oldPath: string, newPath: string): void {
		const record = this.notes.get(oldPath);
		if (!record || oldPath === newPath) return;
		const node = this.nodeMap.get(oldPath);
		const stat = node ? { mtime: node.mtime, ctime: node.ctime } : undefined;
		this.take(oldPath);
		this.take(newPath);
		this.put(movedNote(record.note, newPath), stat);
		this.commit(true);
	}

	/** Re-resolve every link (after a resolver change, e.g. Obsidian's `resolved` event). */
	reresolveAll(): void {
		for (const record of this.notes.values()) for (const decl of record.decls) this.resolveDecl(decl);
		this.commit(false);
	}

	/** Re-resolve links whose ghost key or basename equals the given name (cheap; used when Obsidian reports a new file). */
	reresolveName(name: string): void {
		this.reresolve(this.byName.get(nameKeyOf(name)));
		this.commit(false);
	}

	/** Forget every note. */
	clear(): void {
		this.notes.clear();
		this.nodeMap.clear();
		this.ghosts.clear();
		this.hierarchy.clear();
		this.related.clear();
		this.byName.clear();
		this.byTarget.clear();
		this.parentless.clear();
		this.cycleTracker.clear();
		if (this.pathIndex) this.pathIndex = new PathIndex();
		this.commit(true);
	}

	/** Whether a note is held at this path. */
	has(path: string): boolean {
		return this.notes.has(path);
	}

	/** The parsed note at this path. */
	getNote(path: string): ParsedNote | undefined {
		return this.notes.get(path)?.note;
	}

	/** Number of notes held (ghosts excluded). */
	get noteCount(): number {
		return this.notes.size;
	}

	getNode(id: string): TopicNode | undefined {
		return this.nodeMap.get(id);
	}

	nodes(): IterableIterator<TopicNode> {
		return this.nodeMap.values();
	}

	parentsOf(id: string): readonly HierarchyEdge[] {
		return this.hierarchy.outOf(id);
	}

	childrenOf(id: string): readonly HierarchyEdge[] {
		return this.hierarchy.inOf(id);
	}

	/** Outgoing related links of a note (by target), then incoming ones (by source). */
	relatedOf(id: string): readonly RelatedEdge[] {
		return [...this.related.outOf(id), ...this.related.inOf(id)];
	}

	/** Every edge (merged), sorted by child then parent — for output. */
	edges(): HierarchyEdge[] {
		return [...this.hierarchy.values()].sort((a, b) => compareStrings(a.child, b.child) || compareStrings(a.parent, b.parent));
	}

	roots(): string[] {
		const cycles = this.cycleTracker.cycles();
		if (this.cycleRoots?.version !== this.cycleTracker.version) {
			const roots: string[] = [];
			for (const cycle of cycles) if (cycle.root !== undefined) roots.push(cycle.root);
			this.cycleRoots = { version: this.cycleTracker.version, roots: roots.sort(compareStrings) };
		}
		return mergeSorted(this.parentless.sorted, this.cycleRoots.roots);
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
		for (const record of this.notes.values()) {
			problems.push(...record.note.problems);
			for (const decl of record.decls) {
				const problem = declProblem(decl);
				if (problem) problems.push(problem);
			}
		}
		const parentsOf = (id: string) => this.parentsOf(id);
		const getNode = (id: string) => this.getNode(id);
		for (const cycle of this.cycleTracker.cycles()) problems.push(...cycleProblems(cycle.members, parentsOf, getNode));
		return problems.sort(compareProblems);
	}

	/** Problems of one note: its parse problems, its links' problems and the cycle errors declared in it. */
	problemsOf(path: string): Problem[] {
		const record = this.notes.get(path);
		if (!record) return [];
		const problems = [...record.note.problems];
		const cycles = new Set<readonly string[]>();
		for (const decl of record.decls) {
			const problem = declProblem(decl);
			if (problem) problems.push(problem);
			const cycle = decl.target === null ? undefined : this.cycleOf(decl.target);
			if (cycle && cycle.includes(path)) cycles.add(cycle);
		}
		const parentsOf = (id: string) => this.parentsOf(id);
		const getNode = (id: string) => this.getNode(id);
		for (const members of cycles) {
			problems.push(...cycleProblems(members, parentsOf, getNode).filter((p) => p.path === path));
		}
		return problems.sort(compareProblems);
	}

	private commit(always: boolean): void {
		if (always || this.changed) this.revision++;
		this.changed = false;
	}

	/**
	 * Adds or replaces a note without bumping the version. A replaced note's new links are attached
	 * before its old ones are detached, so edges it keeps never vanish and reappear.
	 */
	private put(note: ParsedNote, stat?: NoteStat): void {
		const path = note.path;
		const existing = this.notes.get(path);
		const record: NoteRecord = { note, decls: declsOf(note) };
		this.notes.set(path, record);
		this.nodeMap.set(path, noteNode(note, stat));
		if (!existing) {
			this.pathIndex?.add(path);
			this.reresolve(this.byName.get(nameKeyOf(path)));
		}
		for (const decl of record.decls) {
			addTo(this.byName, decl.nameKey, decl);
			this.resolveDecl(decl);
		}
		if (existing) this.detachAll(existing);
		this.updateParentless(path);
		this.changed = true;
	}

	/** Removes a note without bumping the version. */
	private take(path: string): void {
		const record = this.notes.get(path);
		if (!record) return;
		this.detachAll(record);
		this.notes.delete(path);
		this.pathIndex?.remove(path);
		this.reresolve(this.byTarget.get(path));
		this.nodeMap.delete(path);
		this.updateParentless(path);
		this.cycleTracker.nodeRemoved(path);
		this.changed = true;
	}

	private detachAll(record: NoteRecord): void {
		for (const decl of record.decls) {
			this.setTarget(decl, null);
			deleteFrom(this.byName, decl.nameKey, decl);
		}
	}

	private reresolve(decls: Set<Decl> | undefined): void {
		if (!decls) return;
		for (const decl of [...decls]) this.resolveDecl(decl);
	}

	private resolveDecl(decl: Decl): void {
		this.setTarget(decl, this.targetOf(decl));
	}

	/** What a declaration links to now: a held note, a ghost, or nothing. */
	private targetOf(decl: Decl): string | null {
		if (decl.linkpath === "") return decl.note;
		const path = this.resolver(decl.linkpath, decl.note);
		if (path !== null && this.notes.has(path)) return path;
		if (decl.rel.link.kind === "bare" || decl.rel.kind === "related") return null;
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
		addTo(this.byTarget, target, decl);
		let newGhost = false;
		if (isGhostId(target)) {
			const node = this.ghosts.add(target, decl);
			if (node) {
				newGhost = !this.nodeMap.has(target);
				this.nodeMap.set(target, node);
			}
		}
		if (target !== decl.note) {
			const [from, to] = this.ends(decl, target);
			if (decl.rel.kind === "related") {
				this.related.add(from, to, decl);
			} else if (this.hierarchy.add(from, to, decl)) {
				this.updateParentless(from);
				this.cycleTracker.edgeAdded(from, to);
			}
		}
		if (newGhost) this.updateParentless(target);
	}

	private unlink(decl: Decl, target: string): void {
		deleteFrom(this.byTarget, target, decl);
		if (target !== decl.note) {
			const [from, to] = this.ends(decl, target);
			if (decl.rel.kind === "related") {
				this.related.delete(from, to, decl);
			} else if (this.hierarchy.delete(from, to, decl)) {
				this.updateParentless(from);
				this.cycleTracker.edgeRemoved(from, to);
			}
		}
		if (isGhostId(target)) {
			const result = this.ghosts.delete(target, decl);
			if (result === "gone") {
				this.nodeMap.delete(target);
				this.updateParentless(target);
				this.cycleTracker.nodeRemoved(target);
			} else if (result) {
				this.nodeMap.set(target, result);
			}
		}
	}

	/** Keeps `id` in the parentless set exactly while it exists and has no parent. */
	private updateParentless(id: string): void {
		if (this.nodeMap.has(id) && !this.hierarchy.hasOut(id)) this.parentless.add(id);
		else this.parentless.delete(id);
	}

	/** The edge a declaration makes: child → parent for hierarchy fields, from → to for related ones. */
	private ends(decl: Decl, target: string): [string, string] {
		return decl.rel.kind === "child" ? [target, decl.note] : [decl.note, target];
	}
}

function noteNode(note: ParsedNote, stat?: NoteStat): TopicNode {
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

/** The note at its new path: a title taken from the file name follows the new name. */
function movedNote(note: ParsedNote, path: string): ParsedNote {
	const title = note.title === basenameOf(note.path) ? basenameOf(path) : note.title;
	const problems = note.problems.map((problem) => (problem.path === note.path ? { ...problem, path } : problem));
	return { ...note, path, title, problems };
}

/** Two sorted id lists as one. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
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

function addTo<V>(map: Map<string, Set<V>>, key: string, value: V): void {
	let set = map.get(key);
	if (!set) {
		set = new Set();
		map.set(key, set);
	}
	set.add(value);
}

function deleteFrom<V>(map: Map<string, Set<V>>, key: string, value: V): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(value);
	if (set.size === 0) map.delete(key);
}
