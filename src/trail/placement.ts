/**
 * Where a trail goes in a markdown view: at the top of the note, above the inline title, inside
 * the part that scrolls with the note. Reading view: `.markdown-preview-sizer` (before its header,
 * after the pusher Obsidian uses for lazy rendering). Live Preview and Source mode: `.cm-sizer`,
 * above the inline title and the editor's content. Found in the view's own `containerEl`, so a
 * leaf in a popout window gets its trail in that window's document.
 */
import type { MarkdownView } from "obsidian";

/** The slot of a trail: insert into `parent` before `before` (null: at the end). */
export interface TrailSlot {
	parent: HTMLElement;
	before: Node | null;
	mode: "reading" | "editing";
}

/** The slot for the view's current mode, or null when the view has not drawn that mode yet. */
export function trailSlot(view: MarkdownView, own: HTMLElement | null): TrailSlot | null {
	const reading = view.getMode() === "preview";
	const selector = reading ? ".markdown-reading-view .markdown-preview-sizer" : ".markdown-source-view .cm-sizer";
	const parent = view.containerEl.querySelector<HTMLElement>(selector);
	if (!parent) return null;
	let before: Node | null = parent.firstChild;
	// Keep after Obsidian's pusher (reading view) and after our own element when it is already first.
	while (before && ((before.instanceOf(HTMLElement) && before.hasClass("markdown-preview-pusher")) || before === own)) before = before.nextSibling;
	return { parent, before, mode: reading ? "reading" : "editing" };
}

/** Whether the element already sits in the slot (no DOM move needed). */
export function inSlot(el: HTMLElement, slot: TrailSlot): boolean {
	return el.parentElement === slot.parent && el.nextSibling === slot.before;
}
