/**
 * The tree view's header: Obsidian-style icon buttons (sort, collapse all, reveal active note,
 * pin, rebuild), the filter box with its match count, and the "Pinned: X" chip.
 */
import { Component, debounce, setIcon } from "obsidian";
import { FILTER_DEBOUNCE_MS } from "./constants";

/** What the header's controls do. */
export interface HeaderActions {
	/** The filter text changed (debounced; immediately on Escape and clear). */
	filter(query: string): void;
	/** Open the sort menu (at the mouse, or under `anchor` for a key press). */
	sortMenu(evt: MouseEvent | KeyboardEvent, anchor: HTMLElement): void;
	collapseAll(): void;
	revealActive(): void;
	togglePin(): void;
	unpin(): void;
	refresh(): void;
	/** Arrow down in the filter box: move into the tree. */
	focusTree(): void;
}

/** Header controls of the tree view. */
export class TreeHeader extends Component {
	readonly containerEl: HTMLElement;
	readonly inputEl: HTMLInputElement;
	private readonly countEl: HTMLElement;
	private readonly pinButton: HTMLElement;
	private readonly chipEl: HTMLElement;
	private readonly chipTextEl: HTMLElement;
	private readonly chipButton: HTMLElement;
	private readonly buttons: Array<[HTMLElement, (evt: MouseEvent | KeyboardEvent) => void]> = [];
	private readonly applyFilter: ReturnType<typeof debounce<[string], void>>;
	/** What the count and the chip show (undefined: not set yet), so unchanged values are not written again. */
	private shownCount: number | null | undefined = undefined;
	private shownPinned: string | null | undefined = undefined;

	constructor(
		parent: HTMLElement,
		private readonly actions: HeaderActions,
	) {
		super();
		this.containerEl = parent.createDiv({ cls: "nav-header topic-tree-header" });
		const bar = this.containerEl.createDiv({ cls: "nav-buttons-container" });
		const sort = this.button(bar, "arrow-up-narrow-wide", "Change sort order", (evt) => actions.sortMenu(evt, sort));
		this.button(bar, "chevrons-down-up", "Collapse all", () => actions.collapseAll());
		this.button(bar, "locate-fixed", "Reveal active note", () => actions.revealActive());
		this.pinButton = this.button(bar, "pin", "Pin tree to the selected topic", () => actions.togglePin());
		this.button(bar, "rotate-cw", "Rebuild index", () => actions.refresh());
		const search = this.containerEl.createDiv({ cls: "search-input-container topic-tree-filter" });
		this.inputEl = search.createEl("input", {
			type: "search",
			placeholder: "Filter topics…",
			attr: { "aria-label": "Filter topics", spellcheck: "false" },
		});
		this.countEl = this.containerEl.createDiv({ cls: "topic-tree-filter-count topic-tree-hidden", attr: { "aria-live": "polite" } });
		this.chipEl = this.containerEl.createDiv({ cls: "topic-tree-pinned topic-tree-hidden" });
		this.chipTextEl = this.chipEl.createSpan({ cls: "topic-tree-pinned-text" });
		this.chipButton = this.chipEl.createDiv({ cls: "clickable-icon topic-tree-unpin", attr: { "aria-label": "Unpin", role: "button", tabindex: "0" } });
		setIcon(this.chipButton, "x");
		this.applyFilter = debounce((query: string) => actions.filter(query), FILTER_DEBOUNCE_MS, true);
	}

	onload(): void {
		for (const [el, run] of this.buttons) {
			this.registerDomEvent(el, "click", run);
			this.registerDomEvent(el, "keydown", (evt) => activateOnKey(evt, run));
		}
		this.registerDomEvent(this.chipButton, "click", () => this.actions.unpin());
		this.registerDomEvent(this.chipButton, "keydown", (evt) => activateOnKey(evt, () => this.actions.unpin()));
		this.registerDomEvent(this.inputEl, "input", () => {
			if (this.inputEl.value === "") this.applyNow();
			else this.applyFilter(this.inputEl.value);
		});
		this.registerDomEvent(this.inputEl, "keydown", (evt) => this.onInputKey(evt));
		this.register(() => this.applyFilter.cancel());
	}

	/** The filter text as typed. */
	get query(): string {
		return this.inputEl.value;
	}

	/** Empties the filter box and applies the empty filter at once. */
	clearFilter(): void {
		this.inputEl.value = "";
		this.applyNow();
	}

	/** Shows "12 matches", or hides the count (null). */
	setCount(count: number | null): void {
		if (count === this.shownCount) return;
		this.shownCount = count;
		this.countEl.toggleClass("topic-tree-hidden", count === null);
		if (count !== null) this.countEl.setText(`${count.toLocaleString("en-US")} ${count === 1 ? "match" : "matches"}`);
	}

	/** Shows the pinned chip for a title, or hides it (null). */
	setPinned(title: string | null): void {
		if (title === this.shownPinned) return;
		this.shownPinned = title;
		this.chipEl.toggleClass("topic-tree-hidden", title === null);
		this.chipTextEl.setText(title === null ? "" : `Pinned: ${title}`);
		this.pinButton.toggleClass("is-active", title !== null);
		this.pinButton.setAttr("aria-label", title === null ? "Pin tree to the selected topic" : "Unpin tree");
	}

	private applyNow(): void {
		this.applyFilter.cancel();
		this.actions.filter(this.inputEl.value);
	}

	private onInputKey(evt: KeyboardEvent): void {
		if (evt.key === "Escape" && this.inputEl.value !== "") {
			evt.preventDefault();
			evt.stopPropagation();
			this.clearFilter();
		} else if (evt.key === "ArrowDown" || evt.key === "Enter") {
			evt.preventDefault();
			this.applyNow();
			this.actions.focusTree();
		}
	}

	private button(parent: HTMLElement, icon: string, label: string, run: (evt: MouseEvent | KeyboardEvent) => void): HTMLElement {
		const el = parent.createDiv({ cls: "clickable-icon nav-action-button", attr: { "aria-label": label, role: "button", tabindex: "0" } });
		setIcon(el, icon);
		this.buttons.push([el, run]);
		return el;
	}
}

function activateOnKey(evt: KeyboardEvent, run: (evt: KeyboardEvent) => void): void {
	if (evt.key !== "Enter" && evt.key !== " ") return;
	evt.preventDefault();
	run(evt);
}
