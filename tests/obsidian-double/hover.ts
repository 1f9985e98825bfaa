import type * as O from "obsidian";
import { Component } from "./component";
import { makeDiv } from "./nodom";

/** Fake of `O.HoverPopover`, minimal: `hoverEl` (`.popover.hover-popover`) in `document.body` while loaded. */
export class HoverPopover extends Component {
	/** `HoverPopover.hoverEl` */
	hoverEl: HTMLElement;
	/** `HoverPopover.state` */
	state = 0;
	/** Double only: the element hovered. */
	readonly targetEl: HTMLElement | null;

	constructor(parent: O.HoverParent, targetEl: HTMLElement | null, waitTime?: number, staticPos?: O.Point | null) {
		super();
		void waitTime;
		void staticPos;
		this.targetEl = targetEl;
		this.hoverEl = makeDiv("A hover popover", "popover hover-popover");
		parent.hoverPopover = this;
	}

	/** `Component.onload`: shows the popover. */
	onload(): void {
		if (typeof document !== "undefined") document.body.appendChild(this.hoverEl);
	}

	/** `Component.onunload`: removes it. */
	onunload(): void {
		if (typeof document !== "undefined") this.hoverEl.remove();
	}
}
