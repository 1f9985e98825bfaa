/**
 * `setIcon` with real Lucide icons, as Obsidian draws them: an `svg.svg-icon.lucide-<id>`.
 * The build (scripts/preview.mjs) embeds only the icons the plugin and the host name, as SVG
 * text; they are parsed with DOMParser, never through innerHTML.
 */
import { setIconImplementation } from "../../obsidian-double";

/** Icon id → SVG text, replaced at build time by esbuild's `define`. */
declare const TOPIC_TREE_HOST_ICONS: Record<string, string>;

/** Draws Lucide icons for `setIcon`; unknown ids get an empty icon and are recorded in `missing`. */
export function installLucideIcons(missing: string[]): void {
	const icons = TOPIC_TREE_HOST_ICONS;
	const parser = new DOMParser();
	const parsed = new Map<string, Element>();
	setIconImplementation((parent, iconId) => {
		const id = !(iconId in icons) && iconId.startsWith("lucide-") ? iconId.slice("lucide-".length) : iconId;
		const text = icons[id];
		if (text === undefined) {
			if (!missing.includes(iconId)) missing.push(iconId);
			parent.createSvg("svg", { cls: ["svg-icon", `lucide-${id}`], attr: { "data-icon": iconId, viewBox: "0 0 24 24" } });
			return;
		}
		let template = parsed.get(id);
		if (!template) {
			template = parser.parseFromString(text, "image/svg+xml").documentElement;
			parsed.set(id, template);
		}
		const svg = parent.ownerDocument.importNode(template, true);
		svg.setAttribute("class", `svg-icon lucide-${id}`);
		svg.setAttribute("data-icon", iconId);
		parent.appendChild(svg);
	});
}
