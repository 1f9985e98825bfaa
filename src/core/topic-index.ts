/**
 * TopicIndex: the core's one entry point for "notes in, hierarchy out". Parses each note and
 * keeps the hierarchy graph up to date. The command-line tool and the benchmark feed it texts
 * read from disk; the plugin's live index feeds it texts from Obsidian's metadata events.
 */
import { HierarchyGraph, type GraphOptions, type NoteEntry } from "./graph";
import { indexedNote, movedNote } from "./graph/nodes";
import { parseNote, type GivenFrontmatter } from "./note";
import { sortInSteps } from "./sort-steps";
import { compareTwins, firstTwin, rawPath, withoutTwinProblem, withTwinProblem, type Shadowed } from "./twins";
import type { IndexedNote, NoteStat, ParsedNote, ParseSettings, TopicNode } from "./types";

/** One note as the caller has it. */
export interface NoteSource {
	/** Vault-relative path, '/' separators. Normalised to NFC here. */
	path: string;
	text: string;
	stat?: NoteStat;
	/** Front matter the caller already parsed, or the YAML parser to read it with; when absent the core reads it with gray-matter. */
	frontmatter?: GivenFrontmatter;
}

/** Vault-relative, '/'-separated, NFC: the form every id in the core uses. */
export function notePath(path: string): string {
	// `normalize` always returns a flat copy, even of ASCII text. That matters: paths are the keys
	// of every lookup in the graph, and a path built by concatenation is otherwise kept as a
	// rope, which made every lookup by it two to three times slower.
	return path.replace(/\\/g, "/").replace(/^\/+/, "").normalize("NFC");
}

/** A full index under way, fed a few notes at a time (see {@link TopicIndex.beginAll}). */
export interface FullLoad {
	/** Parses one note and keeps it for the load (in any order; in {@link inIndexOrder} none is sorted); a later note at the same path as given replaces it. */
	add(source: NoteSource): void;
	/** Loads the notes added into the graph, one bounded step after another while `more()` says so; true once the load is done. */
	finishSome(more: () => boolean): boolean;
}

/** A note parsed for a full index, with its path as given and composed. */
interface Added {
	note: IndexedNote;
	stat?: NoteStat;
	raw: string;
	path: string;
}

/**
 * The order of a full index: by composed path (`path`, see {@link notePath}), and of Unicode twins
 * the one that holds the id first (`raw`: the path as given). Notes given in this order are not sorted again.
 */
function inIndexOrder(a: { raw: string; path: string }, b: { raw: string; path: string }): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : compareTwins(a.raw, b.raw, a.path);
}

export class TopicIndex {
	readonly graph: HierarchyGraph;
	/** Id → the path as given of the file holding it, when that path is not already composed. */
	private readonly holders = new Map<string, string>();
	/** Id → Unicode twins that do not hold it (see twins.ts), by their paths as given. */
	private readonly twins = new Map<string, Map<string, Shadowed>>();

	constructor(
		public settings: ParseSettings,
		options?: GraphOptions,
	) {
		this.graph = new HierarchyGraph(options);
	}

	/**
	 * Replace everything with these notes (indexed in path order, so results never depend on input
	 * order). `parsed` sees each note's full parse, front matter included, which the index does not
	 * keep (see {@link IndexedNote}).
	 */
	indexAll(notes: Iterable<NoteSource>, parsed?: (note: ParsedNote, source: NoteSource) => void): void {
		const load = this.beginAll(parsed);
		for (const source of notes) load.add(source);
		load.finishSome(() => true);
	}

	/**
	 * Starts replacing everything, for a caller that reads the notes a few at a time: the index is
	 * emptied now, `add` parses each note, and `finishSome` loads them all through the graph's bulk
	 * path in steps. The result equals `indexAll` over the same notes; until it is done, nothing
	 * else may change the index (a later `beginAll` or `indexAll` abandons this load). `parsed` sees
	 * each full parse as `add` makes it; only the part the index keeps waits for `finishSome`.
	 */
	beginAll(parsed?: (note: ParsedNote, source: NoteSource) => void): FullLoad {
		this.graph.clear();
		this.holders.clear();
		this.twins.clear();
		let added: Added[] = [];
		let ordered = true;
		let sorting: Generator<void, Added[], undefined> | undefined;
		let steps: Iterator<void> | undefined;
		return {
			add: (source) => {
				const raw = rawPath(source.path);
				const path = notePath(source.path);
				const last = added[added.length - 1];
				if (last !== undefined && inIndexOrder(last, { raw, path }) > 0) ordered = false;
				const note = parseNote(path, source.text, this.settings, source.frontmatter);
				parsed?.(note, source);
				added.push({ note: indexedNote(note), stat: source.stat, raw, path });
			},
			finishSome: (more) => {
				for (;;) {
					if (steps !== undefined) {
						if (steps.next().done === true) return true;
					} else if (!ordered) {
						// Into path order, in steps too (stable: of two copies of one path, the later wins).
						sorting ??= sortInSteps(added, inIndexOrder);
						const next = sorting.next();
						if (next.done === true) {
							added = next.value;
							ordered = true;
						}
					} else {
						steps = this.graph.upsertSteps(this.heldOf(added));
						added = [];
					}
					if (!more()) return false;
				}
			},
		};
	}

