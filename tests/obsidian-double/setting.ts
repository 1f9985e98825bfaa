import type * as O from "obsidian";
import { setTooltip } from "./icons";
import { makeDiv } from "./nodom";
import {
	type BaseComponent,
	ButtonComponent,
	ColorComponent,
	DropdownComponent,
	ExtraButtonComponent,
	MomentFormatComponent,
	ProgressBarComponent,
	SearchComponent,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
} from "./components";

/**
 * Fake of `O.Setting`: `.setting-item` > (`.setting-item-info` > `.setting-item-name`,
 * `.setting-item-description`), `.setting-item-control`; components are kept in `components`.
 */
export class Setting {
	/** `Setting.settingEl` */
	settingEl: HTMLElement;
	/** `Setting.infoEl` */
	infoEl: HTMLElement;
	/** `Setting.nameEl` */
	nameEl: HTMLElement;
	/** `Setting.descEl` */
	descEl: HTMLElement;
	/** `Setting.controlEl` */
	controlEl: HTMLElement;
	/** `Setting.components` */
	components: BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}

	/** `Setting.setName` */
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}
	/** `Setting.setDesc` */
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}
	/** `Setting.setClass` */
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	/** `Setting.setTooltip` */
	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.nameEl, tooltip, options);
		return this;
	}
	/** `Setting.setHeading`: class `setting-item-heading`. */
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	/** `Setting.setDisabled`: class `is-disabled` and every component disabled. */
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}
	/** `Setting.addButton` */
	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	/** `Setting.addExtraButton` */
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}
	/** `Setting.addToggle` */
	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	/** `Setting.addText` */
	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	/** `Setting.addSearch` */
	addSearch(cb: (component: SearchComponent) => unknown): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}
	/** `Setting.addTextArea` */
	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	/** `Setting.addMomentFormat` */
	addMomentFormat(cb: (component: MomentFormatComponent) => unknown): this {
		return this.add(new MomentFormatComponent(this.controlEl), cb);
	}
	/** `Setting.addDropdown` */
	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	/** `Setting.addColorPicker` */
	addColorPicker(cb: (component: ColorComponent) => unknown): this {
		return this.add(new ColorComponent(this.controlEl), cb);
	}
	/** `Setting.addProgressBar` */
	addProgressBar(cb: (component: ProgressBarComponent) => unknown): this {
		return this.add(new ProgressBarComponent(this.controlEl), cb);
	}
	/** `Setting.addSlider` */
	addSlider(cb: (component: SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}
	/** `Setting.then` */
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
	/** `Setting.clear`: removes the controls. */
	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}

	private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

/** Fake of `O.SettingTab`: `containerEl` is `.vertical-tab-content`; `hide()` empties it. */
export abstract class SettingTab {
	/** `SettingTab.app` */
	app: unknown;
	/** `SettingTab.containerEl` */
	containerEl: HTMLElement;
	constructor(app: unknown) {
		this.app = app;
		this.containerEl = makeDiv("A setting tab", "vertical-tab-content");
	}
	/** `SettingTab.settingItems`: what `update()` stored. */
	settingItems: O.SettingDefinitionItem[] = [];
	/** `SettingTab.getSettingDefinitions` (1.13): none by default, so `display()` draws the tab. */
	getSettingDefinitions(): O.SettingDefinitionItem[] {
		return [];
	}
	/** `SettingTab.update` (1.13): stores the definitions for rendering and search. */
	update(): void {
		this.settingItems = this.getSettingDefinitions();
	}
	/** `SettingTab.getControlValue` (1.13): the app's own tabs read the vault config. */
	getControlValue(key: string): unknown {
		return (this.app as { vault?: { getConfig?(key: string): unknown } }).vault?.getConfig?.(key);
	}
	/** `SettingTab.setControlValue` (1.13) */
	setControlValue(key: string, value: unknown): void {
		(this.app as { vault?: { setConfig?(key: string, value: unknown): void } }).vault?.setConfig?.(key, value);
	}
	/** `SettingTab.refreshDomState` (1.13): no declarative DOM in the double. */
	refreshDomState(): void {}
	/** `SettingTab.display` */
	abstract display(): void;
	/** `SettingTab.hide` */
	hide(): void {
		this.containerEl.empty();
	}
}

/** Fake of `O.PluginSettingTab`. */
export abstract class PluginSettingTab extends SettingTab {
	/** Double only (Obsidian has it): the owning plugin. */
	plugin: unknown;
	constructor(app: unknown, plugin: unknown) {
		super(app);
		this.plugin = plugin;
	}
	/** `PluginSettingTab.getControlValue` (1.13): reads `this.plugin.settings`. */
	getControlValue(key: string): unknown {
		return (this.plugin as { settings?: Record<string, unknown> }).settings?.[key];
	}
	/** `PluginSettingTab.setControlValue` (1.13): writes `this.plugin.settings` and saves. */
	setControlValue(key: string, value: unknown): void {
		const plugin = this.plugin as { settings?: Record<string, unknown>; saveData?(data: unknown): Promise<void> };
		if (!plugin.settings) return;
		plugin.settings[key] = value;
		void plugin.saveData?.(plugin.settings);
	}
}
