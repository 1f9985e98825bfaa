import type * as O from "obsidian";
import { setIcon, setTooltip } from "./icons";

/**
 * Setting controls. Each builds the DOM Obsidian builds and reacts to real DOM events, so tests
 * drive them like a user: type into `inputEl` and dispatch `input`, click `toggleEl`, change
 * `selectEl`, click `buttonEl`. `setValue` never fires `onChange`, except on toggles (as in Obsidian).
 */

/** Fake of `O.BaseComponent`. */
export abstract class BaseComponent {
	/** `BaseComponent.disabled` */
	disabled = false;
	/** `BaseComponent.then` */
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	/** `BaseComponent.setDisabled` */
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

/** Fake of `O.ValueComponent`. */
export abstract class ValueComponent<T> extends BaseComponent {
	/** `ValueComponent.registerOptionListener` */
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

/** Fake of `O.AbstractTextComponent`: `input` events call the `onChange` callback. */
export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	/** `AbstractTextComponent.inputEl` */
	inputEl: T;
	/** Double only: the `onChange` callback. */
	changeCallback: ((value: string) => unknown) | null = null;

	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}
	/** `AbstractTextComponent.setDisabled` */
	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}
	/** `AbstractTextComponent.getValue` */
	getValue(): string {
		return this.inputEl.value;
	}
	/** `AbstractTextComponent.setValue` */
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	/** `AbstractTextComponent.setPlaceholder` */
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	/** `AbstractTextComponent.onChanged` */
	onChanged(): void {
		void this.changeCallback?.(this.getValue());
	}
	/** `AbstractTextComponent.onChange` */
	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** Fake of `O.TextComponent`: `input[type=text]`. */
export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text", attr: { spellcheck: "false" } }));
	}
}

/** Fake of `O.TextAreaComponent`. */
export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

/** Fake of `O.SearchComponent`: `.search-input-container` with an input and a clear button. */
export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	/** `SearchComponent.clearButtonEl` */
	clearButtonEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		const box = containerEl.createDiv({ cls: "search-input-container" });
		super(box.createEl("input", { type: "search", attr: { enterkeyhint: "search", spellcheck: "false" } }));
		this.clearButtonEl = box.createDiv({ cls: "search-input-clear-button" });
		this.clearButtonEl.addEventListener("click", () => {
			this.setValue("");
			this.onChanged();
		});
	}
	/** `SearchComponent.onChanged`: also shows or hides the clear button. */
	onChanged(): void {
		this.clearButtonEl.toggle(this.getValue() !== "");
		super.onChanged();
	}
}

/** Fake of `O.MomentFormatComponent` (no moment: the sample shows the format string). */
export class MomentFormatComponent extends TextComponent {
	/** `MomentFormatComponent.sampleEl` */
	sampleEl: HTMLElement | null = null;
	private defaultFormat = "";
	/** `MomentFormatComponent.setDefaultFormat` */
	setDefaultFormat(defaultFormat: string): this {
		this.defaultFormat = defaultFormat;
		this.setPlaceholder(defaultFormat);
		return this;
	}
	/** `MomentFormatComponent.setSampleEl` */
	setSampleEl(sampleEl: HTMLElement): this {
		this.sampleEl = sampleEl;
		this.updateSample();
		return this;
	}
	/** `MomentFormatComponent.updateSample` */
	updateSample(): void {
		this.sampleEl?.setText(this.getValue() || this.defaultFormat);
	}
	/** `MomentFormatComponent.onChanged` */
	onChanged(): void {
		this.updateSample();
		super.onChanged();
	}
}

/** Fake of `O.ToggleComponent`: `div.checkbox-container` (class `is-enabled` when on); clicking toggles. */
export class ToggleComponent extends ValueComponent<boolean> {
	/** `ToggleComponent.toggleEl` */
	toggleEl: HTMLElement;
	/** Double only: the `onChange` callback. */
	changeCallback: ((value: boolean) => unknown) | null = null;
	private on = false;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
		this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
		this.toggleEl.addEventListener("click", () => this.onClick());
	}
	/** `ToggleComponent.setDisabled` */
	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.toggleClass("is-disabled", disabled);
		return this;
	}
	/** `ToggleComponent.getValue` */
	getValue(): boolean {
		return this.on;
	}
	/** `ToggleComponent.setValue`: fires `onChange` when the value changes, like Obsidian. */
	setValue(on: boolean): this {
		if (on === this.on) return this;
		this.on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		const input = this.toggleEl.querySelector("input");
		if (input) input.checked = on;
		void this.changeCallback?.(on);
		return this;
	}
	/** `ToggleComponent.setTooltip` */
	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.toggleEl, tooltip, options);
		return this;
	}
	/** `ToggleComponent.onClick` */
	onClick(): void {
		if (!this.disabled) this.setValue(!this.on);
	}
	/** `ToggleComponent.onChange` */
	onChange(callback: (value: boolean) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** Fake of `O.DropdownComponent`: `select.dropdown`; the DOM `change` event calls `onChange`. */
export class DropdownComponent extends ValueComponent<string> {
	/** `DropdownComponent.selectEl` */
	selectEl: HTMLSelectElement;
	/** Double only: the `onChange` callback. */
	changeCallback: ((value: string) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => void this.changeCallback?.(this.getValue()));
	}
	/** `DropdownComponent.setDisabled` */
	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}
	/** `DropdownComponent.addOption` */
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}
	/** `DropdownComponent.addOptions` */
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	/** `DropdownComponent.getValue` */
	getValue(): string {
		return this.selectEl.value;
	}
	/** `DropdownComponent.setValue` */
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	/** `DropdownComponent.onChange` */
	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** Fake of `O.ButtonComponent`: a `button`; `mod-cta`/`mod-warning` classes. */