	/** The notes that hold their ids, from notes in path order; their Unicode twins are kept aside. */
	private heldOf(added: readonly Added[]): NoteEntry[] {
		const entries: Array<NoteEntry & { raw: string }> = [];
		for (const { note, stat, raw, path } of added) {
			const held = entries[entries.length - 1];
			if (held?.note.path === path) {
				if (held.raw !== raw) this.twinsOf(path).set(raw, { note, stat });
				else entries[entries.length - 1] = { note, stat, raw };
				continue;
			}
			entries.push({ note, stat, raw });
			if (raw !== path) this.holders.set(path, raw);
		}
		for (const entry of entries) {
			const twins = this.twins.get(entry.note.path);
			if (twins) entry.note = withTwinProblem(entry.note, entry.raw, [...twins.keys()]);
		}
		return entries;
	}

	/** Parse one note and apply it to the graph. */
	update(source: NoteSource): ParsedNote {
		const path = notePath(source.path);
		const parsed = parseNote(path, source.text, this.settings, source.frontmatter);
		this.place(rawPath(source.path), parsed, source.stat);
		return parsed;
	}

	remove(path: string): void {
		const raw = rawPath(path);
		const id = notePath(path);
		const twins = this.twins.get(id);
		if (twins?.delete(raw)) {
			if (twins.size === 0) this.twins.delete(id);
			this.refresh(id);
			return;
		}
		// A file never indexed (its twin holds the id): nothing to remove.
		if (this.holderOf(id) !== raw) return;
		if (twins === undefined) {
			this.holders.delete(id);
			this.graph.remove(id);
			return;
		}
		// The holder goes: the next twin takes over, with the parse kept for it.
		const next = firstTwin(twins.keys(), id) as string;
		const shadowed = twins.get(next) as Shadowed;
		twins.delete(next);
		if (twins.size === 0) this.twins.delete(id);
		this.setHolder(id, next);
		this.put(id, shadowed.note, shadowed.stat);
	}

	rename(oldPath: string, newPath: string): void {
		const oldRaw = rawPath(oldPath);
		const newRaw = rawPath(newPath);
		const oldId = notePath(oldPath);
		const newId = notePath(newPath);
		const newHolder = this.holderOf(newId);
		const simple = !this.twins.has(oldId) && (newId === oldId || newHolder === undefined || newHolder === newRaw);
		if (simple) {
			// Nothing held under the old path, or its Unicode twin holds the id: a file never indexed.
			if (this.holderOf(oldId) !== oldRaw) return;
			this.holders.delete(oldId);
			this.setHolder(newId, newRaw);
			this.graph.rename(oldId, newId);
			return;
		}
		// A twin is involved: take the note out under its old path, and place it under the new one.
		const twin = this.twins.get(oldId)?.get(oldRaw);
		const held = this.holderOf(oldId) === oldRaw ? this.graph.getNote(oldId) : undefined;
		const moving: Shadowed | undefined = twin ?? (held ? { note: withoutTwinProblem(held), stat: statOf(this.graph.getNode(oldId)) } : undefined);
		if (moving === undefined) return;
		this.remove(oldPath);
		this.place(newRaw, movedNote(moving.note, newId), moving.stat);
	}

	/** Settings changed: every note must be parsed again by the caller (texts are not kept). */
	setSettings(settings: ParseSettings): void {
		this.settings = settings;
	}

	/** Puts a note parsed from the file at `raw` in the graph, or beside it when a Unicode twin holds its id. */
	private place(raw: string, note: IndexedNote, stat?: NoteStat): void {
		const id = note.path;
		const holder = this.holderOf(id);
		if (holder === undefined || holder === raw) {
			this.setHolder(id, raw);
			this.put(id, note, stat);
		} else if (compareTwins(raw, holder, id) < 0) {
			// The newcomer holds the id from now on; the note that held it waits as a twin.
			const held = this.graph.getNote(id) as IndexedNote;
			this.twinsOf(id).set(holder, { note: withoutTwinProblem(held), stat: statOf(this.graph.getNode(id)) });
			this.twinsOf(id).delete(raw);
			this.setHolder(id, raw);
			this.put(id, note, stat);
		} else {
			this.twinsOf(id).set(raw, { note: indexedNote(note), stat });
			this.refresh(id);
		}
	}

	/** Upserts the held note of `id` with the problem naming its current twins. */
	private put(id: string, note: IndexedNote, stat?: NoteStat): void {
		const twins = this.twins.get(id);
		this.graph.upsert(withTwinProblem(note, this.holderOf(id) ?? id, twins ? [...twins.keys()] : []), stat);
	}

	/** The twins of `id` changed: upsert its held note again, for its problem. */
	private refresh(id: string): void {
		const note = this.graph.getNote(id);
		if (note) this.put(id, note, statOf(this.graph.getNode(id)));
	}

	/** The path as given of the file holding `id`, or undefined when no note holds it. */
	private holderOf(id: string): string | undefined {
		return this.graph.has(id) ? (this.holders.get(id) ?? id) : undefined;
	}

	private setHolder(id: string, raw: string): void {
		if (raw === id) this.holders.delete(id);
		else this.holders.set(id, raw);
	}

	private twinsOf(id: string): Map<string, Shadowed> {
		let twins = this.twins.get(id);
		if (twins === undefined) this.twins.set(id, (twins = new Map<string, Shadowed>()));
		return twins;
	}
}

function statOf(node: TopicNode | undefined): NoteStat | undefined {
	return node ? { mtime: node.mtime, ctime: node.ctime } : undefined;
}
