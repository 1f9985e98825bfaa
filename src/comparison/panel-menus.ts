/**
 * The panel's menus (Obsidian `Menu`, keyboard accessible): Items (a checkbox per item that shows
 * or hides it), an item's menu (show/hide, move, baseline, each entry naming the item), Sort, and
 * More (the tools that do not fit a narrow pane).
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

/** The menu of one item, headed by its name: show or hide, move, pin as baseline, each naming it. */
export function itemMenu(host: MenuHost, key: string): Menu {
	const { comparison: c, state: s, model } = host;
	const entry = model.allItems.find((i) => i.key === key);
	const menu = new Menu();
	if (!entry) return menu;
	const name = labelOf(entry.name);
	const lastVisible = !entry.hidden && model.items.length <= 1;
	menu.addItem((i) => i.setTitle(name).setIsLabel(true));
	menu.addItem((i) =>
		i
			.setTitle(entry.hidden ? `Show ${name}` : `Hide ${name}`)
			.setIcon(entry.hidden ? "eye" : "eye-off")
			.setDisabled(lastVisible)
			.onClick(() => host.setState(toggleItem(c, s, key))),
	);
	const [earlier, later] = host.itemsVertical ? [`Move ${name} up`, `Move ${name} down`] : [`Move ${name} left`, `Move ${name} right`];
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
			.setTitle(pinned ? `Unpin ${name} as baseline` : `Pin ${name} as baseline`)
			.setIcon(pinned ? "pin-off" : "pin")
			.setDisabled(!pinned && entry.hidden)
			.onClick(() => host.setState(setBaseline(s, pinned ? null : key))),
	);
	return menu;
}

/**
 * The Items menu: a checkbox per item, checked when shown; choosing one shows or hides it (the
 * last shown item cannot be hidden). Then "Show all items" and "Unpin baseline".
 */
export function itemsMenu(host: MenuHost): Menu {
	const { comparison: c, state: s, model } = host;
	const menu = new Menu();
	menu.addItem((i) => i.setTitle("Show items").setIsLabel(true));
	for (const entry of model.allItems) {
		const lastVisible = !entry.hidden && model.items.length <= 1;
		menu.addItem((i) =>
			i
				.setTitle(s.baseline === entry.key ? `${labelOf(entry.name)} (baseline)` : labelOf(entry.name))
				.setChecked(!entry.hidden)
				.setDisabled(lastVisible)
				.onClick(() => host.setState(toggleItem(c, s, entry.key))),
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

/** What the More menu runs: the panel's own actions, by their `data-action` name. */
export type RunAction = (action: string) => void;

/** The More menu: the tools and actions a narrow pane hides, with their pressed state as checks. */
export function moreMenu(host: MenuHost, tools: ReadonlyArray<[string, string, string, ((s: PanelState) => boolean) | null]>, actions: ReadonlyArray<[string, string, string]>, run: RunAction): Menu {
	const menu = new Menu();
	const sortable = host.model.criteria.some((cr) => cr.sortable !== null) || host.state.sortBy !== null;
	for (const [action, icon, label, pressed] of tools) {
		menu.addItem((i) => {
			i.setTitle(pressed ? label : `${label}…`).setIcon(icon).onClick(() => run(action));
			if (pressed) i.setChecked(pressed(host.state));
			else i.setDisabled(!sortable);
		});
	}
	menu.addSeparator();
	for (const [action, icon, label] of actions) menu.addItem((i) => i.setTitle(label).setIcon(icon).onClick(() => run(action)));
	return menu;
}
