/**
 * A jsdom window for benchmarks that render plugin UI outside jest: the globals the code and the
 * obsidian test double expect (`window`, `document`, element classes, `requestAnimationFrame`),
 * plus Obsidian's DOM helpers (`createDiv`, `setText`, `activeDocument`…) from the double.
 * Import plugin and double modules only after `installJsdom()` resolves (dynamic `import()`):
 * some of them read these globals when they load.
 */
import { JSDOM } from "jsdom";

const GLOBAL_KEYS = [
	"window",
	"document",
	"navigator",
	"HTMLElement",
	"HTMLInputElement",
	"Node",
	"Element",
	"MouseEvent",
	"KeyboardEvent",
	"FocusEvent",
	"DragEvent",
	"Event",
	"DocumentFragment",
	"SVGElement",
	"getComputedStyle",
	"requestAnimationFrame",
	"cancelAnimationFrame",
];

const HELPER_KEYS = ["createEl", "createDiv", "createSpan", "createSvg", "createFragment", "sleep", "nextFrame"];

/** Creates the window, installs its globals and Obsidian's DOM helpers; returns the window. */
export async function installJsdom(): Promise<Window> {
	const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
	const win = dom.window as unknown as Window & Record<string, unknown>;
	const g = globalThis as Record<string, unknown>;
	// Node has its own `Event` (and more): jsdom only accepts its own classes, so they replace Node's.
	for (const key of GLOBAL_KEYS) g[key] = win[key];
	const { installDomHelpers } = await import("../../tests/obsidian-double/dom");
	installDomHelpers(win);
	for (const key of HELPER_KEYS) if (key in win) g[key] = win[key];
	g.activeDocument = win.document;
	g.activeWindow = win;
	return win;
}

/**
 * jsdom has no layout: elements with class `cls` report `height` px as their client height and
 * bounding box, as a sidebar of that height would (other elements keep jsdom's zeros).
 */
export function fakeViewportHeight(win: Window, cls: string, height: number): void {
	const classes = win as unknown as { HTMLElement: typeof HTMLElement; Element: typeof Element };
	const element = classes.Element.prototype;
	const clientHeight = Object.getOwnPropertyDescriptor(element, "clientHeight");
	Object.defineProperty(classes.HTMLElement.prototype, "clientHeight", {
		configurable: true,
		get(this: HTMLElement): number {
			return this.classList.contains(cls) ? height : ((clientHeight?.get?.call(this) as number | undefined) ?? 0);
		},
	});
	classes.HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement): DOMRect {
		if (!this.classList.contains(cls)) return element.getBoundingClientRect.call(this);
		const rect = { x: 0, y: 0, left: 0, top: 0, width: 300, height, right: 300, bottom: height };
		return { ...rect, toJSON: () => rect };
	};
}
