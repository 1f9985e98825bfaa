/**
 * The related-notes section's drag handle: drag it (or focus it and press Up/Down) to change the
 * section's height, which the view state remembers; double-click goes back to the default.
 */
import { Component } from "obsidian";
import type { DataStore } from "../context";

/** Smallest height in px the section can be dragged to. */
export const MIN_RELATED_HEIGHT = 60;
/** Room in px the tree keeps above the section. */
export const TREE_RESERVE = 80;
/** Step in px of one Up/Down key press. */
export const RESIZE_STEP = 16;

/** A height within bounds: at least the minimum, at most the space the tree leaves (`room`: the view's height, 0 when unknown). */
export function clampHeight(height: number, room: number): number {
	const max = room > 0 ? Math.max(MIN_RELATED_HEIGHT, room - TREE_RESERVE) : Number.POSITIVE_INFINITY;
	return Math.round(Math.min(max, Math.max(MIN_RELATED_HEIGHT, height)));
}

/** Drag handle at the top edge of the related-notes section. */
export class ResizeHandle extends Component {
	readonly handleEl: HTMLElement;
	/** Ends a drag in progress (its document listeners), or null. */
	private stopDrag: (() => void) | null = null;

	/** `sectionEl`: the section resized; `roomEl`: the element whose height bounds it (the view). */
	constructor(
		private readonly sectionEl: HTMLElement,
		private readonly roomEl: HTMLElement,
		private readonly store: DataStore,
	) {
		super();
		this.handleEl = sectionEl.createDiv({
			cls: "topic-tree-related-handle",
			attr: { role: "separator", "aria-orientation": "horizontal", "aria-label": "Resize related notes", "aria-valuemin": String(MIN_RELATED_HEIGHT), tabindex: "0" },
		});
		sectionEl.prepend(this.handleEl);
	}

	onload(): void {
		this.apply(this.store.data.view.relatedHeight);
		this.registerDomEvent(this.handleEl, "pointerdown", (evt) => this.startDrag(evt));
		this.registerDomEvent(this.handleEl, "dblclick", () => this.save(null));
		this.registerDomEvent(this.handleEl, "keydown", (evt) => {
			const step = evt.key === "ArrowUp" ? RESIZE_STEP : evt.key === "ArrowDown" ? -RESIZE_STEP : 0;
			if (step === 0) return;
			evt.preventDefault();
			this.save(clampHeight(this.currentHeight() + step, this.roomEl.clientHeight));
		});
	}

	onunload(): void {
		this.stopDrag?.();
	}

	private currentHeight(): number {
		return this.store.data.view.relatedHeight ?? this.sectionEl.getBoundingClientRect().height;
	}

	private startDrag(evt: PointerEvent): void {
		if (evt.button !== 0) return;
		evt.preventDefault();
		const startY = evt.clientY;
		const start = this.currentHeight();
		const doc = this.handleEl.doc;
		let height = start;
		const move = (e: PointerEvent): void => {
			height = clampHeight(start - (e.clientY - startY), this.roomEl.clientHeight);
			this.apply(height);
		};
		const stop = (): void => {
			doc.removeEventListener("pointermove", move);
			doc.removeEventListener("pointerup", up);
			this.sectionEl.removeClass("is-resizing");
			this.stopDrag = null;
		};
		const up = (): void => {
			stop();
			this.save(height);
		};
		this.stopDrag?.();
		this.stopDrag = stop;
		this.sectionEl.addClass("is-resizing");
		doc.addEventListener("pointermove", move);
		doc.addEventListener("pointerup", up);
	}

	private save(height: number | null): void {
		this.apply(height);
		this.store.updateView({ relatedHeight: height });
	}

	/** Sets the section's height (null: the stylesheet's default). */
	private apply(height: number | null): void {
		this.sectionEl.toggleClass("has-height", height !== null);
		this.sectionEl.setCssProps({ "--topic-tree-related-height": height === null ? "" : `${height}px` });
		this.handleEl.setAttr("aria-valuenow", String(height ?? Math.round(this.sectionEl.getBoundingClientRect().height)));
	}
}
