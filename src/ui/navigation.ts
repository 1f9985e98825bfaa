/**
 * Opening nodes of the tree: notes in the pane the user asked for, ghost topics by offering to
 * create their note first. Shared by the tree view, the related-notes section and the commands.
 */
import { Keymap, Modal, Notice, normalizePath, Setting, TFile, type App, type PaneType } from "obsidian";
import type { TopicNode } from "../core/types";
import type { TopicTreeHost } from "../context";

/** Where a click or key press asks to open: false = the current tab. */
export type OpenTarget = PaneType | false;

/** Obsidian's own reading of modifier keys: Mod-click → new tab, Mod-Alt → split, Mod-Alt-Shift → window. */
export function targetOfEvent(evt: MouseEvent | KeyboardEvent): OpenTarget {
	if (evt instanceof MouseEvent && evt.button === 1) return "tab";
	const mod = Keymap.isModEvent(evt);
	return mod === true ? "tab" : mod;
}

/** Open a note by path in the given target. */
export async function openPath(app: App, path: string, target: OpenTarget, line?: number): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) {
		new Notice(`Note not found: ${path}`);
		return;
	}
	const leaf = app.workspace.getLeaf(target);
	await leaf.openFile(file, line !== undefined ? { eState: { line: Math.max(0, line - 1) } } : undefined);
}

/** The path a ghost topic's note would be created at. */
export function ghostNotePath(host: TopicTreeHost, node: TopicNode): string {
	const folder = host.store.data.settings.ghostFolder.replace(/^\/+|\/+$/g, "");
	const name = node.title.replace(/[\\/:*?"<>|#^[\]]/g, " ").trim() || "Untitled";
	return normalizePath(folder ? `${folder}/${name}.md` : `${name}.md`);
}

/** Create the note for a ghost topic (asking first unless `confirm` is false) and open it. */
export async function createGhostNote(host: TopicTreeHost, node: TopicNode, target: OpenTarget, confirm = true): Promise<TFile | null> {
	const path = ghostNotePath(host, node);
	if (confirm && !(await confirmCreate(host.app, node.title, path))) return null;
	const app = host.app;
	const existing = app.vault.getFileByPath(path);
	let file: TFile;
	if (existing) {
		file = existing;
	} else {
		const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
		if (folder && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
		file = await app.vault.create(path, "");
	}
	await app.workspace.getLeaf(target).openFile(file);
	return file;
}

/** Open any node: a note directly, a ghost through the create-note offer. */
export async function openNode(host: TopicTreeHost, id: string, target: OpenTarget): Promise<void> {
	const node = host.index.core.graph.getNode(id);
	if (!node) return;
	if (node.kind === "ghost") await createGhostNote(host, node, target);
	else if (node.path) await openPath(host.app, node.path, target);
}

/** Show Obsidian's page preview for a node when the user hovers with Mod (or always, per Page preview settings). */
export function triggerHover(host: TopicTreeHost, evt: MouseEvent, targetEl: HTMLElement, hoverParent: unknown, id: string): void {
	const node = host.index.core.graph.getNode(id);
	if (!node || node.kind !== "note" || !node.path) return;
	host.app.workspace.trigger("hover-link", { event: evt, source: host.hoverSource, hoverParent, targetEl, linktext: node.path, sourcePath: "" });
}

class ConfirmModal extends Modal {
	private decided = false;

	constructor(
		app: App,
		private readonly title: string,
		private readonly path: string,
		private readonly done: (ok: boolean) => void,
	) {
		super(app);
	}

	onOpen(): void {
		this.titleEl.setText("Create note?");
		this.contentEl.createEl("p", { text: `"${this.title}" is a topic other notes link to, but its note does not exist yet.` });
		this.contentEl.createEl("p", { text: `Create ${this.path}?` });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.finish(false)))
			.addButton((b) =>
				b
					.setButtonText("Create")
					.setCta()
					.onClick(() => this.finish(true)),
			);
	}

	private finish(ok: boolean): void {
		this.decided = true;
		this.done(ok);
		this.close();
	}

	onClose(): void {
		this.contentEl.empty();
		if (!this.decided) this.done(false);
	}
}

function confirmCreate(app: App, title: string, path: string): Promise<boolean> {
	return new Promise((resolve) => new ConfirmModal(app, title, path, resolve).open());
}
