/**
 * Compare notes: several notes side by side in a modal panel, their front matter properties as
 * criteria, plus their parents and number of children. Opened from the topic tree's selection
 * (Shift-click, Alt-click), a topic's "Compare children", or the "Compare selected notes" command.
 */
import { Modal, Notice, TFile, type App } from "obsidian";
import { compareNotes, type NoteForComparison } from "../core/tables/note-comparison";
import { DEFAULT_PANEL_STATE, type PanelState } from "../core/tables/panel-model";
import type { TopicTreeHost } from "../context";
import { ComparisonPanel, type PanelOptions } from "./panel";

/** Fewest notes worth comparing. */
export const MIN_NOTES = 2;

/** What the compare-notes modal can be given besides the host (tests inject a renderer). */
export interface CompareNotesOptions {
	/** Modal title; default "Compare notes". */
	title?: string;
	renderMarkdown?: PanelOptions["renderMarkdown"];
}

/** The notes among `ids` (ghost topics and unknown ids skipped, duplicates removed), read for comparison. */
export function notesForComparison(host: TopicTreeHost, ids: readonly string[]): NoteForComparison[] {
	const graph = host.index.core.graph;
	const notes: NoteForComparison[] = [];
	const seen = new Set<string>();
	for (const id of ids) {
		const node = graph.getNode(id);
		if (!node || node.kind !== "note" || !node.path || seen.has(id)) continue;
		seen.add(id);
		const file = host.app.vault.getFileByPath(node.path);
		const cache = file instanceof TFile ? host.app.metadataCache.getFileCache(file) : null;
		const parents = graph.parentsOf(id).map((edge) => graph.getNode(edge.parent)?.title ?? edge.parent);
		notes.push({
			path: node.path,
			title: node.title,
			frontmatter: withAllTags(cache?.frontmatter ?? {}, node.tags),
			parents,
			children: graph.childrenOf(id).length,
		});
	}
	return notes;
}

/** The properties with `tags` holding every tag of the note, those written in the body too (in the property's own spelling when it has one). */
function withAllTags(frontmatter: Record<string, unknown>, tags: readonly string[]): Record<string, unknown> {
	const out = { ...frontmatter };
	if (tags.length === 0) return out;
	const key = Object.keys(out).find((k) => /^\s*tags?\s*$/i.test(k)) ?? "tags";
	out[key] = [...tags];
	return out;
}

/** The note children of a topic, in the tree's order. */
export function childNoteIds(host: TopicTreeHost, id: string): string[] {
	const graph = host.index.core.graph;
	return host.index.model.children(id).filter((child) => graph.getNode(child)?.kind === "note");
}

/** A modal holding one comparison panel over notes; its state lives as long as the modal. */
export class CompareNotesModal extends Modal {
	private panel: ComparisonPanel | null = null;
	private state: PanelState = DEFAULT_PANEL_STATE;

	constructor(
		app: App,
		private readonly notes: readonly NoteForComparison[],
		private readonly hoverSource: string,
		private readonly options: CompareNotesOptions = {},
	) {
		super(app);
	}

	/** The panel while the modal is open. */
	get current(): ComparisonPanel | null {
		return this.panel;
	}

	onOpen(): void {
		this.modalEl.addClass("topic-tree-compare-notes-modal");
		this.titleEl.setText(this.options.title ?? "Compare notes");
		const { comparison, names, paths } = compareNotes(this.notes);
		const panelOptions: PanelOptions = {
			app: this.app,
			sourcePath: "",
			comparison,
			caption: names.length <= 3 ? names.join(" vs ") : `${names.length} notes`,
			state: this.state,
			onState: (state) => (this.state = state),
			resolveItem: (name) => paths.get(name) ?? null,
			hoverSource: this.hoverSource,
		};
		if (this.options.renderMarkdown) panelOptions.renderMarkdown = this.options.renderMarkdown;
		this.panel = new ComparisonPanel(this.contentEl.createDiv({ cls: "topic-tree-comparison-host" }), panelOptions);
		this.panel.load();
	}

	onClose(): void {
		this.panel?.unload();
		this.panel = null;
		this.contentEl.empty();
	}
}

/** Open the compare-notes modal over the notes among `ids`; a notice instead when fewer than two are notes. */
export function openCompareNotes(host: TopicTreeHost, ids: readonly string[], options: CompareNotesOptions = {}): CompareNotesModal | null {
	const notes = notesForComparison(host, ids);
	if (notes.length < MIN_NOTES) {
		new Notice("Select at least two notes to compare.");
		return null;
	}
	const modal = new CompareNotesModal(host.app, notes, host.hoverSource, options);
	modal.open();
	return modal;
}
