/**
 * Reading view: every markdown table that reads as a comparison becomes an interactive panel
 * (the original table stays in the DOM, hidden, so other plugins and find-in-page still see it);
 * other tables get a small "Compare" button on hover. A toggle switches a table back and forth
 * and is remembered per table.
 */
import { MarkdownRenderChild, setIcon, type App, type MarkdownPostProcessor, type MarkdownPostProcessorContext } from "obsidian";
import { detectComparison, noteOverride, type Comparison } from "../core/tables/comparison";
import { plainText } from "../core/tables/normalise";
import { parseTables, type MdTable } from "../core/tables/parse";
import { ComparisonPanel, type PanelOptions } from "./panel";
import { effectiveOverride, tableKey, type TableStates } from "./state";

/** What every comparison mount needs (built once by the feature). */
export interface ComparisonDeps {
	app: App;
	states: TableStates;
	/** Hover source id for item links' page previews. */
	hoverSource: string;
	/** Replaces the panel's markdown renderer (tests). */
	renderMarkdown?: PanelOptions["renderMarkdown"];
}

/** One table's place in a note. */
export interface PanelSpec {
	/** Persisted-state key (see `tableKey`). */
	key: string;
	sourcePath: string;
	comparison: Comparison;
	/** 1-based line of the table's header row, 0 when unknown. */
	line: number;
	/** Caption to show instead of the nearest heading. */
	caption?: string;
}

/** Class of the hidden original table while its panel is shown. */
export const SOURCE_TABLE_CLASS = "topic-tree-source-table";
/** Class of the element holding a table's panel or its Compare button, inserted before the table. */
export const MOUNT_CLASS = "topic-tree-comparison-mount";

/** The note's headings with 1-based lines, from the metadata cache. */
export function headingsOf(app: App, sourcePath: string): Array<{ heading: string; line: number }> {
	return (app.metadataCache.getCache(sourcePath)?.headings ?? []).map((h) => ({ heading: h.heading, line: h.position.start.line + 1 }));
}

/** A panel caption: the nearest heading above the table, else "A vs B vs C". */
export function captionFor(app: App, sourcePath: string, line: number, comparison: Comparison): string {
	if (line > 0) {
		const above = headingsOf(app, sourcePath).filter((h) => h.line < line);
		const nearest = above[above.length - 1];
		if (nearest) return nearest.heading;
	}
	const names = comparison.items.map((item) => plainText(item));
	return names.length <= 3 ? names.join(" vs ") : `${names.slice(0, 3).join(" vs ")} and ${names.length - 3} more`;
}

/** Build a panel for a table, restoring and persisting its state under `spec.key`. Not loaded: add it as a child. */
export function createPanel(el: HTMLElement, deps: ComparisonDeps, spec: PanelSpec): ComparisonPanel {
	const options: PanelOptions = {
		app: deps.app,
		sourcePath: spec.sourcePath,
		comparison: spec.comparison,
		caption: spec.caption ?? captionFor(deps.app, spec.sourcePath, spec.line, spec.comparison),
		state: deps.states.get(spec.key).panel,
		onState: (state) => deps.states.setPanel(spec.key, state),
		headings: headingsOf(deps.app, spec.sourcePath),
		hoverSource: deps.hoverSource,
	};
	if (deps.renderMarkdown) options.renderMarkdown = deps.renderMarkdown;
	return new ComparisonPanel(el, options);
}

/** The note's `comparison` property: the metadata cache's front matter, else the render context's. */
export function noteProperty(app: App, sourcePath: string, ctxFrontmatter?: unknown): unknown {
	const cached = app.metadataCache.getCache(sourcePath)?.frontmatter;
	if (cached && "comparison" in cached) return cached.comparison;
	const given = ctxFrontmatter && typeof ctxFrontmatter === "object" ? (ctxFrontmatter as Record<string, unknown>) : undefined;
	return given?.comparison;
}

