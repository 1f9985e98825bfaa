/**
 * A file list in the left sidebar, in the markup of Obsidian's file explorer (`.nav-folder`,
 * `.nav-file`, `.tree-item-self.is-clickable`): folders first, collapsed until opened; click
 * opens a note (Mod-click: in a new tab); the active note is highlighted. Registered as the
 * `file-explorer` view type, with the `revealInFolder` the plugin's menu calls.
 */
import type * as O from "obsidian";
import { ItemView, Keymap, TFile, TFolder, setIcon, type App, type WorkspaceLeaf } from "../../obsidian-double";

/** The view type of Obsidian's file explorer. */
export const FILE_EXPLORER = "file-explorer";

/** The file explorer view. */
export class FileExplorerView extends ItemView {
	private readonly open = new Set<string>();
	private listEl!: HTMLElement;
	private rebuildQueued = false;

	getViewType(): string {
		return FILE_EXPLORER;
	}

	getDisplayText(): string {
		return "Files";
	}

	getIcon(): string {
		return "folder-closed";
	}

	async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("host-file-explorer");
		const header = root.createDiv({ cls: "nav-header" }).createDiv({ cls: "nav-buttons-container" });
		for (const [icon, label] of [
			["edit", "New note"],
			["folder-plus", "New folder"],
			["arrow-up-narrow-wide", "Change sort order"],
			["chevrons-down-up", "Collapse all"],
		]) {
			const button = header.createDiv({ cls: "clickable-icon nav-action-button", attr: { "aria-label": label } });
			setIcon(button, icon);
			if (label === "Collapse all") button.addEventListener("click", () => this.collapseAll());
		}
		this.listEl = root.createDiv({ cls: "nav-files-container node-insert-event" });
		this.listEl.addEventListener("click", (evt) => this.onClick(evt));
		this.listEl.addEventListener("auxclick", (evt) => {
			if (evt.button === 1) this.onClick(evt);
		});
		const rebuild = (): void => this.requestRebuild();
		this.registerEvent(this.app.vault.on("create", rebuild));
		this.registerEvent(this.app.vault.on("delete", rebuild));
		this.registerEvent(this.app.vault.on("rename", rebuild));
		this.registerEvent(this.app.workspace.on("file-open", () => this.markActive()));
		this.rebuild();
	}

	/** Expands the folders above `file`, highlights it and scrolls to it. */
	revealInFolder(file: O.TFile | TFile): void {
		for (let folder = file.parent; folder && !folder.isRoot(); folder = folder.parent) this.open.add(folder.path);
		this.rebuild();
		const el = this.listEl.querySelector<HTMLElement>(`.nav-file-title[data-path="${CSS.escape(file.path)}"]`);
		el?.addClass("has-focus");
		el?.scrollIntoView({ block: "nearest" });
	}

	private collapseAll(): void {
		this.open.clear();
		this.rebuild();
	}

	private requestRebuild(): void {
		if (this.rebuildQueued) return;
		this.rebuildQueued = true;
		queueMicrotask(() => {
			this.rebuildQueued = false;
			this.rebuild();
		});
	}

	private rebuild(): void {
		const scroll = this.listEl.scrollTop;
		this.listEl.empty();
		const root = this.listEl.createDiv({ cls: "tree-item nav-folder mod-root" });
		this.fillFolder(root.createDiv({ cls: "tree-item-children nav-folder-children" }), this.app.vault.getRoot());
		this.markActive();
		this.listEl.scrollTop = scroll;
	}

	private fillFolder(parent: HTMLElement, folder: O.TFolder): void {
		const children = [...folder.children].sort(compareEntries);
		for (const child of children) {
			if (child instanceof TFolder) {
				const collapsed = !this.open.has(child.path);
				const item = parent.createDiv({ cls: "tree-item nav-folder" });
				item.toggleClass("is-collapsed", collapsed);
				const self = item.createDiv({ cls: "tree-item-self nav-folder-title is-clickable mod-collapsible", attr: { "data-path": child.path } });
				const icon = self.createDiv({ cls: "tree-item-icon collapse-icon" });
				icon.toggleClass("is-collapsed", collapsed);
				setIcon(icon, "right-triangle");
				self.createDiv({ cls: "tree-item-inner nav-folder-title-content", text: child.name });
				if (!collapsed) this.fillFolder(item.createDiv({ cls: "tree-item-children nav-folder-children" }), child);
			} else if (child instanceof TFile) {
				const item = parent.createDiv({ cls: "tree-item nav-file" });
				const self = item.createDiv({ cls: "tree-item-self nav-file-title is-clickable", attr: { "data-path": child.path, draggable: "true" } });
				self.createDiv({ cls: "tree-item-inner nav-file-title-content", text: child.extension === "md" ? child.basename : child.name });
			}
		}
	}

	private markActive(): void {
		const active = this.app.workspace.getActiveFile()?.path ?? null;
		for (const el of Array.from(this.listEl.querySelectorAll(".nav-file-title"))) el.toggleClass("is-active", el.getAttribute("data-path") === active);
	}

	private onClick(evt: MouseEvent): void {
		const self = evt.target instanceof Element ? evt.target.closest<HTMLElement>(".tree-item-self") : null;
		const path = self?.getAttribute("data-path");
		if (!self || !path) return;
		if (self.hasClass("nav-folder-title")) {
			if (this.open.has(path)) this.open.delete(path);
			else this.open.add(path);
			this.rebuild();
			return;
		}
		const file = this.app.vault.getFileByPath(path);
		if (file) void this.app.workspace.getLeaf(Keymap.isModEvent(evt)).openFile(file);
	}
}

function compareEntries(a: O.TAbstractFile, b: O.TAbstractFile): number {
	const folderA = a instanceof TFolder ? 0 : 1;
	const folderB = b instanceof TFolder ? 0 : 1;
	return folderA - folderB || a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: "base" });
}

/** Registers the file explorer view type and opens it in the left sidebar. */
export async function openFileExplorer(app: App): Promise<void> {
	app.viewRegistry.registerView(FILE_EXPLORER, (leaf) => new FileExplorerView(leaf as unknown as WorkspaceLeaf) as unknown as O.View);
	await app.workspace.getLeftLeaf(false).setViewState({ type: FILE_EXPLORER });
}