export class ButtonComponent extends BaseComponent {
	/** `ButtonComponent.buttonEl` */
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}
	/** `ButtonComponent.setDisabled` */
	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}
	/** `ButtonComponent.setCta` */
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	/** `ButtonComponent.removeCta` */
	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}
	/** `ButtonComponent.setWarning` */
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	/** `ButtonComponent.setTooltip` */
	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.buttonEl, tooltip, options);
		return this;
	}
	/** `ButtonComponent.setButtonText` */
	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}
	/** `ButtonComponent.setIcon` */
	setIcon(icon: O.IconName): this {
		this.buttonEl.empty();
		setIcon(this.buttonEl, icon);
		return this;
	}
	/** `ButtonComponent.setClass` */
	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}
	/** `ButtonComponent.onClick` */
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => void callback(evt));
		return this;
	}
}

/** Fake of `O.ExtraButtonComponent`: `div.clickable-icon.extra-setting-button`; ignores clicks when disabled. */
export class ExtraButtonComponent extends BaseComponent {
	/** `ExtraButtonComponent.extraSettingsEl` */
	extraSettingsEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv({ cls: "clickable-icon extra-setting-button" });
		setIcon(this.extraSettingsEl, "gear");
	}
	/** `ExtraButtonComponent.setDisabled` */
	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.extraSettingsEl.toggleClass("is-disabled", disabled);
		return this;
	}
	/** `ExtraButtonComponent.setTooltip` */
	setTooltip(tooltip: string, options?: O.TooltipOptions): this {
		setTooltip(this.extraSettingsEl, tooltip, options);
		return this;
	}
	/** `ExtraButtonComponent.setIcon` */
	setIcon(icon: O.IconName): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}
	/** `ExtraButtonComponent.onClick` */
	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) void callback();
		});
		return this;
	}
}

/** Fake of `O.SliderComponent`: `input[type=range]`; `input` (instant) or `change` events call `onChange`. */
export class SliderComponent extends ValueComponent<number> {
	/** `SliderComponent.sliderEl` */
	sliderEl: HTMLInputElement;
	/** Double only: the `onChange` callback. */
	changeCallback: ((value: number) => unknown) | null = null;
	private instant = false;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl("input", { cls: "slider", type: "range" });
		this.sliderEl.addEventListener("input", () => {
			if (this.instant) void this.changeCallback?.(this.getValue());
		});
		this.sliderEl.addEventListener("change", () => {
			if (!this.instant) void this.changeCallback?.(this.getValue());
		});
	}
	/** `SliderComponent.setDisabled` */
	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.sliderEl.disabled = disabled;
		return this;
	}
	/** `SliderComponent.setInstant` */
	setInstant(instant: boolean): this {
		this.instant = instant;
		return this;
	}
	/** `SliderComponent.setLimits` */
	setLimits(min: number, max: number, step: number | "any"): this {
		this.sliderEl.min = String(min);
		this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}
	/** `SliderComponent.getValue` */
	getValue(): number {
		return Number(this.sliderEl.value);
	}
	/** `SliderComponent.setValue` */
	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}
	/** `SliderComponent.getValuePretty` */
	getValuePretty(): string {
		return String(this.getValue());
	}
	/** `SliderComponent.setDynamicTooltip` */
	setDynamicTooltip(): this {
		return this;
	}
	/** `SliderComponent.showTooltip` */
	showTooltip(): void {}
	/** `SliderComponent.onChange` */
	onChange(callback: (value: number) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

/** Fake of `O.ProgressBarComponent`. */
export class ProgressBarComponent extends ValueComponent<number> {
	private readonly barEl: HTMLElement;
	private value = 0;
	constructor(containerEl: HTMLElement) {
		super();
		this.barEl = containerEl.createDiv({ cls: "setting-progress-bar" }).createDiv({ cls: "setting-progress-bar-inner" });
	}
	/** `ProgressBarComponent.getValue` */
	getValue(): number {
		return this.value;
	}
	/** `ProgressBarComponent.setValue` */
	setValue(value: number): this {
		this.value = value;
		this.barEl.style.width = `${value}%`;
		return this;
	}
}

/** Fake of `O.ColorComponent` (hex only). */
export class ColorComponent extends ValueComponent<string> {
	/** Double only: the `input[type=color]`. */
	colorPickerEl: HTMLInputElement;
	/** Double only: the `onChange` callback. */
	changeCallback: ((value: string) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.colorPickerEl = containerEl.createEl("input", { type: "color" });
		this.colorPickerEl.addEventListener("change", () => void this.changeCallback?.(this.getValue()));
	}
	/** `ColorComponent.getValue` */
	getValue(): string {
		return this.colorPickerEl.value;
	}
	/** `ColorComponent.setValue` */
	setValue(value: string): this {
		this.colorPickerEl.value = value;
		return this;
	}
	/** `ColorComponent.onChange` */
	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}
