/**
 * One row of the tree, in Obsidian's own tree markup so it looks native in every theme:
 * `div.tree-item > div.tree-item-self` with a collapse icon, the title and a child count.
 */
import { setIcon } from "obsidian";
import type { Range, TreeRow } from "../core/tree";

/** What a row shows besides the model's row. */
export interface RowDecor {
	title: string;
	/** Muted text after the title: what tells rows sharing a title apart, or the file name ("" for none). */
	muted: string;
	/** The row's tooltip: the note's full path. */
	tooltip: string;
	/** The unlinked notes group rather than a node. */
	group: boolean;
	ghost: boolean;
	/** A file that is not a note (`doc.pdf`, `board.canvas`) that notes name as their parent. */
	file?: boolean;
	/** The node belongs to a cycle. */
	inCycle: boolean;
	/** Titles of the node's other parents (multi-parent notes). */
	alsoUnder: readonly string[];
	active: boolean;
	focused: boolean;
	/** Drop target of a drag in progress. */
	dropTarget: boolean;
	/** Part of the multi-selection (Shift-click, Alt-click) used by Compare notes. */
	selected?: boolean;
	posInSet: number;
	setSize: number;
}

/** The parts of a row element, built once and re-filled as the element is re-used. */
interface RowParts {
	self: HTMLElement;
	collapse: HTMLElement;
	inner: HTMLElement;
	muted: HTMLElement;
	badges: HTMLElement;
	flair: HTMLElement;
	flairOuter: HTMLElement;
	/** The `aria-setsize` and `aria-posinset` written last (reading attributes back costs as much as writing). */
	place?: string;
}

const parts = new WeakMap<HTMLElement, RowParts>();

/** Text of the ghost badge's tooltip. */
export const GHOST_LABEL = "Ghost topic: no note yet";

/** Builds an empty row element inside `parent`. */
export function createRowEl(parent: HTMLElement): HTMLElement {
	const el = parent.createDiv({ cls: "tree-item topic-tree-row", attr: { role: "treeitem", tabindex: "-1", draggable: "true" } });
	const self = el.createDiv({ cls: "tree-item-self is-clickable topic-tree-row-self" });
	const collapse = self.createDiv({ cls: "tree-item-icon collapse-icon" });
	setIcon(collapse, "right-triangle");
	const inner = self.createDiv({ cls: "tree-item-inner" });
	const muted = self.createDiv({ cls: "topic-tree-row-muted" });
	const badges = self.createDiv({ cls: "topic-tree-badges" });
	const flairOuter = self.createDiv({ cls: "tree-item-flair-outer" });
	const flair = flairOuter.createSpan({ cls: "tree-item-flair" });
	parts.set(el, { self, collapse, inner, muted, badges, flair, flairOuter });
	return el;
}

/** The inner `tree-item-self` element of a row. */
export function rowSelf(el: HTMLElement): HTMLElement | undefined {
	return parts.get(el)?.self;
}

/** The collapse icon of a row element. */
export function rowCollapseIcon(el: HTMLElement): HTMLElement | undefined {
	return parts.get(el)?.collapse;
}

/** What each title element shows, so an unchanged title is not written again. */
const shownTitles = new WeakMap<HTMLElement, string>();

/**
 * Writes `title` into `el`, wrapping the highlighted ranges in `span.topic-tree-match`. An
 * unchanged title is left as it is: a row re-rendered between mousedown and mouseup (it takes
 * focus) must keep the span under the pointer, or the browser fires no click.
 */
export function renderHighlighted(el: HTMLElement, title: string, ranges: readonly Range[]): void {
	const shown = ranges.length === 0 ? title : `${title}\u0000${ranges.join(";")}`;
	if (shownTitles.get(el) === shown) return;
	shownTitles.set(el, shown);
	el.empty();
	let at = 0;
	for (const [start, end] of ranges) {
		if (start > at) el.appendText(title.slice(at, start));
		el.createSpan({ cls: "topic-tree-match", text: title.slice(start, end) });
		at = end;
	}
	if (at < title.length) el.appendText(title.slice(at));
}

/** Writes a row's place among its visible siblings (the rest of the row unchanged). */
export function renderRowPosition(el: HTMLElement, decor: Pick<RowDecor, "posInSet" | "setSize">): void {
	const p = parts.get(el);
	const place = `${decor.setSize} ${decor.posInSet}`;
	if (p?.place === place) return;
	if (p) p.place = place;
	el.setAttr("aria-setsize", String(decor.setSize));
	el.setAttr("aria-posinset", String(decor.posInSet));
}

