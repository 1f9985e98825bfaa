/**
 * The live index: Obsidian's vault and metadata events fed into the core's `TopicIndex`, and the
 * tree model over its graph. Indexes the whole vault when the layout is ready, reading and
 * parsing in time-boxed chunks, then loading the notes through the core's bulk path in steps of
 * the same budget; then applies changes in coalesced batches and tells the views which nodes they
 * touched.
 */
import { Component, Events, parseYaml, TFile, type App, type EventRef } from "obsidian";
import type { IndexSource, IndexStatus, DataStore } from "../context";
import { locateFrontmatter, type YamlParser } from "../core/frontmatter";
import { GHOST_PREFIX, ghostKey, hasNonAscii } from "../core/links";
import type { GivenFrontmatter } from "../core/note";
import { basenameOf } from "../core/properties";
import { notePath, TopicIndex } from "../core/topic-index";
import { TreeModel, type TreeOptions } from "../core/tree";
import { parseSettingsOf, type TopicTreeSettings } from "../settings/settings";
import { Coalescer, windowTimers, type Timers } from "./coalescer";
import { compileExclusion, type Exclusion } from "./exclusion";
import { needsReindex, treeOptionsOf } from "./options";
import { readTemplateFolders } from "../config/vault-files";

/** The Obsidian-bound functions the index uses; tests swap them. */
export interface IndexDeps {
	/** Resolve a link path as Obsidian does: `metadataCache.getFirstLinkpathDest`. */
	resolve(linkpath: string, sourcePath: string): string | null;
	/** Parsed front matter of a file: its properties, null when it has none, undefined when the cache has not read the file yet. */
	frontmatterOf(file: TFile): Record<string, unknown> | null | undefined;
	/** Reads front matter the cache has not parsed yet: Obsidian's `parseYaml` (throws on invalid YAML). */
	parseYaml: YamlParser;
	/** A file's text: `vault.cachedRead`. */
	read(file: TFile): Promise<string>;
	/** Run `fn` soon, letting the app paint in between (chunked indexing). */
	schedule(fn: () => void): void;
	/** A monotonic clock in milliseconds, for the chunk budget. */
	now(): number;
	/** Obsidian's "Excluded files" (`vault.getConfig("userIgnoreFilters")`). */
	ignoreFilters(): unknown;
	/** The template folders (core Templates, Templater), read from their settings files. */
	templateFolders(): Promise<string[]>;
	/** The tags Obsidian's cache found in a note's body (without front matter ones), undefined when the cache has not read it. */
	tagsOf(file: TFile): string[] | undefined;
	/** Timers of the change coalescer. */
	timers: Timers;
	/** Quiet time before queued changes are applied. */
	quietMs: number;
	/** Longest wait for queued changes under a continuous burst of events. */
	maxWaitMs: number;
	/** How long one indexing chunk may run before yielding. */
	chunkBudgetMs: number;
}

/** A queued change of one note: new content (text known or to be read) or removal. */
type Pending = { kind: "update"; file: TFile; text?: string; frontmatter?: Record<string, unknown> | null; tags?: string[] } | { kind: "remove" };

/** How many file reads run ahead of parsing during a full index. */
const READ_AHEAD = 32;

/** The vault's `getConfig`, which Obsidian has but does not declare. */
interface ConfigReader {
	getConfig?(key: string): unknown;
}

function defaultDeps(app: App): IndexDeps {
	return {
		resolve: (linkpath, sourcePath) => app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null,
		frontmatterOf: (file) => {
			const cache = app.metadataCache.getFileCache(file);
			return cache ? (cache.frontmatter ?? null) : undefined;
		},
		parseYaml,
		read: (file) => app.vault.cachedRead(file),
		schedule: (fn) => {
			window.setTimeout(fn, 0);
		},
		now: () => performance.now(),
		ignoreFilters: () => (app.vault as unknown as ConfigReader).getConfig?.("userIgnoreFilters"),
		templateFolders: () => readTemplateFolders(app),
		tagsOf: (file) => {
			const cache = app.metadataCache.getFileCache(file);
			return cache ? (cache.tags ?? []).map((t) => t.tag) : undefined;
		},
		timers: windowTimers,
		quietMs: 100,
		maxWaitMs: 500,
		chunkBudgetMs: 40,
	};
}

