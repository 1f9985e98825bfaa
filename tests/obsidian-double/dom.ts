/**
 * Obsidian's DOM helpers (`createEl`, `empty`, `addClass`, `on` delegation, ...) installed on a
 * window's prototypes, with the semantics declared in obsidian.d.ts. Jest's setup calls it under
 * jsdom; the browser host calls it on the real window. Also adds the `Array`/`String`/`Math`
 * extras Obsidian defines, when missing.
 */

type AttrValue = string | number | boolean | null;

interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, AttrValue>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

interface DelegatedListener {
	selector: string;
	listener: (...args: unknown[]) => unknown;
	options?: boolean | AddEventListenerOptions;
	callback: (ev: Event) => void;
}

type DomWindow = Window & typeof globalThis;
type Fn = (this: never, ...args: never[]) => unknown;

const SVG_NS = "http://www.w3.org/2000/svg";

/** Define a non-enumerable method or value unless it already exists. */
function define(target: object, name: string, value: unknown, force = false): void {
	if (!force && Object.prototype.hasOwnProperty.call(target, name)) return;
	Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function defineGetter(target: object, name: string, get: (this: never) => unknown): void {
	if (Object.prototype.hasOwnProperty.call(target, name)) return;
	Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

function classList(cls: string | string[] | undefined): string[] {
	if (cls === undefined) return [];
	const list = Array.isArray(cls) ? cls : [cls];
	return list.flatMap((c) => c.split(" ")).filter((c) => c.length > 0);
}

function setAttribute(el: Element, name: string, value: AttrValue): void {
	if (value === null || value === false) el.removeAttribute(name);
	else el.setAttribute(name, value === true ? "" : String(value));
}

function setTextContent(el: Node, text: string | DocumentFragment): void {
	if (typeof text === "string") el.textContent = text;
	else {
		el.textContent = "";
		el.appendChild(text);
	}
}

/** Apply a `DomElementInfo` (or class string) to a new element and attach it. */
function applyInfo(el: Element, info: ElementInfo | string | undefined, defaultParent: Node | null): void {
	const o: ElementInfo = typeof info === "string" ? { cls: info } : (info ?? {});
	const classes = classList(o.cls);
	if (classes.length > 0) el.classList.add(...classes);
	if (o.text !== undefined) setTextContent(el, o.text);
	if (o.attr) for (const [k, v] of Object.entries(o.attr)) setAttribute(el, k, v);
	if (o.title !== undefined) el.setAttribute("title", o.title);
	if (o.value !== undefined) (el as HTMLInputElement).value = o.value;
	if (o.type !== undefined) el.setAttribute("type", o.type);
	if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
	if (o.href !== undefined) el.setAttribute("href", o.href);
	const parent = o.parent ?? defaultParent;
	if (parent) {
		if (o.prepend) parent.insertBefore(el, parent.firstChild);
		else parent.appendChild(el);
	}
}

function isHidden(el: Element): boolean {
	return (el as HTMLElement).style?.display === "none" || el.hasAttribute("hidden");
}

function isShown(el: HTMLElement): boolean {
	if (!el.isConnected) return false;
	for (let e: Element | null = el; e; e = e.parentElement) if (isHidden(e)) return false;
	return true;
}

function matchParent(start: Element, selector: string, lastParent?: Element): Element | null {
	for (let el: Element | null = start; el; el = el.parentElement) {
		if (el.matches(selector)) return el;
		if (el === lastParent) return null;
	}
	return null;
}

function isInstance(value: object, type: new () => unknown): boolean {
	return Object.prototype.isPrototypeOf.call(type.prototype, value);
}

type EventHost = (HTMLElement | Document) & { _EVENTS?: Record<string, DelegatedListener[]> };

/** Obsidian's delegated `on(type, selector, listener)`: the listener gets `(event, matchingElement)`. */
function addDelegated(host: EventHost, type: string, selector: string, listener: (...args: unknown[]) => unknown, options?: boolean | AddEventListenerOptions): void {
	const callback = (ev: Event): void => {
		const target = ev.target as Node | null;
		if (!target || target.nodeType !== 1) return;
		const match = (target as Element).closest(selector);
		if (match && (host.nodeType === 9 || host.contains(match))) listener.call(host, ev, match);
	};
	host._EVENTS ??= {};
	(host._EVENTS[type] ??= []).push({ selector, listener, options, callback });
	host.addEventListener(type, callback, options);
}

/** Install the helpers on `win`'s DOM prototypes and globals. Safe to call twice. */
export function installDomHelpers(win: Window): void {
	const w = win as DomWindow;
	const doc = w.document;
	installLanguageExtras();

	function makeEl(tag: string, info: ElementInfo | string | undefined, parent: Node | null, cb?: (el: Element) => void): Element {
		const el = doc.createElement(tag, {});
		applyInfo(el, info, parent);
		cb?.(el);
		return el;
	}

	function makeSvg(tag: string, info: ElementInfo | string | undefined, parent: Node | null, cb?: (el: Element) => void): Element {
		const el = doc.createElementNS(SVG_NS, tag);
		applyInfo(el, info, parent);
		cb?.(el);
		return el;
	}

	const node = w.Node.prototype;
	define(node, "createEl", function (this: Node, tag: string, o?: ElementInfo | string, cb?: (el: Element) => void) {
		return makeEl(tag, o, this, cb);
	});
	define(node, "createDiv", function (this: Node, o?: ElementInfo | string, cb?: (el: Element) => void) {
		return makeEl("div", o, this, cb);
	});
	define(node, "createSpan", function (this: Node, o?: ElementInfo | string, cb?: (el: Element) => void) {
		return makeEl("span", o, this, cb);
	});
	define(node, "createSvg", function (this: Node, tag: string, o?: ElementInfo | string, cb?: (el: Element) => void) {
		return makeSvg(tag, o, this, cb);
	});
	define(node, "empty", function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(node, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(node, "insertAfter", function (this: Node, newNode: Node, child: Node | null) {
		this.insertBefore(newNode, child ? child.nextSibling : this.firstChild);
		return newNode;
	});
	define(node, "indexOf", function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(node, "setChildrenInPlace", function (this: Node, children: Node[]) {
		const wanted = new Set(children);
		for (const child of Array.from(this.childNodes)) if (!wanted.has(child)) this.removeChild(child);
		let cursor = this.firstChild;
		for (const child of children) {
			if (child === cursor) cursor = cursor.nextSibling;
			else this.insertBefore(child, cursor);
		}
	});
	define(node, "appendText", function (this: Node, val: string) {
		this.appendChild(doc.createTextNode(val));
	});
	define(node, "instanceOf", function (this: Node, type: new () => unknown) {
		return isInstance(this, type);
	});
	defineGetter(node, "doc", function (this: Node) {
		return this.ownerDocument ?? doc;
	});
	defineGetter(node, "win", function (this: Node) {
		return (this.ownerDocument ?? doc).defaultView ?? w;
	});
	defineGetter(node, "constructorWin", function () {
		return w;
	});

	const element = w.Element.prototype;
	define(element, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(element, "setText", function (this: Element, val: string | DocumentFragment) {
		setTextContent(this, val);
	});
	define(element, "addClass", function (this: Element, ...classes: string[]) {
		const list = classList(classes);
		if (list.length > 0) this.classList.add(...list);
	});
	define(element, "addClasses", function (this: Element, classes: string[]) {
		const list = classList(classes);
		if (list.length > 0) this.classList.add(...list);
	});
	define(element, "removeClass", function (this: Element, ...classes: string[]) {
		const list = classList(classes);
		if (list.length > 0) this.classList.remove(...list);
	});
	define(element, "removeClasses", function (this: Element, classes: string[]) {
		const list = classList(classes);
		if (list.length > 0) this.classList.remove(...list);
	});
	define(element, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const c of classList(classes)) this.classList.toggle(c, value);
	});
	define(element, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(element, "setAttr", function (this: Element, name: string, value: AttrValue) {
		setAttribute(this, name, value);
	});
	define(element, "setAttrs", function (this: Element, obj: Record<string, AttrValue>) {
		for (const [k, v] of Object.entries(obj)) setAttribute(this, k, v);
	});
	define(element, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(element, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		return matchParent(this, selector, lastParent);
	});
	define(element, "isActiveElement", function (this: Element) {
		return (this.ownerDocument ?? doc).activeElement === this;
	});
	define(element, "getCssPropertyValue", function (this: Element, property: string, pseudo?: string) {
		return w.getComputedStyle(this, pseudo).getPropertyValue(property);
	});
	define(element, "find", function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(element, "findAll", function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(element, "findAllSelf", function (this: Element, selector: string) {
		const found = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...found] : found;
	});

	const fragment = w.DocumentFragment.prototype;
	define(fragment, "find", function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	});
	define(fragment, "findAll", function (this: DocumentFragment, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});

	const styled = (proto: object): void => {
		define(proto, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
			Object.assign(this.style, styles);
		});
		define(proto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
			for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
		});
	};
	styled(w.HTMLElement.prototype);
	styled(w.SVGElement.prototype);

	const html = w.HTMLElement.prototype;
	define(html, "show", function (this: HTMLElement) {
		this.style.removeProperty("display");
	});
	define(html, "hide", function (this: HTMLElement) {
		this.setCssProps({ display: "none" });
	});
	define(html, "toggle", function (this: HTMLElement, show: boolean) {
		if (show) this.style.removeProperty("display");
		else this.setCssProps({ display: "none" });
	});
	define(html, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
		if (visible) this.style.removeProperty("visibility");
		else this.setCssProps({ visibility: "hidden" });
	});
	// Obsidian checks offsetParent; jsdom has no layout, so: attached and not hidden by itself or an ancestor.
	define(html, "isShown", function (this: HTMLElement) {
		return isShown(this);
	});
	defineGetter(html, "innerWidth", function (this: HTMLElement) {
		return this.clientWidth;
	});
	defineGetter(html, "innerHeight", function (this: HTMLElement) {
		return this.clientHeight;
	});
	define(html, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener("click", listener as EventListener, options);
		this.addEventListener("auxclick", listener as EventListener, options);
	});
	define(html, "trigger", function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new w.Event(eventType, { bubbles: true, cancelable: true }));
	});
	define(html, "onNodeInserted", function (this: HTMLElement, listener: () => unknown, once?: boolean) {
		const observer = new w.MutationObserver(() => {
			if (!this.isConnected) return;
			listener();
			if (once) observer.disconnect();
		});
		observer.observe(doc, { childList: true, subtree: true });
		return () => observer.disconnect();
	});
	define(html, "onWindowMigrated", function () {
		return () => undefined;
	});

	const delegatedOn = function (this: EventHost, type: string, selector: string, listener: (...args: unknown[]) => unknown, options?: boolean | AddEventListenerOptions) {
		addDelegated(this, type, selector, listener, options);
	};
	const delegatedOff = function (this: EventHost, type: string, selector: string, listener: (...args: unknown[]) => unknown, options?: boolean | AddEventListenerOptions) {
		const list = this._EVENTS?.[type];
		if (!list) return;
		for (const entry of [...list]) {
			if (entry.selector !== selector || entry.listener !== listener || entry.options !== options) continue;
			this.removeEventListener(type, entry.callback, options);
			list.splice(list.indexOf(entry), 1);
		}
	};
	define(html, "on", delegatedOn);
	define(html, "off", delegatedOff);
	define(w.Document.prototype, "on", delegatedOn);
	define(w.Document.prototype, "off", delegatedOff);

	const uiEvent = w.UIEvent.prototype;
	defineGetter(uiEvent, "targetNode", function (this: UIEvent) {
		return this.target && isInstance(this.target, w.Node) ? this.target : null;
	});
	defineGetter(uiEvent, "win", function (this: UIEvent) {
		return this.view ?? w;
	});
	defineGetter(uiEvent, "doc", function (this: UIEvent) {
		return this.view?.document ?? doc;
	});
	define(uiEvent, "instanceOf", function (this: UIEvent, type: new () => unknown) {
		return isInstance(this, type);
	});

	const globals: Record<string, unknown> = {
		createEl: (tag: string, o?: ElementInfo | string, cb?: (el: Element) => void) => makeEl(tag, o, null, cb),
		createDiv: (o?: ElementInfo | string, cb?: (el: Element) => void) => makeEl("div", o, null, cb),
		createSpan: (o?: ElementInfo | string, cb?: (el: Element) => void) => makeEl("span", o, null, cb),
		createSvg: (tag: string, o?: ElementInfo | string, cb?: (el: Element) => void) => makeSvg(tag, o, null, cb),
		createFragment: (cb?: (el: DocumentFragment) => void) => {
			const frag = new w.DocumentFragment();
			cb?.(frag);
			return frag;
		},
		fish: (selector: string) => doc.querySelector(selector),
		fishAll: (selector: string) => Array.from(doc.querySelectorAll(selector)),
		activeWindow: w,
		activeDocument: doc,
		nextFrame: () =>
			new Promise<void>((resolve) => {
				if (typeof w.requestAnimationFrame === "function") w.requestAnimationFrame(() => resolve());
				else w.setTimeout(resolve, 16);
			}),
	};
	for (const [name, value] of Object.entries(globals)) define(w, name, value, true);
}

