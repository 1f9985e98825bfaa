/** The header's sort menu: the sort keys with the current one checked, and "Descending". */
import { Menu } from "obsidian";
import type { SortKey } from "../core/tree";

/** Menu titles of the sort keys, in menu order. */
export const SORT_ITEMS: ReadonlyArray<readonly [SortKey, string]> = [
	["title", "Title"],
	["filename", "File name"],
	["modified", "Modified"],
	["created", "Created"],
	["manual", "Manual"],
];

/** The current order and what to do when the user picks another. */
export interface SortChoice {
	sort: SortKey;
	descending: boolean;
	change(patch: { sort?: SortKey; descending?: boolean }): void;
}

/** Shows the sort menu at the mouse, or under `anchor` when opened from the keyboard. */
export function showSortMenu(choice: SortChoice, evt: MouseEvent | KeyboardEvent, anchor: HTMLElement): Menu {
	const menu = new Menu();
	for (const [key, title] of SORT_ITEMS) {
		menu.addItem((item) =>
			item
				.setTitle(title)
				.setChecked(choice.sort === key)
				.onClick(() => choice.change({ sort: key })),
		);
	}
	menu.addSeparator();
	menu.addItem((item) =>
		item
			.setTitle("Descending")
			.setChecked(choice.descending)
			.onClick(() => choice.change({ descending: !choice.descending })),
	);
	if (evt instanceof MouseEvent) menu.showAtMouseEvent(evt);
	else {
		const rect = anchor.getBoundingClientRect();
		menu.showAtPosition({ x: rect.left, y: rect.bottom });
	}
	return menu;
}
