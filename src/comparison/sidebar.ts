/**
 * The "Comparisons" sidebar view: the active note's comparison tables (and `compare` blocks) as
 * panels, in every editing mode. Tables are found through the metadata cache's sections and read
 * with `cachedRead`; the list follows `file-open` and the cache's `changed` (debounced).
 */
import { debounce, ItemView, setIcon, TFile, type CachedMetadata, type Debouncer, type WorkspaceLeaf } from "obsidian";
import { parseCompareBlock, selectItems } from "../core/tables/compare-block";
import { detectComparison, MAX_ITEMS, type Comparison } from "../core/tables/comparison";
import { tableCaption } from "../core/tables/caption";
import { plainText } from "../core/tables/normalise";
import { parseTables } from "../core/tables/parse";
import { openPath } from "../ui/navigation";
import type { ComparisonPanel } from "./panel";
import { createPanel, type ComparisonDeps } from "./post-processor";
import { effectiveOverride, tableKey, type TableStates } from "./state";

/** The view type registered with Obsidian. */
export const VIEW_TYPE_COMPARISONS = "topic-tree-comparisons";

/** The view's icon (Lucide). */
export const COMPARISONS_ICON = "table-2";

/** Delay before the list follows an edit of the active note. */
export const SIDEBAR_REFRESH_MS = 300;

/** One comparison found in a note. */
export interface NoteComparisonEntry {
	/** Persisted-state key, shared with the Reading view's panels. */
	key: string;
	/** 1-based line of the table's header row. */
	line: number;
	comparison: Comparison;
	/** `table` for a markdown table, `block` for a `compare` code block. */
	kind: "table" | "block";
	/** Caption given by a `compare` block, or found around a table (callout title, caption line, heading above). */
	caption?: string;
}

const TABLE_SECTIONS = new Set(["table", "callout", "blockquote"]);
const COMPARE_FENCE = /^\s*(`{3,}|~{3,})\s*compare\s*$/;

/** The body lines of a `compare` code block section, or null when the section is another kind of code. */
function compareBody(lines: string[]): string[] | null {
	const open = COMPARE_FENCE.exec(lines[0] ?? "");
	if (!open) return null;
	const fence = open[1];
	const last = lines.length > 1 ? lines[lines.length - 1].trim() : "";
	const closed = last.startsWith(fence[0].repeat(fence.length)) && /^(`+|~+)$/.test(last);
	return lines.slice(1, closed ? -1 : undefined);
}

/**
 * The comparisons of a note, in order: its markdown tables that are comparisons after overrides
 * (per-table state, then the note's `comparison` property), and its `compare` blocks.
 */
export function noteComparisons(sourcePath: string, text: string, cache: CachedMetadata | null, states: TableStates): NoteComparisonEntry[] {
	const lines = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
	const property: unknown = cache?.frontmatter?.comparison;
	const entries: NoteComparisonEntry[] = [];
	for (const section of cache?.sections ?? []) {
		const start = section.position.start.line;
		const sectionLines = lines.slice(start, section.position.end.line + 1);
		if (TABLE_SECTIONS.has(section.type)) {
			for (const table of parseTables(sectionLines.join("\n"), { startLine: start + 1 })) {
				const key = tableKey(sourcePath, table);
				const { comparison } = detectComparison(table, effectiveOverride(states.get(key).override, property));
				if (comparison) entries.push({ key, line: table.line, comparison, kind: "table", caption: tableCaption(lines, table.line) ?? undefined });
			}
		} else if (section.type === "code") {
			const body = compareBody(sectionLines);
			if (!body) continue;
			const block = parseCompareBlock(body.join("\n"));
			if (!block.ok) continue;
			let comparison = detectComparison(block.table, "on", block.orientation, { maxItems: block.items ? Infinity : MAX_ITEMS }).comparison;
			if (!comparison || comparison.criteria.length === 0 || comparison.items.length === 0) continue;
			if (block.items) comparison = selectItems(comparison, block.items.slice(0, MAX_ITEMS)).comparison;
			if (comparison.items.length === 0) continue;
			entries.push({ key: tableKey(sourcePath, block.table), line: start + 1 + block.table.line, comparison, kind: "block", caption: block.caption });
		}
	}
	return entries;
}

