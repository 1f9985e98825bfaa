/**
 * Draws one trail: root › … › parent › this note, "+N paths" that lists every path (capped, with
 * a count), and the ← / → links of a sequence at the end. Only DOM building; the leaf's
 * `LeafTrail` decides when.
 */
import { setIcon } from "obsidian";
import { morePathsLabel, shownPathsLabel, type Trail } from "../core/trail";
import type { NodeLinks } from "../ui/node-links";

/** What drawing needs besides the trail. */
export interface TrailDrawing {
	links: NodeLinks;
	/** Title of a node (the current note's crumb is text, not a link). */
	title: (id: string) => string;
	/** Whether every path is listed. */
	expanded: boolean;
	/** "+N paths" / "Fewer paths" was pressed. */
	onToggle: () => void;
}

/** One path as crumbs; the last step is the note itself. */
function drawPath(parent: HTMLElement, path: readonly string[], drawing: TrailDrawing): HTMLElement {
	const el = parent.createSpan({ cls: "topic-tree-trail-path" });
	path.forEach((id, i) => {
		if (i > 0) el.createSpan({ cls: "topic-tree-trail-separator", text: "›", attr: { "aria-hidden": "true" } });
		if (i === path.length - 1) el.createSpan({ cls: "topic-tree-trail-current", text: drawing.title(id), attr: { "aria-current": "page", dir: "auto" } });
		else drawing.links.link(el, id, "topic-tree-trail-crumb");
	});
	return el;
}

/** ← previous / next → links of a sequence. */
function drawSequence(parent: HTMLElement, trail: Trail, drawing: TrailDrawing): void {
	if (trail.previous.length === 0 && trail.next.length === 0) return;
	const el = parent.createSpan({ cls: "topic-tree-trail-sequence" });
	for (const id of trail.previous) {
		const link = drawing.links.link(el, id, "topic-tree-trail-previous");
		link.prepend(link.doc.createTextNode("← "));
		link.setAttr("aria-label", `Previous: ${drawing.title(id)}`);
	}
	for (const id of trail.next) {
		const link = drawing.links.link(el, id, "topic-tree-trail-next");
		link.appendText(" →");
		link.setAttr("aria-label", `Next: ${drawing.title(id)}`);
	}
}

/** Fills `el` with the trail. */
export function drawTrail(el: HTMLElement, trail: Trail, drawing: TrailDrawing): void {
	el.empty();
	const row = el.createDiv({ cls: "topic-tree-trail-row" });
	const first = trail.paths[0];
	if (first) drawPath(row, first, drawing);
	const more = morePathsLabel(trail);
	if (more !== null) {
		const button = row.createEl("button", {
			cls: "topic-tree-trail-more",
			text: drawing.expanded ? "Fewer paths" : more,
			attr: { type: "button", "aria-expanded": drawing.expanded ? "true" : "false" },
		});
		button.addEventListener("click", (evt) => {
			evt.preventDefault();
			drawing.onToggle();
		});
	}
	drawSequence(row, trail, drawing);
	if (!drawing.expanded || more === null) return;
	const all = el.createDiv({ cls: "topic-tree-trail-all", attr: { role: "list", "aria-label": "All paths to this note" } });
	for (const path of trail.paths.slice(1)) drawPath(all.createDiv({ cls: "topic-tree-trail-line", attr: { role: "listitem" } }), path, drawing);
	const shown = shownPathsLabel(trail);
	if (shown !== null) all.createDiv({ cls: "topic-tree-trail-count", text: shown });
}

/** The muted line for a note without parents: "No parent · Set parent…". */
export function drawNoParent(el: HTMLElement, setParent: () => void): void {
	el.empty();
	const row = el.createDiv({ cls: "topic-tree-trail-row topic-tree-trail-empty" });
	setIcon(row.createSpan({ cls: "topic-tree-trail-icon", attr: { "aria-hidden": "true" } }), "git-fork");
	row.createSpan({ text: "No parent" });
	row.createSpan({ cls: "topic-tree-trail-separator", text: "·", attr: { "aria-hidden": "true" } });
	const button = row.createEl("button", { cls: "topic-tree-trail-set-parent", text: "Set parent…", attr: { type: "button" } });
	button.addEventListener("click", (evt) => {
		evt.preventDefault();
		setParent();
	});
}
