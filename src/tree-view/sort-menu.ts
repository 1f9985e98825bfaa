/** The header's sort menu: the sort keys with the current one checked, and "Descending". */
import { Menu } from "obsidian";
import type { SortKey } from "../core/tree";

/** One entry of the sort menu: a key, a direction and its title, worded like Obsidian's file explorer. */
export interface SortItem {
	sort: SortKey;
	descending: boolean;
	title: string;
}

/** The menu's entries in groups (separated in the menu); dates come new to old first, their default. */
export const SORT_GROUPS: ReadonlyArray<readonly SortItem[]> = [
	[
		{ sort: "title", descending: false, title: "Title (A to Z)" },
		{ sort: "title", descending: true, title: "Title (Z to A)" },
	],
	[
		{ sort: "filename", descending: false, title: "File name (A to Z)" },
		{ sort: "filename", descending: true, title: "File name (Z to A)" },
	],
	[
		{ sort: "modified", descending: true, title: "Modified time (new to old)" },
		{ sort: "modified", descending: false, title: "Modified time (old to new)" },
	],
	[
		{ sort: "created", descending: true, title: "Created time (new to old)" },
		{ sort: "created", descending: false, title: "Created time (old to new)" },
	],
	[{ sort: "manual", descending: false, title: "Manual order" }],
];

/** The current order and what to do when the user picks another. */
export interface SortChoice {
	sort: SortKey;
	descending: boolean;
	change(patch: { sort: SortKey; descending: boolean }): void;
}

/** Shows the sort menu at the mouse, or under `anchor` when opened from the keyboard; the current order is checked. */
export function showSortMenu(choice: SortChoice, evt: MouseEvent | KeyboardEvent, anchor: HTMLElement): Menu {
	const menu = new Menu();
	SORT_GROUPS.forEach((group, i) => {
		if (i > 0) menu.addSeparator();
		for (const entry of group) {
			const checked = choice.sort === entry.sort && (entry.sort === "manual" || choice.descending === entry.descending);
			menu.addItem((item) =>
				item
					.setTitle(entry.title)
					.setChecked(checked)
					.onClick(() => choice.change({ sort: entry.sort, descending: entry.descending })),
			);
		}
	});
	if (evt instanceof MouseEvent) menu.showAtMouseEvent(evt);
	else {
		const rect = anchor.getBoundingClientRect();
		menu.showAtPosition({ x: rect.left, y: rect.bottom });
	}
	return menu;
}
