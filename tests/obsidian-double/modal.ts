import type * as O from "obsidian";
import { Scope } from "./keymap";
import { missingElement } from "./nodom";
import { prepareFuzzySearch, renderMatches } from "./util";

const open: Modal[] = [];

/** Double only: modals currently open, oldest first. */
export function openModals(): readonly Modal[] {
	return open;
}

function requireDocument(what: string): Document {
	if (typeof document === "undefined") throw new Error(`${what} needs a DOM: add the docblock /** @jest-environment jsdom */ to the test file`);
	return document;
}

/**
 * Fake of `O.Modal`: `containerEl` (`.modal-container` > `.modal-bg`, `.modal`) is appended to
 * `document.body` on `open()` and removed on `close()`; `.modal` holds `.modal-close-button`,
 * `.modal-title` (`titleEl`) and `.modal-content` (`contentEl`). Escape closes it.
 */
export class Modal {
	/** `Modal.app` */
	app: unknown;
	/** `Modal.scope` */
	scope: Scope;
	/** `Modal.containerEl` */
	containerEl: HTMLElement;
	/** `Modal.modalEl` */
	modalEl: HTMLElement;
	/** `Modal.titleEl` */
	titleEl: HTMLElement;
	/** `Modal.contentEl` */
	contentEl: HTMLElement;
	/** `Modal.shouldRestoreSelection` */
	shouldRestoreSelection = true;
	/** Double only: whether it is open. */
	isOpen = false;

	constructor(app: unknown) {
		this.app = app;
		this.scope = new Scope();
		const doc = typeof document === "undefined" ? null : document;
		if (!doc) {
			this.containerEl = this.modalEl = this.titleEl = this.contentEl = missingElement("A modal");
			return;
		}
		this.containerEl = createDiv({ cls: "modal-container mod-dim" });
		this.containerEl.createDiv({ cls: "modal-bg" }).addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		this.modalEl.createDiv({ cls: "modal-close-button" }).addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
		this.containerEl.addEventListener("keydown", (evt) => {
			if (evt.key === "Escape") this.close();
			else this.scope.handleKey(evt);
		});
	}

	/** `Modal.open`: attaches, then runs `onOpen`. */
	open(): void {
		if (this.isOpen) return;
		requireDocument("Modal.open").body.appendChild(this.containerEl);
		this.isOpen = true;
		open.push(this);
		this.onOpen();
	}

	/** `Modal.close`: detaches, then runs `onClose`. */
	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		open.splice(open.indexOf(this), 1);
		this.containerEl.remove();
		this.onClose();
	}

	/** `Modal.onOpen` */
	onOpen(): void {}
	/** `Modal.onClose` */
	onClose(): void {}

	/** `Modal.setTitle` */
	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	/** `Modal.setContent` */
	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
}

/**
 * Fake of `O.SuggestModal`: `.prompt` with `inputEl` and `resultContainerEl`; suggestions are
 * recomputed on open and on each `input` event and drawn as `.suggestion-item` (the selected one
 * `.is-selected`); ArrowUp/ArrowDown move, Enter or a click chooses. Choosing closes the modal,
 * then calls `onChooseSuggestion`, as in Obsidian. `updated` settles when the list is drawn.
 */
export abstract class SuggestModal<T> extends Modal {
	/** `SuggestModal.limit` */
	limit = 100;
	/** `SuggestModal.emptyStateText` */
	emptyStateText = "No results found.";
	/** `SuggestModal.inputEl` */
	inputEl: HTMLInputElement;
	/** `SuggestModal.resultContainerEl` */
	resultContainerEl: HTMLElement;
	/** Double only: the suggestions last drawn. */
	suggestions: T[] = [];
	/** Double only: index of the selected suggestion. */
	selected = 0;
	/** Double only: settles when the latest suggestion update has been drawn. */
	updated: Promise<void> = Promise.resolve();
	/** Double only: `setInstructions` value. */
	instructions: O.Instruction[] = [];

	constructor(app: unknown) {
		super(app);
		const doc = requireDocument("SuggestModal");
		void doc;
		this.modalEl.addClass("prompt");
		this.modalEl.empty();
		const inputBox = this.modalEl.createDiv({ cls: "prompt-input-container" });
		this.inputEl = inputBox.createEl("input", { cls: "prompt-input", type: "text", attr: { enterkeyhint: "done" } });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.inputEl.addEventListener("input", () => this.updateSuggestions());
		this.inputEl.addEventListener("keydown", (evt) => this.onKey(evt));
	}

