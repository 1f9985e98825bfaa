/**
 * The related-notes section of the tree view: for the active note, its path(s) from the top,
 * parents, siblings grouped by parent, children and `related::` notes, each clickable like a
 * link (click, Mod-click, middle click, hover preview, Enter).
 */
import { Component, setIcon, type HoverParent } from "obsidian";
import { relatedNotes, type RelatedNotes } from "../core/tree";
import type { TopicTreeHost } from "../context";
import { titleOf } from "../tree-view/actions";
import { RELATED_LIST_LIMIT } from "../tree-view/constants";
import { openNode, targetOfEvent, triggerHover } from "../ui/navigation";
import { ResizeHandle } from "./resize-handle";

/** Longest path drawn whole in the section; longer ones keep their first and last crumbs. */
const MAX_CRUMBS = 12;
const HEAD_CRUMBS = 2;
const TAIL_CRUMBS = 8;

/** A shortened path's "… N more" button → draws that path whole (dropped with the element). */
const wholePaths = new WeakMap<HTMLElement, () => void>();

/** Where the section is shown. */
export interface RelatedSectionOptions {
	/** Under the tree: a drag handle on its top edge resizes it, bounded by this element's height. */
	resizeWithin?: HTMLElement;
	/** In a view of its own: always open, no collapsible header. */
	standalone?: boolean;
}

/** Collapsible "Related notes" section for the active note. */
export class RelatedSection extends Component {
	readonly containerEl: HTMLElement;
	private readonly headerEl: HTMLElement;
	private readonly iconEl: HTMLElement;
	private readonly bodyEl: HTMLElement;
	private readonly linkIds = new WeakMap<Node, string>();
	private activeId: string | null = null;
	private stale = true;
	/** Groups the user asked to see in full ("Show all"), for the current note only. */
	private readonly showAll = new Set<string>();
	/** What the body shows now, so an update that changes none of it leaves the DOM alone. */
	private shown: string | null = null;

	constructor(
		parent: HTMLElement,
		private readonly host: TopicTreeHost,
		private readonly hoverParent: HoverParent,
		private readonly options: RelatedSectionOptions = {},
	) {
		super();
		this.containerEl = parent.createDiv({ cls: "topic-tree-related" });
		this.containerEl.toggleClass("is-standalone", options.standalone === true);
		this.headerEl = this.containerEl.createDiv({
			cls: "tree-item-self is-clickable topic-tree-related-header",
			attr: { role: "button", tabindex: "0" },
		});
		this.iconEl = this.headerEl.createDiv({ cls: "tree-item-icon collapse-icon" });
		setIcon(this.iconEl, "right-triangle");
		this.headerEl.createDiv({ cls: "tree-item-inner", text: "Related notes" });
		this.headerEl.toggleClass("topic-tree-hidden", options.standalone === true);
		this.bodyEl = this.containerEl.createDiv({ cls: "topic-tree-related-body", attr: { role: "region", "aria-label": "Related notes" } });
	}

	onload(): void {
		if (this.options.resizeWithin) this.addChild(new ResizeHandle(this.containerEl, this.options.resizeWithin, this.host.store));
		this.registerDomEvent(this.headerEl, "click", () => this.toggle());
		this.registerDomEvent(this.headerEl, "keydown", (evt) => {
			if (evt.key !== "Enter" && evt.key !== " ") return;
			evt.preventDefault();
			this.toggle();
		});
		this.registerDomEvent(this.bodyEl, "click", (evt) => this.onClick(evt));
		this.registerDomEvent(this.bodyEl, "auxclick", (evt) => {
			if (evt.button === 1) this.onClick(evt);
		});
		this.registerDomEvent(this.bodyEl, "mouseover", (evt) => {
			const link = this.linkOf(evt.target);
			if (link) triggerHover(this.host, evt, link.el, this.hoverParent, link.id);
		});
		this.registerDomEvent(this.bodyEl, "keydown", (evt) => {
			const link = this.linkOf(evt.target);
			if (!link || evt.key !== "Enter") return;
			evt.preventDefault();
			void openNode(this.host, link.id, targetOfEvent(evt));
		});
		this.registerEvent(this.host.index.on("updated", () => this.refresh()));
		this.applyOpen();
	}

	/** Whether the section is expanded (persisted in the view state). */
	get isOpen(): boolean {
		return this.options.standalone === true || this.host.store.data.view.relatedOpen;
	}

	/** Shows the neighbourhood of this node (null: no active note). */
	setActive(id: string | null): void {
		if (id === this.activeId && !this.stale) return;
		if (id !== this.activeId) this.showAll.clear();
		this.activeId = id;
		this.refresh();
	}

