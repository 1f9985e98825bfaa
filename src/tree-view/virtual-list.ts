/**
 * A virtualised list of fixed-height rows: a scroll container, a sizer as tall as every row
 * together, and elements only for the rows in view (plus some overscan). Elements are re-used
 * as rows scroll in and out, and positioned through a CSS variable, never `el.style`. The row
 * height is the stylesheet's `--topic-tree-row-height` (which follows the theme's variables),
 * measured on a hidden probe; `rowHeight` is the fallback while nothing is laid out.
 */
import { Component } from "obsidian";
import { FALLBACK_VISIBLE_ROWS } from "./constants";

/** How the list builds and fills its row elements. */
export interface VirtualListOptions<T> {
	/** Row height in px until one is measured (hidden views, tests). */
	rowHeight: number;
	overscan: number;
	/** Unique, stable key of an item (an element showing the same key is re-used as is). */
	keyOf(item: T): string;
	/** Builds the skeleton of a row element inside `parent` (called once per pooled element). */
	create(parent: HTMLElement): HTMLElement;
	/** Fills a (possibly re-used) element for the item at `index`. */
	update(el: HTMLElement, item: T, index: number): void;
	/** Called after each render with the rendered elements by key. */
	afterRender?(rendered: ReadonlyMap<string, HTMLElement>): void;
	/** Key of the row that holds keyboard focus; it gets DOM focus back when it scrolls into view. */
	focusKey?(): string | null;
	/** Runs `callback` before the next paint (default: requestAnimationFrame). */
	schedule?(callback: () => void): void;
}

interface Slot {
	el: HTMLElement;
	index: number;
	generation: number;
}

/** A scrolling list that renders only the rows in view. */
export class VirtualList<T> extends Component {
	/** The element that scrolls. */
	readonly scrollEl: HTMLElement;
	/** Holds the row elements; as tall as all rows together. */
	readonly sizerEl: HTMLElement;
	private readonly opts: VirtualListOptions<T>;
	/** Hidden element as tall as the stylesheet's row height, outside the scroller (which gets the measured value). */
	private readonly probeEl: HTMLElement;
	private items: readonly T[] = [];
	private generation = 0;
	private slots = new Map<string, Slot>();
	private readonly pool: HTMLElement[] = [];
	private readonly keyOfEl = new WeakMap<Node, string>();
	private scheduled = false;
	private renders = 0;
	/** The sizer's height as last set. */
	private height = "";

	constructor(parent: HTMLElement, opts: VirtualListOptions<T>) {
		super();
		this.opts = { ...opts };
		this.probeEl = parent.createDiv({ cls: "topic-tree-row-probe", attr: { "aria-hidden": "true" } });
		this.scrollEl = parent.createDiv({ cls: "topic-tree-scroll", attr: { tabindex: "-1" } });
		this.sizerEl = this.scrollEl.createDiv({ cls: "topic-tree-sizer" });
	}

	onload(): void {
		this.registerDomEvent(this.scrollEl, "scroll", () => this.requestRender());
		// No render while loading: the owner has not finished building (it renders itself).
		this.measureRowHeight(false);
		if (typeof ResizeObserver === "function") {
			const observer = new ResizeObserver(() => {
				this.measureRowHeight();
				this.requestRender();
			});
			observer.observe(this.scrollEl);
			this.register(() => observer.disconnect());
		}
	}

	/** The row height in px in use. */
	get rowHeight(): number {
		return this.opts.rowHeight;
	}

	/**
	 * Reads the stylesheet's row height (theme, platform) from the probe, rounded to whole pixels,
	 * and lays the rows out with it when it changed (rendering them unless `render` is false); the
	 * scroller gets the rounded value so rows and their positions agree. Nothing changes while the
	 * probe is not laid out. True when it changed.
	 */
	measureRowHeight(render = true): boolean {
		const measured = Math.round(this.probeEl.getBoundingClientRect().height);
		if (!(measured > 0) || measured === this.opts.rowHeight) return false;
		const first = Math.floor(this.scrollEl.scrollTop / this.opts.rowHeight);
		this.opts.rowHeight = measured;
		this.scrollEl.setCssProps({ "--topic-tree-row-height": `${measured}px` });
		this.height = "";
		this.setItems(this.items, false);
		this.scrollEl.scrollTop = first * measured;
		this.generation++;
		if (render) this.render();
		return true;
	}

	/** Number of renders done so far (tests use it to check that work is bounded). */
	get renderCount(): number {
		return this.renders;
	}

	/** The current items. */
	get length(): number {
		return this.items.length;
	}

	/** Item at an index. */
	itemAt(index: number): T | undefined {
		return this.items[index];
	}

	/** Replaces the items and renders the visible ones (elements of unchanged keys are re-used); `render` false leaves rendering to the caller. */
	setItems(items: readonly T[], render = true): void {
		this.items = items;
		this.generation++;
		const height = `${items.length * this.opts.rowHeight}px`;
		if (height !== this.height) {
			this.height = height;
			this.sizerEl.setCssProps({ "--topic-tree-list-height": height });
		}
		if (render) this.render();
	}

	/** Re-fills every rendered row (e.g. the active row changed) without changing the items. */
	refresh(): void {
		this.generation++;
		this.render();
	}

	/** Renders on the next frame; several calls before it coalesce. */
	requestRender(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		const run = (): void => {
			if (!this.scheduled) return;
			this.render();
		};
		const win = this.scrollEl.win ?? window;
		if (this.opts.schedule) this.opts.schedule(run);
		else if (typeof win.requestAnimationFrame === "function") win.requestAnimationFrame(run);
		else win.setTimeout(run, 16);
	}

