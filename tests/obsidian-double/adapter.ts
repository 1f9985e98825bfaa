import type * as O from "obsidian";
import { TFile, TFolder, attempt } from "./files";

/** The vault methods the adapter reads through. */
interface VaultLike {
	getAbstractFileByPath(path: string): unknown;
	textOf(path: string): string;
	getRoot(): TFolder;
}

type Implemented = "getName" | "exists" | "stat" | "list" | "read" | "write" | "remove" | "mkdir" | "getResourcePath" | "append" | "process";

/**
 * Fake of `O.DataAdapter`, minimal: vault files are visible read-only; other paths (the config
 * folder, plugin files) live in a separate in-memory store written with `write`.
 */
export class MemoryAdapter implements Pick<O.DataAdapter, Implemented> {
	/** Double only: files outside the vault index (e.g. `.obsidian/...`). */
	readonly store = new Map<string, string>();
	private readonly folders = new Set<string>();

	constructor(private readonly vault: VaultLike) {}

	/** `DataAdapter.getName` */
	getName(): string {
		return "memory";
	}

	/** `DataAdapter.exists` */
	exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
		void sensitive;
		return Promise.resolve(this.vault.getAbstractFileByPath(normalizedPath) !== null || this.store.has(normalizedPath) || this.folders.has(normalizedPath));
	}

	/** `DataAdapter.stat` */
	stat(normalizedPath: string): Promise<O.Stat | null> {
		const entry = this.vault.getAbstractFileByPath(normalizedPath);
		if (entry instanceof TFile) return Promise.resolve({ type: "file", ...entry.stat });
		if (entry instanceof TFolder || this.folders.has(normalizedPath)) return Promise.resolve({ type: "folder", ctime: 0, mtime: 0, size: 0 });
		const text = this.store.get(normalizedPath);
		return Promise.resolve(text === undefined ? null : { type: "file", ctime: 0, mtime: 0, size: text.length });
	}

	/** `DataAdapter.list`: direct children. */
	list(normalizedPath: string): Promise<O.ListedFiles> {
		const entry = this.vault.getAbstractFileByPath(normalizedPath);
		const files: string[] = [];
		const folders: string[] = [];
		if (entry instanceof TFolder) for (const child of entry.children) (child instanceof TFolder ? folders : files).push(child.path);
		const prefix = normalizedPath === "/" ? "" : `${normalizedPath}/`;
		for (const path of this.store.keys()) if (path.startsWith(prefix) && !path.slice(prefix.length).includes("/")) files.push(path);
		return Promise.resolve({ files, folders });
	}

	/** `DataAdapter.read` */
	read(normalizedPath: string): Promise<string> {
		const stored = this.store.get(normalizedPath);
		if (stored !== undefined) return Promise.resolve(stored);
		return attempt(() => this.vault.textOf(normalizedPath));
	}

	/** `DataAdapter.write`: only outside the vault index (the double does not watch the disk). */
	write(normalizedPath: string, data: string): Promise<void> {
		if (this.vault.getAbstractFileByPath(normalizedPath)) return Promise.reject(new Error("The double's adapter cannot write indexed vault files; use Vault.modify"));
		this.store.set(normalizedPath, data);
		return Promise.resolve();
	}

	/** `DataAdapter.append` */
	async append(normalizedPath: string, data: string): Promise<void> {
		await this.write(normalizedPath, (this.store.get(normalizedPath) ?? "") + data);
	}

	/** `DataAdapter.process` */
	async process(normalizedPath: string, fn: (data: string) => string): Promise<string> {
		const next = fn(this.store.get(normalizedPath) ?? "");
		await this.write(normalizedPath, next);
		return next;
	}

	/** `DataAdapter.remove` */
	remove(normalizedPath: string): Promise<void> {
		this.store.delete(normalizedPath);
		return Promise.resolve();
	}

	/** `DataAdapter.mkdir` */
	mkdir(normalizedPath: string): Promise<void> {
		this.folders.add(normalizedPath);
		return Promise.resolve();
	}

	/** `DataAdapter.getResourcePath` */
	getResourcePath(normalizedPath: string): string {
		return `app://local/${encodeURI(normalizedPath)}`;
	}
}
