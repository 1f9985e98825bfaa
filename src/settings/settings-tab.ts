/**
 * The settings tab, drawn from the one list in `definitions.ts`. On Obsidian 1.13 and later
 * `getSettingDefinitions()` hands that list to Obsidian, which draws it and puts every setting in
 * its settings search; `getControlValue` / `setControlValue` read and apply values through the
 * store. Older versions call `display()`, which draws the same list with `Setting`. Either way
 * text inputs that name fields apply after a pause in typing or when they lose focus (or when the
 * tab closes), so typing `upp` does not re-index the vault three times.
 */
import {
	debounce,
	Notice,
	PluginSettingTab,
	requireApiVersion,
	Setting,
	type App,
	type Debouncer,
	type Plugin,
	type SettingDefinitionItem,
	type SettingGroupItem,
	type TextAreaComponent,
	type TextComponent,
} from "obsidian";
import type { DataStore } from "../context";
import { isAction, settingSections, specOf, type ActionContext, type ActionSpec, type ControlValue, type SettingSection, type SettingSpec } from "./definitions";

export { parseFieldList, parseFolderList } from "./definitions";

/** Pause in typing after which a text setting is applied. */
export const TEXT_APPLY_DELAY_MS = 500;

/** The first Obsidian version with declarative settings. */
export const DECLARATIVE_SETTINGS_VERSION = "1.13.0";

function isText(spec: SettingSpec): boolean {
	return spec.control.type === "text" || spec.control.type === "textarea";
}

/** The plugin's tab in Obsidian's settings window. */
export class TopicTreeSettingTab extends PluginSettingTab {
	private readonly sections: SettingSection[] = settingSections();
	/** Text inputs with edits that may be waiting for their pause: applied when the tab closes. */
	private readonly deferred: { debouncer: Debouncer<[], void>; finish: () => void }[] = [];
	/** Declarative text values typed but not applied yet, by control key. */
	private readonly pending = new Map<string, { value: ControlValue; debouncer: Debouncer<[], void> }>();

	constructor(
		app: App,
		plugin: Plugin,
		private readonly store: DataStore,
		/** Whether Obsidian draws declarative settings (a test sets it). */
		private readonly declarative: () => boolean = () => requireApiVersion(DECLARATIVE_SETTINGS_VERSION),
	) {
		super(app, plugin);
	}

	/** Obsidian 1.13+: the settings as declarative definitions (empty before 1.13, so `display()` draws them). */
	getSettingDefinitions(): SettingDefinitionItem[] {
		if (!this.declarative()) return [];
		return this.sections.map((section) => ({
			type: "group" as const,
			heading: section.heading,
			items: section.items.map((spec) => (isAction(spec) ? this.actionOf(spec) : this.definitionOf(spec))),
		}));
	}

	/** Obsidian 1.13+: the value a control shows (a value still waiting for its pause, else the saved one). */
	getControlValue(key: string): unknown {
		const waiting = this.pending.get(key);
		if (waiting) return waiting.value;
		const spec = specOf(this.sections, key);
		return spec ? spec.read(this.store.data.settings) : undefined;
	}

	/** Obsidian 1.13+: applies a control's value; text waits for a pause in typing. */
	setControlValue(key: string, value: unknown): void {
		const spec = specOf(this.sections, key);
		if (!spec || !(typeof value === "string" || typeof value === "boolean" || typeof value === "number")) return;
		if (!isText(spec)) {
			if (spec.check?.(value) == null) spec.apply(value, this.store);
			return;
		}
		let waiting = this.pending.get(key);
		if (!waiting) {
			const debouncer = debounce(() => this.applyPending(key), TEXT_APPLY_DELAY_MS, true);
			waiting = { value, debouncer };
			this.pending.set(key, waiting);
		}
		waiting.value = value;
		waiting.debouncer();
	}

	/** Obsidian before 1.13: draws the same settings with `Setting`. */
	display(): void {
		this.drawAll();
	}

