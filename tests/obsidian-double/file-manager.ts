import type * as O from "obsidian";
import { TFile, TFolder, attempt } from "./files";
import { getLinkpath } from "./links";
import type { MetadataCache } from "./metadata-cache";
import type { Vault } from "./vault";
import { getFrontMatterInfo, parseYaml, stringifyYaml } from "./yaml";

type Implemented = "getNewFileParent" | "renameFile" | "trashFile" | "generateMarkdownLink" | "processFrontMatter" | "getAvailablePathForAttachment";

/** Options of the file manager double. */
export interface FileManagerOptions {
	/** Rewrite links to a renamed file in other notes, like Obsidian's default "Automatically update internal links". */
	updateLinksOnRename?: boolean;
}

/**
 * Fake of `O.FileManager`. `processFrontMatter` rewrites only the YAML block and keeps the body
 * byte for byte; `renameFile` updates wiki and markdown links that pointed at the file.
 */
export class FileManager implements Pick<O.FileManager, Implemented> {
	/** Double only: whether `renameFile` rewrites links. */
	updateLinksOnRename: boolean;

	constructor(
		private readonly vault: Vault,
		private readonly metadataCache: MetadataCache,
		options: FileManagerOptions = {},
	) {
		this.updateLinksOnRename = options.updateLinksOnRename ?? true;
	}

	/** `FileManager.getNewFileParent`: the vault's `newFileLocation` config ("root", "current", "folder"). */
	getNewFileParent(sourcePath: string, newFilePath?: string): TFolder {
		void newFilePath;
		const location = this.vault.getConfig("newFileLocation");
		if (location === "current") {
			const source = this.vault.getAbstractFileByPath(sourcePath);
			if (source?.parent instanceof TFolder) return source.parent;
		}
		if (location === "folder") {
			const configured = this.vault.getConfig("newFileFolderPath");
			const folder = this.vault.getFolderByPath(typeof configured === "string" ? configured : "");
			if (folder) return folder;
		}
		return this.vault.getRoot();
	}

	/** `FileManager.renameFile`: renames, then rewrites links in notes that resolved to the file. */
	async renameFile(file: O.TAbstractFile, newPath: string): Promise<void> {
		const entry = this.vault.getAbstractFileByPath(file.path);
		if (!entry) throw new Error(`File does not exist: ${file.path}`);
		const pending = entry instanceof TFile && this.updateLinksOnRename ? this.linksTo(entry) : [];
		await this.vault.rename(entry, newPath);
		if (entry instanceof TFile) for (const [source, refs] of pending) await this.rewriteLinks(source, refs, entry);
	}

	/** `FileManager.trashFile` */
	trashFile(file: O.TAbstractFile): Promise<void> {
		return attempt(() => this.vault.removeEntry(file, "trash"));
	}

	/** `FileManager.generateMarkdownLink`: wiki links unless the vault config `useMarkdownLinks` is true; embeds for non-markdown files. */
	generateMarkdownLink(file: O.TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const embed = file.extension !== "md" ? "!" : "";
		if (this.vault.getConfig("useMarkdownLinks") === true) {
			const text = alias ?? (file.extension === "md" ? file.basename : file.name);
			return `${embed}[${text}](${encodeURI(file.path)}${subpath ?? ""})`;
		}
		const linktext = this.metadataCache.fileToLinktext(file, sourcePath);
		return `${embed}[[${linktext}${subpath ?? ""}${alias !== undefined ? `|${alias}` : ""}]]`;
	}

	/**
	 * `FileManager.processFrontMatter`: parses the YAML (rejects when invalid), lets `fn` mutate it,
	 * writes it back with `stringifyYaml` through `Vault.process`. The text after the closing
	 * `---` line is unchanged; a note without front matter gets one only if `fn` added keys.
	 */
	async processFrontMatter(file: O.TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: O.DataWriteOptions): Promise<void> {
		await this.vault.process(
			file,
			(text) => {
				const info = getFrontMatterInfo(text);
				const parsed = info.exists ? parseYaml(info.frontmatter) : {};
				const data = (parsed && typeof parsed === "object" ? parsed : {}) as Record<string, unknown>;
				fn(data);
				if (!info.exists && Object.keys(data).length === 0) return text;
				const yaml = Object.keys(data).length === 0 ? "" : stringifyYaml(data);
				const newline = text.includes("\r\n") ? "\r\n" : "\n";
				const block = `---${newline}${yaml.replace(/\n/g, newline)}---`;
				if (!info.exists) return `${block}${newline}${text}`;
				const closeEnd = info.to + 3;
				return block + text.slice(closeEnd);
			},
			options,
		);
	}

	/** `FileManager.getAvailablePathForAttachment`: the name at the vault root, numbered if taken. */
	getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
		void sourcePath;
		const dot = filename.lastIndexOf(".");
		const base = dot > 0 ? filename.slice(0, dot) : filename;
		const ext = dot > 0 ? filename.slice(dot) : "";
		let candidate = filename;
		for (let i = 1; this.vault.getAbstractFileByPath(candidate); i++) candidate = `${base} ${i}${ext}`;
		return Promise.resolve(candidate);
	}

	/** Per note linking to `target`: the references (body and front matter) that resolve to it. */
	private linksTo(target: TFile): [TFile, (O.ReferenceCache | O.FrontmatterLinkCache)[]][] {
		const out: [TFile, (O.ReferenceCache | O.FrontmatterLinkCache)[]][] = [];
		for (const source of this.vault.getMarkdownFiles()) {
			if (source === target) continue;
			const cache = this.metadataCache.getFileCache(source);
			if (!cache) continue;
			const refs = [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])].filter(
				(ref) => this.metadataCache.getFirstLinkpathDest(getLinkpath(ref.link), source.path) === target,
			);
			if (refs.length > 0) out.push([source, refs]);
		}
		return out;
	}

	private async rewriteLinks(source: TFile, refs: (O.ReferenceCache | O.FrontmatterLinkCache)[], target: TFile): Promise<void> {
		const body = refs.filter((r): r is O.ReferenceCache => "position" in r).sort((a, b) => b.position.start.offset - a.position.start.offset);
		const front = refs.filter((r) => !("position" in r));
		await this.vault.process(source, (text) => {
			let out = text;
			for (const ref of body) out = out.slice(0, ref.position.start.offset) + this.relink(ref, target, source.path) + out.slice(ref.position.end.offset);
			const info = getFrontMatterInfo(out);
			if (info.exists && front.length > 0) {
				let yaml = out.slice(info.from, info.to);
				for (const ref of front) yaml = yaml.split(ref.original).join(this.relink(ref, target, source.path));
				out = out.slice(0, info.from) + yaml + out.slice(info.to);
			}
			return out;
		});
	}

	private relink(ref: O.Reference, target: TFile, sourcePath: string): string {
		const subpath = ref.link.includes("#") ? ref.link.slice(ref.link.indexOf("#")) : "";
		const embed = ref.original.startsWith("!") ? "!" : "";
		if (ref.original.startsWith(`${embed}[[`)) {
			const bar = ref.original.match(/\\?\|/);
			const aliasPart = bar ? ref.original.slice(ref.original.indexOf(bar[0]), -2) : "";
			return `${embed}[[${this.metadataCache.fileToLinktext(target, sourcePath)}${subpath}${aliasPart}]]`;
		}
		return `${embed}[${ref.displayText ?? ""}](${encodeURI(target.path)}${subpath})`;
	}
}
