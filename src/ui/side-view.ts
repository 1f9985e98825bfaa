/**
 * Opening one of the plugin's sidebar views the Obsidian way: the existing leaf of that type if
 * there is one, else a new leaf in the right sidebar; revealed, and loaded if it was deferred.
 * Views are found by type each time, never kept.
 */
import type { App, View, WorkspaceLeaf } from "obsidian";

/** The revealed leaf holding a view of `type`, or null when no leaf can be made. */
export async function revealSideLeaf(app: App, type: string): Promise<WorkspaceLeaf | null> {
	const workspace = app.workspace;
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(type)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return null;
		await leaf.setViewState({ type, active: true });
	}
	await workspace.revealLeaf(leaf);
	await leaf.loadIfDeferred();
	return leaf;
}

/** The view of `type` as an instance of `ViewClass` (views may be deferred), or null. */
export async function openSideView<T extends View>(app: App, type: string, ViewClass: abstract new (...args: never[]) => T): Promise<T | null> {
	const leaf = await revealSideLeaf(app, type);
	return leaf && leaf.view instanceof ViewClass ? leaf.view : null;
}
