/** @jest-environment jsdom */
import { FuzzySuggestModal, Menu, Modal, Setting, setIcon, setTooltip, type SettingDefinitionItem } from "obsidian";
import { Notice, PluginSettingTab as PluginSettingTabDouble, chooseSuggestion, clickMenuItem, createApp, lastMenu, obsidianApp, openModals, resetMenus, setApiVersion, setIconImplementation, suggestModalDouble } from "./index";

describe("Menu double", () => {
	afterEach(() => resetMenus());

	test("records the shown menu, renders it, and clicking an item runs it and hides the menu", () => {
		const clicked: string[] = [];
		const menu = new Menu();
		menu.addItem((item) => item.setTitle("Open").setIcon("file").setSection("open").onClick(() => clicked.push("open")));
		menu.addSeparator();
		menu.addItem((item) => item.setTitle("Delete").setDisabled(true).onClick(() => clicked.push("delete")));
		menu.showAtPosition({ x: 10, y: 20 });
		expect(lastMenu()?.titles()).toEqual(["Open", "---", "Delete"]);
		const items = document.querySelectorAll(".menu .menu-item");
		expect(Array.from(items, (el) => el.querySelector(".menu-item-title")?.textContent)).toEqual(["Open", "Delete"]);
		expect(items[0].querySelector("svg.lucide-file")).not.toBeNull();
		expect(items[1].classList.contains("is-disabled")).toBe(true);
		clickMenuItem("Delete");
		expect(clicked).toEqual([]);
		(items[0] as HTMLElement).click();
		expect(clicked).toEqual(["open"]);
		expect(document.querySelector(".menu")).toBeNull();
	});

	test("clickMenuItem names the items it has when the title is wrong; showing another menu hides the first", () => {
		const first = new Menu().addItem((i) => i.setTitle("A"));
		let hidden = 0;
		first.onHide(() => hidden++);
		first.showAtMouseEvent(new MouseEvent("contextmenu", { clientX: 1, clientY: 2 }));
		expect(() => clickMenuItem("B")).toThrow('No menu item "B"; items: A');
		new Menu().addItem((i) => i.setTitle("B")).showAtPosition({ x: 0, y: 0 });
		expect(hidden).toBe(1);
		expect(document.querySelectorAll(".menu")).toHaveLength(1);
	});
});

describe("Notice double", () => {
	beforeEach(() => Notice.reset());

	test("records messages and shows them until hidden", () => {
		const notice = new Notice("Saved");
		new Notice(createFragment((f) => f.appendText("Fragment text")));
		expect(Notice.messages).toEqual(["Saved", "Fragment text"]);
		expect(Array.from(document.querySelectorAll(".notice"), (n) => n.textContent)).toEqual(["Saved", "Fragment text"]);
		notice.hide();
		expect(document.querySelectorAll(".notice")).toHaveLength(1);
	});
});

class Greeting extends Modal {
	onOpen(): void {
		this.setTitle("Hello");
		this.contentEl.createEl("p", { text: "Body" });
	}
	onClose(): void {
		this.contentEl.empty();
	}
}

class Picker extends FuzzySuggestModal<string> {
	chosen: string[] = [];
	getItems(): string[] {
		return ["Rust", "Python", "TypeScript", "Ruby"];
	}
	getItemText(item: string): string {
		return item;
	}
	onChooseItem(item: string): void {
		this.chosen.push(item);
	}
}

describe("Modal and suggest modal doubles", () => {
	test("a modal is in the document between open and close", () => {
		const app = obsidianApp(createApp({}));
		const modal = new Greeting(app);
		modal.open();
		expect(openModals()).toEqual([modal]);
		expect(document.querySelector(".modal-title")?.textContent).toBe("Hello");
		expect(document.querySelector(".modal-content p")?.textContent).toBe("Body");
		modal.containerEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
		expect(openModals()).toEqual([]);
		expect(document.querySelector(".modal-container")).toBeNull();
	});

	test("chooseSuggestion types a query, waits for the list and picks the n-th match", async () => {
		const picker = new Picker(obsidianApp(createApp({})));
		picker.open();
		await suggestModalDouble(picker).updated;
		expect(picker.resultContainerEl.querySelectorAll(".suggestion-item")).toHaveLength(4);
		const chosen = await chooseSuggestion(picker, "ru", 1);
		expect(chosen.item).toBe("Ruby");
		expect(picker.chosen).toEqual(["Ruby"]);
		expect(openModals()).toEqual([]);
	});

	test("the keyboard moves the selection and Enter chooses; no match shows the empty state", async () => {
		const picker = new Picker(obsidianApp(createApp({})));
		picker.open();
		picker.inputEl.value = "y";
		picker.inputEl.dispatchEvent(new Event("input"));
		await suggestModalDouble(picker).updated;
		const highlighted = Array.from(picker.resultContainerEl.querySelectorAll(".suggestion-item"), (el) => el.querySelector(".suggestion-highlight")?.textContent);
		expect(highlighted.every((h) => h?.toLowerCase() === "y")).toBe(true);
		picker.inputEl.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown" }));
		expect(picker.resultContainerEl.querySelectorAll(".is-selected")[0]).toBe(picker.resultContainerEl.children[1]);
		picker.inputEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		expect(picker.chosen).toHaveLength(1);
		picker.open();
		picker.inputEl.value = "zzz";
		picker.inputEl.dispatchEvent(new Event("input"));
		await suggestModalDouble(picker).updated;
		expect(picker.resultContainerEl.querySelector(".suggestion-empty")?.textContent).toBe("No results found.");
		picker.close();
	});
});

