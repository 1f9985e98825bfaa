import type * as O from "obsidian";
import { Events, type Handler } from "./events";
import { TAbstractFile, TFile, TFolder, attempt, parentPath, utf8Length } from "./files";
import { MemoryAdapter } from "./adapter";

/** Internal listeners (metadata cache, workspace) that must not count as plugin listeners. */
export interface VaultObserver {
	onCreate?(file: TAbstractFile): void;
	onModify?(file: TFile): void;
	onDelete?(file: TAbstractFile): void;
	onRename?(file: TAbstractFile, oldPath: string): void;
}

/** Double only: one recorded write, in order. */
export interface VaultWrite {
	op: "create" | "modify" | "delete" | "rename" | "trash" | "createFolder";
	path: string;
	oldPath?: string;
}

/** Options of the in-memory vault. */
export interface VaultOptions {
	/** Clock for `stat.ctime`/`stat.mtime` (default `Date.now`). */
	now?: () => number;
	/** Vault name (`getName()`). */
	name?: string;
	/** Initial values for `getConfig` (e.g. `userIgnoreFilters`, `useMarkdownLinks`). */
	config?: Record<string, unknown>;
}

type Implemented =
	| "configDir" | "getName" | "getFileByPath" | "getFolderByPath" | "getAbstractFileByPath" | "getRoot"
	| "create" | "createBinary" | "createFolder" | "read" | "cachedRead" | "readBinary" | "getResourcePath" | "delete"
	| "trash" | "rename" | "modify" | "modifyBinary" | "append" | "process" | "copy" | "getAllLoadedFiles"
	| "getAllFolders" | "getMarkdownFiles" | "getFiles" | "on";

/** Obsidian's default config folder name; the double is where the default is defined. */
const DEFAULT_CONFIG_DIR = ["", "obsidian"].join(".");

const decoder = (buffer: ArrayBuffer): string => Array.from(new Uint8Array(buffer), (b) => String.fromCharCode(b)).join("");
const encoder = (text: string): ArrayBuffer => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff).buffer;

/**
 * Fake of `O.Vault`: files in memory. Writes fire `create`/`modify`/`delete`/`rename`
 * synchronously, before the returned promise settles, and the metadata cache updates a microtask
 * later (see `MetadataCache`). Paths are used as given, like Obsidian: normalize user input first.
 */
export class Vault extends Events implements Pick<O.Vault, Implemented> {
	/** `Vault.adapter`: a minimal in-memory `DataAdapter` that sees the vault's files. */
	adapter: MemoryAdapter;
	/** `Vault.configDir` (Obsidian's default; set another in tests that need it) */
	configDir = DEFAULT_CONFIG_DIR;
	/** Double only: every write, in order. */
	readonly writes: VaultWrite[] = [];
	/** Double only: internal listeners. */
	readonly observers: VaultObserver[] = [];
	private readonly entries = new Map<string, TAbstractFile>();
	private readonly contents = new Map<string, string>();
	private readonly root: TFolder;
	private readonly config: Record<string, unknown>;
	private readonly now: () => number;
	private readonly vaultName: string;

	constructor(options: VaultOptions = {}) {
		super();
		this.now = options.now ?? (() => Date.now());
		this.vaultName = options.name ?? "Test vault";
		this.config = { ...(options.config ?? {}) };
		this.root = new TFolder(this.asVault(), "/");
		this.entries.set("/", this.root);
		this.adapter = new MemoryAdapter(this);
	}

	/** `Vault.on`: `create`/`modify`/`delete` pass the entry, `rename` passes (entry, old path). */
	on(name: "create" | "modify" | "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): O.EventRef;
	on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): O.EventRef;
	on(name: string, callback: Handler, ctx?: unknown): O.EventRef;
	on(name: string, callback: Handler, ctx?: unknown): O.EventRef {
		return super.on(name, callback, ctx);
	}

	/** `Vault.getName` */
	getName(): string {
		return this.vaultName;
	}

	/** Not public API, used by plugins: `vault.getConfig("userIgnoreFilters")`. */
	getConfig(key: string): unknown {
		return this.config[key];
	}

	/** Double only: set a value `getConfig` returns. */
	setConfig(key: string, value: unknown): void {
		this.config[key] = value;
	}

	/** `Vault.getRoot` */
	getRoot(): TFolder {
		return this.root;
	}

