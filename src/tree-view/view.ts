/**
 * The sidebar view: a virtualised topic tree with a filter, sort and pin controls, following
 * the active note, and a related-notes section for it. Rows use Obsidian's own tree classes.
 */
import { ItemView, Menu, Platform, type HoverParent, type HoverPopover, type TFile, type WorkspaceLeaf } from "obsidian";
import { isGroupRow, restoreExpanded, saveExpanded, UNLINKED_GROUP, type TreeFilter, type TreeRow } from "../core/tree";
import { openCompareNotes } from "../comparison/compare-notes";
import type { IndexStatus, TopicTreeHost } from "../context";
import { RelatedSection } from "../related/related-section";
import type { ViewState } from "../settings/settings";
import { openNode, targetOfEvent, triggerHover, type OpenTarget } from "../ui/navigation";
import { titleOf, type ParentWrites } from "./actions";
import { RowDragDrop } from "./drag";
import { filterAfterUpdate } from "./filter-update";
import { OVERSCAN, ROW_HEIGHT, TREE_ICON, VIEW_TYPE_TOPIC_TREE } from "./constants";
import { TreeHeader } from "./header";
import { runTreeKey, treeKeyAction, TypeAhead, type TreeKeyAction } from "./keyboard";
import { choosePath } from "./reveal";
import { fillRowMenu } from "./row-menu";
import { RowLabels } from "./row-decor";
import { rowSignature } from "./row-signature";
import { onCollapseIcon, registerRowEvents, rowAt } from "./row-events";
import { RowTable } from "./row-table";
import { createRowEl, renderRow, renderRowPosition, rowSelf, type RowDecor } from "./rows";
import { showSortMenu } from "./sort-menu";
import { renderStatus } from "./status";
import { VirtualList } from "./virtual-list";

