/**
 * The Bases "Compare" view: the base's entries are the items of a comparison panel, the view's
 * properties in their order its criteria. The panel is the one of comparison tables
 * (src/comparison/panel.ts), mounted through its public options, so its views and tools (value
 * kinds, differences, baseline, transpose, sort, copy as Markdown or CSV) come with it.
 *
 * Above `MAX_COMPARED` entries the view asks which entries to compare; the choice is kept in the
 * view's config (so in the `.base` file) and can be changed with "Choose entries".
 */
import { Component, type App } from "obsidian";
import { MAX_COMPARED, compareEntries, comparedPaths } from "../core/bases/compare";
import type { BaseEntryData } from "../core/bases/types";
import { DEFAULT_PANEL_STATE, type PanelState } from "../core/tables/panel-model";
import { ComparisonPanel, type PanelOptions } from "../comparison/panel";
import { OPTION_COMPARED } from "./constants";
import type { BasesOptionsAccess, BasesRenderer, BasesSnapshot } from "./snapshot";

/** Replaceable parts (tests pass a synchronous markdown renderer). */
export interface CompareViewDeps {
	app: App;
	hoverSource: string;
	renderMarkdown?: PanelOptions["renderMarkdown"];
	/** The note's title (its title property) when Topic Tree knows the note; the file name otherwise. */
	titleOf?: (path: string) => string | undefined;
	/** Calls back when Topic Tree's index changed (titles may have); returns the unsubscribe function. */
	onIndexUpdated?: (callback: () => void) => () => void;
}

/** The compare renderer of one Bases view. */
export class BasesCompareRenderer extends Component implements BasesRenderer {
	readonly rootEl: HTMLElement;
	private readonly barEl: HTMLElement;
	private readonly bodyEl: HTMLElement;
	private panel: ComparisonPanel | null = null;
	private state: PanelState = DEFAULT_PANEL_STATE;
	private snapshot: BasesSnapshot = { columns: [], entries: [] };
	/** The snapshot as Bases gave it (titles are file names). */
	private received: BasesSnapshot = { columns: [], entries: [] };
	/** The user is choosing entries (the chooser is shown even when a choice exists). */
	private choosing = false;

	constructor(
		containerEl: HTMLElement,
		private readonly deps: CompareViewDeps,
		private readonly options: BasesOptionsAccess,
	) {
		super();
		this.rootEl = containerEl.createDiv({ cls: "topic-tree-bases topic-tree-bases-compare" });
		this.barEl = this.rootEl.createDiv({ cls: "topic-tree-bases-compare-bar" });
		this.bodyEl = this.rootEl.createDiv({ cls: "topic-tree-bases-compare-body topic-tree-comparison-host" });
	}

	onload(): void {
		const unsubscribe = this.deps.onIndexUpdated?.(() => this.retitle());
		if (unsubscribe) this.register(unsubscribe);
	}

	onunload(): void {
		this.rootEl.remove();
		this.panel = null;
	}

	/** The panel while one is shown. */
	get current(): ComparisonPanel | null {
		return this.panel;
	}

	update(snapshot: BasesSnapshot): void {
		this.received = snapshot;
		this.snapshot = this.titled(snapshot);
		this.render();
	}

	/** The snapshot with the notes' titles (the index may not have read a note yet when Bases shows it). */
	private titled(snapshot: BasesSnapshot): BasesSnapshot {
		const titleOf = this.deps.titleOf;
		return titleOf ? { ...snapshot, entries: snapshot.entries.map((e) => ({ ...e, title: titleOf(e.path) ?? e.title })) } : snapshot;
	}

	/** Redraws when the index gave an entry another title. */
	private retitle(): void {
		const next = this.titled(this.received);
		if (next.entries.some((e, i) => e.title !== this.snapshot.entries[i]?.title)) {
			this.snapshot = next;
			this.render();
		}
	}

	private chosen(): string[] | null {
		const value = this.options.get(OPTION_COMPARED);
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : null;
	}