	private drawAll(): void {
		const { containerEl } = this;
		containerEl.empty();
		this.deferred.length = 0;
		for (const section of this.sections) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const spec of section.items) {
				if (isAction(spec)) {
					new Setting(containerEl)
						.setName(spec.name)
						.setDesc(spec.desc)
						.addButton((button) => button.setButtonText(spec.button).onClick(() => spec.run(this.actionContext())));
				} else this.draw(containerEl, spec);
			}
		}
	}

	hide(): void {
		for (const { finish } of this.deferred) finish();
		this.deferred.length = 0;
		for (const key of [...this.pending.keys()]) this.applyPending(key);
		super.hide();
	}

	private definitionOf(spec: SettingSpec): SettingGroupItem {
		const validate = spec.check ? (value: ControlValue) => spec.check?.(value) ?? undefined : undefined;
		// The spec's control is a subset of Obsidian's SettingControl; the key and validate complete it.
		const control = { ...spec.control, key: spec.key, validate };
		return { name: spec.name, desc: spec.desc, aliases: spec.aliases, control };
	}

	private actionOf(spec: ActionSpec): SettingGroupItem {
		return { name: spec.name, desc: spec.desc, aliases: spec.aliases, action: () => spec.run(this.actionContext()) };
	}

	/** What an action needs; `refresh` shows the values it changed (typed text still waiting is dropped). */
	private actionContext(): ActionContext {
		return {
			app: this.app,
			store: this.store,
			refresh: () => {
				for (const { debouncer } of this.deferred) debouncer.cancel();
				for (const waiting of this.pending.values()) waiting.debouncer.cancel();
				this.pending.clear();
				if (!this.declarative()) this.drawAll();
				// Obsidian 1.13+ reads the definitions again and redraws the values.
				else if (requireApiVersion("1.13.0")) this.update();
			},
		};
	}

	private applyPending(key: string): void {
		const waiting = this.pending.get(key);
		if (!waiting) return;
		waiting.debouncer.cancel();
		this.pending.delete(key);
		const spec = specOf(this.sections, key);
		if (spec && spec.check?.(waiting.value) == null) spec.apply(waiting.value, this.store);
	}

	private draw(containerEl: HTMLElement, spec: SettingSpec): void {
		const setting = new Setting(containerEl).setName(spec.name).setDesc(spec.desc);
		const value = spec.read(this.store.data.settings);
		const control = spec.control;
		switch (control.type) {
			case "text":
				setting.addText((text) => {
					text.setPlaceholder(control.placeholder ?? "").setValue(String(value));
					this.deferText(text, spec);
				});
				break;
			case "textarea":
				setting.addTextArea((area) => {
					area.setPlaceholder(control.placeholder ?? "").setValue(String(value));
					if (control.rows) area.inputEl.rows = control.rows;
					this.deferText(area, spec, setting.descEl);
				});
				break;
			case "toggle":
				setting.addToggle((toggle) => toggle.setValue(value === true).onChange((next) => spec.apply(next, this.store)));
				break;
			case "dropdown":
				setting.addDropdown((dropdown) => {
					for (const [key, label] of Object.entries(control.options)) dropdown.addOption(key, label);
					dropdown.setValue(String(value)).onChange((next) => spec.apply(next, this.store));
				});
				break;
			case "number":
				setting.addText((text) => {
					text.inputEl.type = "number";
					text.inputEl.min = String(control.min);
					text.inputEl.max = String(control.max);
					text.inputEl.step = String(control.step);
					text.setValue(String(value));
					this.deferText(text, spec);
				});
				break;
		}
	}

	/**
	 * Apply a text input after a pause in typing, or at once when it loses focus. A pause skips
	 * values the setting refuses (and empty ones when it holds them); losing focus applies, or
	 * reverts the input with a notice saying why, and shows the value as saved.
	 */
	private deferText(component: TextComponent | TextAreaComponent, spec: SettingSpec, descEl?: HTMLElement): void {
		// A setting that keeps refused text says why under its description until it is mended.
		const message = spec.keepRefused && descEl ? descEl.createDiv({ cls: "topic-tree-setting-error topic-tree-hidden", attr: { role: "alert" } }) : null;
		const apply = (final: boolean): void => {
			const value = component.getValue();
			const problem = spec.check?.(value) ?? null;
			if (message) {
				message.toggleClass("topic-tree-hidden", problem === null);
				message.setText(problem ?? "");
				if (problem === null) spec.apply(value, this.store);
				return;
			}
			if (!final) {
				if (problem === null && !(spec.holdEmpty && value.trim() === "")) spec.apply(value, this.store);
				return;
			}
			if (problem !== null) new Notice(problem);
			else spec.apply(value, this.store);
			const saved = String(spec.read(this.store.data.settings));
			if (problem !== null || value.trim() === "") component.setValue(saved);
		};
		const debouncer = debounce(() => apply(false), TEXT_APPLY_DELAY_MS, true);
		const finish = (): void => {
			debouncer.cancel();
			apply(true);
		};
		this.deferred.push({ debouncer, finish });
		component.onChange(() => {
			debouncer();
		});
		component.inputEl.addEventListener("blur", finish);
	}
}
