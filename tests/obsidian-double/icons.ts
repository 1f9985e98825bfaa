import type * as O from "obsidian";

/** How an icon is drawn; the browser host swaps in real Lucide icons. */
export type IconImplementation = (parent: HTMLElement, iconId: string) => void;

const custom = new Map<string, string>();

/** The default: an empty `svg.svg-icon.lucide-<id>` with `data-icon`, so tests can see which icon was set. */
const placeholderIcon: IconImplementation = (parent, iconId) => {
	parent.createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`], attr: { "data-icon": iconId, viewBox: "0 0 24 24" } });
};

let implementation: IconImplementation = placeholderIcon;

/** Double only: replace how `setIcon` draws (the browser host); no argument restores the default. */
export function setIconImplementation(impl?: IconImplementation): void {
	implementation = impl ?? placeholderIcon;
}

/** Fake of `O.setIcon`: replaces the element's current icon. */
export function setIcon(parent: HTMLElement, iconId: O.IconName): void {
	for (const old of Array.from(parent.querySelectorAll(":scope > svg.svg-icon"))) old.remove();
	implementation(parent, iconId);
}

/** Fake of `O.getIcon`. */
export function getIcon(iconId: string): SVGSVGElement | null {
	const holder = createDiv();
	implementation(holder, iconId);
	const svg = holder.querySelector("svg");
	return svg instanceof SVGSVGElement ? svg : null;
}

/** Fake of `O.addIcon`: recorded; `getIconIds` lists it. */
export function addIcon(iconId: string, svgContent: string): void {
	custom.set(iconId, svgContent);
}

/** Fake of `O.removeIcon`. */
export function removeIcon(iconId: string): void {
	custom.delete(iconId);
}

/** Fake of `O.getIconIds`: only the icons added with `addIcon` (the double bundles no icon set). */
export function getIconIds(): O.IconName[] {
	return [...custom.keys()];
}

/** Fake of `O.setTooltip`: sets `aria-label` and `data-tooltip-position` like Obsidian. */
export function setTooltip(el: HTMLElement, tooltip: string, options?: O.TooltipOptions): void {
	if (tooltip === "") el.removeAttribute("aria-label");
	else el.setAttribute("aria-label", tooltip);
	if (options?.placement) el.setAttribute("data-tooltip-position", options.placement);
	if (options?.delay !== undefined) el.setAttribute("data-tooltip-delay", String(options.delay));
}

/** Double only: tooltips shown with `displayTooltip`, in order. */
export const shownTooltips: { el: HTMLElement; content: string | DocumentFragment }[] = [];

/** Fake of `O.displayTooltip`. */
export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment, options?: O.TooltipOptions): void {
	void options;
	shownTooltips.push({ el: newTargetEl, content });
}
