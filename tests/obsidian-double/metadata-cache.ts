import type * as O from "obsidian";
import { Events, type Handler } from "./events";
import { TAbstractFile, TFile, TFolder, parentPath } from "./files";
import { getLinkpath } from "./links";
import { computeMetadata } from "./markdown";
import type { Scheduler } from "./scheduler";
import type { Vault } from "./vault";

/** The link paths the resolver sees: exact paths and names, lower-cased. */
interface FileIndex {
	byPath: Map<string, TFile>;
	byName: Map<string, TFile[]>;
}

function folderOf(path: string): string {
	return parentPath(path);
}

function joinRelative(sourcePath: string, linkpath: string): string {
	const parts = folderOf(sourcePath).split("/").filter((p) => p !== "");
	for (const part of linkpath.split("/")) {
		if (part === "..") parts.pop();
		else if (part !== "." && part !== "") parts.push(part);
	}
	return parts.join("/");
}

type Implemented = "getFirstLinkpathDest" | "getFileCache" | "getCache" | "fileToLinktext" | "resolvedLinks" | "unresolvedLinks" | "on";

/**
 * Fake of `O.MetadataCache`: parses markdown files with the double's block splitter. Vault writes
 * reach it a microtask later, then it fires `changed` (file, text, cache) for each written file,
 * `resolve` (file), and one `resolved`. Deletions fire `deleted` (file, previous cache); renames
 * only move the cache and re-resolve links, like Obsidian (no `changed`).
 */
export class MetadataCache extends Events implements Pick<O.MetadataCache, Implemented> {
	/** `MetadataCache.resolvedLinks`: source path → destination path → count. */
	resolvedLinks: Record<string, Record<string, number>> = {};
	/** `MetadataCache.unresolvedLinks`: source path → link path → count. */
	unresolvedLinks: Record<string, Record<string, number>> = {};
	/** Double only: front matter parse errors by path. */
	readonly frontmatterErrors = new Map<string, unknown>();
	private readonly caches = new Map<string, O.CachedMetadata>();
	private readonly pending = new Set<TFile>();
	private index: FileIndex | null = null;
	private resolveQueued = false;

	constructor(
		private readonly vault: Vault,
		private readonly scheduler: Scheduler,
	) {
		super();
		vault.observers.push({
			onCreate: (file) => this.fileChanged(file),
			onModify: (file) => this.fileChanged(file),
			onDelete: (file) => this.fileDeleted(file),
			onRename: (file, oldPath) => this.fileRenamed(file, oldPath),
		});
	}

