/**
 * Links to hierarchy nodes outside the tree view (the trail, the `topic-tree` code block), made to
 * behave like the sidebar's: click opens, Mod-click or middle click opens a new tab, Enter opens,
 * hovering with Mod shows the page preview, ghost topics are muted and offer to create their note.
 */
import type { Component, HoverParent } from "obsidian";
import type { TopicTreeHost } from "../context";
import { openNode, targetOfEvent, triggerHover } from "./navigation";

/** Makes node links inside one root element and handles their events (delegated, one listener per kind). */
export class NodeLinks {
	private readonly ids = new WeakMap<Node, string>();

	constructor(private readonly host: TopicTreeHost) {}

	/** An `a` for node `id` with its title (muted and labelled when a ghost). */
	link(parent: HTMLElement, id: string, cls: string, text?: string): HTMLElement {
		const node = this.host.index.core.graph.getNode(id);
		const ghost = node?.kind === "ghost";
		const el = parent.createEl("a", {
			cls: `topic-tree-link ${cls}${ghost ? " is-ghost" : ""}`,
			text: text ?? node?.title ?? id,
			attr: { tabindex: "0", role: "link", dir: "auto", "data-node": id },
		});
		if (ghost) el.setAttr("aria-label", `${node.title} (ghost topic, no note yet: create it)`);
		this.ids.set(el, id);
		return el;
	}

	/** Handles clicks, middle clicks, Enter and Mod-hover on links inside `root`, for as long as `owner` is loaded. */
	attach(owner: Component, root: HTMLElement, hoverParent: HoverParent): void {
		owner.registerDomEvent(root, "click", (evt) => this.open(evt, root));
		owner.registerDomEvent(root, "auxclick", (evt) => {
			if (evt.button === 1) this.open(evt, root);
		});
		owner.registerDomEvent(root, "keydown", (evt) => {
			if (evt.key === "Enter") this.open(evt, root);
		});
		owner.registerDomEvent(root, "mouseover", (evt) => {
			const link = this.linkOf(evt.target, root);
			if (link) triggerHover(this.host, evt, link.el, hoverParent, link.id);
		});
	}

	private open(evt: MouseEvent | KeyboardEvent, root: HTMLElement): void {
		const link = this.linkOf(evt.target, root);
		if (!link) return;
		evt.preventDefault();
		evt.stopPropagation();
		void openNode(this.host, link.id, targetOfEvent(evt));
	}

	private linkOf(target: EventTarget | null, root: HTMLElement): { el: HTMLElement; id: string } | null {
		for (let node = target instanceof Node ? target : null; node && node !== root; node = node.parentNode) {
			const id = this.ids.get(node);
			if (id !== undefined) return { el: node as HTMLElement, id };
		}
		return null;
	}
}