/** Fills a row element for `row`. */
export function renderRow(el: HTMLElement, row: TreeRow, decor: RowDecor): void {
	const p = parts.get(el);
	if (!p) return;
	const expandable = row.childCount > 0 && !row.cycleBack;
	el.setCssProps({ "--topic-tree-depth": String(row.depth) });
	el.setAttr("aria-level", String(row.depth + 1));
	renderRowPosition(el, decor);
	el.setAttr("aria-selected", decor.active ? "true" : "false");
	if (expandable) el.setAttr("aria-expanded", row.expanded ? "true" : "false");
	else el.removeAttribute("aria-expanded");
	el.toggleClass("is-collapsed", expandable && !row.expanded);
	el.toggleClass("is-ghost", decor.ghost);
	el.toggleClass("is-file", decor.file === true);
	el.toggleClass("is-cycle-back", row.cycleBack);
	el.toggleClass("is-match", row.match);
	p.self.toggleClass("is-active", decor.active);
	p.self.toggleClass("has-focus", decor.focused);
	p.self.toggleClass("is-being-dragged-over", decor.dropTarget);
	p.self.toggleClass("is-selected", decor.selected === true);
	p.collapse.toggleClass("is-collapsed", expandable && !row.expanded);
	p.collapse.toggleClass("topic-tree-invisible", !expandable);
	el.toggleClass("is-group", decor.group);
	// The full path on hover. A `title`, not `aria-label`: the row's accessible name stays its visible text.
	p.self.setAttr("title", decor.tooltip);
	renderHighlighted(p.inner, decor.title, row.highlights);
	p.muted.setText(decor.muted);
	p.muted.toggleClass("topic-tree-hidden", decor.muted === "");
	p.flair.setText(row.childCount > 0 ? String(row.childCount) : "");
	p.flairOuter.toggleClass("topic-tree-hidden", row.childCount === 0);
	renderBadges(p.badges, row, decor);
}

/** The icon of a file that is not a note, by its extension (Obsidian's own icons for these kinds). */
export function fileIcon(name: string): string {
	const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
	if (ext === "canvas") return "layout-dashboard";
	if (ext === "base") return "table";
	if (ext === "pdf") return "file-text";
	if (/^(png|jpe?g|gif|bmp|svg|webp|avif)$/.test(ext)) return "image";
	if (/^(mp3|wav|m4a|ogg|flac|webm|3gp)$/.test(ext)) return "file-audio";
	if (/^(mp4|mkv|mov|ogv)$/.test(ext)) return "file-video";
	return "file";
}

/** Parents named in the also-under badge's text; the rest are counted. */
const ALSO_UNDER_SHOWN = 2;
/** Parents named in the also-under badge's label (a note may have a thousand); the rest are counted. */
const ALSO_UNDER_LABELLED = 10;

function badge(parent: HTMLElement, cls: string, icon: string | null, text: string, label: string): HTMLElement {
	const el = parent.createSpan({ cls: `topic-tree-badge ${cls}`, attr: { "aria-label": label } });
	if (icon) setIcon(el.createSpan({ cls: "topic-tree-badge-icon" }), icon);
	if (text) el.createSpan({ cls: "topic-tree-badge-text", text });
	return el;
}

/** "also under A, B +3": each name isolated (`dir="auto"`), so right-to-left names keep their order. */
function alsoUnderBadge(parent: HTMLElement, names: readonly string[]): void {
	const labelled = names.slice(0, ALSO_UNDER_LABELLED).join(", ");
	const unlabelled = names.length - ALSO_UNDER_LABELLED;
	const label = `Also under: ${labelled}${unlabelled > 0 ? ` and ${unlabelled.toLocaleString("en-US")} more` : ""}`;
	const el = badge(parent, "topic-tree-also-badge", "git-fork", "", label);
	const text = el.createSpan({ cls: "topic-tree-badge-text", text: "also under " });
	names.slice(0, ALSO_UNDER_SHOWN).forEach((name, i) => {
		if (i > 0) text.appendText(", ");
		text.createSpan({ text: name, attr: { dir: "auto" } });
	});
	if (names.length > ALSO_UNDER_SHOWN) text.appendText(` +${(names.length - ALSO_UNDER_SHOWN).toLocaleString("en-US")}`);
}

/** What each badges element shows, so unchanged badges (icons are costly to build) are not built again. */
const shownBadges = new WeakMap<HTMLElement, string>();

function renderBadges(el: HTMLElement, row: TreeRow, decor: RowDecor): void {
	const shown = JSON.stringify([decor.ghost, decor.file === true && fileIcon(decor.title), row.cycleBack, decor.inCycle, decor.alsoUnder]);
	if (shownBadges.get(el) === shown) return;
	shownBadges.set(el, shown);
	el.empty();
	if (decor.ghost) badge(el, "topic-tree-ghost-badge", "file-plus", "", GHOST_LABEL);
	if (decor.file) badge(el, "topic-tree-file-badge", fileIcon(decor.title), "", "File, not a note: opens it");
	if (row.cycleBack) badge(el, "topic-tree-cycle-back-badge", "corner-left-up", "", "Repeats a topic above it: the hierarchy has a cycle here");
	else if (decor.inCycle) badge(el, "topic-tree-cycle-badge", "refresh-cw", "cycle", "Part of a cycle of parent links");
	if (decor.alsoUnder.length > 0) alsoUnderBadge(el, decor.alsoUnder);
	el.toggleClass("topic-tree-hidden", el.childElementCount === 0);
}