/** `Array`/`String`/`Math`/`Object` extras Obsidian adds, and `sleep`/`isBoolean`; no DOM needed. */
export function installLanguageExtras(): void {
	const array = Array.prototype as unknown as Record<string, Fn>;
	define(array, "contains", function (this: unknown[], target: unknown) {
		return this.includes(target);
	});
	define(array, "remove", function (this: unknown[], target: unknown) {
		for (let i = this.length - 1; i >= 0; i--) if (this[i] === target) this.splice(i, 1);
	});
	define(array, "first", function (this: unknown[]) {
		return this[0];
	});
	define(array, "last", function (this: unknown[]) {
		return this[this.length - 1];
	});
	define(array, "unique", function (this: unknown[]) {
		return Array.from(new Set(this));
	});
	define(array, "shuffle", function (this: unknown[]) {
		for (let i = this.length - 1; i > 0; i--) {
			const j = Math.floor(Math.random() * (i + 1));
			[this[i], this[j]] = [this[j], this[i]];
		}
		return this;
	});
	define(array, "findLastIndex", function (this: unknown[], predicate: (value: unknown) => boolean) {
		for (let i = this.length - 1; i >= 0; i--) if (predicate(this[i])) return i;
		return -1;
	});
	define(Array, "combine", (arrays: unknown[][]) => ([] as unknown[]).concat(...arrays));
	define(String.prototype, "contains", function (this: string, target: string) {
		return this.includes(target);
	});
	define(String.prototype, "format", function (this: string, ...args: string[]) {
		return this.replace(/\{(\d+)\}/g, (m: string, i: string) => args[Number(i)] ?? m);
	});
	define(String, "isString", (obj: unknown) => typeof obj === "string");
	define(Number, "isNumber", (obj: unknown) => typeof obj === "number");
	define(Math, "clamp", (value: number, min: number, max: number) => Math.min(Math.max(value, min), max));
	define(Math, "square", (value: number) => value * value);
	define(Object, "isEmpty", (obj: Record<string, unknown>) => Object.keys(obj).length === 0);
	define(Object, "each", (obj: Record<string, unknown>, cb: (value: unknown, key?: string) => boolean | void, ctx?: unknown) => {
		for (const [k, v] of Object.entries(obj)) if (cb.call(ctx, v, k) === false) return false;
		return true;
	});
	define(globalThis, "isBoolean", (obj: unknown) => typeof obj === "boolean");
	define(globalThis, "sleep", (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}
