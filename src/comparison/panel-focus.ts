/**
 * Keeping keyboard focus across a redraw of the panel body: the focused control is remembered by
 * its `data-*` identity and the control with the same identity is focused once drawn.
 */

/** What identifies a control of the body across a redraw. */
export interface FocusIdentity {
	action: string;
	item: string | null;
	criterion: string | null;
	view: string | null;
}

const same = (el: HTMLElement, focus: FocusIdentity): boolean =>
	el.getAttribute("data-action") === focus.action &&
	el.getAttribute("data-item") === focus.item &&
	el.getAttribute("data-criterion") === focus.criterion &&
	el.getAttribute("data-view") === focus.view;

/** The identity of the focused control inside `body`, if any. */
export function focusIdentity(body: HTMLElement): FocusIdentity | null {
	const active = body.ownerDocument.activeElement;
	if (!(active instanceof HTMLElement) || !body.contains(active)) return null;
	const action = active.getAttribute("data-action");
	if (!action) return null;
	return { action, item: active.getAttribute("data-item"), criterion: active.getAttribute("data-criterion"), view: active.getAttribute("data-view") };
}

/** Focus the control matching `focus`; false when it is not drawn (yet). */
export function restoreFocus(body: HTMLElement, focus: FocusIdentity): boolean {
	const match = Array.from(body.querySelectorAll<HTMLElement>("[data-action]")).find((el) => same(el, focus));
	match?.focus();
	return match !== undefined;
}