	private render(): void {
		const { entries } = this.snapshot;
		const paths = this.choosing ? null : comparedPaths(entries, this.chosen());
		this.closePanel();
		this.barEl.empty();
		this.bodyEl.empty();
		if (entries.length < 2) {
			this.bodyEl.createDiv({ cls: "topic-tree-bases-empty", text: entries.length === 0 ? "No entries in this view." : "Add a second entry to compare." });
			return;
		}
		if (paths === null) {
			this.renderChooser(entries);
			return;
		}
		const byPath = new Map(entries.map((e) => [e.path, e]));
		const shown = paths.map((p) => byPath.get(p)).filter((e): e is BaseEntryData => e !== undefined);
		if (entries.length > MAX_COMPARED || this.chosen()) {
			this.barEl.createSpan({ cls: "topic-tree-bases-compare-count", text: `Comparing ${shown.length} of ${entries.length} entries` });
			const change = this.barEl.createEl("button", { text: "Choose entries" });
			change.addEventListener("click", () => {
				this.choosing = true;
				this.render();
			});
		}
		this.mountPanel(shown);
	}

	private mountPanel(shown: BaseEntryData[]): void {
		const { comparison, names, paths } = compareEntries(shown, this.snapshot.columns);
		const options: PanelOptions = {
			app: this.deps.app,
			sourcePath: "",
			comparison,
			caption: names.length <= 3 ? names.join(" vs ") : `${names.length} entries`,
			state: this.state,
			onState: (state) => (this.state = state),
			resolveItem: (name) => paths.get(name) ?? null,
			hoverSource: this.deps.hoverSource,
		};
		if (this.deps.renderMarkdown) options.renderMarkdown = this.deps.renderMarkdown;
		this.panel = this.addChild(new ComparisonPanel(this.bodyEl.createDiv(), options));
	}

	private closePanel(): void {
		if (this.panel) this.removeChild(this.panel);
		this.panel = null;
	}

	/** The list of entries with check boxes: at most `MAX_COMPARED`, at least two. */
	private renderChooser(entries: readonly BaseEntryData[]): void {
		const form = this.bodyEl.createDiv({ cls: "topic-tree-bases-chooser", attr: { role: "group", "aria-label": "Entries to compare" } });
		form.createEl("p", {
			cls: "topic-tree-bases-chooser-intro",
			text: `This view has ${entries.length} entries. Choose up to ${MAX_COMPARED} to compare side by side.`,
		});
		const previous = new Set(this.chosen() ?? []);
		const picked = new Set(entries.filter((e) => previous.has(e.path)).map((e) => e.path).slice(0, MAX_COMPARED));
		const search = form.createEl("input", { type: "search", cls: "topic-tree-bases-chooser-filter", attr: { placeholder: "Filter entries...", "aria-label": "Filter entries" } });
		const list = form.createDiv({ cls: "topic-tree-bases-chooser-list" });
		const boxes: HTMLInputElement[] = [];
		const actions = form.createDiv({ cls: "topic-tree-bases-chooser-actions" });
		const status = actions.createSpan({ cls: "topic-tree-bases-chooser-status", attr: { "aria-live": "polite" } });
		const compare = actions.createEl("button", { text: "Compare" });
		const sync = (): void => {
			status.setText(`${picked.size} of ${MAX_COMPARED} chosen`);
			compare.disabled = picked.size < 2;
			for (const box of boxes) box.disabled = !box.checked && picked.size >= MAX_COMPARED;
		};
		for (const entry of entries) {
			const label = list.createEl("label", { cls: "topic-tree-bases-chooser-item" });
			const box = label.createEl("input", { type: "checkbox", attr: { "data-path": entry.path } });
			box.checked = picked.has(entry.path);
			label.createSpan({ text: entry.title });
			if (entry.title !== entry.path.replace(/\.md$/i, "")) label.createSpan({ cls: "topic-tree-bases-chooser-path", text: entry.path });
			box.addEventListener("change", () => {
				if (box.checked) picked.add(entry.path);
				else picked.delete(entry.path);
				sync();
			});
			boxes.push(box);
		}
		search.addEventListener("input", () => {
			const words = search.value.toLowerCase().split(/\s+/).filter((w) => w !== "");
			entries.forEach((entry, i) => {
				const text = `${entry.title} ${entry.path}`.toLowerCase();
				boxes[i].parentElement?.toggleClass("topic-tree-hidden", !words.every((w) => text.includes(w)));
			});
		});
		compare.addEventListener("click", () => {
			if (picked.size < 2) return;
			this.choosing = false;
			this.options.set(OPTION_COMPARED, entries.filter((e) => picked.has(e.path)).map((e) => e.path));
			this.render();
		});
		sync();
	}
}
