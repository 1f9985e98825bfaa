import type * as O from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { BufferEditor } from "./editor";
import type { TFile } from "./files";
import { setIcon } from "./icons";
import { hasDom, makeDiv } from "./nodom";
import type { Scope } from "./keymap";
import type { WorkspaceLeaf } from "./workspace";

/** Fake of `O.View`: `containerEl` is `.workspace-leaf-content` holding `.view-header` and `.view-content`. */
export abstract class View extends Component {
	/** `View.app` */
	app: App;
	/** `View.icon` */
	icon: O.IconName = "";
	/** `View.navigation` */
	navigation = false;
	/** `View.leaf` */
	leaf: WorkspaceLeaf;
	/** `View.containerEl` */
	containerEl: HTMLElement;
	/** `View.scope` */
	scope: Scope | null = null;
	/** Double only: whether `onOpen` ran and `onClose` has not. */
	isOpen = false;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = makeDiv("A view", "workspace-leaf-content");
		if (hasDom()) {
			const header = this.containerEl.createDiv({ cls: "view-header" });
			header.createDiv({ cls: "view-header-nav-buttons" });
			header.createDiv({ cls: "view-header-title-container" }).createDiv({ cls: "view-header-title" });
			header.createDiv({ cls: "view-actions" });
			this.containerEl.createDiv({ cls: "view-content" });
		}
	}

	/** `View.onOpen` */
	async onOpen(): Promise<void> {}
	/** `View.onClose` */
	async onClose(): Promise<void> {}
	/** `View.getViewType` */
	abstract getViewType(): string;
	/** `View.getDisplayText` */
	abstract getDisplayText(): string;

	/** `View.getState` */
	getState(): Record<string, unknown> {
		return {};
	}
	/** `View.setState` */
	async setState(state: unknown, result: O.ViewStateResult): Promise<void> {
		void state;
		void result;
	}
	/** `View.getEphemeralState` */
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	/** `View.setEphemeralState` */
	setEphemeralState(state: unknown): void {
		void state;
	}
	/** `View.getIcon` */
	getIcon(): O.IconName {
		return this.icon;
	}
	/** `View.onResize` */
	onResize(): void {}
	/** `View.onPaneMenu` */
	onPaneMenu(menu: O.Menu, source: string): void {
		void menu;
		void source;
	}

	/** Double only (Obsidian's internal `open`): load, attach and run `onOpen`. */
	async openView(parentEl: HTMLElement | null): Promise<void> {
		if (hasDom()) {
			this.containerEl.setAttribute("data-type", this.getViewType());
			parentEl?.appendChild(this.containerEl);
			this.updateHeader();
		}
		this.load();
		this.isOpen = true;
		await this.onOpen();
	}

	/** Double only (Obsidian's internal `close`): run `onClose`, unload, detach. */
	async closeView(): Promise<void> {
		if (this.isOpen) {
			this.isOpen = false;
			await this.onClose();
		}
		this.unload();
		if (hasDom()) this.containerEl.remove();
	}

	/** Double only: refresh the header title from `getDisplayText`. */
	updateHeader(): void {
		if (!hasDom()) return;
		const title = this.containerEl.querySelector(".view-header-title");
		if (title) title.textContent = this.getDisplayText();
	}
}

/** Fake of `O.ItemView`: `contentEl` is `containerEl.children[1]`; `addAction` adds header buttons. */
export abstract class ItemView extends View {
	/** `ItemView.contentEl` */
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = hasDom() ? (this.containerEl.children[1] as HTMLElement) : this.containerEl;
	}

	/** `ItemView.addAction`: an `a.clickable-icon.view-action` first in `.view-actions`. */
	addAction(icon: O.IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const actions = this.containerEl.querySelector(".view-actions") as HTMLElement;
		const el = actions.createEl("a", { cls: "clickable-icon view-action", attr: { "aria-label": title }, prepend: true });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => callback(evt));
		return el;
	}
}

/** An empty tab (`type: "empty"`), what a new leaf shows. */
export class EmptyView extends ItemView {
	/** `View.getViewType` */
	getViewType(): string {
		return "empty";
	}
	/** `View.getDisplayText` */
	getDisplayText(): string {
		return "New tab";
	}
}

