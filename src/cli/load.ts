/**
 * Indexing a vault folder for the command: the notes its configuration keeps, resolved against
 * every file of the vault (so `[[doc.pdf]]` names a file node, as in Obsidian), and the hint
 * naming fields that hold links but are not configured.
 */
import { UnusedFieldCounter } from "../core/config/field-hint";
import { PathIndex } from "../core/links";
import { notePath, TopicIndex } from "../core/topic-index";
import type { VaultConfig } from "./config";
import { readVault, type VaultRead } from "./vault";

export interface LoadedVault {
	index: TopicIndex;
	read: VaultRead;
	config: VaultConfig;
	/** Lines for stderr: fields the notes use for links that the settings do not read. */
	hints: string[];
}

export function indexVault(vault: string, config: VaultConfig, progress?: (line: string) => void, maxNoteBytes?: number): LoadedVault {
	const start = Date.now();
	const report = (count: number) => {
		if (progress && Date.now() - start > 2000) progress(`Reading notes: ${count.toLocaleString("en-US")}`);
	};
	const read = readVault(vault, report, maxNoteBytes);
	// Every file is known to the resolver, excluded notes too (Obsidian resolves to them as well).
	const paths = new PathIndex();
	for (const note of read.notes) paths.add(notePath(note.path));
	for (const file of read.files) paths.add(notePath(file));
	const kept = read.notes.filter((note) => !config.exclusion.excludes(notePath(note.path)));
	const index = new TopicIndex(config.parse, { resolve: paths.resolve });
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
