/**
 * The Bases "Topic tree" view: the base's entries in hierarchy order, indented, with the view's
 * properties as columns. Ancestors outside the result are muted context (an option); a note with
 * several parents appears under each; branches show roll-ups (entries below, sum/min/max of
 * numbers). Rows, keyboard, hover preview, Mod-click and the context menu are the sidebar tree's
 * (src/tree-view/), and so is the virtual list: only the rows in view are in the DOM.
 */
import { Component, Menu, type HoverParent, type HoverPopover } from "obsidian";
import { BaseHierarchy } from "../core/bases/hierarchy";
import { RollupCache, childIds, formatRollup, isNumberColumn, rollupKind, rollupLabel } from "../core/bases/rollup";
import type { BaseCell, RollupKind } from "../core/bases/types";
import { TreeModel, type TreeRow } from "../core/tree";
import type { TopicTreeHost } from "../context";
import { openCompareNotes } from "../comparison/compare-notes";
import { OVERSCAN, ROW_HEIGHT } from "../tree-view/constants";
import { TypeAhead, runTreeKey, treeKeyAction } from "../tree-view/keyboard";
import { fillRowMenu } from "../tree-view/row-menu";
import { onCollapseIcon, registerRowEvents, rowAt } from "../tree-view/row-events";
import { RowTable } from "../tree-view/row-table";
import { createRowEl, renderRow, rowSelf } from "../tree-view/rows";
import { VirtualList } from "../tree-view/virtual-list";
import { openPath, targetOfEvent, type OpenTarget } from "../ui/navigation";
import { OPTION_CONTEXT, OPTION_COUNT, OPTION_ROLLUP } from "./constants";
import type { BasesOptionsAccess, BasesRenderer, BasesSnapshot } from "./snapshot";

interface CellParts {
	cells: HTMLElement;
}

const cellParts = new WeakMap<HTMLElement, CellParts>();

/** The tree renderer of one Bases view. */
export class BasesTreeRenderer extends Component implements BasesRenderer, HoverParent {
	hoverPopover: HoverPopover | null = null;
	readonly rootEl: HTMLElement;
	private readonly headerEl: HTMLElement;
	private readonly focusBarEl: HTMLElement;
	private readonly emptyEl: HTMLElement;
	private readonly list: VirtualList<TreeRow>;
	private snapshot: BasesSnapshot = { columns: [], entries: [] };
	private hierarchy: BaseHierarchy | null = null;
	private model: TreeModel | null = null;
	private rollups: RollupCache | null = null;
	private cellsByPath = new Map<string, BaseCell[]>();
	private numberColumns: boolean[] = [];
	private table = new RowTable([]);
	/** Keys of rows the user collapsed (every branch starts expanded). */
	private readonly collapsed = new Set<string>();
	private pinned: string | undefined = undefined;
	private focusKey: string | null = null;
	private hoverKey: string | null = null;
	private readonly typeAhead = new TypeAhead();

	constructor(
		containerEl: HTMLElement,
		private readonly host: TopicTreeHost,
		private readonly options: BasesOptionsAccess,
	) {
		super();
		this.rootEl = containerEl.createDiv({ cls: "topic-tree-bases topic-tree-bases-tree" });
		this.focusBarEl = this.rootEl.createDiv({ cls: "topic-tree-bases-focus topic-tree-hidden" });
		this.headerEl = this.rootEl.createDiv({ cls: "topic-tree-bases-header", attr: { "aria-hidden": "true" } });
		this.emptyEl = this.rootEl.createDiv({ cls: "topic-tree-bases-empty topic-tree-hidden", text: "No entries in this view." });
		const body = this.rootEl.createDiv({ cls: "topic-tree-bases-body" });
		this.list = new VirtualList<TreeRow>(body, {
			rowHeight: ROW_HEIGHT,
			overscan: OVERSCAN,
			keyOf: (row) => row.key,
			create: (parent) => this.createRow(parent),
			update: (el, row, index) => this.fillRow(el, row, index),
			focusKey: () => this.focusKey,
		});
		this.list.scrollEl.setAttribute("role", "tree");
		this.list.scrollEl.setAttribute("aria-label", "Topic tree of this base");
	}

	onload(): void {
		this.addChild(this.list);
		registerRowEvents(this, this.list.scrollEl, {
			rowOf: (target) => this.rowOf(target),
			click: (evt) => this.onClick(evt),
			middleClick: (row) => this.open(row, "tab"),
			hover: (evt) => this.onHover(evt),
			leave: () => (this.hoverKey = null),
			menu: (row, evt) => {
				this.setFocus(this.table.indexOf(row.key), false);
				this.menu(row).showAtMouseEvent(evt);
			},
			key: (evt) => this.onKey(evt),
			focusIn: (row) => {
				if (row.key === this.focusKey) return;
				this.focusKey = row.key;
				this.list.refresh();
			},
		});
		// The open note's rows are highlighted, as in the sidebar tree.
		this.registerEvent(this.host.app.workspace.on("file-open", () => this.list.refresh()));
		// Parent links are read from Topic Tree's index, which follows edits a moment after Bases does.
		const index = this.host.index;
		const ref = index.on("updated", (changed) => {
			// Changes reach the entries' ancestors through the changed notes' neighbours, which the event lists.
			const hierarchy = this.hierarchy;
			if (!hierarchy || !changed || [...changed].some((id) => hierarchy.getNode(id) !== undefined || this.cellsByPath.has(id))) this.rebuild();
		});
		this.register(() => index.offref(ref));
	}