/** The sidebar view listing the active note's comparison panels. */
export class ComparisonsView extends ItemView {
	private path: string | null = null;
	private panels: ComparisonPanel[] = [];
	private signature: string | null = null;
	private generation = 0;
	private readonly scheduleRefresh: Debouncer<[], void>;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: ComparisonDeps,
		refreshMs = SIDEBAR_REFRESH_MS,
	) {
		super(leaf);
		this.scheduleRefresh = debounce(() => void this.refresh(), refreshMs, true);
	}

	getViewType(): string {
		return VIEW_TYPE_COMPARISONS;
	}

	getDisplayText(): string {
		return "Comparisons";
	}

	getIcon(): string {
		return COMPARISONS_ICON;
	}

	/** Path of the note whose comparisons are shown. */
	get notePath(): string | null {
		return this.path;
	}

	private get states(): TableStates {
		return this.deps.states;
	}

	async onOpen(): Promise<void> {
		this.contentEl.addClass("topic-tree-comparisons-view");
		const { workspace, metadataCache, vault } = this.app;
		this.registerEvent(workspace.on("file-open", (file) => this.follow(file)));
		this.registerEvent(
			workspace.on("active-leaf-change", () => {
				const file = workspace.getActiveFile();
				if (file) this.follow(file);
			}),
		);
		this.registerEvent(
			metadataCache.on("changed", (file) => {
				if (file.path === this.path) this.scheduleRefresh();
			}),
		);
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (oldPath !== this.path) return;
				this.path = file.path;
				this.signature = null;
				this.scheduleRefresh();
			}),
		);
		this.registerEvent(
			vault.on("delete", (file) => {
				if (file.path === this.path) this.follow(null);
			}),
		);
		this.register(() => this.scheduleRefresh.cancel());
		this.registerDomEvent(this.contentEl, "click", (evt) => {
			const go = (evt.target as Element | null)?.closest?.<HTMLElement>(".topic-tree-comparisons-goto");
			const line = Number(go?.dataset.line);
			if (go && this.path !== null && line > 0) void openPath(this.app, this.path, false, line);
		});
		this.follow(workspace.getActiveFile());
		await this.refresh();
	}

	async onClose(): Promise<void> {
		this.clearPanels();
		this.contentEl.empty();
	}

	/** Re-read the note and re-render its panels when its comparisons changed. */
	async refresh(): Promise<void> {
		const generation = ++this.generation;
		const path = this.path;
		const file = path === null ? null : this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) {
			this.show(null, path === null ? "Open a note to see its comparison tables." : "The note is no longer in the vault.", []);
			return;
		}
		const text = await this.app.vault.cachedRead(file);
		if (generation !== this.generation) return;
		const entries = noteComparisons(file.path, text, this.app.metadataCache.getFileCache(file), this.states);
		this.show(file, entries.length === 0 ? `No comparison tables in ${file.basename}.` : null, entries);
	}

	/** Show another note's comparisons. */
	private follow(file: TFile | null): void {
		const path = file && file.extension === "md" ? file.path : null;
		if (path === this.path) return;
		this.path = path;
		this.signature = null;
		this.scheduleRefresh.cancel();
		void this.refresh();
	}

	private clearPanels(): void {
		for (const panel of this.panels) this.removeChild(panel);
		this.panels = [];
	}

	private show(file: TFile | null, empty: string | null, entries: NoteComparisonEntry[]): void {
		const signature = JSON.stringify([file?.path ?? null, empty, entries]);
		if (signature === this.signature) return;
		this.signature = signature;
		this.clearPanels();
		const root = this.contentEl;
		root.empty();
		if (!file || empty !== null) {
			root.createDiv({ cls: "topic-tree-comparisons-empty pane-empty", text: empty ?? "" });
			return;
		}
		const seen = new Map<string, number>();
		for (const entry of entries) {
			const base = entry.caption || entryLabel(entry);
			const n = (seen.get(base) ?? 0) + 1;
			seen.set(base, n);
			this.renderEntry(root, file, entry, n === 1 ? base : `${base} (${n})`);
		}
	}

	private renderEntry(root: HTMLElement, file: TFile, entry: NoteComparisonEntry, label: string): void {
		const item = root.createDiv({ cls: "topic-tree-comparisons-item" });
		const header = item.createDiv({ cls: "topic-tree-comparisons-item-header" });
		const go = header.createEl("button", {
			cls: "clickable-icon topic-tree-comparisons-goto",
			attr: { type: "button", "aria-label": `Go to the table (line ${entry.line})`, "data-line": String(entry.line) },
		});
		setIcon(go, "arrow-up-right");
		header.createSpan({ cls: "topic-tree-comparisons-label", text: label });
		const panelEl = item.createDiv({ cls: "topic-tree-comparison-host" });
		const panel = createPanel(panelEl, this.deps, { key: entry.key, sourcePath: file.path, comparison: entry.comparison, line: entry.line, caption: label });
		this.panels.push(this.addChild(panel));
	}
}

/** A label for a comparison without a caption: "A vs B", "A vs B vs C and 2 more". */
function entryLabel(entry: NoteComparisonEntry): string {
	const names = entry.comparison.items.map((item) => plainText(item));
	return names.length <= 3 ? names.join(" vs ") : `${names.slice(0, 3).join(" vs ")} and ${names.length - 3} more`;
}