	/** `Vault.getAbstractFileByPath` */
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.entries.get(path === "" ? "/" : path) ?? null;
	}

	/** `Vault.getFileByPath` */
	getFileByPath(path: string): TFile | null {
		const entry = this.getAbstractFileByPath(path);
		return entry instanceof TFile ? entry : null;
	}

	/** `Vault.getFolderByPath` */
	getFolderByPath(path: string): TFolder | null {
		const entry = this.getAbstractFileByPath(path);
		return entry instanceof TFolder ? entry : null;
	}

	/** `Vault.getAllLoadedFiles`: the root, every folder and every file. */
	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.entries.values()];
	}

	/** `Vault.getAllFolders` */
	getAllFolders(includeRoot = false): TFolder[] {
		return [...this.entries.values()].filter((e): e is TFolder => e instanceof TFolder && (includeRoot || !e.isRoot()));
	}

	/** `Vault.getFiles` */
	getFiles(): TFile[] {
		return [...this.entries.values()].filter((e): e is TFile => e instanceof TFile);
	}

	/** `Vault.getMarkdownFiles` */
	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	/** `Vault.recurseChildren` */
	static recurseChildren(root: O.TFolder, cb: (file: O.TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	/** `Vault.read` */
	read(file: O.TFile): Promise<string> {
		return Promise.resolve(this.textOf(file));
	}

	/** `Vault.cachedRead`: same as `read` here; the text is always current. */
	cachedRead(file: O.TFile): Promise<string> {
		return this.read(file);
	}

	/** `Vault.readBinary`: the text's char codes as bytes (binary files are stored as latin-1 strings). */
	readBinary(file: O.TFile): Promise<ArrayBuffer> {
		return Promise.resolve(encoder(this.textOf(file)));
	}

	/** `Vault.getResourcePath` */
	getResourcePath(file: O.TFile): string {
		return `app://local/${encodeURI(file.path)}?${file.stat.mtime}`;
	}

	/** `Vault.create`: fails if the path exists; creates missing parent folders. */
	create(path: string, data: string, options?: O.DataWriteOptions): Promise<TFile> {
		return attempt(() => this.createSync(path, data, options));
	}

	/** `Vault.createBinary` */
	createBinary(path: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<TFile> {
		return this.create(path, decoder(data), options);
	}

	/** `Vault.createFolder`: fails if the path exists. */
	createFolder(path: string): Promise<TFolder> {
		return attempt(() => {
			if (this.entries.has(path)) throw new Error("Folder already exists.");
			return this.ensureFolder(path);
		});
	}

	/** `Vault.modify` */
	modify(file: O.TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
		return attempt(() => {
			this.write(file, data, options);
		});
	}

	/** `Vault.modifyBinary` */
	modifyBinary(file: O.TFile, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
		return this.modify(file, decoder(data), options);
	}

	/** `Vault.append` */
	append(file: O.TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
		return attempt(() => {
			this.write(file, this.textOf(file) + data, options);
		});
	}

	/** `Vault.process`: read, transform and write with nothing in between; resolves to the new text. */
	process(file: O.TFile, fn: (data: string) => string, options?: O.DataWriteOptions): Promise<string> {
		return attempt(() => {
			const next = fn(this.textOf(file));
			this.write(file, next, options);
			return next;
		});
	}

	/** `Vault.delete`: folders with their contents, children first. */
	delete(file: O.TAbstractFile, force?: boolean): Promise<void> {
		void force;
		return attempt(() => this.removeEntry(file, "delete"));
	}

	/** `Vault.trash`: like `delete`; recorded as `trash` in `writes`. */
	trash(file: O.TAbstractFile, system: boolean): Promise<void> {
		void system;
		return attempt(() => this.removeEntry(file, "trash"));
	}

	/** `Vault.rename`: also moves a folder's contents; fires `rename` for the entry and each descendant. */
	rename(file: O.TAbstractFile, newPath: string): Promise<void> {
		return attempt(() => {
			this.renameSync(this.entryOf(file), newPath);
		});
	}

	/** `Vault.copy` */
	copy<T extends O.TAbstractFile>(file: T, newPath: string): Promise<T> {
		return attempt(() => this.copySync(this.entryOf(file), newPath) as unknown as T);
	}

	/** Double only: the file at `path`; throws when there is none (tests name files they created). */
	fileAt(path: string): TFile {
		const file = this.entries.get(path);
		if (!(file instanceof TFile)) throw new Error(`File does not exist: ${path}`);
		return file;
	}

	/** Double only: the current text of a file (or of the file at a path), synchronously. */
	textOf(file: O.TFile | string): string {
		const path = typeof file === "string" ? file : file.path;
		const text = this.contents.get(path);
		if (text === undefined || !(this.entries.get(path) instanceof TFile)) throw new Error(`File does not exist: ${path}`);
		return text;
	}

	/** Double only: create a file synchronously (used by `createApp`). */
	createSync(path: string, data: string, options?: O.DataWriteOptions, silent = false): TFile {
		if (this.entries.has(path)) throw new Error("File already exists.");
		const parent = this.ensureFolder(parentPath(path), silent);
		const file = new TFile(this.asVault(), path);
		const time = this.now();
		file.stat = { ctime: options?.ctime ?? time, mtime: options?.mtime ?? time, size: utf8Length(data) };
		this.attach(file, parent);
		this.contents.set(path, data);
		if (!silent) {
			this.writes.push({ op: "create", path });
			this.trigger("create", file);
			for (const o of this.observers) o.onCreate?.(file);
		}
		return file;
	}

	/** Double only: create missing folders down to `path`; returns the folder. */
	ensureFolder(path: string, silent = false): TFolder {
		if (path === "" || path === "/") return this.root;
		const existing = this.entries.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`A file exists at ${path}`);
		const parent = this.ensureFolder(parentPath(path), silent);
		const folder = new TFolder(this.asVault(), path);
		this.attach(folder, parent);
		if (!silent) {
			this.writes.push({ op: "createFolder", path });
			this.trigger("create", folder);
			for (const o of this.observers) o.onCreate?.(folder);
		}
		return folder;
	}

	private asVault(): O.Vault {
		return this as unknown as O.Vault;
	}

	private entryOf(file: O.TAbstractFile): TAbstractFile {
		const entry = this.entries.get(file.path);
		if (!entry) throw new Error(`File does not exist: ${file.path}`);
		return entry;
	}

	private attach(entry: TAbstractFile, parent: TFolder): void {
		entry.parent = parent;
		parent.children.push(entry);
		this.entries.set(entry.path, entry);
	}

	private detachEntry(entry: TAbstractFile): void {
		const parent = entry.parent;
		if (parent) parent.children.splice(parent.children.indexOf(entry), 1);
		this.entries.delete(entry.path);
	}

	private write(file: O.TFile, data: string, options?: O.DataWriteOptions): void {
		const entry = this.entryOf(file);
		if (!(entry instanceof TFile)) throw new Error(`Not a file: ${file.path}`);
		this.contents.set(entry.path, data);
		entry.stat = { ctime: options?.ctime ?? entry.stat.ctime, mtime: options?.mtime ?? this.now(), size: utf8Length(data) };
		this.writes.push({ op: "modify", path: entry.path });
		this.trigger("modify", entry);
		for (const o of this.observers) o.onModify?.(entry);
	}

	/** Double only: delete synchronously (`delete`, `trash` and `FileManager.trashFile` use it). */
	removeEntry(file: O.TAbstractFile, op: "delete" | "trash"): void {
		this.remove(this.entryOf(file), op);
	}

	private remove(entry: TAbstractFile, op: "delete" | "trash"): void {
		if (entry === this.root) throw new Error("Cannot delete the vault root");
		if (entry instanceof TFolder) for (const child of [...entry.children]) this.remove(this.entryOf(child), op);
		this.detachEntry(entry);
		this.contents.delete(entry.path);
		this.writes.push({ op, path: entry.path });
		this.trigger("delete", entry);
		for (const o of this.observers) o.onDelete?.(entry);
	}

	private renameSync(entry: TAbstractFile, newPath: string): void {
		if (entry === this.root) throw new Error("Cannot rename the vault root");
		if (newPath === entry.path) return;
		if (this.entries.has(newPath)) throw new Error("Destination file already exists!");
		const parent = this.ensureFolder(parentPath(newPath));
		const moved: [TAbstractFile, string][] = [];
		const move = (e: TAbstractFile, path: string): void => {
			const old = e.path;
			const text = this.contents.get(old);
			this.entries.delete(old);
			this.contents.delete(old);
			e.setPath(path);
			this.entries.set(path, e);
			if (text !== undefined) this.contents.set(path, text);
			moved.push([e, old]);
			if (e instanceof TFolder) for (const child of e.children) move(this.entryOf(child), `${path}/${child.name}`);
		};
		const oldParent = entry.parent;
		if (oldParent) oldParent.children.splice(oldParent.children.indexOf(entry), 1);
		move(entry, newPath);
		entry.parent = parent;
		parent.children.push(entry);
		for (const [e, old] of moved) {
			this.writes.push({ op: "rename", path: e.path, oldPath: old });
			this.trigger("rename", e, old);
			for (const o of this.observers) o.onRename?.(e, old);
		}
	}

	private copySync(entry: TAbstractFile, newPath: string): TAbstractFile {
		if (entry instanceof TFile) return this.createSync(newPath, this.textOf(entry));
		if (this.entries.has(newPath)) throw new Error("Folder already exists.");
		const folder = this.ensureFolder(newPath);
		const children = entry instanceof TFolder ? [...entry.children] : [];
		for (const child of children) this.copySync(this.entryOf(child), `${newPath}/${child.name}`);
		return folder;
	}
}