	/** Visible height in px (a default when the list has not been laid out). */
	viewportHeight(): number {
		return this.scrollEl.clientHeight || FALLBACK_VISIBLE_ROWS * this.opts.rowHeight;
	}

	/** Index range [start, end) of the rows that should exist in the DOM. */
	range(): { start: number; end: number } {
		const rh = this.opts.rowHeight;
		const top = Math.max(0, this.scrollEl.scrollTop);
		const start = Math.max(0, Math.floor(top / rh) - this.opts.overscan);
		const end = Math.min(this.items.length, Math.ceil((top + this.viewportHeight()) / rh) + this.opts.overscan);
		return { start, end: Math.max(start, end) };
	}

	/** Re-fills every rendered row on the next render (without rendering now). */
	invalidate(): void {
		this.generation++;
	}

	/**
	 * Scrolls to show the row and renders: `nearest` scrolls the least, `center` centres it,
	 * `auto` centres it only when it is not fully in view.
	 */
	scrollToIndex(index: number, align: "nearest" | "center" | "auto" = "nearest"): void {
		if (index < 0 || index >= this.items.length) return;
		const rh = this.opts.rowHeight;
		const height = this.viewportHeight();
		const rowTop = index * rh;
		const current = this.scrollEl.scrollTop;
		const inView = rowTop >= current && rowTop + rh <= current + height;
		let next = current;
		if (align === "center" || (align === "auto" && !inView)) next = rowTop - (height - rh) / 2;
		else if (rowTop < current) next = rowTop;
		else if (rowTop + rh > current + height) next = rowTop + rh - height;
		next = Math.max(0, Math.min(next, this.items.length * rh - height));
		if (Math.round(next) !== Math.round(current)) this.scrollEl.scrollTop = Math.round(Math.max(0, next));
		this.render();
	}

	/** The element currently showing the row with this key, if rendered. */
	elementOf(key: string): HTMLElement | undefined {
		return this.slots.get(key)?.el;
	}

	/** The key of the row an event target belongs to (null outside rows). */
	keyFromTarget(target: EventTarget | null): string | null {
		return this.slotOf(target)?.key ?? null;
	}

	/** The index of the row an event target belongs to (-1 outside rows). */
	indexFromTarget(target: EventTarget | null): number {
		return this.slotOf(target)?.slot.index ?? -1;
	}

	private slotOf(target: EventTarget | null): { key: string; slot: Slot } | null {
		let node = target instanceof Node ? target : null;
		while (node && node !== this.sizerEl) {
			const key = this.keyOfEl.get(node);
			const slot = key !== undefined ? this.slots.get(key) : undefined;
			if (key !== undefined && slot?.el === node) return { key, slot };
			node = node.parentNode;
		}
		return null;
	}

	/** Renders the rows in view now, re-using elements. */
	render(): void {
		this.scheduled = false;
		this.renders++;
		const doc = this.scrollEl.ownerDocument;
		const hadFocus = this.scrollEl.contains(doc.activeElement);
		const { start, end } = this.range();
		const next = new Map<string, Slot>();
		for (let i = start; i < end; i++) {
			const key = this.opts.keyOf(this.items[i]);
			const slot = this.slots.get(key);
			if (slot) {
				next.set(key, slot);
				this.slots.delete(key);
			}
		}
		for (const slot of this.slots.values()) this.release(slot.el);
		let previous: HTMLElement | null = null;
		for (let i = start; i < end; i++) {
			const item = this.items[i];
			const key = this.opts.keyOf(item);
			let slot = next.get(key);
			if (!slot) {
				slot = { el: this.pool.pop() ?? this.opts.create(this.sizerEl), index: -1, generation: -1 };
				next.set(key, slot);
			}
			const el = slot.el;
			if (slot.generation !== this.generation || slot.index !== i) {
				this.opts.update(el, item, i);
				if (slot.index !== i) el.setCssProps({ "--topic-tree-row-top": `${i * this.opts.rowHeight}px` });
				slot.index = i;
				slot.generation = this.generation;
				this.keyOfEl.set(el, key);
			}
			const expected: Element | null = previous ? previous.nextElementSibling : this.sizerEl.firstElementChild;
			if (expected !== el) this.sizerEl.insertBefore(el, expected);
			previous = el;
		}
		this.slots = next;
		this.opts.afterRender?.(this.renderedElements());
		this.restoreFocus(hadFocus);
	}

	private renderedElements(): Map<string, HTMLElement> {
		const out = new Map<string, HTMLElement>();
		for (const [key, slot] of this.slots) out.set(key, slot.el);
		return out;
	}

	private release(el: HTMLElement): void {
		el.remove();
		this.keyOfEl.delete(el);
		this.pool.push(el);
	}

	/** Keeps keyboard focus on the logical row across re-renders (parks it on the list meanwhile). */
	private restoreFocus(hadFocus: boolean): void {
		const doc = this.scrollEl.ownerDocument;
		const active = doc.activeElement;
		if (!hadFocus && active !== this.scrollEl) return;
		const key = this.opts.focusKey?.() ?? null;
		const el = key !== null ? this.slots.get(key)?.el : undefined;
		if (el) {
			if (active !== el) el.focus({ preventScroll: true });
		} else if (!this.scrollEl.contains(active)) {
			this.scrollEl.focus({ preventScroll: true });
		}
	}
}
