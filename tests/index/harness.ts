/** Shared set-up of the live index tests: a double app, a store, a loaded index, and waiting helpers. */
import * as fs from "fs";
import * as path from "path";
import type { IndexStatus } from "../../src/context";
import { LiveIndex, type IndexDeps } from "../../src/index/live-index";
import { PluginStore } from "../../src/settings/store";
import type { PluginData } from "../../src/settings/settings";
import { createApp, obsidianApp, type App, type CreateAppOptions, type InitialFile } from "../obsidian-double";

export interface Harness {
	app: App;
	store: PluginStore;
	index: LiveIndex;
	/** Every `updated` payload, in order (sets copied). */
	updates: (Set<string> | null)[];
	statuses: IndexStatus[];
	/** Number of `read` calls the index made. */
	reads: () => number;
}

/** Resolves when the index reports `ready` (at once if it already is). */
export function untilReady(index: LiveIndex): Promise<void> {
	if (index.status.state === "ready") return Promise.resolve();
	return new Promise((resolve) => {
		const ref = index.on("status", (status) => {
			if (status.state !== "ready") return;
			index.offref(ref);
			resolve();
		});
	});
}

/** Build an app over `files`, load a live index on it and wait for the first full index. */
export async function startIndex(
	files: Record<string, InitialFile>,
	options: { data?: Partial<Record<keyof PluginData, unknown>>; app?: CreateAppOptions; deps?: Partial<IndexDeps>; ready?: boolean } = {},
): Promise<Harness> {
	const app = createApp(files, options.app);
	const store = new PluginStore(() => Promise.resolve(options.data), () => Promise.resolve(), 10);
	await store.reload();
	let reads = 0;
	const index = new LiveIndex(obsidianApp(app), store, {
		quietMs: 5,
		maxWaitMs: 20,
		read: (file) => {
			reads++;
			return app.vault.cachedRead(file);
		},
		...options.deps,
	});
	const updates: (Set<string> | null)[] = [];
	const statuses: IndexStatus[] = [];
	index.on("updated", (changed) => updates.push(changed ? new Set(changed) : null));
	index.on("status", (status) => statuses.push({ ...status }));
	index.load();
	if (options.ready !== false) {
		await app.layoutReady();
		await untilReady(index);
	}
	return { app, store, index, updates, statuses, reads: () => reads };
}

/** Let the app deliver its metadata events, then apply what the index queued. */
export async function settle(h: Harness): Promise<void> {
	await h.app.flush();
	await h.index.flush();
}

/** Parents of a node as ids, sorted. */
export function parentsOf(index: LiveIndex, id: string): string[] {
	return index.core.graph
		.parentsOf(id)
		.map((edge) => edge.parent)
		.sort();
}

/** Every edge as `child -> parent`, sorted. */
export function edgeList(index: { core: { graph: { edges(): { child: string; parent: string }[] } } }): string[] {
	return index.core.graph
		.edges()
		.map((edge) => `${edge.child} -> ${edge.parent}`)
		.sort();
}

/** The double's file at `path` (throws when missing). */
export function fileAt(app: App, path: string): ReturnType<App["vault"]["getFileByPath"]> & object {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return file;
}

/** The markdown files of a folder on disk (dot-folders skipped), by vault path. */
export function readMarkdown(root: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith(".md")) files[path.relative(root, full).split(path.sep).join("/")] = fs.readFileSync(full, "utf8");
		}
	};
	walk(root);
	return files;
}

/** The double's markdown files and their texts, by path as the vault holds it. */
export function filesOf(app: App): Record<string, string> {
	const files: Record<string, string> = {};
	for (const file of app.vault.getMarkdownFiles()) files[file.path] = app.vault.textOf(file);
	return files;
}