	onunload(): void {
		this.rootEl.remove();
	}

	/** The rows shown, in order (for tests and the keyboard). */
	get rows(): readonly TreeRow[] {
		return this.table.rows;
	}

	update(snapshot: BasesSnapshot): void {
		this.snapshot = snapshot;
		this.rebuild();
	}

	private rollupKind(): RollupKind {
		const value = this.options.get(OPTION_ROLLUP);
		return value === undefined ? "sum" : rollupKind(value);
	}

	private rebuild(): void {
		const { entries, columns } = this.snapshot;
		const context = this.options.get(OPTION_CONTEXT) !== false;
		const graph = this.host.index.core.graph;
		const titled = entries.map((e) => ({ path: e.path, title: graph.getNode(e.path)?.title ?? e.title }));
		const hierarchy = new BaseHierarchy(graph, titled, { context });
		this.hierarchy = hierarchy;
		this.model = new TreeModel(hierarchy, { sort: "manual", showGhosts: true });
		this.cellsByPath = new Map(entries.map((e) => [e.path, e.cells]));
		this.numberColumns = columns.map((_, c) => isNumberColumn(entries.map((e) => e.cells[c] ?? { text: "", number: null })));
		this.rollups = new RollupCache({ children: childIds(hierarchy), cellsOf: (id) => (hierarchy.isEntry(id) ? this.cellsByPath.get(id) : undefined), columns: columns.length }, this.rollupKind());
		if (this.pinned !== undefined && !hierarchy.getNode(this.pinned)) this.pinned = undefined;
		this.renderHeader();
		this.refresh();
	}

	private refresh(): void {
		const model = this.model;
		if (!model) return;
		const rows = model.flatten({ expanded: new Set(), expandWhere: (key) => !this.collapsed.has(key), pinned: this.pinned });
		this.table = new RowTable(rows);
		this.emptyEl.toggleClass("topic-tree-hidden", rows.length > 0);
		this.renderFocusBar();
		this.list.setItems(rows);
	}

	private renderHeader(): void {
		const header = this.headerEl;
		header.empty();
		header.createDiv({ cls: "topic-tree-bases-header-title", text: "Note" });
		const cells = header.createDiv({ cls: "topic-tree-bases-cells" });
		this.snapshot.columns.forEach((col, c) => {
			cells.createDiv({ cls: `topic-tree-bases-cell${this.numberColumns[c] ? " is-number" : ""}`, text: col.name });
		});
	}

	private renderFocusBar(): void {
		const bar = this.focusBarEl;
		bar.empty();
		bar.toggleClass("topic-tree-hidden", this.pinned === undefined);
		if (this.pinned === undefined) return;
		bar.createSpan({ text: `Focused on ${this.titleOf(this.pinned)}` });
		const button = bar.createEl("button", { text: "Show all", cls: "topic-tree-bases-show-all" });
		button.addEventListener("click", () => {
			this.pinned = undefined;
			this.refresh();
		});
	}

	private titleOf(id: string): string {
		return this.hierarchy?.getNode(id)?.title ?? id;
	}

	private createRow(parent: HTMLElement): HTMLElement {
		const el = createRowEl(parent);
		el.removeAttribute("draggable");
		const self = rowSelf(el);
		const cells = (self ?? el).createDiv({ cls: "topic-tree-bases-cells" });
		cellParts.set(el, { cells });
		return el;
	}