	/** `MetadataCache.on` */
	on(name: "changed", callback: (file: TFile, data: string, cache: O.CachedMetadata) => unknown, ctx?: unknown): O.EventRef;
	on(name: "deleted", callback: (file: TFile, prevCache: O.CachedMetadata | null) => unknown, ctx?: unknown): O.EventRef;
	on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): O.EventRef;
	on(name: "resolved", callback: () => unknown, ctx?: unknown): O.EventRef;
	on(name: string, callback: Handler, ctx?: unknown): O.EventRef;
	on(name: string, callback: Handler, ctx?: unknown): O.EventRef {
		return super.on(name, callback, ctx);
	}

	/** Double only: parse every markdown file now and resolve links, without events (start-up). */
	indexAll(): void {
		this.index = null;
		for (const file of this.vault.getMarkdownFiles()) this.parse(file);
		this.resolveLinks();
	}

	/** `MetadataCache.getFileCache`: null for files that are not markdown or not in the vault. */
	getFileCache(file: O.TFile): O.CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	/** `MetadataCache.getCache` */
	getCache(path: string): O.CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/**
	 * `MetadataCache.getFirstLinkpathDest`: case-insensitive; with or without `.md`; `./`, `../`
	 * relative to the source; a path in the source's folder, then a vault path, then a partial path
	 * by suffix; among several suffix matches the source's folder wins, then the shortest path,
	 * then exact case, then alphabetical order.
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		if (linkpath === "") return this.vault.getFileByPath(sourcePath);
		const index = this.fileIndex();
		let lp = linkpath;
		if (lp.startsWith("./") || lp.startsWith("../")) return this.exact(index, joinRelative(sourcePath, lp));
		if (lp.startsWith("/")) return this.exact(index, lp.slice(1));
		const exact = this.exact(index, joinRelative(sourcePath, lp)) ?? this.exact(index, lp);
		if (exact) return exact;
		lp = lp.toLowerCase();
		const name = lp.slice(lp.lastIndexOf("/") + 1);
		const candidates = [...(index.byName.get(name) ?? []), ...(index.byName.get(`${name}.md`) ?? [])].filter((f) => {
			const path = f.path.toLowerCase();
			return [lp, `${lp}.md`].some((want) => path === want || path.endsWith(`/${want}`));
		});
		if (candidates.length === 0) return null;
		const sourceFolder = folderOf(sourcePath);
		const rank = (f: TFile): [number, number, number, string] => [
			folderOf(f.path) === sourceFolder ? 0 : 1,
			f.path.length,
			f.path.includes(linkpath) ? 0 : 1,
			f.path,
		];
		candidates.sort((a, b) => {
			const ra = rank(a);
			const rb = rank(b);
			for (let i = 0; i < 3; i++) if (ra[i] !== rb[i]) return (ra[i] as number) - (rb[i] as number);
			return ra[3] < rb[3] ? -1 : ra[3] > rb[3] ? 1 : 0;
		});
		return candidates[0];
	}

	/**
	 * `MetadataCache.fileToLinktext`: with the vault config `newLinkFormat` "shortest" (default) the
	 * bare name when no other file has that name, else the vault path; "absolute" always the path.
	 */
	fileToLinktext(file: O.TFile, sourcePath: string, omitMdExtension = true): string {
		void sourcePath;
		const omit = omitMdExtension && file.extension === "md";
		const full = omit ? file.path.slice(0, -3) : file.path;
		const short = omit ? file.basename : file.name;
		if (this.vault.getConfig("newLinkFormat") === "absolute") return full;
		const sameName = this.fileIndex().byName.get(file.name.toLowerCase()) ?? [];
		return sameName.length === 1 ? short : full;
	}

	private exact(index: FileIndex, path: string): TFile | null {
		const lower = path.toLowerCase();
		const direct = this.vault.getFileByPath(path) ?? this.vault.getFileByPath(`${path}.md`);
		if (direct) return direct;
		return index.byPath.get(lower) ?? index.byPath.get(`${lower}.md`) ?? null;
	}

	private fileIndex(): FileIndex {
		if (this.index) return this.index;
		const byPath = new Map<string, TFile>();
		const byName = new Map<string, TFile[]>();
		for (const file of this.vault.getFiles()) {
			const lower = file.path.toLowerCase();
			if (!byPath.has(lower)) byPath.set(lower, file);
			const name = file.name.toLowerCase();
			const list = byName.get(name) ?? [];
			list.push(file);
			byName.set(name, list);
		}
		this.index = { byPath, byName };
		return this.index;
	}

	private parse(file: TFile): O.CachedMetadata {
		const parsed = computeMetadata(this.vault.textOf(file));
		this.caches.set(file.path, parsed.cache);
		if (parsed.frontmatterError === undefined) this.frontmatterErrors.delete(file.path);
		else this.frontmatterErrors.set(file.path, parsed.frontmatterError);
		return parsed.cache;
	}

	private resolveLinks(): void {
		const resolved: Record<string, Record<string, number>> = {};
		const unresolved: Record<string, Record<string, number>> = {};
		for (const file of this.vault.getMarkdownFiles()) {
			const cache = this.caches.get(file.path);
			const res: Record<string, number> = {};
			const unres: Record<string, number> = {};
			const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
			for (const ref of refs) {
				const linkpath = getLinkpath(ref.link);
				const dest = this.getFirstLinkpathDest(linkpath, file.path);
				if (dest) res[dest.path] = (res[dest.path] ?? 0) + 1;
				else unres[linkpath] = (unres[linkpath] ?? 0) + 1;
			}
			resolved[file.path] = res;
			unresolved[file.path] = unres;
		}
		this.resolvedLinks = resolved;
		this.unresolvedLinks = unresolved;
	}

	private fileChanged(file: TAbstractFile): void {
		this.index = null;
		if (!(file instanceof TFile)) return;
		if (file.extension === "md") this.pending.add(file);
		this.queueResolve();
	}

	private fileDeleted(file: TAbstractFile): void {
		this.index = null;
		if (file instanceof TFolder) return;
		const prev = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		if (!(file instanceof TFile)) return;
		this.pending.delete(file);
		if (file.extension === "md") this.scheduler.schedule(() => this.trigger("deleted", file, prev));
		this.queueResolve();
	}

	private fileRenamed(file: TAbstractFile, oldPath: string): void {
		this.index = null;
		const cache = this.caches.get(oldPath);
		if (cache) {
			this.caches.delete(oldPath);
			this.caches.set(file.path, cache);
		}
		if (file instanceof TFile && file.extension === "md" && !cache) this.pending.add(file);
		this.queueResolve();
	}

	private queueResolve(): void {
		if (this.resolveQueued) return;
		this.resolveQueued = true;
		this.scheduler.schedule(() => {
			this.resolveQueued = false;
			const changed = [...this.pending].filter((f) => this.vault.getFileByPath(f.path) === f);
			this.pending.clear();
			const caches = changed.map((file) => [file, this.parse(file)] as const);
			for (const [file, cache] of caches) this.trigger("changed", file, this.vault.textOf(file), cache);
			this.resolveLinks();
			for (const [file] of caches) this.trigger("resolve", file);
			this.trigger("resolved");
		});
	}
}