/** Fake of `O.FileView`: `setState({ file })` loads the file through `onLoadFile`. */
export abstract class FileView extends ItemView {
	/** `FileView.allowNoFile` */
	allowNoFile = false;
	/** `FileView.file` */
	file: TFile | null = null;
	/** `FileView.navigation` */
	navigation = true;

	/** `FileView.getDisplayText` */
	getDisplayText(): string {
		return this.file ? this.file.basename : "No file";
	}
	/** `FileView.getState` */
	getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}
	/** `FileView.setState` */
	async setState(state: unknown, result: O.ViewStateResult): Promise<void> {
		void result;
		const path = (state as { file?: unknown } | null)?.file;
		if (typeof path !== "string") return;
		const file = this.app.vault.getFileByPath(path);
		if (!file || file === this.file) return;
		if (this.file) await this.onUnloadFile(this.file);
		this.file = file;
		await this.onLoadFile(file);
		this.updateHeader();
		this.app.workspace.noteActiveFile();
	}
	/** `FileView.onLoadFile` */
	async onLoadFile(file: O.TFile): Promise<void> {
		void file;
	}
	/** `FileView.onUnloadFile` */
	async onUnloadFile(file: O.TFile): Promise<void> {
		void file;
	}
	/** `FileView.onRename` */
	async onRename(file: O.TFile): Promise<void> {
		void file;
		this.updateHeader();
	}
	/** `FileView.canAcceptExtension` */
	canAcceptExtension(extension: string): boolean {
		void extension;
		return false;
	}
}

/** Fake of `O.EditableFileView`. */
export abstract class EditableFileView extends FileView {}

/**
 * Fake of `O.TextFileView`: `data` mirrors the file; `requestSave` saves a microtask later
 * (`app.flush()` waits for it); a change on disk reloads the view unless it has unsaved edits.
 */
export abstract class TextFileView extends EditableFileView {
	/** `TextFileView.data` */
	data = "";
	/** Double only: unsaved edits are pending. */
	dirty = false;
	private saveQueued = false;

	/** `TextFileView.requestSave` */
	requestSave = (): void => {
		this.dirty = true;
		if (this.saveQueued) return;
		this.saveQueued = true;
		this.app.scheduler.schedule(() => {
			this.saveQueued = false;
			void this.app.scheduler.track(this.save());
		});
	};

	/** `TextFileView.onLoadFile` */
	async onLoadFile(file: O.TFile): Promise<void> {
		this.data = await this.app.vault.read(file);
		this.setViewData(this.data, true);
	}
	/** `TextFileView.onUnloadFile` */
	async onUnloadFile(file: O.TFile): Promise<void> {
		void file;
		await this.save();
		this.clear();
	}
	/** `TextFileView.save`: writes the view's data when it differs from the file. */
	async save(clear?: boolean): Promise<void> {
		void clear;
		this.dirty = false;
		const file = this.file;
		if (!file || this.app.vault.getFileByPath(file.path) !== file) return;
		this.data = this.getViewData();
		if (this.data !== this.app.vault.textOf(file)) await this.app.vault.modify(file, this.data);
	}
	/** Double only: the file changed on disk. */
	onExternalChange(text: string): void {
		if (this.dirty || text === this.getViewData()) return;
		this.data = text;
		this.setViewData(text, false);
	}
	/** `TextFileView.getViewData` */
	abstract getViewData(): string;
	/** `TextFileView.setViewData` */
	abstract setViewData(data: string, clear: boolean): void;
	/** `TextFileView.clear` */
	abstract clear(): void;
}

/**
 * Fake of `O.MarkdownView` (type `markdown`) with a plain-text `editor`. Editor changes fire the
 * workspace `editor-change` event and save a microtask later. `setEphemeralState({ line })` moves
 * the cursor there and scrolls it into view.
 */
export class MarkdownView extends TextFileView {
	/** `MarkdownView.editor` */
	editor: BufferEditor;
	/** `MarkdownView.hoverPopover` */
	hoverPopover: O.HoverPopover | null = null;
	/** Double only: what `getMode` returns. */
	mode: O.MarkdownViewModeType = "source";
	/** Double only: the last ephemeral state set (`line`, `subpath`, ...). */
	lastEState: Record<string, unknown> | null = null;

