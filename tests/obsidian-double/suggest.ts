import type * as O from "obsidian";
import { Scope } from "./keymap";

/** Fake of `O.PopoverSuggest`, minimal: `open`/`close` toggle `isOpen`; suggestions render into `suggestEl`. */
export abstract class PopoverSuggest<T> {
	/** `PopoverSuggest.app` */
	app: unknown;
	/** `PopoverSuggest.scope` */
	scope: Scope;
	/** Double only: whether it is open. */
	isOpen = false;
	/** Double only: the suggestion container (created under a DOM). */
	suggestEl: HTMLElement | null = null;

	constructor(app: unknown, scope?: Scope) {
		this.app = app;
		this.scope = scope ?? new Scope();
	}
	/** `PopoverSuggest.open` */
	open(): void {
		this.isOpen = true;
		if (typeof document !== "undefined" && !this.suggestEl) this.suggestEl = document.body.createDiv({ cls: "suggestion-container" });
	}
	/** `PopoverSuggest.close` */
	close(): void {
		this.isOpen = false;
		this.suggestEl?.remove();
		this.suggestEl = null;
	}
	/** `PopoverSuggest.renderSuggestion` */
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	/** `PopoverSuggest.selectSuggestion` */
	abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

/**
 * Fake of `O.AbstractInputSuggest`, minimal: typing in the input (an `input` event) computes
 * suggestions (`suggestions`, `updated`) and draws `.suggestion-item`s; `selectSuggestion` calls
 * the `onSelect` callback.
 */
export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
	/** `AbstractInputSuggest.limit` */
	limit = 100;
	/** Double only: the suggestions last computed. */
	suggestions: T[] = [];
	/** Double only: settles when the latest update is drawn. */
	updated: Promise<void> = Promise.resolve();
	private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	constructor(
		app: unknown,
		/** Double only: the input it serves. */
		readonly textInputEl: HTMLInputElement | HTMLDivElement,
	) {
		super(app);
		textInputEl.addEventListener("input", () => this.update());
	}
	/** `AbstractInputSuggest.setValue` */
	setValue(value: string): void {
		if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
		else this.textInputEl.textContent = value;
	}
	/** `AbstractInputSuggest.getValue` */
	getValue(): string {
		return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : (this.textInputEl.textContent ?? "");
	}
	/** `AbstractInputSuggest.getSuggestions` */
	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
	/** `AbstractInputSuggest.selectSuggestion` */
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		void this.selectCallback?.(value, evt);
	}
	/** `AbstractInputSuggest.onSelect` */
	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.selectCallback = callback;
		return this;
	}
	/** Double only: recompute suggestions for the current value. */
	update(): void {
		const run = async (): Promise<void> => {
			this.suggestions = (await this.getSuggestions(this.getValue())).slice(0, this.limit);
			this.open();
			const box = this.suggestEl;
			if (!box) return;
			box.empty();
			for (const s of this.suggestions) {
				const el = box.createDiv({ cls: "suggestion-item" });
				this.renderSuggestion(s, el);
				el.addEventListener("click", (evt) => this.selectSuggestion(s, evt));
			}
		};
		this.updated = run();
	}
}

/** Fake of `O.EditorSuggest`, minimal: holds `context` and instructions; tests call its methods. */
export abstract class EditorSuggest<T> extends PopoverSuggest<T> {
	/** `EditorSuggest.context` */
	context: O.EditorSuggestContext | null = null;
	/** `EditorSuggest.limit` */
	limit = 100;
	/** Double only: `setInstructions` value. */
	instructions: O.Instruction[] = [];
	/** `EditorSuggest.setInstructions` */
	setInstructions(instructions: O.Instruction[]): void {
		this.instructions = instructions;
	}
	/** `EditorSuggest.onTrigger` */
	abstract onTrigger(cursor: O.EditorPosition, editor: O.Editor, file: O.TFile | null): O.EditorSuggestTriggerInfo | null;
	/** `EditorSuggest.getSuggestions` */
	abstract getSuggestions(context: O.EditorSuggestContext): T[] | Promise<T[]>;
}
