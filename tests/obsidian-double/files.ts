import type * as O from "obsidian";

/** Fake of `O.TAbstractFile`: a vault entry with its path, name and parent folder. */
export abstract class TAbstractFile implements O.TAbstractFile {
	vault: O.Vault;
	path: string;
	name: string;
	parent: O.TFolder | null = null;

	constructor(vault?: O.Vault, path = "") {
		this.vault = vault as O.Vault;
		this.path = path;
		this.name = path === "/" ? "" : path.slice(path.lastIndexOf("/") + 1);
	}

	/** Double only: set the path and the names derived from it. */
	setPath(path: string): void {
		this.path = path;
		this.name = path === "/" ? "" : path.slice(path.lastIndexOf("/") + 1);
	}
}

/** Fake of `O.TFile`. */
export class TFile extends TAbstractFile implements O.TFile {
	stat: O.FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";

	constructor(vault?: O.Vault, path = "") {
		super(vault, path);
		this.setPath(path);
	}

	/** Double only: set the path and the names derived from it. */
	setPath(path: string): void {
		super.setPath(path);
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

/** Fake of `O.TFolder`. The root folder has path `/` and name `""`. */
export class TFolder extends TAbstractFile implements O.TFolder {
	children: O.TAbstractFile[] = [];

	/** `TFolder.isRoot` */
	isRoot(): boolean {
		return this.path === "/";
	}
}

/** The folder part of a vault path (`""` for top-level entries). */
export function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** Run `fn` and wrap its result or error in a promise (writes happen synchronously, like the app's). */
export function attempt<T>(fn: () => T): Promise<T> {
	try {
		return Promise.resolve(fn());
	} catch (error) {
		return Promise.reject(error instanceof Error ? error : new Error(String(error)));
	}
}

/** Number of UTF-8 bytes in `text` (the file size Obsidian reports). */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}
