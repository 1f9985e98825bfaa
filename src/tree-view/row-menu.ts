/** The context menu of a tree row. */
import type { Menu } from "obsidian";
import type { TreeRow } from "../core/tree";
import type { TopicTreeHost } from "../context";
import { createGhostNote, openNode } from "../ui/navigation";
import { copyLink, goToDefiningLine, revealInExplorer, runWrite, type ParentWrites } from "./actions";

/** What the row menu needs besides the row. */
export interface RowMenuContext {
	host: TopicTreeHost;
	/** Path of the active note, if any. */
	activePath: string | null;
	/** Writes parent links; null hides the editing items. */
	writer: ParentWrites | null;
	/** Pins the tree to a node. */
	pin(id: string): void;
	/** Ids of the notes selected in the tree (Shift-click, Alt-click). */
	selection?: readonly string[];
	/** Opens Compare notes over these ids; absent hides the compare items. */
	compare?: (ids: string[], title: string) => void;
}

/** Adds the row's items to `menu`. */
export function fillRowMenu(menu: Menu, row: TreeRow, ctx: RowMenuContext): void {
	const { host } = ctx;
	const node = host.index.core.graph.getNode(row.id);
	if (!node) return;
	const ghost = node.kind === "ghost";
	if (ghost) {
		menu.addItem((item) =>
			item
				.setSection("open")
				.setTitle("Create note")
				.setIcon("file-plus")
				.onClick(() => void createGhostNote(host, node, false)),
		);
	} else {
		const open = (title: string, icon: string, target: "tab" | "split" | "window"): void => {
			menu.addItem((item) =>
				item
					.setSection("open")
					.setTitle(title)
					.setIcon(icon)
					.onClick(() => void openNode(host, row.id, target)),
			);
		};
		open("Open in new tab", "file-plus", "tab");
		open("Open to the right", "separator-vertical", "split");
		open("Open in new window", "picture-in-picture-2", "window");
		menu.addItem((item) =>
			item
				.setSection("view")
				.setTitle("Reveal in file explorer")
				.setIcon("folder-open")
				.onClick(() => {
					if (node.path) revealInExplorer(host.app, node.path);
				}),
		);
	}
	menu.addItem((item) =>
		item
			.setSection("view")
			.setTitle("Copy link")
			.setIcon("link")
			.onClick(() => void copyLink(host, row.id, ctx.activePath ?? "")),
	);
	menu.addItem((item) =>
		item
			.setSection("view")
			.setTitle("Focus tree here")
			.setIcon("pin")
			.onClick(() => ctx.pin(row.id)),
	);
	addCompareItems(menu, row.id, ctx);
	const parentId = row.parentId;
	if (parentId !== undefined) {
		menu.addItem((item) =>
			item
				.setSection("view")
				.setTitle("Go to defining line")
				.setIcon("text-cursor")
				.onClick(() => void goToDefiningLine(host, row.id, parentId)),
		);
	}
	const writer = ctx.writer;
	if (!writer) return;
	const active = ctx.activePath;
	menu.addItem((item) =>
		item
			.setSection("edit")
			.setTitle("Set as parent of active note")
			.setIcon("corner-left-up")
			.setDisabled(active === null || active === row.id)
			.onClick(() => {
				if (active !== null && active !== row.id) void runWrite(writer.setParent(active, row.id), "The parent link was not added");
			}),
	);
	if (parentId !== undefined && !ghost) {
		menu.addItem((item) =>
			item
				.setSection("edit")
				.setTitle("Remove this parent link")
				.setIcon("unlink")
				.onClick(() => void runWrite(writer.removeParent(row.id, parentId), "The parent link was not removed")),
		);
	}
}

/** "Compare selected notes" (two or more selected) and "Compare children" (two or more note children). */
function addCompareItems(menu: Menu, id: string, ctx: RowMenuContext): void {
	const compare = ctx.compare;
	if (!compare) return;
	const graph = ctx.host.index.core.graph;
	const selection = ctx.selection ?? [];
	if (selection.length >= 2) {
		menu.addItem((item) =>
			item
				.setSection("compare")
				.setTitle("Compare selected notes")
				.setIcon("table-2")
				.onClick(() => compare([...selection], "Compare notes")),
		);
	}
	const children = ctx.host.index.model.children(id).filter((child) => graph.getNode(child)?.kind === "note");
	if (children.length >= 2) {
		const title = graph.getNode(id)?.title ?? id;
		menu.addItem((item) =>
			item
				.setSection("compare")
				.setTitle("Compare children")
				.setIcon("table-2")
				.onClick(() => compare(children, `Children of ${title}`)),
		);
	}
}
