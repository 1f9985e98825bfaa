import type * as O from "obsidian";
import { Component } from "./component";
import { setIcon } from "./icons";
import { hasDom } from "./nodom";

/** Fake of `O.MenuItem`: its settings are plain fields tests can read. */
export class MenuItem {
	/** Double only: the title text. */
	title = "";
	/** Double only: the icon id. */
	icon: string | null = null;
	/** Double only: `setChecked`. */
	checked: boolean | null = null;
	/** Double only: `setDisabled`. */
	disabled = false;
	/** Double only: `setWarning`. */
	warning = false;
	/** Double only: `setIsLabel`. */
	isLabel = false;
	/** Double only: `setSection`. */
	section = "";
	/** Double only: the click handler. */
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	/** Double only: the submenu, if `setSubmenu` was called. */
	submenu: Menu | null = null;
	/** Double only: the rendered `.menu-item`, while the menu is shown under a DOM. */
	dom: HTMLElement | null = null;

	constructor(private readonly menu: Menu) {}

	/** `MenuItem.setTitle` */
	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}
	/** `MenuItem.setIcon` */
	setIcon(icon: O.IconName | null): this {
		this.icon = icon;
		return this;
	}
	/** `MenuItem.setChecked` */
	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}
	/** `MenuItem.setDisabled` */
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
	/** `MenuItem.setWarning` (runtime API, not in the 1.8.7 typings). */
	setWarning(warning: boolean): this {
		this.warning = warning;
		return this;
	}
	/** `MenuItem.setIsLabel` */
	setIsLabel(isLabel: boolean): this {
		this.isLabel = isLabel;
		return this;
	}
	/** `MenuItem.onClick` */
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
	/** `MenuItem.setSection` */
	setSection(section: string): this {
		this.section = section;
		return this;
	}
	/** `MenuItem.setSubmenu` (runtime API, not in the 1.8.7 typings). */
	setSubmenu(): Menu {
		this.submenu = new Menu();
		return this.submenu;
	}
	/** Double only: click the item as a user would (ignored when disabled); hides the menu. */
	click(evt?: MouseEvent | KeyboardEvent): void {
		if (this.disabled || this.isLabel) return;
		const event = evt ?? (typeof MouseEvent === "function" ? new MouseEvent("click") : ({} as MouseEvent));
		this.menu.hide();
		void this.callback?.(event);
	}
}

/** Fake of `O.MenuSeparator`. */
export class MenuSeparator {}

/** Double only: position a menu was shown at. */
export interface MenuShownAt {
	x: number;
	y: number;
}

let lastShown: Menu | null = null;

function remember(menu: Menu): void {
	if (lastShown && lastShown !== menu) lastShown.hide();
	lastShown = menu;
}

/** Double only: the most recently shown menu (null after `resetMenus`). */
export function lastMenu(): Menu | null {
	return lastShown;
}

/** Double only: forget the last shown menu. */
export function resetMenus(): void {
	lastShown?.hide();
	lastShown = null;
}

/** Double only: click the item titled `title` in the last shown menu; throws if none. */
export function clickMenuItem(title: string): void {
	const menu = lastShown;
	if (!menu) throw new Error("No menu was shown");
	const item = menu.items.find((i): i is MenuItem => i instanceof MenuItem && i.title === title);
	if (!item) throw new Error(`No menu item "${title}"; items: ${menu.titles().join(", ")}`);
	item.click();
}

/**
 * Fake of `O.Menu`. Showing records the menu (`lastMenu()`) and, under a DOM, renders `.menu`
 * with `.menu-item` (`.menu-item-icon`, `.menu-item-title`) and `.menu-separator` in
 * `document.body`; clicking an item runs its handler and hides the menu, which removes the DOM.
 */
export class Menu extends Component {
	/** Double only: items and separators, in order. */
	readonly items: (MenuItem | MenuSeparator)[] = [];
	/** Double only: where it was shown, while shown. */
	shownAt: MenuShownAt | null = null;
	/** Double only: the `.menu` element while shown under a DOM. */
	dom: HTMLElement | null = null;
	/** Double only: `setNoIcon` was called. */
	noIcon = false;
	/** Double only: `setUseNativeMenu` value. */
	useNativeMenu = false;
	private readonly hideCallbacks: (() => unknown)[] = [];

	/** `Menu.setNoIcon` */
	setNoIcon(): this {
		this.noIcon = true;
		return this;
	}
	/** `Menu.setUseNativeMenu` */
	setUseNativeMenu(useNativeMenu: boolean): this {
		this.useNativeMenu = useNativeMenu;
		return this;
	}
	/** `Menu.addItem` */
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem(this);
		cb(item);
		this.items.push(item);
		return this;
	}
	/** `Menu.addSeparator` */
	addSeparator(): this {
		this.items.push(new MenuSeparator());
		return this;
	}
	/** `Menu.showAtMouseEvent` */
	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX ?? 0, y: evt.clientY ?? 0 });
	}
	/** `Menu.showAtPosition` */
	showAtPosition(position: O.MenuPositionDef, doc?: Document): this {
		remember(this);
		this.shownAt = { x: position.x, y: position.y };
		this.load();
		if (hasDom()) this.render(doc ?? document);
		return this;
	}
	/** `Menu.hide`: removes the DOM and runs `onHide` callbacks. */
	hide(): this {
		if (!this.shownAt) return this;
		this.shownAt = null;
		this.dom?.remove();
		this.dom = null;
		this.unload();
		for (const cb of this.hideCallbacks) cb();
		return this;
	}
	/** `Menu.close` */
	close(): void {
		this.hide();
	}
	/** `Menu.onHide` */
	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}
	/** Double only: the item titles, separators as `---`. */
	titles(): string[] {
		return this.items.map((i) => (i instanceof MenuItem ? i.title : "---"));
	}
	/** Double only: whether the menu is currently shown. */
	get isShown(): boolean {
		return this.shownAt !== null;
	}

	private render(doc: Document): void {
		const menu = doc.body.createDiv({ cls: "menu" });
		menu.style.left = `${this.shownAt?.x ?? 0}px`;
		menu.style.top = `${this.shownAt?.y ?? 0}px`;
		for (const item of this.items) {
			if (!(item instanceof MenuItem)) {
				menu.createDiv({ cls: "menu-separator" });
				continue;
			}
			const el = menu.createDiv({ cls: "menu-item", attr: { "data-section": item.section || null } });
			el.toggleClass("is-disabled", item.disabled);
			el.toggleClass("is-warning", item.warning);
			el.toggleClass("is-label", item.isLabel);
			if (!this.noIcon) {
				const icon = el.createDiv({ cls: "menu-item-icon" });
				if (item.icon) setIcon(icon, item.icon);
			}
			el.createDiv({ cls: "menu-item-title", text: item.title });
			if (item.checked) el.createDiv({ cls: "menu-item-icon mod-checked" });
			el.addEventListener("click", (evt) => item.click(evt));
			item.dom = el;
		}
		this.dom = menu;
	}
}
