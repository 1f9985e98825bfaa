import type * as O from "obsidian";
import type { App } from "./app";
import { Events, type Handler } from "./events";
import { TFile } from "./files";
import { getLinkpath, parseLinktext } from "./links";
import { hasDom, makeDiv } from "./nodom";
import { debounce } from "./util";
import { EmptyView, FileView, MarkdownView, TextFileView, View } from "./views";

function rootOf(item: WorkspaceItem): WorkspaceItem {
	return item.parent ? rootOf(item.parent) : item;
}

/** Fake of `O.WorkspaceItem`. */
export abstract class WorkspaceItem extends Events {
	abstract parent: WorkspaceParent | null;
	/** `WorkspaceItem.getRoot`: the split (left, right or root) holding this item. */
	getRoot(): WorkspaceItem {
		return rootOf(this);
	}
}

/** Fake of `O.WorkspaceParent`. */
export abstract class WorkspaceParent extends WorkspaceItem {
	/** Double only: the element leaves are attached to. */
	containerEl: HTMLElement;
	/** Double only: the leaves directly in this parent. */
	readonly children: WorkspaceLeaf[] = [];

	constructor(
		/** Double only: `left`, `right` or `root`. */
		readonly side: "left" | "right" | "root",
		parentEl: HTMLElement | null,
	) {
		super();
		this.containerEl = makeDiv("A workspace split", `workspace-split mod-${side === "root" ? "root" : `${side}-split`}`, parentEl);
	}
}

/** Fake of `O.WorkspaceSplit`. */
export class WorkspaceSplit extends WorkspaceParent {
	parent: WorkspaceParent | null = null;
}

/** Fake of `O.WorkspaceSidedock`: the left or right sidebar. */
export class WorkspaceSidedock extends WorkspaceSplit {
	/** `WorkspaceSidedock.collapsed` */
	collapsed = false;
	/** `WorkspaceSidedock.toggle` */
	toggle(): void {
		this.collapsed = !this.collapsed;
	}
	/** `WorkspaceSidedock.collapse` */
	collapse(): void {
		this.collapsed = true;
	}
	/** `WorkspaceSidedock.expand` */
	expand(): void {
		this.collapsed = false;
	}
}

/** Fake of `O.WorkspaceRoot`: the main area. */
export class WorkspaceRoot extends WorkspaceSplit {
	/** `WorkspaceRoot.win` */
	get win(): Window {
		return window;
	}
	/** `WorkspaceRoot.doc` */
	get doc(): Document {
		return document;
	}
}

/** Fake of `O.WorkspaceRibbon`, with the element ribbon icons go into. */
export class WorkspaceRibbon {
	/** Double only: `.side-dock-ribbon`. */
	containerEl: HTMLElement;
	constructor(side: "left" | "right", parentEl: HTMLElement | null) {
		this.containerEl = makeDiv("A ribbon", `side-dock-ribbon mod-${side}`, parentEl);
	}
}

let leafIds = 0;

/** Fake of `O.WorkspaceLeaf`: never deferred; holds one view, starting with an empty one. */
export class WorkspaceLeaf extends WorkspaceItem {
	/** `WorkspaceLeaf.parent` */
	parent: WorkspaceParent;
	/** `WorkspaceLeaf.view` */
	view: View;
	/** Not public API (Obsidian has it): the leaf's element. */
	containerEl: HTMLElement;
	/** Not public API: the leaf id `getLeafById` uses. */
	readonly id = `leaf-${++leafIds}`;
	/** Double only: the app. */
	readonly app: App;
	/** Double only: pinned state. */
	pinned = false;
	/** Double only: link group. */
	group: string | null = null;
	/** Double only: how many times `revealLeaf` was called on it. */
	revealCount = 0;
	/** Double only: what `getLeaf` was asked for when this leaf was made. */
	paneType: O.PaneType | boolean | undefined;

	constructor(app: App, parent: WorkspaceParent) {
		super();
		this.app = app;
		this.parent = parent;
		this.containerEl = makeDiv("A workspace leaf", "workspace-leaf", parent.containerEl);
		this.view = new EmptyView(this);
		void this.view.openView(hasDom() ? this.containerEl : null);
	}

	/** `WorkspaceLeaf.isDeferred`: always false in the double. */
	get isDeferred(): boolean {
		return false;
	}
	/** `WorkspaceLeaf.loadIfDeferred` */
	async loadIfDeferred(): Promise<void> {}

