/**
 * The app's own controls around the plugin: the ribbon's command palette and settings buttons,
 * Mod+P, menus that close on Escape or a click elsewhere and move with the arrow keys, modals
 * that take focus, notices that time out. All built on the double's Menu, Modal and Notice.
 */
import type * as O from "obsidian";
import { FuzzySuggestModal, Keymap, Modal, Notice, lastMenu, openModals, setIcon, setTooltip, type App } from "../../obsidian-double";

/** Whether a command can run now, as the palette decides which to list. */
function available(app: App, command: O.Command): boolean {
	const editor = app.workspace.activeEditor;
	if (command.checkCallback) return command.checkCallback(true) === true;
	if (command.editorCheckCallback) return editor !== null && command.editorCheckCallback(true, editor.editor, editor as unknown as O.MarkdownView) === true;
	if (command.editorCallback) return editor !== null;
	return command.callback !== undefined;
}

/** Obsidian's command palette. */
export class CommandPalette extends FuzzySuggestModal<O.Command> {
	constructor(private readonly host: App) {
		super(host);
		this.setPlaceholder("Select a command...");
	}

	getItems(): O.Command[] {
		return this.host.commands
			.listCommands()
			.filter((c) => available(this.host, c))
			.sort((a, b) => a.name.localeCompare(b.name));
	}

	getItemText(item: O.Command): string {
		return item.name;
	}

	onChooseItem(item: O.Command): void {
		this.host.commands.executeCommandById(item.id);
	}
}

/** The settings window, showing the plugins' setting tabs. */
class SettingsModal extends Modal {
	constructor(private readonly host: App) {
		super(host);
	}

	onOpen(): void {
		this.modalEl.addClass("mod-settings");
		this.titleEl.setText("Settings");
		const tabs = this.host.setting.pluginTabs;
		const nav = this.contentEl.createDiv({ cls: "vertical-tab-header" });
		const body = this.contentEl.createDiv({ cls: "vertical-tab-content-container" });
		const showTab = (index: number): void => {
			const tab = tabs[index];
			const id = (tab?.plugin as { manifest?: O.PluginManifest } | undefined)?.manifest?.id;
			if (!id) return;
			const shown = this.host.setting.openTabById(id);
			body.empty();
			if (shown) body.appendChild(shown.containerEl);
			Array.from(nav.children).forEach((el, i) => el.toggleClass("is-active", i === index));
		};
		tabs.forEach((tab, index) => {
			const name = (tab.plugin as { manifest?: O.PluginManifest } | undefined)?.manifest?.name ?? "Plugin";
			nav.createDiv({ cls: "vertical-tab-nav-item", text: name }).addEventListener("click", () => showTab(index));
		});
		showTab(0);
	}

	onClose(): void {
		this.host.setting.close();
		this.contentEl.empty();
	}
}

function ribbonButton(app: App, icon: string, label: string, run: () => void, bottom = false): void {
	const ribbon = app.workspace.leftRibbon.containerEl;
	let parent = ribbon;
	if (bottom) parent = ribbon.querySelector<HTMLElement>(".side-dock-settings") ?? ribbon.createDiv({ cls: "side-dock-settings" });
	const el = createDiv({ cls: "clickable-icon side-dock-ribbon-action", attr: { role: "button", tabindex: "0" } });
	if (bottom) parent.appendChild(el);
	else parent.prepend(el);
	setTooltip(el, label);
	setIcon(el, icon);
	el.addEventListener("click", run);
}

function menuItems(menu: HTMLElement): HTMLElement[] {
	return Array.from(menu.querySelectorAll<HTMLElement>(".menu-item:not(.is-disabled):not(.is-label)"));
}

/** Obsidian separates a menu's sections (`MenuItem.setSection`) with a line. */
function separateSections(menu: HTMLElement): void {
	let previous: string | null | undefined;
	for (const item of Array.from(menu.children)) {
		if (!item.hasClass("menu-item")) {
			previous = undefined;
			continue;
		}
		const section = item.getAttribute("data-section");
		if (previous !== undefined && section !== previous) menu.insertBefore(createDiv({ cls: "menu-separator" }), item);
		previous = section;
	}
}

/** Keeps a shown menu inside the window, as Obsidian positions it. */
function placeMenu(menu: HTMLElement): void {
	const rect = menu.getBoundingClientRect();
	const win = menu.win;
	const top = rect.bottom > win.innerHeight ? Math.max(4, win.innerHeight - rect.height - 4) : rect.top;
	const left = rect.right > win.innerWidth ? Math.max(4, win.innerWidth - rect.width - 4) : rect.left;
	menu.setCssProps({ top: `${top}px`, left: `${left}px` });
}

function handleMenuKeys(evt: KeyboardEvent): boolean {
	const menu = lastMenu();
	if (!menu?.isShown || !menu.dom) return false;
	const items = menuItems(menu.dom);
	const current = items.findIndex((el) => el.hasClass("selected"));
	if (evt.key === "Escape") menu.hide();
	else if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
		const next = items.length === 0 ? -1 : (current + (evt.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
		items.forEach((el, i) => el.toggleClass("selected", i === next));
	} else if (evt.key === "Enter" && current >= 0) items[current].click();
	else return false;
	evt.preventDefault();
	evt.stopPropagation();
	return true;
}

/** Installs the app-level behaviour: ribbon buttons, hotkeys, menu and modal handling, notice timeouts. */
export function installChrome(app: App): void {
	const doc = activeDocument;
	ribbonButton(app, "terminal", "Open command palette", () => new CommandPalette(app).open());
	ribbonButton(app, "settings", "Settings", () => new SettingsModal(app).open(), true);

	doc.addEventListener(
		"keydown",
		(evt) => {
			if (handleMenuKeys(evt)) return;
			if (evt.key.toLowerCase() === "p" && Keymap.isModifier(evt, "Mod") && !evt.shiftKey && !evt.altKey && openModals().length === 0) {
				evt.preventDefault();
				new CommandPalette(app).open();
			}
		},
		true,
	);
	doc.addEventListener(
		"mousedown",
		(evt) => {
			const menu = lastMenu();
			if (menu?.isShown && menu.dom && !(evt.target instanceof Node && menu.dom.contains(evt.target))) menu.hide();
		},
		true,
	);
	doc.addEventListener("mouseover", (evt) => {
		const item = evt.target instanceof Element ? evt.target.closest<HTMLElement>(".menu-item") : null;
		const menu = item?.closest<HTMLElement>(".menu");
		if (!item || !menu) return;
		for (const el of menuItems(menu)) el.toggleClass("selected", el === item);
	});

	const timed = new WeakSet<Notice>();
	new MutationObserver((records) => {
		for (const record of records) {
			for (const node of Array.from(record.addedNodes)) {
				if (!node.instanceOf(HTMLElement)) continue;
				if (node.hasClass("menu")) {
					separateSections(node);
					placeMenu(node);
				}
				if (node.hasClass("modal-container")) {
					const target = node.querySelector<HTMLElement>(".prompt-input") ?? node.querySelector<HTMLElement>(".modal");
					if (target && !target.hasAttribute("tabindex") && !target.matches("input")) target.setAttr("tabindex", "-1");
					target?.focus();
				}
			}
		}
		for (const notice of Notice.shown) {
			if (timed.has(notice)) continue;
			timed.add(notice);
			const duration = notice.duration ?? 5000;
			if (duration > 0) window.setTimeout(() => notice.hide(), duration);
		}
	}).observe(doc.body, { childList: true, subtree: true });
}