const MARKDOWN_SPECIAL = /[\\`*_[\]<>#~=|!]/g;

/** A rendered cell's text as markdown that renders back to the same text. */
function cellText(cell: Element): string {
	return (cell.textContent ?? "").replace(/\s+/g, " ").trim().replace(MARKDOWN_SPECIAL, "\\$&");
}

/** Read a rendered `<table>` back into an MdTable (when the source lines are unknown). Null without a header row. */
export function tableFromDom(tableEl: HTMLTableElement): MdTable | null {
	const rows = Array.from(tableEl.rows);
	const headRow = tableEl.tHead?.rows[0] ?? rows[0];
	if (!headRow) return null;
	const header = Array.from(headRow.cells, cellText);
	const body = rows.filter((r) => r !== headRow && r.parentElement !== tableEl.tHead);
	const width = header.length;
	const cells = body.map((r) => {
		const row = Array.from(r.cells, cellText).slice(0, width);
		while (row.length < width) row.push("");
		return row;
	});
	return { line: 0, endLine: 0, header, align: header.map(() => null), rows: cells, quoteDepth: 0 };
}

/** Tables a post processor may turn into panels: markdown tables, not ones drawn by code blocks (Dataview, ours) or inside a panel. */
function candidateTables(el: HTMLElement): HTMLTableElement[] {
	// tagName, not instanceof: elements of popout windows belong to another window's classes.
	const all = el.tagName === "TABLE" ? [el as HTMLTableElement] : Array.from(el.getElementsByTagName("table"));
	if (all.length === 0) return all;
	return all.filter((t) => !t.closest(`[class*="block-language-"], .dataview, .${MOUNT_CLASS}, .topic-tree-panel`) && !t.hasClass(SOURCE_TABLE_CLASS));
}

/** The markdown tables of the section `el`, from its source lines; null when the source is unknown or does not match the DOM. */
function sourceTables(el: HTMLElement, ctx: MarkdownPostProcessorContext, count: number): MdTable[] | null {
	const info = ctx.getSectionInfo(el);
	if (!info) return null;
	const lines = info.text.split("\n").slice(info.lineStart, info.lineEnd + 1);
	const tables = parseTables(lines.join("\n"), { startLine: info.lineStart + 1 });
	return tables.length === count ? tables : [];
}

/** The Reading view post processor. */
export function createTablePostProcessor(deps: ComparisonDeps, enabled: () => boolean = () => true): MarkdownPostProcessor {
	return (el, ctx) => {
		if (!enabled()) return;
		const tableEls = candidateTables(el);
		if (tableEls.length === 0) return;
		// With section info, a count mismatch means tables the parser does not see (e.g. drawn by another plugin): leave them alone.
		const parsed = sourceTables(el, ctx, tableEls.length);
		const property = noteProperty(deps.app, ctx.sourcePath, ctx.frontmatter);
		tableEls.forEach((tableEl, i) => {
			const table = parsed === null ? tableFromDom(tableEl) : parsed[i];
			if (!table || table.header.length < 2) return;
			ctx.addChild(new TableMount(tableEl, deps, { sourcePath: ctx.sourcePath, table, noteProperty: property }));
		});
	};
}

/** A rendered table and where it came from. */
interface MountSpec {
	sourcePath: string;
	table: MdTable;
	/** The note's `comparison` front matter value. */
	noteProperty: unknown;
}

/**
 * One table in Reading view: a container before the table shows either the panel (with a
 * "Comparison panel / Original table" switch; the table hidden) or the hover "Compare" button.
 */
export class TableMount extends MarkdownRenderChild {
	private panel: ComparisonPanel | null = null;
	private readonly key: string;

	constructor(
		readonly tableEl: HTMLElement,
		private readonly deps: ComparisonDeps,
		private readonly spec: MountSpec,
	) {
		const mountEl = createDiv({ cls: MOUNT_CLASS });
		tableEl.before(mountEl);
		super(mountEl);
		this.key = tableKey(spec.sourcePath, spec.table);
	}

	/** The persisted-state key of this table. */
	get stateKey(): string {
		return this.key;
	}

	/** Whether the panel is shown. */
	get showsPanel(): boolean {
		return this.panel !== null;
	}

	onload(): void {
		this.render();
	}

	onunload(): void {
		this.panel = null;
		this.tableEl.removeClass(SOURCE_TABLE_CLASS);
		this.containerEl.remove();
	}

	/** Show the panel (true) or the original table (false), and remember the choice for this table. */
	choose(panel: boolean): void {
		const auto = detectComparison(this.spec.table, noteOverride(this.spec.noteProperty)).comparison !== null;
		this.deps.states.setOverride(this.key, panel === auto ? "auto" : panel ? "on" : "off");
		this.render();
	}

	private render(): void {
		if (this.panel) this.removeChild(this.panel);
		this.panel = null;
		const el = this.containerEl;
		el.empty();
		const saved = this.deps.states.get(this.key).override;
		const { comparison } = detectComparison(this.spec.table, effectiveOverride(saved, this.spec.noteProperty));
		el.removeClass("is-panel", "is-offer");
		this.tableEl.toggleClass(SOURCE_TABLE_CLASS, comparison !== null);
		if (comparison) {
			el.addClass("is-panel");
			this.renderSwitch(true);
			const panelEl = el.createDiv({ cls: "topic-tree-comparison-host" });
			this.panel = this.addChild(createPanel(panelEl, this.deps, { key: this.key, sourcePath: this.spec.sourcePath, comparison, line: this.spec.table.line }));
		} else if (saved === "off") {
			this.renderSwitch(false);
		} else {
			el.addClass("is-offer");
			this.renderOffer();
		}
	}

	/** The two-button switch between the panel and the original table. */
	private renderSwitch(panelShown: boolean): void {
		const group = this.containerEl.createDiv({ cls: "topic-tree-comparison-switch", attr: { role: "group", "aria-label": "Show this table as" } });
		const button = (text: string, icon: string, pressed: boolean, panel: boolean): void => {
			const b = group.createEl("button", { cls: "topic-tree-switch-button", attr: { type: "button", "aria-pressed": String(pressed) } });
			setIcon(b.createSpan({ cls: "topic-tree-switch-icon" }), icon);
			b.createSpan({ text });
			this.registerDomEvent(b, "click", () => {
				if (!pressed) this.choose(panel);
			});
		};
		button("Comparison panel", "table-2", panelShown, true);
		button("Original table", "table", !panelShown, false);
	}

	/** The unobtrusive button that turns a plain table into a panel. */
	private renderOffer(): void {
		if (detectComparison(this.spec.table, "on").comparison === null) return;
		const b = this.containerEl.createEl("button", {
			cls: "topic-tree-compare-offer clickable-icon",
			attr: { type: "button", "aria-label": "Show as comparison panel" },
		});
		setIcon(b.createSpan({ cls: "topic-tree-switch-icon" }), "table-2");
		b.createSpan({ text: "Compare" });
		this.registerDomEvent(b, "click", () => this.choose(true));
	}
}
