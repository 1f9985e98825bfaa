/**
 * Indexing a vault folder for the command: the notes its configuration keeps, resolved against
 * every file of the vault (so `[[doc.pdf]]` names a file node, as in Obsidian), and the hint
 * naming fields that hold links but are not configured.
 */
import { UnusedFieldCounter } from "../core/config/field-hint";
import { PathIndex } from "../core/links";
import { notePath, TopicIndex, type NoteSource } from "../core/topic-index";
import type { ResolveLink } from "../core/types";
import type { Exclusion } from "../index/exclusion";
import type { VaultConfig } from "./config";
import { readVault, type VaultRead } from "./vault";

export interface LoadedVault {
	index: TopicIndex;
	read: VaultRead;
	config: VaultConfig;
	/** Lines for stderr: fields the notes use for links that the settings do not read. */
	hints: string[];
}

/** The notes the exclusion keeps, and a resolver that knows every file (excluded notes too: Obsidian resolves to them as well). */
export function vaultSources(notes: readonly NoteSource[], files: readonly string[], exclusion: Exclusion): { notes: NoteSource[]; resolve: ResolveLink } {
	const paths = new PathIndex();
	for (const note of notes) paths.add(notePath(note.path));
	for (const file of files) paths.add(notePath(file));
	return { notes: notes.filter((note) => !exclusion.excludes(notePath(note.path))), resolve: paths.resolve };
}

export function indexVault(vault: string, config: VaultConfig, progress?: (line: string) => void, maxNoteBytes?: number): LoadedVault {
	const start = Date.now();
	const report = (count: number) => {
		if (progress && Date.now() - start > 2000) progress(`Reading notes: ${count.toLocaleString("en-US")}`);
	};
	const read = readVault(vault, report, maxNoteBytes);
	const { notes: kept, resolve } = vaultSources(read.notes, read.files, config.exclusion);
	const index = new TopicIndex(config.parse, { resolve });
	// The hint reads each note's front matter as it is parsed: the index does not keep it.
	const counter = new UnusedFieldCounter(config.parse);
	index.indexAll(kept, (note, source) => counter.add(source.text, note.frontmatter));
	if (progress && Date.now() - start > 2000) progress(`Indexed ${kept.length.toLocaleString("en-US")} notes`);
	return { index, read, config, hints: unusedFieldHints(counter, kept.length) };
}

function unusedFieldHints(counter: UnusedFieldCounter, notes: number): string[] {
	const top = counter.top(3, Math.max(3, Math.ceil(notes * 0.02)));
	if (top.length === 0) return [];
	const named = top.map((f) => `${f.name} (${f.notes.toLocaleString("en-US")} notes)`).join(", ");
	return [
		`topic-tree: hint: these fields hold links but are not read as relations: ${named}. ` +
			"Name them with --parent-field, --child-field or --related-field (or in the plugin's settings).",
	];
}
