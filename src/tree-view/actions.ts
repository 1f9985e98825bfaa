/** Actions on one node that the row menu, the keyboard and drag and drop share. */
import { Notice, TFile, type App } from "obsidian";
import type { TopicTreeHost } from "../context";
import { openPath } from "../ui/navigation";

/** The part of `ParentWriter` (src/writes/parent-writer.ts) the tree uses; each call resolves to whether the note changed. */
export interface ParentWrites {
	setParent(childPath: string, parentId: string): Promise<boolean>;
	removeParent(childPath: string, parentId: string): Promise<boolean>;
	reparent(childPath: string, fromParentId: string, toParentId: string): Promise<boolean>;
}

/** Display title of a node (its id when unknown). */
export function titleOf(host: TopicTreeHost, id: string): string {
	return host.index.core.graph.getNode(id)?.title ?? id;
}

/** The `[[link]]` to a node as Obsidian would write it from `sourcePath` (ghosts: `[[Title]]`). */
export function linkTo(host: TopicTreeHost, id: string, sourcePath: string): string | null {
	const node = host.index.core.graph.getNode(id);
	if (!node) return null;
	if (node.kind === "ghost" || !node.path) return `[[${node.title}]]`;
	const file = host.app.vault.getFileByPath(node.path);
	if (!(file instanceof TFile)) return `[[${node.title}]]`;
	return host.app.fileManager.generateMarkdownLink(file, sourcePath);
}

/** Copies the link to a node to the clipboard; resolves to the text copied, or null. */
export async function copyLink(host: TopicTreeHost, id: string, sourcePath: string): Promise<string | null> {
	const link = linkTo(host, id, sourcePath);
	if (link === null) return null;
	try {
		await navigator.clipboard.writeText(link);
		new Notice("Link copied");
		return link;
	} catch {
		new Notice("Could not copy the link");
		return null;
	}
}

/** The file explorer's `revealInFolder`, when the core plugin is enabled and exposes it. */
interface RevealingView {
	revealInFolder?: (file: TFile) => void;
}

/** Shows a note in Obsidian's file explorer; false when the explorer is unavailable. */
export function revealInExplorer(app: App, path: string): boolean {
	const file = app.vault.getFileByPath(path);
	const leaf = app.workspace.getLeavesOfType("file-explorer")[0];
	const view = leaf?.view as RevealingView | undefined;
	if (!(file instanceof TFile) || !leaf || typeof view?.revealInFolder !== "function") return false;
	void app.workspace.revealLeaf(leaf);
	view.revealInFolder(file);
	return true;
}

/** Opens the note that declares the `child` → `parent` link at the declaring line. */
export async function goToDefiningLine(host: TopicTreeHost, child: string, parent: string): Promise<boolean> {
	const edge = host.index.core.graph.parentsOf(child).find((e) => e.parent === parent);
	if (!edge) return false;
	await openPath(host.app, edge.declaredIn, false, edge.line);
	return true;
}

/** True when `ancestor` is `id` or above it in the hierarchy (dropping `ancestor` onto `id` would make a cycle). */
export function isAncestorOrSelf(host: TopicTreeHost, ancestor: string, id: string): boolean {
	const graph = host.index.core.graph;
	const seen = new Set<string>([id]);
	const stack = [id];
	while (stack.length > 0) {
		const current = stack.pop() as string;
		if (current === ancestor) return true;
		for (const edge of graph.parentsOf(current)) {
			if (!seen.has(edge.parent)) {
				seen.add(edge.parent);
				stack.push(edge.parent);
			}
		}
	}
	return false;
}

/** Runs a parent write; the writer explains refusals itself, an unexpected error is reported here. */
export async function runWrite(write: Promise<boolean>, failure: string): Promise<boolean> {
	try {
		return await write;
	} catch (error) {
		new Notice(`${failure}: ${error instanceof Error ? error.message : String(error)}`);
		return false;
	}
}
