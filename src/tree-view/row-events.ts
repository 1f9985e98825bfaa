/** The mouse and keyboard events of a list of tree rows: shared by the sidebar tree and the Bases tree view. */
import type { Component } from "obsidian";
import type { TreeRow } from "../core/tree";
import { rowCollapseIcon } from "./rows";
import type { VirtualList } from "./virtual-list";

/** The row whose element holds `target` (`rows`: the rows the list shows), if any. */
export function rowAt(list: VirtualList<TreeRow>, rows: readonly TreeRow[], target: EventTarget | null): TreeRow | undefined {
	const index = list.indexFromTarget(target);
	return index === -1 ? undefined : rows[index];
}

/** Whether `target` is in the collapse arrow of `row`'s element (a click there expands or collapses). */
export function onCollapseIcon(list: VirtualList<TreeRow>, row: TreeRow, target: EventTarget | null): boolean {
	const el = list.elementOf(row.key);
	const icon = el ? rowCollapseIcon(el) : undefined;
	return icon !== undefined && target instanceof Node && icon.contains(target);
}

/** What the row events do; each receives the row under the event where there is one. */
export interface RowEventHandlers {
	rowOf(target: EventTarget | null): TreeRow | undefined;
	click(evt: MouseEvent): void;
	/** Middle click on a row: open it in a new tab. */
	middleClick(row: TreeRow): void;
	hover(evt: MouseEvent): void;
	leave(): void;
	/** Right click on a row (the browser's menu is already prevented). */
	menu(row: TreeRow, evt: MouseEvent): void;
	key(evt: KeyboardEvent): void;
	/** A row received DOM focus. */
	focusIn(row: TreeRow): void;
}

/** Registers the row events on `el` through `owner`, so they go when it unloads. */
export function registerRowEvents(owner: Component, el: HTMLElement, h: RowEventHandlers): void {
	owner.registerDomEvent(el, "click", (evt) => h.click(evt));
	owner.registerDomEvent(el, "auxclick", (evt) => {
		const row = h.rowOf(evt.target);
		if (row && evt.button === 1) h.middleClick(row);
	});
	// No autoscroll on a middle click on a row.
	owner.registerDomEvent(el, "mousedown", (evt) => {
		if (evt.button === 1 && h.rowOf(evt.target)) evt.preventDefault();
	});
	owner.registerDomEvent(el, "mouseover", (evt) => h.hover(evt));
	owner.registerDomEvent(el, "mouseleave", () => h.leave());
	owner.registerDomEvent(el, "contextmenu", (evt) => {
		const row = h.rowOf(evt.target);
		if (!row) return;
		evt.preventDefault();
		h.menu(row, evt);
	});
	owner.registerDomEvent(el, "keydown", (evt) => h.key(evt));
	owner.registerDomEvent(el, "focusin", (evt) => {
		const row = h.rowOf(evt.target);
		if (row) h.focusIn(row);
	});
}