	/** Double only: Source / Live Preview's container (`.markdown-source-view`), null without a DOM. */
	sourceEl: HTMLElement | null = null;
	/** Double only: Reading view's container (`.markdown-reading-view`), null without a DOM. */
	readingEl: HTMLElement | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor = new BufferEditor("", () => {
			this.requestSave();
			this.app.workspace.trigger("editor-change", this.editor, this);
		});
		if (hasDom()) {
			// Obsidian's skeleton of both modes, the one not in use hidden; contents are not drawn.
			this.sourceEl = this.contentEl.createDiv({ cls: "markdown-source-view cm-s-obsidian mod-cm6 is-live-preview" });
			const sizer = this.sourceEl.createDiv({ cls: "cm-editor" }).createDiv({ cls: "cm-scroller" }).createDiv({ cls: "cm-sizer" });
			sizer.createDiv({ cls: "inline-title" });
			sizer.createDiv({ cls: "cm-contentContainer" }).createDiv({ cls: "cm-content" });
			this.readingEl = this.contentEl.createDiv({ cls: "markdown-reading-view" });
			const preview = this.readingEl.createDiv({ cls: "markdown-preview-view markdown-rendered" }).createDiv({ cls: "markdown-preview-sizer markdown-preview-section" });
			preview.createDiv({ cls: "markdown-preview-pusher" });
			preview.createDiv({ cls: "mod-header" }).createDiv({ cls: "inline-title" });
			this.showMode();
		}
	}

	/** `View.getState`: the file and the mode. */
	getState(): Record<string, unknown> {
		return { ...super.getState(), mode: this.mode };
	}
	/** `View.setState`: `mode: "source" | "preview"` switches modes (then `layout-change`, as in Obsidian). */
	async setState(state: unknown, result: O.ViewStateResult): Promise<void> {
		await super.setState(state, result);
		const mode = (state as { mode?: unknown } | null)?.mode;
		if ((mode === "source" || mode === "preview") && mode !== this.mode) {
			this.mode = mode;
			this.showMode();
			this.app.workspace.requestLayoutChange();
		}
	}
	/** Double only: shows the container of `mode` and hides the other. */
	showMode(): void {
		if (this.sourceEl) this.sourceEl.style.display = this.mode === "source" ? "" : "none";
		if (this.readingEl) this.readingEl.style.display = this.mode === "preview" ? "" : "none";
	}
	/** `FileView.onLoadFile`: also names the inline titles. */
	async onLoadFile(file: O.TFile): Promise<void> {
		await super.onLoadFile(file);
		for (const title of this.contentEl.querySelectorAll(".inline-title")) title.textContent = file.basename;
	}

	/** `View.getViewType` */
	getViewType(): string {
		return "markdown";
	}
	/** `View.getIcon` */
	getIcon(): O.IconName {
		return "document";
	}
	/** `MarkdownView.getMode` */
	getMode(): O.MarkdownViewModeType {
		return this.mode;
	}
	/** `MarkdownView.getViewData` */
	getViewData(): string {
		return this.editor.getValue();
	}
	/** `MarkdownView.setViewData` */
	setViewData(data: string, clear: boolean): void {
		void clear;
		this.editor.load(data);
	}
	/** `MarkdownView.clear` */
	clear(): void {
		this.editor.load("");
	}
	/** `MarkdownView.showSearch` */
	showSearch(replace?: boolean): void {
		void replace;
	}
	/** `FileView.canAcceptExtension` */
	canAcceptExtension(extension: string): boolean {
		return extension === "md";
	}
	/** `View.getEphemeralState` */
	getEphemeralState(): Record<string, unknown> {
		return { cursor: { from: this.editor.getCursor("from"), to: this.editor.getCursor("to") } };
	}
	/** `View.setEphemeralState`: `line` (0-based) or `subpath` `#heading` moves the cursor. */
	setEphemeralState(state: unknown): void {
		const s = (state ?? {}) as Record<string, unknown>;
		this.lastEState = s;
		let line = typeof s.line === "number" ? s.line : null;
		if (line === null && typeof s.subpath === "string" && s.subpath.startsWith("#") && this.file) {
			const wanted = s.subpath.slice(1).toLowerCase();
			const heading = this.app.metadataCache.getFileCache(this.file)?.headings?.find((h) => h.heading.toLowerCase() === wanted);
			if (heading) line = heading.position.start.line;
		}
		if (line === null) return;
		this.editor.setCursor({ line, ch: 0 });
		this.editor.scrollIntoView({ from: { line, ch: 0 }, to: { line, ch: 0 } }, true);
	}
}