	/** Opens or closes the section and saves the choice. */
	toggle(): void {
		this.host.store.updateView({ relatedOpen: !this.isOpen });
		this.applyOpen();
	}

	/** Renders again (skipped while closed; done on opening). */
	refresh(): void {
		this.stale = true;
		if (!this.isOpen) return;
		this.stale = false;
		this.render();
	}

	private applyOpen(): void {
		const open = this.isOpen;
		this.headerEl.setAttr("aria-expanded", open ? "true" : "false");
		this.iconEl.toggleClass("is-collapsed", !open);
		this.containerEl.toggleClass("is-collapsed", !open);
		this.bodyEl.toggleClass("topic-tree-hidden", !open);
		if (open && this.stale) this.refresh();
	}

	private render(): void {
		const body = this.bodyEl;
		const id = this.activeId;
		const graph = this.host.index.core.graph;
		const near = id !== null && graph.getNode(id) ? relatedNotes(this.host.index.model, graph, id, (n) => graph.relatedOf(n)) : null;
		const shown = this.signature(id, near);
		if (shown === this.shown) return;
		this.shown = shown;
		body.empty();
		if (id === null) {
			body.createDiv({ cls: "topic-tree-related-empty", text: "Open a note to see where it sits in the tree." });
			return;
		}
		if (near === null) {
			body.createDiv({ cls: "topic-tree-related-empty", text: "This note is not in the topic tree." });
			return;
		}
		const trails = near.paths.filter((path) => path.length > 1);
		if (trails.length > 0) {
			const group = this.group(trails.length === 1 ? "Path" : "Paths", trails.length);
			for (const path of trails) {
				const nav = group.createDiv({ cls: "topic-tree-breadcrumbs", attr: { role: "navigation", "aria-label": "Path to this note" } });
				this.crumbs(nav, path, path.length <= MAX_CRUMBS);
			}
		}
		this.list("Previous", near.previous);
		this.list("Next", near.next);
		this.list("Parents", near.parents);
		const groups = near.siblings.filter((s) => s.siblings.length > 0);
		const explicit = new Set(near.explicitSiblings);
		if (groups.length > 0 || near.explicitOnly.length > 0) {
			const count = groups.reduce((sum, s) => sum + s.siblings.length, 0) + near.explicitOnly.length;
			const group = this.group("Siblings", count);
			if (near.explicitOnly.length > 0) {
				const line = group.createDiv({ cls: "topic-tree-related-siblings" });
				line.appendText("Named as siblings: ");
				this.inline(line, near.explicitOnly, "Siblings named", explicit);
			}
			const shown = this.showAll.has("Siblings") ? groups : groups.slice(0, RELATED_LIST_LIMIT);
			shown.forEach(({ parent, siblings }, k) => {
				const line = group.createDiv({ cls: "topic-tree-related-siblings" });
				line.appendText("Under ");
				this.link(line, parent);
				line.appendText(": ");
				this.inline(line, siblings, `Siblings ${k}`, explicit);
			});
			const rest = groups.length - shown.length;
			if (rest > 0) {
				const more = group.createDiv({ cls: "topic-tree-related-more", text: `and ${rest.toLocaleString("en-US")} more ${rest === 1 ? "parent" : "parents"}` });
				this.showAllButton(more, "Siblings");
			}
		}
		this.list("Children", near.children);
		this.list("Related", near.related);
		if (body.childElementCount === 0) {
			body.createDiv({ cls: "topic-tree-related-empty", text: "No parents, children or related notes yet." });
		}
	}

	/** Everything the body is drawn from: the neighbourhood, each note's title and kind, and the groups shown in full. */
	private signature(id: string | null, near: RelatedNotes | null): string {
		if (near === null) return JSON.stringify([id, near]);
		const graph = this.host.index.core.graph;
		const ids = new Set<string>([id ?? "", ...near.paths.flat(), ...near.previous, ...near.next, ...near.parents, ...near.explicitSiblings, ...near.children, ...near.related]);
		for (const group of near.siblings) for (const sibling of group.siblings) ids.add(sibling);
		const looks: string[] = [];
		for (const each of ids) {
			const node = graph.getNode(each);
			looks.push(node === undefined ? "" : `${node.kind}:${node.title}`);
		}
		return JSON.stringify([id, near, looks, [...this.showAll]]);
	}

	private group(title: string, count: number): HTMLElement {
		const group = this.bodyEl.createDiv({ cls: "topic-tree-related-group" });
		group.createDiv({ cls: "topic-tree-related-heading", text: `${title} (${count.toLocaleString("en-US")})` });
		return group;
	}

	private list(title: string, ids: readonly string[]): void {
		if (ids.length === 0) return;
		const group = this.group(title, ids.length);
		this.inline(group.createDiv({ cls: "topic-tree-related-items" }), ids, title);
	}

