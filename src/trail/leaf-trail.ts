/**
 * The trail of one markdown leaf: one element, moved into the slot of the view's current mode
 * (so it survives switching modes), redrawn only when the note or one of the nodes it shows
 * changed, removed when the leaf closes or the feature unloads. Never touches the note's text.
 */
import { Component, type MarkdownView } from "obsidian";
import { buildTrail, trailAffected, trailNodes, type SequenceOf, type Trail } from "../core/trail";
import type { TopicTreeHost } from "../context";
import { NodeLinks } from "../ui/node-links";
import { inSlot, trailSlot } from "./placement";
import { drawNoParent, drawTrail } from "./render";

/** What a leaf's trail is given by the feature. */
export interface LeafTrailContext {
	host: TopicTreeHost;
	/** Runs *Set parent* for the note at `path`. */
	setParent: (path: string) => void;
	/** Sequence neighbours (← / →); none until next/previous relations exist. */
	sequence?: SequenceOf;
}

export class LeafTrail extends Component {
	private el: HTMLElement | null = null;
	private readonly links: NodeLinks;
	private id: string | null = null;
	private shown: ReadonlySet<string> = new Set();
	private expanded = false;
	private drawn = false;
	/** Redraws so far (tests and the bench read it). */
	draws = 0;

	constructor(
		readonly view: MarkdownView,
		private readonly ctx: LeafTrailContext,
	) {
		super();
		this.links = new NodeLinks(ctx.host);
	}

	onunload(): void {
		this.el?.remove();
		this.el = null;
	}

	/** The trail's element while it is shown. */
	get element(): HTMLElement | null {
		return this.el?.isConnected ? this.el : null;
	}

	/**
	 * Places and draws the trail. `changed` are the ids an index update touched (null: redraw
	 * regardless); a trail that shows none of them is left as it is.
	 */
	sync(changed: ReadonlySet<string> | null): void {
		const settings = this.ctx.host.store.data.settings;
		const file = this.view.file;
		const id = file && file.extension === "md" ? file.path : null;
		const slot = id === null || !settings.showTrail ? null : trailSlot(this.view, this.el);
		if (slot === null || (settings.trailModes !== "both" && settings.trailModes !== slot.mode)) {
			this.el?.detach();
			return;
		}
		if (id !== this.id) {
			this.id = id;
			this.expanded = false;
			this.drawn = false;
		}
		const el = this.ensureElement(slot.parent);
		if (!inSlot(el, slot)) slot.parent.insertBefore(el, slot.before);
		if (this.drawn && !trailAffected(changed, this.shown)) return;
		this.draw(id as string);
	}

	private ensureElement(parent: HTMLElement): HTMLElement {
		// A leaf moved to another window gets an element made by that window's document.
		if (this.el && this.el.doc === parent.doc) return this.el;
		this.el?.remove();
		const el = parent.createDiv({ cls: "topic-tree-trail", attr: { role: "navigation", "aria-label": "Trail" } });
		this.links.attach(this, el, this.view);
		this.el = el;
		this.drawn = false;
		return el;
	}

	private draw(id: string): void {
		const el = this.el as HTMLElement;
		const { host } = this.ctx;
		const settings = host.store.data.settings;
		const graph = host.index.core.graph;
		// A note the index does not know (excluded, or not indexed yet) gets no trail and no hint.
		const known = graph.getNode(id) !== undefined;
		const trail: Trail | null = known ? buildTrail(host.index.model, id, settings.trailMaxPaths, this.ctx.sequence) : null;
		this.shown = trailNodes(trail, id);
		this.drawn = true;
		this.draws++;
		if (trail) {
			el.removeClass("is-empty");
			drawTrail(el, trail, {
				links: this.links,
				title: (node) => graph.getNode(node)?.title ?? node,
				expanded: this.expanded,
				onToggle: () => {
					this.expanded = !this.expanded;
					this.draw(id);
				},
			});
		} else if (known && settings.trailEmpty === "hint") {
			el.addClass("is-empty");
			drawNoParent(el, () => this.ctx.setParent(id));
		} else {
			el.empty();
			el.addClass("is-empty");
		}
		el.toggleClass("topic-tree-hidden", !trail && !(known && settings.trailEmpty === "hint"));
	}
}