/** The vault as a live topic index: a component fed by Obsidian's events (see the file comment). */
export class LiveIndex extends Component implements IndexSource {
	readonly core: TopicIndex;
	private readonly tree: TreeModel;
	private readonly deps: IndexDeps;
	private readonly events = new Events();
	private readonly pending = new Map<string, Pending>();
	/** Ids touched by changes applied since the last `updated` event. */
	private readonly touched = new Set<string>();
	/** Basenames of files created, renamed (old and new name) or deleted since the last `resolved` event: links by these names are resolved again then. */
	private readonly newNames = new Set<string>();
	private readonly coalescer: Coalescer;
	private exclusion: Exclusion;
	/** Template folders last read (left out while the setting is on). */
	private templates: string[] = [];
	private generation = 0;
	private layoutReady = false;
	private active = false;
	private flushing: Promise<void> | null = null;
	private syncedOptions: TreeOptions;
	private currentStatus: IndexStatus = { state: "waiting", done: 0, total: 0 };

	constructor(
		private readonly app: App,
		private readonly store: DataStore,
		deps?: Partial<IndexDeps>,
	) {
		super();
		this.deps = { ...defaultDeps(app), ...deps };
		this.core = new TopicIndex(parseSettingsOf(store.data.settings), {
			resolve: (linkpath, sourcePath) => {
				const path = this.deps.resolve(linkpath, sourcePath) ?? resolveOtherForm(this.deps, linkpath, sourcePath);
				return path === null ? null : notePath(path);
			},
		});
		this.syncedOptions = treeOptionsOf(store.data);
		this.tree = new TreeModel(this.core.graph, this.syncedOptions);
		this.exclusion = this.compileExclusion();
		this.coalescer = new Coalescer(() => void this.flush(), this.deps.quietMs, this.deps.maxWaitMs, this.deps.timers);
	}

	/** The tree model; its sort and ghost options follow the saved view state and settings. */
	get model(): TreeModel {
		this.syncOptions();
		return this.tree;
	}

	get status(): IndexStatus {
		return this.currentStatus;
	}

	on(name: "updated", callback: (changed: ReadonlySet<string> | null) => void): EventRef;
	on(name: "status", callback: (status: IndexStatus) => void): EventRef;
	on(name: "updated" | "status", callback: (arg: never) => void): EventRef {
		return this.events.on(name, callback as (...data: unknown[]) => unknown);
	}

	offref(ref: EventRef): void {
		this.events.offref(ref);
	}