	/** Links separated by commas, cut at the limit with a count of the rest and "Show all" (`key` remembers the choice). */
	private inline(parent: HTMLElement, ids: readonly string[], key: string, explicit?: ReadonlySet<string>): void {
		const shown = this.showAll.has(key) ? ids : ids.slice(0, RELATED_LIST_LIMIT);
		shown.forEach((id, i) => {
			if (i > 0) parent.appendText(", ");
			const el = this.link(parent, id, explicit?.has(id) ? "is-explicit" : "");
			// Named in a sibling field: marked (a sign as well as a style) and said to screen readers.
			if (explicit?.has(id)) {
				el.setAttr("aria-label", `${el.textContent ?? ""} (explicit sibling)`);
				el.setAttr("title", "Named as a sibling");
			}
		});
		if (ids.length > shown.length) {
			parent.createSpan({ cls: "topic-tree-related-more", text: ` and ${(ids.length - shown.length).toLocaleString("en-US")} more` });
			this.showAllButton(parent, key);
		}
	}

	/** A "Show all" button that renders the group `key` in full. */
	private showAllButton(parent: HTMLElement, key: string): void {
		parent.appendText(" ");
		parent.createEl("button", { cls: "topic-tree-related-show-all", text: "Show all", attr: { type: "button", "data-group": key } });
	}

	/**
	 * One path as crumbs. A long path (a chain thousands of notes deep) shows its first crumbs, a
	 * "… N more" button that draws the rest when asked, and its last crumbs, so a reveal never
	 * draws thousands of links.
	 */
	private crumbs(nav: HTMLElement, path: readonly string[], whole: boolean): void {
		nav.empty();
		const shown = whole ? path.map((_, i) => i) : [...Array(HEAD_CRUMBS).keys(), ...Array.from({ length: TAIL_CRUMBS }, (_, k) => path.length - TAIL_CRUMBS + k)];
		shown.forEach((i, k) => {
			if (k > 0) nav.createSpan({ cls: "topic-tree-crumb-separator", text: "›", attr: { "aria-hidden": "true" } });
			if (k > 0 && i !== shown[k - 1] + 1) {
				const hidden = i - shown[k - 1] - 1;
				const more = nav.createEl("button", { cls: "topic-tree-crumb-more", text: `… ${hidden.toLocaleString("en-US")} more`, attr: { "aria-label": `Show the ${hidden.toLocaleString("en-US")} notes between` } });
				wholePaths.set(more, () => this.crumbs(nav, path, true));
				nav.createSpan({ cls: "topic-tree-crumb-separator", text: "›", attr: { "aria-hidden": "true" } });
			}
			const step = path[i];
			if (i === path.length - 1) nav.createSpan({ cls: "topic-tree-crumb-current", text: titleOf(this.host, step), attr: { "aria-current": "page", dir: "auto" } });
			else this.link(nav, step, "topic-tree-crumb");
		});
	}

	private link(parent: HTMLElement, id: string, extra = ""): HTMLElement {
		const node = this.host.index.core.graph.getNode(id);
		const ghost = node?.kind === "ghost";
		const el = parent.createEl("a", {
			cls: `topic-tree-link${ghost ? " is-ghost" : ""}${extra ? " " + extra : ""}`,
			text: node?.title ?? id,
			attr: { tabindex: "0", role: "link", dir: "auto" },
		});
		if (ghost) el.setAttr("aria-label", `${node.title} (ghost topic, no note yet)`);
		this.linkIds.set(el, id);
		return el;
	}

	private linkOf(target: EventTarget | null): { el: HTMLElement; id: string } | null {
		let node = target instanceof Node ? target : null;
		while (node && node !== this.bodyEl) {
			const id = this.linkIds.get(node);
			if (id !== undefined) return { el: node as HTMLElement, id };
			node = node.parentNode;
		}
		return null;
	}

	private onClick(evt: MouseEvent): void {
		const showAll = evt.target instanceof Element ? evt.target.closest<HTMLElement>(".topic-tree-related-show-all") : null;
		if (showAll && this.bodyEl.contains(showAll)) {
			evt.preventDefault();
			this.showAll.add(showAll.getAttribute("data-group") ?? "");
			this.render();
			return;
		}
		const more = evt.target instanceof Element ? evt.target.closest<HTMLElement>(".topic-tree-crumb-more") : null;
		const drawWhole = more ? wholePaths.get(more) : undefined;
		if (drawWhole) {
			evt.preventDefault();
			drawWhole();
			return;
		}
		const link = this.linkOf(evt.target);
		if (!link) return;
		evt.preventDefault();
		void openNode(this.host, link.id, targetOfEvent(evt));
	}
}