	private fillRow(el: HTMLElement, row: TreeRow, index: number): void {
		const hierarchy = this.hierarchy;
		if (!hierarchy) return;
		const isEntry = hierarchy.isEntry(row.id);
		const node = hierarchy.getNode(row.id);
		const parents = hierarchy.parentsOf(row.id).map((e) => e.parent);
		const alsoUnder = parents.length > 1 ? parents.filter((p) => p !== row.parentId).map((p) => this.titleOf(p)) : [];
		renderRow(el, row, {
			title: node?.title ?? row.id,
			muted: "",
			tooltip: node?.path ?? node?.title ?? row.id,
			group: false,
			ghost: node?.kind === "ghost",
			inCycle: hierarchy.cycleOf(row.id) !== undefined,
			alsoUnder,
			active: row.id === this.host.app.workspace.getActiveFile()?.path,
			focused: row.key === this.focusKey,
			dropTarget: false,
			posInSet: this.table.positionInSet(index),
			setSize: this.table.setSize(index),
		});
		el.toggleClass("is-context", !isEntry);
		if (!isEntry) el.setAttr("aria-description", "Not in this base: shown for context");
		else el.removeAttribute("aria-description");
		const branch = row.childCount > 0 && !row.cycleBack;
		const rollup = branch ? this.rollups?.of(row.id) : undefined;
		const flair = el.querySelector<HTMLElement>(".tree-item-flair");
		const count = this.options.get(OPTION_COUNT) !== false && rollup !== undefined;
		flair?.setText(count ? String(rollup.count) : "");
		flair?.setAttr("aria-label", count ? `${rollup.count} entries below` : "");
		el.querySelector(".tree-item-flair-outer")?.toggleClass("topic-tree-hidden", !count);
		const parts = cellParts.get(el);
		if (!parts) return;
		parts.cells.empty();
		const own = isEntry ? this.cellsByPath.get(row.id) : undefined;
		const label = rollupLabel(this.rollupKind());
		this.snapshot.columns.forEach((col, c) => {
			const cell = parts.cells.createDiv({ cls: `topic-tree-bases-cell${this.numberColumns[c] ? " is-number" : ""}`, attr: { "data-property": col.id } });
			const text = own?.[c]?.text ?? "";
			if (text !== "") cell.createSpan({ cls: "topic-tree-bases-value", text });
			const total = rollup?.values[c];
			if (total !== null && total !== undefined && this.numberColumns[c]) {
				cell.createSpan({ cls: "topic-tree-bases-rollup", text: `${label} ${formatRollup(total)}`, attr: { "aria-label": `${col.name}: ${label === "Σ" ? "sum" : label} below` } });
			}
		});
	}

	private rowOf(target: EventTarget | null): TreeRow | undefined {
		return rowAt(this.list, this.table.rows, target);
	}

	private onClick(evt: MouseEvent): void {
		const row = this.rowOf(evt.target);
		if (!row) return;
		if (onCollapseIcon(this.list, row, evt.target)) {
			this.setFocus(this.table.indexOf(row.key), false);
			this.setExpanded(row, !row.expanded);
			return;
		}
		this.open(row, targetOfEvent(evt));
	}

	private onHover(evt: MouseEvent): void {
		const row = this.rowOf(evt.target);
		if (!row || row.key === this.hoverKey) return;
		this.hoverKey = row.key;
		const node = this.hierarchy?.getNode(row.id);
		const el = this.list.elementOf(row.key);
		if (!node?.path || !el) return;
		this.host.app.workspace.trigger("hover-link", { event: evt, source: this.host.hoverSource, hoverParent: this, targetEl: rowSelf(el) ?? el, linktext: node.path, sourcePath: "" });
	}

	private open(row: TreeRow, target: OpenTarget): void {
		this.setFocus(this.table.indexOf(row.key), false);
		const node = this.hierarchy?.getNode(row.id);
		if (node?.path) void openPath(this.host.app, node.path, target);
	}

	private setExpanded(row: TreeRow, open: boolean): void {
		if (open) this.collapsed.delete(row.key);
		else this.collapsed.add(row.key);
		this.refresh();
	}

	private setFocus(index: number, domFocus: boolean): void {
		const row = this.table.rows[index];
		if (!row) return;
		this.focusKey = row.key;
		this.list.invalidate();
		this.list.scrollToIndex(index);
		if (domFocus) this.list.elementOf(row.key)?.focus({ preventScroll: true });
	}

	private menu(row: TreeRow): Menu {
		const menu = new Menu();
		const node = this.hierarchy?.getNode(row.id);
		if (this.host.index.core.graph.getNode(row.id)) {
			fillRowMenu(menu, row, {
				host: this.host,
				activePath: this.host.app.workspace.getActiveFile()?.path ?? null,
				writer: null,
				pin: (id) => {
					this.pinned = id;
					this.refresh();
				},
				compare: (ids, title) => void openCompareNotes(this.host, ids, { title }),
			});
		} else if (node?.path) {
			const path = node.path;
			menu.addItem((item) => item.setTitle("Open in new tab").setIcon("file-plus").onClick(() => void openPath(this.host.app, path, "tab")));
		}
		return menu;
	}

	private onKey(evt: KeyboardEvent): void {
		if (this.rowOf(evt.target) === undefined && evt.target !== this.list.scrollEl) return;
		const action = treeKeyAction(evt);
		if (!action || this.table.length === 0) return;
		evt.preventDefault();
		evt.stopPropagation();
		runTreeKey(action, {
			table: this.table,
			focusIndex: Math.max(0, this.table.indexOf(this.focusKey)),
			filtering: false,
			typeAhead: this.typeAhead,
			titleAt: (i) => this.titleOf(this.table.rows[i].id),
			focus: (i) => this.setFocus(i, true),
			setExpanded: (row, open) => this.setExpanded(row, open),
			expandRows: (rows) => {
				for (const row of rows) this.collapsed.delete(row.key);
				this.refresh();
			},
			open: (row) => this.open(row, targetOfEvent(evt)),
			menu: (row) => {
				const rect = this.list.elementOf(row.key)?.getBoundingClientRect();
				this.menu(row).showAtPosition({ x: (rect?.left ?? 0) + 16, y: rect?.bottom ?? 0 });
			},
		});
	}
}