	/** `SuggestModal.setPlaceholder` */
	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}
	/** `SuggestModal.setInstructions` */
	setInstructions(instructions: O.Instruction[]): void {
		this.instructions = instructions;
		this.modalEl.querySelector(".prompt-instructions")?.remove();
		const box = this.modalEl.createDiv({ cls: "prompt-instructions" });
		for (const i of instructions) {
			const row = box.createDiv({ cls: "prompt-instruction" });
			row.createSpan({ cls: "prompt-instruction-command", text: i.command });
			row.createSpan({ text: i.purpose });
		}
	}
	/** `SuggestModal.onNoSuggestion` */
	onNoSuggestion(): void {
		this.resultContainerEl.empty();
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}
	/** `SuggestModal.selectSuggestion`: closes, then `onChooseSuggestion`. */
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}
	/** `SuggestModal.selectActiveSuggestion` */
	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this.suggestions[this.selected];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}
	/** `SuggestModal.getSuggestions` */
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	/** `SuggestModal.renderSuggestion` */
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	/** `SuggestModal.onChooseSuggestion` */
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** `Modal.open`: also draws the first suggestions. */
	open(): void {
		super.open();
		this.updateSuggestions();
	}

	/** Double only: recompute and redraw the list for the input's current text. */
	updateSuggestions(): void {
		const query = this.inputEl.value;
		const run = async (): Promise<void> => {
			const all = await this.getSuggestions(query);
			if (query !== this.inputEl.value) return;
			this.suggestions = all.slice(0, this.limit);
			this.selected = 0;
			this.resultContainerEl.empty();
			if (this.suggestions.length === 0) {
				this.onNoSuggestion();
				return;
			}
			this.suggestions.forEach((s, i) => {
				const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
				el.toggleClass("is-selected", i === 0);
				this.renderSuggestion(s, el);
				el.addEventListener("click", (evt) => this.selectSuggestion(s, evt));
				el.addEventListener("mousemove", () => this.select(i));
			});
		};
		this.updated = run();
	}

	private select(index: number): void {
		if (this.suggestions.length === 0) return;
		this.selected = (index + this.suggestions.length) % this.suggestions.length;
		Array.from(this.resultContainerEl.querySelectorAll(".suggestion-item")).forEach((el, i) => el.classList.toggle("is-selected", i === this.selected));
	}

	private onKey(evt: KeyboardEvent): void {
		if (evt.key === "ArrowDown") this.select(this.selected + 1);
		else if (evt.key === "ArrowUp") this.select(this.selected - 1);
		else if (evt.key === "Enter" && !evt.isComposing) this.selectActiveSuggestion(evt);
		else return;
		evt.preventDefault();
	}
}

/** Fake of `O.FuzzySuggestModal`: `getItems` filtered by `prepareFuzzySearch` on `getItemText`, best first. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<O.FuzzyMatch<T>> {
	/** `FuzzySuggestModal.getSuggestions` */
	getSuggestions(query: string): O.FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const out: O.FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = search(this.getItemText(item));
			if (match) out.push({ item, match });
		}
		return query.trim() === "" ? out : out.sort((a, b) => b.match.score - a.match.score);
	}
	/** `FuzzySuggestModal.renderSuggestion`: the text with matches highlighted. */
	renderSuggestion(item: O.FuzzyMatch<T>, el: HTMLElement): void {
		renderMatches(el, this.getItemText(item.item), item.match.matches);
	}
	/** `FuzzySuggestModal.onChooseSuggestion` */
	onChooseSuggestion(item: O.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}
	/** `FuzzySuggestModal.getItems` */
	abstract getItems(): T[];
	/** `FuzzySuggestModal.getItemText` */
	abstract getItemText(item: T): string;
	/** `FuzzySuggestModal.onChooseItem` */
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Double only: the double's view of a suggest modal typed against the real API. */
export function suggestModalDouble<T>(modal: O.SuggestModal<T> | SuggestModal<T>): SuggestModal<T> {
	return modal as unknown as SuggestModal<T>;
}

/** Double only: type `query` into a suggest modal (opening it if needed), wait for the list, then click the `index`-th suggestion. */
export async function chooseSuggestion<T>(suggestModal: O.SuggestModal<T> | SuggestModal<T>, query: string, index = 0): Promise<T> {
	const modal = suggestModalDouble(suggestModal);
	if (!modal.isOpen) modal.open();
	modal.inputEl.value = query;
	modal.inputEl.dispatchEvent(new Event("input"));
	await modal.updated;
	const value = modal.suggestions[index];
	if (value === undefined) throw new Error(`No suggestion ${index} for "${query}" (${modal.suggestions.length} shown)`);
	const item = modal.resultContainerEl.querySelectorAll(".suggestion-item")[index];
	item.dispatchEvent(new MouseEvent("click", { bubbles: true }));
	return value;
}