/** The topic tree in a sidebar leaf. */
export class TopicTreeView extends ItemView implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	private header!: TreeHeader;
	private list!: VirtualList<TreeRow>;
	private related!: RelatedSection;
	private progressEl!: HTMLElement;
	private emptyEl!: HTMLElement;
	private table = new RowTable([]);
	private expanded = new Set<string>();
	private filter: TreeFilter | null = null;
	private focusKey: string | null = null;
	private activeId: string | null = null;
	private activeKey: string | null = null;
	/** Whether the active note has been scrolled into view since the first full index finished. */
	private scrolledAfterIndex = false;
	/** The row the user last opened or navigated from: the preferred place to reveal the next note. */
	private lastKey: string | null = null;
	private hoverKey: string | null = null;
	private dropKey: string | null = null;
	/** Multi-selection for Compare notes: row key → node id, in selection order. */
	private readonly selection = new Map<string, string>();
	/** Where a Shift-click range starts. */
	private anchorKey: string | null = null;
	private readonly typeAhead = new TypeAhead();
	private lastState: IndexStatus["state"] = "ready";
	/** What each row element shows (`rowSignature`): re-renders skip the rows that did not change. */
	private readonly shown = new WeakMap<HTMLElement, string>();
	private readonly labels = new RowLabels((id) => this.host.index.core.graph.getNode(id));

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: TopicTreeHost,
		private readonly writer: ParentWrites | null = null,
	) {
		super(leaf);
	}

	getViewType(): string {
		return VIEW_TYPE_TOPIC_TREE;
	}

	getDisplayText(): string {
		return "Topic tree";
	}

	getIcon(): string {
		return TREE_ICON;
	}

	/** The scroll container of the rows (tests and the commands read its state). */
	get scrollEl(): HTMLElement {
		return this.list.scrollEl;
	}

	/** The rows as currently flattened. */
	get rows(): readonly TreeRow[] {
		return this.table.rows;
	}

	async onOpen(): Promise<void> {
		const view = this.state;
		this.expanded = new Set([...restoreExpanded(this.host.index.model.keys, view.expanded), ...(view.unlinkedOpen ? [UNLINKED_GROUP] : [])]);
		const settings = this.host.store.data.settings;
		this.host.index.model.setOptions({ sort: view.sort, descending: view.descending, showGhosts: settings.showGhosts, unlinked: settings.unlinkedNotes });
		const root = this.contentEl;
		root.empty();
		root.addClass("topic-tree-view");
		// Taller rows for touch; the list measures the stylesheet's height.
		root.toggleClass("is-touch", Platform.isMobile);
		this.header = this.addChild(
			new TreeHeader(root, {
				filter: (query) => this.applyFilter(query),
				sortMenu: (evt, anchor) => this.showSortMenu(evt, anchor),
				collapseAll: () => this.collapseAll(),
				revealActive: () => this.revealActive(),
				togglePin: () => this.togglePin(),
				unpin: () => this.unpin(),
				refresh: () => void this.host.index.rebuild(),
				focusTree: () => this.focusTree(),
			}),
		);
		this.progressEl = root.createDiv({ cls: "topic-tree-progress topic-tree-hidden", attr: { "aria-live": "polite" } });
		this.emptyEl = root.createDiv({ cls: "topic-tree-empty topic-tree-hidden" });
		this.list = this.addChild(
			new VirtualList<TreeRow>(root, {
				rowHeight: ROW_HEIGHT,
				overscan: OVERSCAN,
				keyOf: (row) => row.key,
				create: (parent) => createRowEl(parent),
				update: (el, row, index) => this.fillRow(el, row, index),
				afterRender: (rendered) => this.rovingTabIndex(rendered),
				focusKey: () => this.focusKey,
			}),
		);
		this.list.scrollEl.addClass("nav-files-container");
		this.list.scrollEl.setAttrs({ role: "tree", "aria-label": "Topic tree" });
		this.related = this.addChild(new RelatedSection(root, this.host, this, { resizeWithin: root }));
		this.registerListEvents(this.list.scrollEl);
		this.registerEvent(this.host.index.on("updated", (changed) => this.onIndexUpdated(changed)));
		this.registerEvent(
			this.host.index.on("status", (status) => {
				// Only the progress line changes while indexing; the rows follow `updated`.
				if (status.state === "ready" && this.lastState !== "ready") this.refresh();
				else this.renderStatus();
				this.lastState = status.state;
			}),
		);
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.onActiveFile(file)));
		this.registerEvent(this.app.workspace.on("css-change", () => this.list.measureRowHeight()));
		this.registerEvent(
			this.app.vault.on("rename", (file, oldPath) => {
				// The index renames the node; keep following the same note under its new path.
				if (oldPath !== this.activeId) return;
				this.activeId = file.path;
				this.activeKey = null;
				this.related.setActive(file.path);
			}),
		);
		this.registerEvent(
			this.app.workspace.on("active-leaf-change", () => {
				const file = this.app.workspace.getActiveFile();
				if (file) this.onActiveFile(file);
			}),
		);
		this.registerEvent(
			this.host.store.on("settings", (settings, previous) => {
				if (settings.showGhosts !== previous.showGhosts || settings.unlinkedNotes !== previous.unlinkedNotes) {
					this.host.index.model.setOptions({ showGhosts: settings.showGhosts, unlinked: settings.unlinkedNotes });
					this.filter = null;
					this.refresh();
				} else if (settings.rowLabel !== previous.rowLabel) this.refresh();
				if (settings.followActiveNote && !previous.followActiveNote) this.revealActive();
			}),
		);
		this.lastState = this.host.index.status.state;
		// Render once: revealing the active note changes the rows and the scroll position first.
		this.refresh(false);
		const renders = this.list.renderCount;
		this.onActiveFile(this.app.workspace.getActiveFile());
		if (this.list.renderCount === renders) this.list.render();
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
	}

	/** Reveals and highlights a note's row (expanding its ancestors and scrolling to it). */
	revealNote(path: string): boolean {
		this.activeId = path;
		this.related.setActive(path);
		return this.reveal(path);
	}

	/** Pins the tree to a node: only its subtree is shown, opened one level. */
	pin(id: string): void {
		this.expanded.add(this.host.index.model.keyOf([id], id));
		this.host.store.updateView({ pinned: id });
		this.saveExpanded();
		this.list.scrollEl.scrollTop = 0;
		this.refresh();
		if (this.activeId !== null) this.reveal(this.activeId, false);
	}

	/** Shows the whole tree again. */
	unpin(): void {
		this.host.store.updateView({ pinned: null });
		this.refresh();
		if (this.activeId !== null) this.reveal(this.activeId);
	}

	/** Ids of the selected notes (Shift-click, Alt-click), in selection order, without duplicates or ghosts. */
	selectedIds(): string[] {
		const graph = this.host.index.core.graph;
		return [...new Set(this.selection.values())].filter((id) => graph.getNode(id)?.kind === "note");
	}

	/** Empties the multi-selection. */
	clearSelection(): void {
		if (this.selection.size === 0) return;
		this.selection.clear();
		this.list.refresh();
	}

	/** Re-flattens the rows and renders the visible ones, re-using their elements (`render` false: the caller renders). */
	refresh(render = true): void {
		const model = this.host.index.model;
		const query = this.header.query.trim();
		if (query !== "" && this.filter === null) this.filter = model.filter(query);
		const pinned = this.pinnedId();
		const rows = model.flatten({ expanded: this.expanded, pinned, filter: this.filter });
		this.table = new RowTable(rows, this.table);
		this.labels.update(rows, this.host.store.data.settings.rowLabel, model.patchOf(rows));
		if (this.focusKey !== null && this.table.indexOf(this.focusKey) === -1) this.focusKey = null;
		this.list.setItems(rows, render);
		this.header.setCount(this.filter ? this.filter.count : null);
		// While filtering, the related-notes section gives the results most of the height.
		this.contentEl.toggleClass("is-filtering", this.filter !== null);
		this.header.setPinned(pinned === undefined ? null : titleOf(this.host, pinned));
		this.renderStatus();
	}

	private get state(): ViewState {
		return this.host.store.data.view;
	}

	private pinnedId(): string | undefined {
		return this.state.pinned ?? undefined;
	}

	private renderStatus(): void {
		const empty = renderStatus(this.progressEl, this.emptyEl, {
			status: this.host.index.status,
			matches: this.filter ? this.filter.count : null,
			pinned: this.pinnedId() !== undefined,
			hasHierarchy: () => this.hasHierarchy(),
			parentField: this.host.store.data.settings.parentFields[0] ?? "up",
		});
		this.list.scrollEl.toggleClass("topic-tree-hidden", empty);
	}

	private hasHierarchy(): boolean {
		const model = this.host.index.model;
		return model.splitRoots().linked.some((id) => model.childCount(id) > 0);
	}

	private onIndexUpdated(changed: ReadonlySet<string> | null): void {
		this.filter = filterAfterUpdate(this.host.index.model, this.filter, this.header.query.trim(), changed);
		this.refresh();
		if (this.activeId === null || !this.host.store.data.settings.followActiveNote) return;
		// Once the first full index is done, the active note's row exists for sure: scroll to it
		// once. Later updates only re-expand (never yank the scroll position while people browse).
		const firstReady = !this.scrolledAfterIndex && this.host.index.status.state === "ready";
		if (firstReady) {
			this.scrolledAfterIndex = true;
			this.reveal(this.activeId, true);
		} else if (this.table.indexOf(this.activeKey) === -1) {
			this.reveal(this.activeId, false);
		}
	}

	private applyFilter(query: string): void {
		const trimmed = query.trim();
		this.filter = trimmed === "" ? null : this.host.index.model.filter(trimmed);
		this.list.scrollEl.scrollTop = 0;
		this.refresh();
		// Back from a filter: the open note (perhaps opened from a result) stays revealed, selected, in view.
		if (this.filter === null && this.activeId !== null && this.host.index.core.graph.getNode(this.activeId)) this.reveal(this.activeId);
	}

	/** Fills a row element: the model's row plus badges, active and focus state. */
	private fillRow(el: HTMLElement, row: TreeRow, index: number): void {
		const model = this.host.index.model;
		const graph = this.host.index.core.graph;
		const node = graph.getNode(row.id);
		const group = isGroupRow(row);
		const parents = group ? [] : model.parents(row.id);
		const alsoUnder = parents.length > 1 ? parents.filter((p) => p !== row.parentId).map((p) => titleOf(this.host, p)) : [];
		const activeShown = this.activeKey !== null && this.table.indexOf(this.activeKey) !== -1;
		const active = activeShown ? row.key === this.activeKey : row.id === this.activeId;
		const decor: RowDecor = {
			...this.labels.of(row, active),
			ghost: node?.kind === "ghost",
			file: node?.kind === "file",
			inCycle: !group && graph.cycleOf(row.id) !== undefined,
			alsoUnder,
			active,
			focused: row.key === this.focusKey,
			dropTarget: row.key === this.dropKey,
			selected: this.selection.has(row.key),
			posInSet: this.table.positionInSet(index),
			setSize: this.table.setSize(index),
		};
		const signature = rowSignature(row, decor);
		if (this.shown.get(el) === signature) return renderRowPosition(el, decor);
		this.shown.set(el, signature);
		renderRow(el, row, decor);
	}

	/** Exactly one rendered row is tabbable: the focused row, else the first rendered one. */
	private rovingTabIndex(rendered: ReadonlyMap<string, HTMLElement>): void {
		let target = this.focusKey !== null && rendered.has(this.focusKey) ? this.focusKey : null;
		if (target === null) {
			const first = this.list.itemAt(this.list.range().start);
			target = first ? first.key : null;
		}
		for (const [key, el] of rendered) {
			const tabIndex = key === target ? 0 : -1;
			if (el.tabIndex !== tabIndex) el.tabIndex = tabIndex;
		}
	}

	// --- Active note ---

	private onActiveFile(file: TFile | null): void {
		const id = file ? file.path : null;
		if (id === this.activeId && (id === null || this.table.indexOf(this.activeKey) !== -1)) return;
		this.activeId = id;
		this.related.setActive(id);
		if (id !== null && this.host.store.data.settings.followActiveNote && this.host.index.core.graph.getNode(id)) {
			this.reveal(id);
		} else {
			this.activeKey = null;
			this.list.refresh();
		}
	}

	private revealActive(): void {
		const id = this.activeId ?? this.app.workspace.getActiveFile()?.path ?? null;
		if (id !== null) this.revealNote(id);
	}

	/** Expands the ancestors of the chosen row for `id`, marks it active and scrolls to it. */
	private reveal(id: string, scroll = true): boolean {
		const model = this.host.index.model;
		const lastPath = this.lastKey === null ? null : model.pathOf(this.lastKey);
		const path = choosePath(model, id, lastPath, this.pinnedId(), (ids) => this.table.indexOf(model.keyOf(ids)) !== -1);
		if (!path) {
			this.activeKey = null;
			this.list.refresh();
			return false;
		}
		let changed = false;
		for (const key of model.keysToReveal(path, this.pinnedId())) {
			if (!this.expanded.has(key)) {
				this.expanded.add(key);
				changed = true;
			}
		}
		if (changed) this.saveExpanded();
		this.activeKey = model.keyOf(path, this.pinnedId());
		this.lastKey = this.activeKey;
		// One render, after the scroll position is known (a filter shows the same rows whatever is expanded).
		if (this.filter === null) this.refresh(false);
		const index = this.table.indexOf(this.activeKey);
		if (index !== -1) this.focusKey = this.activeKey;
		if (index !== -1 && scroll) this.list.scrollToIndex(index, "auto");
		else this.list.render();
		return index !== -1;
	}

	// --- Expansion, sort, pin ---

	private saveExpanded(): void {
		this.host.store.updateView({ expanded: saveExpanded(this.host.index.model.keys, this.expanded), unlinkedOpen: this.expanded.has(UNLINKED_GROUP) });
	}

	private setExpanded(row: TreeRow, open: boolean): void {
		if (row.cycleBack || row.childCount === 0 || this.filter !== null) return;
		// Deleted first, so that the set's order stays the order of expanding (the saved bound keeps the latest).
		this.expanded.delete(row.key);
		if (open) this.expanded.add(row.key);
		else if (this.focusKey !== null && this.host.index.model.keys.isBelow(this.focusKey, row.key)) this.focusKey = row.key;
		this.saveExpanded();
		this.refresh();
	}

	private collapseAll(): void {
		this.expanded.clear();
		this.saveExpanded();
		if (this.focusKey !== null) this.focusKey = this.host.index.model.keys.topOf(this.focusKey);
		this.list.scrollEl.scrollTop = 0;
		this.refresh();
	}

	private showSortMenu(evt: MouseEvent | KeyboardEvent, anchor: HTMLElement): void {
		const { sort, descending } = this.state;
		showSortMenu({ sort, descending, change: (patch) => this.setSort(patch) }, evt, anchor);
	}

	private setSort(patch: Partial<Pick<ViewState, "sort" | "descending">>): void {
		this.host.store.updateView(patch);
		this.host.index.model.setOptions(patch);
		this.refresh();
		const index = this.table.indexOf(this.focusKey ?? this.activeKey);
		if (index !== -1) this.list.scrollToIndex(index, "auto");
	}

	private togglePin(): void {
		if (this.pinnedId() !== undefined) {
			this.unpin();
			return;
		}
		const id = this.table.get(this.focusKey)?.id ?? this.activeId;
		if (id !== null && this.host.index.core.graph.getNode(id)) this.pin(id);
	}

	// --- Mouse, menus, drag and drop ---

	private registerListEvents(el: HTMLElement): void {
		registerRowEvents(this, el, {
			rowOf: (target) => this.rowOf(target),
			click: (evt) => this.onClick(evt),
			middleClick: (row) => this.activate(row, "tab"),
			hover: (evt) => this.onHover(evt),
			leave: () => (this.hoverKey = null),
			menu: (row, evt) => {
				if (isGroupRow(row)) return;
				this.setFocus(this.table.indexOf(row.key), false);
				this.rowMenu(row).showAtMouseEvent(evt);
			},
			key: (evt) => this.onKey(evt),
			focusIn: (row) => {
				if (row.key === this.focusKey) return;
				this.focusKey = row.key;
				this.list.refresh();
			},
		});
		new RowDragDrop({
			host: this.host,
			writer: this.writer,
			rowOf: (target) => {
				const row = this.rowOf(target);
				return row && !isGroupRow(row) ? row : undefined;
			},
			sourcePath: () => this.activeId ?? "",
			showDropTarget: (key) => this.setDropKey(key),
		}).register(this, el);
	}

	private rowOf(target: EventTarget | null): TreeRow | undefined {
		return rowAt(this.list, this.table.rows, target);
	}

	private onClick(evt: MouseEvent): void {
		const row = this.rowOf(evt.target);
		if (!row) return;
		if (isGroupRow(row) || onCollapseIcon(this.list, row, evt.target)) {
			this.setFocus(this.table.indexOf(row.key), false);
			this.setExpanded(row, !row.expanded);
			return;
		}
		const target = targetOfEvent(evt);
		if (target === false && (evt.shiftKey || evt.altKey)) {
			evt.preventDefault();
			if (evt.shiftKey) this.selectRange(row);
			else this.toggleSelected(row);
			return;
		}
		this.anchorKey = row.key;
		this.clearSelection();
		this.activate(row, target);
	}

	/** Shift-click: select the rows from the anchor (last clicked row) to this one. */
	private selectRange(row: TreeRow): void {
		const to = this.table.indexOf(row.key);
		const anchor = this.table.indexOf(this.anchorKey ?? this.focusKey ?? this.activeKey);
		const from = anchor === -1 ? to : anchor;
		this.selection.clear();
		for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
			const r = this.table.rows[i];
			this.selection.set(r.key, r.id);
		}
		if (anchor === -1) this.anchorKey = row.key;
		this.setFocus(to, false);
	}

	/** Alt-click: add the row to the selection or take it out. */
	private toggleSelected(row: TreeRow): void {
		if (this.selection.has(row.key)) this.selection.delete(row.key);
		else this.selection.set(row.key, row.id);
		this.anchorKey = row.key;
		this.setFocus(this.table.indexOf(row.key), false);
	}

	private onHover(evt: MouseEvent): void {
		const row = this.rowOf(evt.target);
		if (!row || row.key === this.hoverKey || isGroupRow(row)) return;
		this.hoverKey = row.key;
		const el = this.list.elementOf(row.key);
		if (el) triggerHover(this.host, evt, rowSelf(el) ?? el, this, row.id);
	}

	/** Opens a row's node and remembers the row as the place the user navigated from. */
	private activate(row: TreeRow, target: OpenTarget): void {
		if (isGroupRow(row)) {
			this.setFocus(this.table.indexOf(row.key), false);
			this.setExpanded(row, !row.expanded);
			return;
		}
		this.lastKey = row.key;
		this.setFocus(this.table.indexOf(row.key), false);
		if (target === false && this.host.index.core.graph.getNode(row.id)?.kind === "note") {
			// The note opens here: this very row becomes the active one (also when it is already open).
			this.activeId = row.id;
			this.activeKey = row.key;
			this.related.setActive(row.id);
			this.list.refresh();
		}
		void openNode(this.host, row.id, target);
	}

	private rowMenu(row: TreeRow): Menu {
		const menu = new Menu();
		fillRowMenu(menu, row, {
			host: this.host,
			activePath: this.activeId,
			writer: this.writer,
			pin: (id) => this.pin(id),
			selection: this.selectedIds(),
			compare: (ids, title) => {
				openCompareNotes(this.host, ids, { title });
			},
		});
		return menu;
	}

	private setDropKey(key: string | null): void {
		if (key === this.dropKey) return;
		this.dropKey = key;
		this.list.refresh();
	}

	// --- Keyboard ---

	private focusTree(): void {
		const index = Math.max(0, this.table.indexOf(this.focusKey ?? this.activeKey));
		if (this.table.length > 0) this.setFocus(index, true);
	}

	/** Moves keyboard focus to a row, scrolling it into view; `domFocus` also focuses its element. */
	private setFocus(index: number, domFocus: boolean): void {
		const row = this.table.rows[index];
		if (!row) return;
		this.focusKey = row.key;
		this.list.invalidate();
		this.list.scrollToIndex(index);
		if (domFocus) this.list.elementOf(row.key)?.focus({ preventScroll: true });
	}

	private onKey(evt: KeyboardEvent): void {
		if (this.rowOf(evt.target) === undefined && evt.target !== this.list.scrollEl) return;
		if (evt.key === "Escape" && this.selection.size > 0) {
			evt.preventDefault();
			evt.stopPropagation();
			this.clearSelection();
			return;
		}
		const action = treeKeyAction(evt);
		if (!action || this.table.length === 0) return;
		evt.preventDefault();
		evt.stopPropagation();
		this.runKey(action, evt);
	}

	private runKey(action: TreeKeyAction, evt: KeyboardEvent): void {
		runTreeKey(action, {
			table: this.table,
			focusIndex: Math.max(0, this.table.indexOf(this.focusKey)),
			filtering: this.filter !== null,
			typeAhead: this.typeAhead,
			titleAt: (i) => this.labels.of(this.table.rows[i], false).title,
			focus: (i) => this.setFocus(i, true),
			setExpanded: (row, open) => this.setExpanded(row, open),
			expandRows: (rows) => {
				for (const row of rows) this.expanded.add(row.key);
				this.saveExpanded();
				this.refresh();
			},
			open: (row) => this.activate(row, targetOfEvent(evt)),
			menu: (row) => {
				if (isGroupRow(row)) return;
				const rect = this.list.elementOf(row.key)?.getBoundingClientRect();
				this.rowMenu(row).showAtPosition({ x: (rect?.left ?? 0) + 16, y: rect?.bottom ?? 0 });
			},
		});
	}
}
