/**
 * The panel's menus (Obsidian `Menu`, keyboard accessible): Items (every item; choosing one opens
 * its own menu), an item's menu (show/hide, move, baseline), and Sort.
 */
import { Menu } from "obsidian";
import type { Comparison } from "../core/tables/comparison";
import {
	canMoveItem,
	clearSort,
	moveItem,
	setBaseline,
	showAllItems,
	toggleItem,
	toggleSort,
	type PanelModel,
	type PanelState,
} from "../core/tables/panel-model";
import { labelOf } from "./panel-cells";

/** What the menus read and change. */
export interface MenuHost {
	readonly comparison: Comparison;
	readonly state: PanelState;
	readonly model: PanelModel;
	/** Items are laid out top to bottom (table view with items as rows): "Move up/down" instead of left/right. */
	readonly itemsVertical: boolean;
	setState(next: PanelState): void;
}

/** The menu of one item: show or hide, move, pin as baseline. */
export function itemMenu(host: MenuHost, key: string): Menu {
	const { comparison: c, state: s, model } = host;
	const entry = model.allItems.find((i) => i.key === key);
	const menu = new Menu();
	if (!entry) return menu;
	const lastVisible = !entry.hidden && model.items.length <= 1;
	menu.addItem((i) =>
		i
			.setTitle(entry.hidden ? "Show" : "Hide")
			.setIcon(entry.hidden ? "eye" : "eye-off")
			.setDisabled(lastVisible)
			.onClick(() => host.setState(toggleItem(c, s, key))),
	);
	const [earlier, later] = host.itemsVertical ? ["Move up", "Move down"] : ["Move left", "Move right"];
	menu.addItem((i) =>
		i
			.setTitle(earlier)
			.setIcon(host.itemsVertical ? "arrow-up" : "arrow-left")
			.setDisabled(!canMoveItem(c, s, key, -1))
			.onClick(() => host.setState(moveItem(c, s, key, -1))),
	);
	menu.addItem((i) =>
		i
			.setTitle(later)
			.setIcon(host.itemsVertical ? "arrow-down" : "arrow-right")
			.setDisabled(!canMoveItem(c, s, key, 1))
			.onClick(() => host.setState(moveItem(c, s, key, 1))),
	);
	menu.addSeparator();
	const pinned = s.baseline === key;
	menu.addItem((i) =>
		i
			.setTitle(pinned ? "Unpin baseline" : "Pin as baseline")
			.setIcon(pinned ? "pin-off" : "pin")
			.setDisabled(!pinned && entry.hidden)
			.onClick(() => host.setState(setBaseline(s, pinned ? null : key))),
	);
	return menu;
}

/** The Items menu: each item (checked when shown) opens its own menu; then "Show all items" and "Unpin baseline". */
export function itemsMenu(host: MenuHost, openItem: (key: string) => void): Menu {
	const { state: s, model } = host;
	const menu = new Menu();
	for (const entry of model.allItems) {
		menu.addItem((i) =>
			i
				.setTitle(labelOf(entry.name))
				.setIcon(s.baseline === entry.key ? "pin" : entry.hidden ? "eye-off" : "eye")
				.setChecked(!entry.hidden)
				.onClick(() => openItem(entry.key)),
		);
	}
	menu.addSeparator();
	menu.addItem((i) =>
		i
			.setTitle("Show all items")
			.setIcon("eye")
			.setDisabled(model.allItems.every((e) => !e.hidden))
			.onClick(() => host.setState(showAllItems(s))),
	);
	if (s.baseline !== null) {
		menu.addItem((i) =>
			i
				.setTitle("Unpin baseline")
				.setIcon("pin-off")
				.onClick(() => host.setState(setBaseline(s, null))),
		);
	}
	return menu;
}

/** The Sort menu: the criteria items can be sorted by (numbers or dates); choosing the current one flips the direction. */
export function sortMenu(host: MenuHost): Menu {
	const { state: s, model } = host;
	const menu = new Menu();
	menu.addItem((i) => i.setTitle("Sort items by").setIsLabel(true));
	for (const cr of model.criteria) {
		if (cr.sortable === null) continue;
		const current = s.sortBy?.criterion === cr.key;
		menu.addItem((i) =>
			i
				.setTitle(labelOf(cr.name))
				.setIcon(current ? (s.sortBy?.descending ? "arrow-down-wide-narrow" : "arrow-up-narrow-wide") : cr.sortable === "date" ? "calendar" : "hash")
				.setChecked(current)
				.onClick(() => host.setState(toggleSort(s, cr.key))),
		);
	}
	if (s.sortBy !== null) {
		menu.addSeparator();
		menu.addItem((i) =>
			i
				.setTitle("Do not sort")
				.setIcon("x")
				.onClick(() => host.setState(clearSort(s))),
		);
	}
	return menu;
}