	/** `WorkspaceLeaf.open` */
	async open(view: View): Promise<View> {
		await this.replaceView(view);
		return view;
	}

	/** `WorkspaceLeaf.setViewState`: builds the registered view (empty for unknown types), opens it, applies `state`. */
	async setViewState(viewState: O.ViewState, eState?: unknown): Promise<void> {
		const creator = this.app.viewRegistry.getViewCreator(viewState.type);
		const view = creator ? (creator(this as unknown as O.WorkspaceLeaf) as unknown as View) : new EmptyView(this);
		await this.replaceView(view);
		if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
		await view.setState(viewState.state ?? {}, { history: false });
		if (eState !== undefined) view.setEphemeralState(eState);
		if (viewState.active) this.app.workspace.setActiveLeaf(this as unknown as O.WorkspaceLeaf);
		this.app.workspace.requestLayoutChange();
	}

	/** `WorkspaceLeaf.getViewState` */
	getViewState(): O.ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), active: this.app.workspace.activeLeaf === this, pinned: this.pinned };
	}

	/** `WorkspaceLeaf.openFile`: a markdown view for `.md`, else the view registered for the extension; active unless `active: false`. */
	async openFile(file: O.TFile, openState?: O.OpenViewState): Promise<void> {
		const type = this.app.viewRegistry.getTypeByExtension(file.extension) ?? "empty";
		const state = { ...(openState?.state ?? {}), file: file.path };
		if (this.view.getViewType() === type && this.view instanceof FileView) await this.view.setState(state, { history: true });
		else await this.setViewState({ type, state });
		if (openState?.eState) this.view.setEphemeralState(openState.eState);
		if (openState?.active !== false) this.app.workspace.setActiveLeaf(this as unknown as O.WorkspaceLeaf);
		this.app.workspace.noteActiveFile();
	}

	/** `WorkspaceLeaf.getEphemeralState` */
	getEphemeralState(): unknown {
		return this.view.getEphemeralState();
	}
	/** `WorkspaceLeaf.setEphemeralState` */
	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}
	/** `WorkspaceLeaf.togglePinned` */
	togglePinned(): void {
		this.setPinned(!this.pinned);
	}
	/** `WorkspaceLeaf.setPinned` */
	setPinned(pinned: boolean): void {
		if (this.pinned === pinned) return;
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}
	/** `WorkspaceLeaf.setGroupMember` */
	setGroupMember(other: O.WorkspaceLeaf): void {
		const group = (other as unknown as WorkspaceLeaf).group ?? `group-${this.id}`;
		(other as unknown as WorkspaceLeaf).setGroup(group);
		this.setGroup(group);
	}
	/** `WorkspaceLeaf.setGroup` */
	setGroup(group: string): void {
		this.group = group;
		this.trigger("group-change", group);
	}
	/** `WorkspaceLeaf.detach`: closes the view (asynchronously, tracked by `app.flush()`) and removes the leaf. */
	detach(): void {
		this.app.workspace.removeLeaf(this);
		if (hasDom()) this.containerEl.remove();
		void this.app.scheduler.track(this.view.closeView());
	}
	/** `WorkspaceLeaf.getIcon` */
	getIcon(): O.IconName {
		return this.view.getIcon();
	}
	/** `WorkspaceLeaf.getDisplayText` */
	getDisplayText(): string {
		return this.view.getDisplayText();
	}
	/** `WorkspaceLeaf.onResize` */
	onResize(): void {
		this.view.onResize();
	}
	/** `WorkspaceItem.getContainer` */
	getContainer(): WorkspaceRoot {
		return this.app.workspace.rootSplit;
	}

	private async replaceView(view: View): Promise<void> {
		const old = this.view;
		this.view = view;
		await old.closeView();
		await view.openView(hasDom() ? this.containerEl : null);
	}
}

/** Double only: a call of `openLinkText`. */
export interface OpenedLink {
	linktext: string;
	sourcePath: string;
	newLeaf: O.PaneType | boolean | undefined;
	openViewState?: O.OpenViewState;
	file: TFile | null;
}

/**
 * Fake of `O.Workspace`: three splits (left, root, right), leaves created on demand, events
 * `active-leaf-change`, `file-open`, `layout-change` (a microtask later), `editor-change`.
 * Every `trigger` is recorded in `triggered`, including the plugin's own (`hover-link`).
 */