describe("Setting double", () => {
	test("builds Obsidian's setting DOM and controls fire onChange from DOM events", () => {
		const el = createDiv();
		const changes: unknown[] = [];
		new Setting(el).setName("Parent fields").setDesc("Names of fields").addText((t) => t.setValue("up").onChange((v) => changes.push(v)));
		new Setting(el).setName("Collapsed").addToggle((t) => t.setValue(true).onChange((v) => changes.push(v)));
		new Setting(el).setName("Sort").addDropdown((d) => d.addOptions({ title: "Title", mtime: "Modified" }).setValue("title").onChange((v) => changes.push(v)));
		new Setting(el).setName("Reset").addButton((b) => b.setButtonText("Reset").setCta().onClick(() => changes.push("clicked")));
		new Setting(el).setHeading().setName("Advanced");
		expect(Array.from(el.querySelectorAll(".setting-item-name"), (n) => n.textContent)).toEqual(["Parent fields", "Collapsed", "Sort", "Reset", "Advanced"]);
		expect(el.querySelector(".setting-item-description")?.textContent).toBe("Names of fields");
		expect(el.querySelectorAll(".setting-item-heading")).toHaveLength(1);
		const input = el.querySelector("input[type=text]") as HTMLInputElement;
		expect(input.value).toBe("up");
		input.value = "up, parent";
		input.dispatchEvent(new Event("input"));
		const toggle = el.querySelector(".checkbox-container") as HTMLElement;
		expect(toggle.classList.contains("is-enabled")).toBe(true);
		toggle.click();
		const select = el.querySelector("select") as HTMLSelectElement;
		select.value = "mtime";
		select.dispatchEvent(new Event("change"));
		(el.querySelector("button.mod-cta") as HTMLButtonElement).click();
		expect(changes).toEqual(["up, parent", false, "mtime", "clicked"]);
		expect(toggle.classList.contains("is-enabled")).toBe(false);
	});
});

describe("icons and tooltips", () => {
	afterEach(() => setIconImplementation());

	test("setIcon replaces the icon; the implementation can be swapped", () => {
		const el = createDiv();
		setIcon(el, "folder");
		setIcon(el, "file");
		expect(Array.from(el.querySelectorAll("svg"), (s) => s.getAttribute("data-icon"))).toEqual(["file"]);
		setIconImplementation((parent, id) => parent.createSpan({ cls: "svg-icon", text: id }));
		setIcon(el, "star");
		expect(el.textContent).toBe("star");
		setTooltip(el, "Tip", { placement: "top" });
		expect([el.getAttribute("aria-label"), el.getAttribute("data-tooltip-position")]).toEqual(["Tip", "top"]);
	});
});

describe("setting tabs across versions", () => {
	class Tab extends PluginSettingTabDouble {
		displays = 0;
		constructor(
			app: unknown,
			plugin: unknown,
			private readonly defs: SettingDefinitionItem[],
		) {
			super(app, plugin);
		}
		getSettingDefinitions(): SettingDefinitionItem[] {
			return this.defs;
		}
		display(): void {
			this.displays++;
		}
	}

	test("before 1.13 opening a tab calls display(); from 1.13 a tab with definitions also has them stored (the declarative drawing is not faked)", () => {
		const app = createApp();
		const plugin = { manifest: { id: "p" } };
		const defs: SettingDefinitionItem[] = [{ name: "A toggle", control: { type: "toggle", key: "a" } }];
		const previous = setApiVersion("1.12.7");
		try {
			const old = new Tab(app, plugin, defs);
			app.setting.addSettingTab(old);
			app.setting.openTabById("p");
			expect(old.displays).toBe(1);
			expect(old.settingItems).toEqual([]);
			setApiVersion("1.13.1");
			const tab = new Tab(app, plugin, defs);
			app.setting.pluginTabs.length = 0;
			app.setting.addSettingTab(tab);
			expect(tab.settingItems).toBe(defs);
			app.setting.openTabById("p");
			expect(tab.displays).toBe(1);
		} finally {
			setApiVersion(previous);
		}
	});
});
