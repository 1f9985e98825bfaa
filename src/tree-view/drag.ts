/**
 * Drag and drop of tree rows: a dragged row carries its `[[link]]` (so it drops into an editor as
 * a link) and, dropped onto another row, moves the note under that row's node.
 */
import { TFile, type Component } from "obsidian";
import type { TreeRow } from "../core/tree";
import type { TopicTreeHost } from "../context";
import { isAncestorOrSelf, linkTo, runWrite, type ParentWrites } from "./actions";

/** Obsidian's internal drag manager (not in the public API; used only when present). */
interface DragManager {
	dragFile(evt: DragEvent, file: TFile): unknown;
	onDragStart(evt: DragEvent, data: unknown): void;
}

/** What drag and drop needs from the view. */
export interface DragContext {
	host: TopicTreeHost;
	writer: ParentWrites | null;
	/** The row an event target is in. */
	rowOf(target: EventTarget | null): TreeRow | undefined;
	/** Path links are written relative to (the active note). */
	sourcePath(): string;
	/** Highlights the drop target row (null: none). */
	showDropTarget(key: string | null): void;
}

/** Handles the drag events of the tree's rows. */
export class RowDragDrop {
	private dragged: TreeRow | null = null;

	constructor(private readonly ctx: DragContext) {}

	/** Listens on `el` (the list) through `component`, so unloading removes the listeners. */
	register(component: Component, el: HTMLElement): void {
		component.registerDomEvent(el, "dragstart", (evt) => this.start(evt));
		component.registerDomEvent(el, "dragover", (evt) => this.over(evt));
		component.registerDomEvent(el, "dragleave", (evt) => {
			if (!(evt.relatedTarget instanceof Node) || !el.contains(evt.relatedTarget)) this.ctx.showDropTarget(null);
		});
		component.registerDomEvent(el, "drop", (evt) => this.drop(evt));
		component.registerDomEvent(el, "dragend", () => this.end());
	}

	/** Whether the dragged row may be dropped onto `target`: not onto itself, its current parent or its own descendants. */
	canDrop(target: TreeRow): boolean {
		const dragged = this.dragged;
		if (!dragged || !this.ctx.writer) return false;
		const node = this.ctx.host.index.core.graph.getNode(dragged.id);
		if (node?.kind !== "note" || !node.path) return false;
		if (target.id === dragged.id || target.id === dragged.parentId) return false;
		return !isAncestorOrSelf(this.ctx.host, dragged.id, target.id);
	}

	private start(evt: DragEvent): void {
		const row = this.ctx.rowOf(evt.target);
		if (!row) return;
		this.dragged = row;
		const { app } = this.ctx.host;
		const node = this.ctx.host.index.core.graph.getNode(row.id);
		const file = node?.path ? app.vault.getFileByPath(node.path) : null;
		const manager = (app as unknown as { dragManager?: Partial<DragManager> }).dragManager;
		if (file instanceof TFile && typeof manager?.dragFile === "function" && typeof manager.onDragStart === "function") {
			manager.onDragStart(evt, manager.dragFile(evt, file));
		}
		const link = linkTo(this.ctx.host, row.id, this.ctx.sourcePath());
		if (evt.dataTransfer && link !== null) {
			evt.dataTransfer.setData("text/plain", link);
			evt.dataTransfer.effectAllowed = "copyMove";
		}
	}

	private over(evt: DragEvent): void {
		const target = this.ctx.rowOf(evt.target);
		if (!target || !this.canDrop(target)) {
			this.ctx.showDropTarget(null);
			return;
		}
		evt.preventDefault();
		if (evt.dataTransfer) evt.dataTransfer.dropEffect = "move";
		this.ctx.showDropTarget(target.key);
	}

	private drop(evt: DragEvent): void {
		const target = this.ctx.rowOf(evt.target);
		const dragged = this.dragged;
		const ok = target !== undefined && this.canDrop(target);
		this.end();
		const path = dragged ? this.ctx.host.index.core.graph.getNode(dragged.id)?.path : undefined;
		if (!ok || !dragged || !path || !this.ctx.writer) return;
		evt.preventDefault();
		const write =
			dragged.parentId !== undefined
				? this.ctx.writer.reparent(path, dragged.parentId, target.id)
				: this.ctx.writer.setParent(path, target.id);
		void runWrite(write, "The note was not moved");
	}

	private end(): void {
		this.dragged = null;
		this.ctx.showDropTarget(null);
	}
}