export class Workspace extends Events {
	/** `Workspace.containerEl` */
	containerEl: HTMLElement;
	/** `Workspace.leftSplit` */
	leftSplit: WorkspaceSidedock;
	/** `Workspace.rightSplit` */
	rightSplit: WorkspaceSidedock;
	/** `Workspace.rootSplit` */
	rootSplit: WorkspaceRoot;
	/** `Workspace.leftRibbon` */
	leftRibbon: WorkspaceRibbon;
	/** `Workspace.rightRibbon` */
	rightRibbon: WorkspaceRibbon;
	/** `Workspace.activeLeaf` */
	activeLeaf: WorkspaceLeaf | null = null;
	/** `Workspace.layoutReady` */
	layoutReady = false;
	/** `Workspace.requestSaveLayout` */
	requestSaveLayout = debounce(async (): Promise<void> => {}, 0);
	/** Double only: every `trigger(name, ...args)`, in order. */
	readonly triggered: { name: string; args: unknown[] }[] = [];
	/** Double only: every `openLinkText` call. */
	readonly openedLinks: OpenedLink[] = [];
	/** Double only: every leaf, in creation order. */
	readonly leaves: WorkspaceLeaf[] = [];
	private readonly layoutCallbacks: (() => unknown)[] = [];
	private lastActiveFile: TFile | null = null;
	private readonly lastOpenFiles: string[] = [];
	private layoutChangeQueued = false;

	constructor(
		private readonly app: App,
		parentEl: HTMLElement | null,
	) {
		super();
		this.containerEl = makeDiv("The workspace", "workspace", parentEl);
		const el = hasDom() ? this.containerEl : null;
		this.leftRibbon = new WorkspaceRibbon("left", el);
		this.leftSplit = new WorkspaceSidedock("left", el);
		this.rootSplit = new WorkspaceRoot("root", el);
		this.rightSplit = new WorkspaceSidedock("right", el);
		this.rightRibbon = new WorkspaceRibbon("right", el);
		app.vault.observers.push({
			onModify: (file) => {
				for (const leaf of this.leaves) {
					const view = leaf.view;
					if (view instanceof TextFileView && view.file === file) view.onExternalChange(app.vault.textOf(file));
				}
			},
			onRename: (file) => {
				if (!(file instanceof TFile)) return;
				for (const leaf of this.leaves) if (leaf.view instanceof FileView && leaf.view.file === file) void leaf.view.onRename(file);
			},
			onDelete: (file) => {
				for (const leaf of [...this.leaves]) if (leaf.view instanceof FileView && leaf.view.file === file) void app.scheduler.track(leaf.setViewState({ type: "empty" }));
				if (this.lastActiveFile === file) this.lastActiveFile = null;
			},
		});
	}

	/** `Workspace.on` */
	on(name: "file-open", callback: (file: TFile | null) => unknown, ctx?: unknown): O.EventRef;
	on(name: "active-leaf-change", callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): O.EventRef;
	on(name: "layout-change", callback: () => unknown, ctx?: unknown): O.EventRef;
	on(name: "editor-change", callback: (editor: O.Editor, info: MarkdownView) => unknown, ctx?: unknown): O.EventRef;
	on(name: string, callback: Handler, ctx?: unknown): O.EventRef;
	on(name: string, callback: Handler, ctx?: unknown): O.EventRef {
		return super.on(name, callback, ctx);
	}

	/** `Events.trigger`, recorded in `triggered`. */
	trigger(name: string, ...data: unknown[]): void {
		this.triggered.push({ name, args: data });
		super.trigger(name, ...data);
	}