	onload(): void {
		this.active = true;
		const { vault, metadataCache, workspace } = this.app;
		this.registerEvent(
			metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache.frontmatter ?? null, (cache.tags ?? []).map((t) => t.tag))),
		);
		this.registerEvent(vault.on("create", (file) => this.onCreate(file)));
		this.registerEvent(vault.on("delete", (file) => this.onDelete(file.path)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
		this.registerEvent(metadataCache.on("resolved", () => this.onResolved()));
		this.registerEvent(this.store.on("settings", (settings, previous) => this.onSettings(settings, previous)));
		workspace.onLayoutReady(() => {
			if (!this.active) return;
			this.layoutReady = true;
			void this.rebuild();
		});
	}

	onunload(): void {
		this.active = false;
		this.generation++;
		this.coalescer.cancel();
		this.pending.clear();
		this.touched.clear();
		this.newNames.clear();
	}

	/** Throw everything away and index the vault again, in chunks; a newer rebuild cancels this one. */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		if (this.store.data.settings.leaveOutTemplateFolders) {
			// A re-index: changes arriving while the folders are read wait for it, as during indexing.
			if (this.currentStatus.state === "ready") this.setStatus({ state: "indexing", done: 0, total: this.currentStatus.total });
			const folders = await this.deps.templateFolders().catch(() => []);
			if (generation !== this.generation) return;
			this.templates = folders;
		}
		this.exclusion = this.compileExclusion();
		this.core.setSettings(parseSettingsOf(this.store.data.settings));
		this.touched.clear();
		this.newNames.clear();

		// Every step below runs in chunks of the budget; changes arriving meanwhile wait in `pending` until the index is ready.
		let chunkStart = this.deps.now();
		let total = 0;
		const overBudget = (): boolean => this.deps.now() - chunkStart >= this.deps.chunkBudgetMs;
		const yieldToApp = async (done: number): Promise<boolean> => {
			this.setStatus({ state: "indexing", done, total });
			await new Promise<void>((resolve) => this.deps.schedule(resolve));
			chunkStart = this.deps.now();
			return generation === this.generation;
		};

		// The notes to index (in Obsidian's order: the core sorts them in its steps).
		const all = this.app.vault.getMarkdownFiles();
		total = all.length;
		const files: TFile[] = [];
		for (let i = 0; i < all.length; i++) {
			if (!this.exclusion.excludes(notePath(all[i].path))) files.push(all[i]);
			if (overBudget() && !(await yieldToApp(0))) return;
		}
		total = files.length;
		const load = this.core.beginAll();
		this.setStatus({ state: "indexing", done: 0, total });

		const reads = new Map<number, Promise<string | null>>();
		const readAt = (k: number): void => {
			if (k < total) reads.set(k, this.readOrNull(files[k]));
		};
		for (let k = 0; k < READ_AHEAD; k++) readAt(k);

		// Read and parse.
		for (let i = 0; i < total; i++) {
			const file = files[i];
			const text = await reads.get(i);
			reads.delete(i);
			readAt(i + READ_AHEAD);
			if (generation !== this.generation) return;
			if (typeof text === "string" && this.isIndexable(file) && this.exists(file)) {
				load.add({ path: file.path, text, stat: statOf(file), frontmatter: this.given(this.deps.frontmatterOf(file), text, this.deps.tagsOf(file)) });
			}
			if (overBudget() && i + 1 < total && !(await yieldToApp(i + 1))) return;
		}
		// Then link them all at once (every path is known before any link is resolved), in steps within the same budget.
		while (!load.finishSome(() => !overBudget())) if (!(await yieldToApp(total))) return;
		// Links were resolved by Obsidian's current lookup against the notes read: by the name of a
		// note created, renamed or deleted meanwhile (a note read, deleted, then created again at its
		// path), they may have missed it. The names stay for Obsidian's next `resolved` event.
		for (const name of this.newNames) this.core.graph.reresolveName(name);
		this.syncOptions(true);
		this.setStatus({ state: "ready", done: total, total });
		this.events.trigger("updated", null);
		if (this.pending.size > 0) await this.flush();
		this.warmFilter(generation);
	}

	/** A file's text, or null when it cannot be read (gone since it was listed). */
	private async readOrNull(file: TFile): Promise<string | null> {
		try {
			return await this.deps.read(file);
		} catch {
			return null;
		}
	}

	/**
	 * Warms the filter in budgeted slices after indexing (every node's record, every parent's
	 * order of children: `TreeModel.prepareFilterSome`), so that keystrokes walk cached orders.
	 * A keystroke before it is done still works: it makes only what it shows.
	 */
	private warmFilter(generation: number): void {
		if (generation !== this.generation) return;
		const start = this.deps.now();
		const done = this.model.prepareFilterSome(() => this.deps.now() - start < this.deps.chunkBudgetMs);
		if (!done) this.deps.schedule(() => this.warmFilter(generation));
	}

	/** Apply queued changes now and fire one `updated` event with the ids they touched. */
	async flush(): Promise<void> {
		this.coalescer.cancel();
		while (this.flushing) await this.flushing;
		if (this.currentStatus.state !== "ready" || !this.active) return;
		this.flushing = this.applyPending();
		try {
			await this.flushing;
		} finally {
			this.flushing = null;
		}
		if (this.touched.size === 0) return;
		const changed: ReadonlySet<string> = new Set(this.touched);
		this.touched.clear();
		this.events.trigger("updated", changed);
	}

	private async applyPending(): Promise<void> {
		const generation = this.generation;
		while (this.pending.size > 0) {
			const batch = [...this.pending];
			this.pending.clear();
			for (const [path, change] of batch) {
				if (generation !== this.generation) return;
				if (this.pending.has(path)) continue;
				if (change.kind === "remove") {
					this.removeNote(path);
					continue;
				}
				const file = change.file;
				if (file.path !== path || !this.isIndexable(file) || !this.exists(file)) continue;
				let text = change.text;
				let frontmatter = change.frontmatter;
				let tags = change.tags;
				if (text === undefined) {
					text = (await this.deps.read(file).catch(() => undefined)) ?? undefined;
					if (text === undefined || generation !== this.generation || this.pending.has(path)) continue;
					if (file.path !== path || !this.isIndexable(file) || !this.exists(file)) continue;
					frontmatter = this.deps.frontmatterOf(file);
					tags = this.deps.tagsOf(file);
				}
				this.touchAround(path);
				this.core.update({ path, text, stat: statOf(file), frontmatter: this.given(frontmatter, text, tags) });
				this.touchAround(path);
			}
		}
	}

	private onChanged(file: TFile, text: string, frontmatter: Record<string, unknown> | null, tags: string[]): void {
		if (!this.accepting() || !(file instanceof TFile)) return;
		if (!this.isIndexable(file) || !this.exists(file)) return;
		this.queue(file.path, { kind: "update", file, text, frontmatter, tags });
	}

	private onCreate(file: unknown): void {
		if (!this.layoutReady || !this.accepting() || !(file instanceof TFile)) return;
		if (!this.isIndexable(file) || !this.exists(file)) return;
		this.newNames.add(basenameOf(file.path));
		const existing = this.pending.get(file.path);
		if (existing?.kind === "update" && existing.text !== undefined) return;
		this.queue(file.path, { kind: "update", file });
	}

	private onDelete(path: string): void {
		// A late event after a new file took the path: the new file stays.
		if (!this.accepting() || this.app.vault.getAbstractFileByPath(path) !== null) return;
		// Links may have been resolved to the file before it was indexed, then fell back to ghosts.
		this.newNames.add(basenameOf(path));
		const known = this.currentStatus.state !== "ready" || this.core.graph.has(notePath(path)) || this.pending.has(path);
		if (known) this.queue(path, { kind: "remove" });
	}

	private onRename(file: unknown, oldPath: string): void {
		if (!this.accepting() || !(file instanceof TFile)) return;
		if (!this.exists(file)) {
			// A late event for a file already gone: only its old path may still be in the index.
			this.onDelete(oldPath);
			return;
		}
		const newPath = file.path;
		const moved = this.pending.get(oldPath);
		this.pending.delete(oldPath);
		this.pending.delete(newPath);
		const indexable = this.isIndexable(file);
		if (indexable) this.newNames.add(basenameOf(newPath));
		const held = this.core.graph.has(notePath(oldPath));
		// Links by the old name (the moved note's own among them) were resolved while the old name
		// still named this file, in Obsidian's lookup or as a note not indexed yet: look at them
		// again once Obsidian has resolved the vault anew.
		this.newNames.add(basenameOf(oldPath));
		if (this.currentStatus.state === "ready" && held && indexable) {
			for (const path of [oldPath, newPath]) this.touchAround(notePath(path));
			this.core.rename(oldPath, newPath);
			this.touchAround(notePath(newPath));
			if (moved?.kind === "update") this.pending.set(newPath, { ...moved, file });
			this.coalescer.request();
			return;
		}
		if (held || this.currentStatus.state !== "ready") this.queue(oldPath, { kind: "remove" });
		if (indexable) this.queue(newPath, moved?.kind === "update" ? { ...moved, file } : { kind: "update", file });
	}

	/** Obsidian re-resolved links: notes created or renamed since may turn ghosts into notes. */
	private onResolved(): void {
		if (this.currentStatus.state !== "ready" || this.newNames.size === 0) return;
		const graph = this.core.graph;
		const before = graph.version;
		for (const name of this.newNames) {
			this.touchGhost(name);
			graph.reresolveName(name);
			// A ghost the re-resolved links now point to (a renamed note's old name) changed too.
			this.touchGhost(name);
		}
		this.newNames.clear();
		if (graph.version !== before) this.coalescer.request();
	}

	private onSettings(settings: TopicTreeSettings, previous: TopicTreeSettings): void {
		if (needsReindex(settings, previous)) {
			this.pending.clear();
			void this.rebuild();
			return;
		}
		if (this.syncOptions()) this.events.trigger("updated", null);
	}

	private queue(path: string, change: Pending): void {
		this.pending.set(path, change);
		if (this.currentStatus.state === "ready") this.coalescer.request();
	}

	private removeNote(path: string): void {
		const id = notePath(path);
		if (!this.core.graph.has(id)) return;
		this.touchAround(id);
		this.core.remove(path);
		this.touchAround(id);
	}

	/** Events count once indexing has started; before that the full index reads the current state anyway. */
	private accepting(): boolean {
		return this.active && this.currentStatus.state !== "waiting";
	}

	private isIndexable(file: TFile): boolean {
		return file.extension === "md" && !this.exclusion.excludes(notePath(file.path));
	}

	/** Whether the file is still in the vault at its path (events may arrive for files already gone). */
	private exists(file: TFile): boolean {
		return this.app.vault.getAbstractFileByPath(file.path) === file;
	}

	/**
	 * The cache's front matter, or Obsidian's parser to read it with: when the cache has not read
	 * the note yet, and when the cache found no properties although the note opens with a front
	 * matter block (invalid YAML, a `---js` block), so the core reports the problem as the
	 * command-line tool does.
	 */
	private given(frontmatter: Record<string, unknown> | null | undefined, text: string, tags: string[] | undefined): GivenFrontmatter {
		if (frontmatter === undefined || (frontmatter === null && locateFrontmatter(text).present)) return { parseYaml: this.deps.parseYaml };
		return tags === undefined ? { data: frontmatter } : { data: frontmatter, tags };
	}

	/** Remember a node, its parents and its children (and the ghosts a new note at this path replaces). */
	private touchAround(id: string): void {
		const graph = this.core.graph;
		this.touched.add(id);
		for (const edge of graph.parentsOf(id)) this.touched.add(edge.parent);
		for (const edge of graph.childrenOf(id)) this.touched.add(edge.child);
		if (!graph.has(id)) {
			this.touchGhost(basenameOf(id));
			this.touchGhost(id);
		}
	}

	private touchGhost(name: string): void {
		const ghost = GHOST_PREFIX + ghostKey(name);
		if (!this.core.graph.getNode(ghost)) return;
		this.touched.add(ghost);
		for (const edge of this.core.graph.childrenOf(ghost)) this.touched.add(edge.child);
	}

	/** Bring the model's options in line with the store; `force` reapplies them all. Returns whether anything changed. */
	private syncOptions(force = false): boolean {
		const next = treeOptionsOf(this.store.data);
		const last = this.syncedOptions;
		const changed = next.sort !== last.sort || next.descending !== last.descending || next.showGhosts !== last.showGhosts || next.unlinked !== last.unlinked;
		if (!changed && !force) return false;
		this.syncedOptions = next;
		this.tree.setOptions(next);
		// A new sort or ghost setting drops the orders the warm-up made: made again at idle time.
		if (changed && this.currentStatus.state === "ready") {
			const generation = this.generation;
			this.deps.schedule(() => this.warmFilter(generation));
		}
		return changed;
	}

	private compileExclusion(): Exclusion {
		const settings = this.store.data.settings;
		const paths = settings.leaveOutTemplateFolders ? [...settings.excludedPaths, ...this.templates] : settings.excludedPaths;
		return compileExclusion(this.deps.ignoreFilters(), paths);
	}

	private setStatus(status: IndexStatus): void {
		this.currentStatus = status;
		this.events.trigger("status", status);
	}
}

/**
 * Obsidian looks a link up as it is written, so a name typed composed (`Ünï`) misses a file whose
 * name is decomposed (as macOS writes names), and the other way round, where the core and the
 * command take them as one name (every id is the composed path). Tried only for a link Obsidian
 * did not resolve, outside ASCII.
 */
export function resolveOtherForm(deps: Pick<IndexDeps, "resolve">, linkpath: string, sourcePath: string): string | null {
	if (!hasNonAscii(linkpath)) return null;
	for (const form of ["NFC", "NFD"]) {
		const other = linkpath.normalize(form);
		if (other === linkpath) continue;
		const path = deps.resolve(other, sourcePath);
		if (path !== null) return path;
	}
	return null;
}

function statOf(file: TFile): { mtime: number; ctime: number } {
	return { mtime: file.stat.mtime, ctime: file.stat.ctime };
}
