/**
 * TopicIndex: the core's one entry point for "notes in, hierarchy out". Parses each note and
 * keeps the hierarchy graph up to date. The command-line tool and the benchmark feed it texts
 * read from disk; the plugin's live index feeds it texts from Obsidian's metadata events.
 */
import { HierarchyGraph, type GraphOptions } from "./graph";
import { parseNote, type GivenFrontmatter } from "./note";
import type { NoteStat, ParsedNote, ParseSettings } from "./types";

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

export class TopicIndex {
	readonly graph: HierarchyGraph;

	constructor(
		public settings: ParseSettings,
		options?: GraphOptions,
	) {
		this.graph = new HierarchyGraph(options);
	}

	/** Replace everything with these notes (indexed in path order, so results never depend on input order). */
	indexAll(notes: Iterable<NoteSource>): void {
		this.graph.clear();
		const sorted = [...notes].map((source) => ({ source, path: notePath(source.path) }));
		sorted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		const entries = sorted.map(({ source, path }) => ({
			note: parseNote(path, source.text, this.settings, source.frontmatter),
			stat: source.stat,
		}));
		this.graph.upsertMany(entries);
	}

	/** Parse one note and apply it to the graph. */
	update(source: NoteSource): ParsedNote {
		const path = notePath(source.path);
		const parsed = parseNote(path, source.text, this.settings, source.frontmatter);
		this.graph.upsert(parsed, source.stat);
		return parsed;
	}

	remove(path: string): void {
		this.graph.remove(notePath(path));
	}

	rename(oldPath: string, newPath: string): void {
		this.graph.rename(notePath(oldPath), notePath(newPath));
	}

	/** Settings changed: every note must be parsed again by the caller (texts are not kept). */
	setSettings(settings: ParseSettings): void {
		this.settings = settings;
	}
}