	/** `Workspace.activeEditor` */
	get activeEditor(): MarkdownView | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view : null;
	}

	/** `Workspace.onLayoutReady`: at once when ready, else when `app.layoutReady()` runs. */
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.layoutCallbacks.push(callback);
	}

	/** Double only: mark the layout ready and run the queued callbacks. */
	markLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const cb of this.layoutCallbacks.splice(0)) cb();
		this.requestLayoutChange();
	}

	/** `Workspace.changeLayout`: not modelled. */
	async changeLayout(workspace: unknown): Promise<void> {
		void workspace;
	}

	/** `Workspace.getLayout`: the leaves' view states by split. */
	getLayout(): Record<string, unknown> {
		const side = (p: WorkspaceParent): O.ViewState[] => p.children.map((l) => l.getViewState());
		return { left: side(this.leftSplit), main: side(this.rootSplit), right: side(this.rightSplit), active: this.activeLeaf?.id };
	}

	/** `Workspace.createLeafInParent` */
	createLeafInParent(parent: O.WorkspaceSplit, index: number): WorkspaceLeaf {
		return this.newLeaf(parent as unknown as WorkspaceParent, index);
	}

	/** `Workspace.createLeafBySplit`: a new leaf next to `leaf`. */
	createLeafBySplit(leaf: O.WorkspaceLeaf, direction?: O.SplitDirection, before?: boolean): WorkspaceLeaf {
		void direction;
		const l = leaf as unknown as WorkspaceLeaf;
		const index = l.parent.children.indexOf(l);
		return this.newLeaf(l.parent, before ? index : index + 1);
	}

	/** `Workspace.splitActiveLeaf` */
	splitActiveLeaf(direction?: O.SplitDirection): WorkspaceLeaf {
		return this.activeLeaf ? this.createLeafBySplit(this.activeLeaf as unknown as O.WorkspaceLeaf, direction) : this.getLeaf(true);
	}

	/** `Workspace.duplicateLeaf` */
	async duplicateLeaf(leaf: O.WorkspaceLeaf, leafType?: O.PaneType | boolean | O.SplitDirection): Promise<WorkspaceLeaf> {
		const copy = this.getLeaf(leafType === "vertical" || leafType === "horizontal" ? "split" : leafType);
		await copy.setViewState((leaf as unknown as WorkspaceLeaf).getViewState());
		return copy;
	}

	/** `Workspace.getUnpinnedLeaf` */
	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	/** `Workspace.getLeaf`: false → the active (or most recent) unpinned main leaf, else a new one; true/"tab"/"split"/"window" → a new main leaf. */
	getLeaf(newLeaf?: O.PaneType | boolean, direction?: O.SplitDirection): WorkspaceLeaf {
		void direction;
		if (!newLeaf) {
			const active = this.activeLeaf;
			if (active && active.parent === this.rootSplit && !active.pinned) return active;
			const recent = this.getMostRecentLeaf(this.rootSplit as unknown as O.WorkspaceParent);
			if (recent && !recent.pinned) return recent;
		}
		const leaf = this.newLeaf(this.rootSplit);
		leaf.paneType = newLeaf;
		return leaf;
	}

	/** `Workspace.openPopoutLeaf`: a main leaf marked `window`. */
	openPopoutLeaf(): WorkspaceLeaf {
		return this.getLeaf("window");
	}

	/** `Workspace.openLinkText`: resolves with the metadata cache (creating a missing note), opens it with the subpath as ephemeral state. Recorded in `openedLinks`. */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: O.PaneType | boolean, openViewState?: O.OpenViewState): Promise<void> {
		const { path, subpath } = parseLinktext(linktext);
		let file = path === "" ? this.app.vault.getFileByPath(sourcePath) : this.app.metadataCache.getFirstLinkpathDest(getLinkpath(linktext), sourcePath);
		if (!file && path !== "") {
			const folder = this.app.fileManager.getNewFileParent(sourcePath);
			const name = path.endsWith(".md") ? path : `${path}.md`;
			file = await this.app.vault.create(folder.isRoot() ? name : `${folder.path}/${name}`, "");
		}
		this.openedLinks.push({ linktext, sourcePath, newLeaf, openViewState, file });
		if (!file) return;
		const eState = { ...(openViewState?.eState ?? {}), ...(subpath ? { subpath } : {}) };
		await this.getLeaf(newLeaf).openFile(file, { ...openViewState, eState });
	}

	/** `Workspace.setActiveLeaf`: fires `active-leaf-change`, then `file-open` if the active file changed. */
	setActiveLeaf(leaf: O.WorkspaceLeaf, params?: { focus?: boolean } | boolean, focus?: boolean): void {
		void params;
		void focus;
		const l = leaf as unknown as WorkspaceLeaf;
		if (this.activeLeaf === l) return;
		this.activeLeaf = l;
		this.trigger("active-leaf-change", l);
		this.noteActiveFile();
	}

	/** Double only: fire `file-open` when the active main leaf shows a different file than before. */
	noteActiveFile(): void {
		const leaf = this.activeLeaf;
		if (!leaf || leaf.parent !== this.rootSplit) return;
		const file = leaf.view instanceof FileView ? leaf.view.file : null;
		if (file === this.lastActiveFile) return;
		this.lastActiveFile = file;
		if (file) this.lastOpenFiles.unshift(file.path);
		this.trigger("file-open", file);
	}

	/** `Workspace.getLeafById` */
	getLeafById(id: string): WorkspaceLeaf | null {
		return this.leaves.find((l) => l.id === id) ?? null;
	}

	/** `Workspace.getGroupLeaves` */
	getGroupLeaves(group: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.group === group);
	}

	/** `Workspace.getMostRecentLeaf`: the last leaf created in `root` (the main area by default). */
	getMostRecentLeaf(root?: O.WorkspaceParent): WorkspaceLeaf | null {
		const parent = (root as unknown as WorkspaceParent | undefined) ?? this.rootSplit;
		if (this.activeLeaf?.parent === parent) return this.activeLeaf;
		return parent.children[parent.children.length - 1] ?? null;
	}

	/** `Workspace.getLeftLeaf`: a new leaf in the left sidebar. */
	getLeftLeaf(split: boolean): WorkspaceLeaf {
		void split;
		return this.newLeaf(this.leftSplit);
	}

	/** `Workspace.getRightLeaf`: a new leaf in the right sidebar. */
	getRightLeaf(split: boolean): WorkspaceLeaf {
		void split;
		return this.newLeaf(this.rightSplit);
	}

	/** `Workspace.ensureSideLeaf`: the first leaf of `type`, else a new one on `side`. */
	async ensureSideLeaf(type: string, side: O.Side, options: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown } = {}): Promise<WorkspaceLeaf> {
		let leaf = this.getLeavesOfType(type)[0];
		if (!leaf) {
			leaf = side === "left" ? this.getLeftLeaf(options.split ?? false) : this.getRightLeaf(options.split ?? false);
			await leaf.setViewState({ type, active: options.active, state: options.state as Record<string, unknown> | undefined });
		}
		if (options.reveal !== false) await this.revealLeaf(leaf as unknown as O.WorkspaceLeaf);
		return leaf;
	}

	/** `Workspace.getActiveViewOfType` */
	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view: unknown = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** `Workspace.getActiveFile`: the active leaf's file, else the most recently active file. */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView && view.file) return view.file;
		return this.lastActiveFile;
	}

	/** `Workspace.iterateRootLeaves` */
	iterateRootLeaves(callback: (leaf: O.WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.rootSplit.children]) callback(leaf as unknown as O.WorkspaceLeaf);
	}

	/** `Workspace.iterateAllLeaves` */
	iterateAllLeaves(callback: (leaf: O.WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf as unknown as O.WorkspaceLeaf);
	}

	/** `Workspace.getLeavesOfType` */
	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === viewType);
	}

	/** `Workspace.detachLeavesOfType` */
	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	/** `Workspace.revealLeaf`: expands its sidebar and counts the reveal in `leaf.revealCount`. */
	async revealLeaf(leaf: O.WorkspaceLeaf): Promise<void> {
		const l = leaf as unknown as WorkspaceLeaf;
		if (l.parent instanceof WorkspaceSidedock) l.parent.expand();
		l.revealCount++;
		await l.loadIfDeferred();
	}

	/** `Workspace.getLastOpenFiles` */
	getLastOpenFiles(): string[] {
		return [...new Set(this.lastOpenFiles)].slice(0, 10);
	}

	/** `Workspace.updateOptions` */
	updateOptions(): void {}

	/** Double only: fire `layout-change` once, a microtask later. */
	requestLayoutChange(): void {
		if (this.layoutChangeQueued) return;
		this.layoutChangeQueued = true;
		this.app.scheduler.schedule(() => {
			this.layoutChangeQueued = false;
			this.trigger("layout-change");
		});
	}

	/** Double only: forget a detached leaf. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves.splice(this.leaves.indexOf(leaf), 1);
		leaf.parent.children.splice(leaf.parent.children.indexOf(leaf), 1);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = null;
			this.trigger("active-leaf-change", null);
		}
		this.requestLayoutChange();
	}

	private newLeaf(parent: WorkspaceParent, index?: number): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, parent);
		this.leaves.push(leaf);
		parent.children.splice(index ?? parent.children.length, 0, leaf);
		this.requestLayoutChange();
		return leaf;
	}
}
