/**
 * Writes hierarchy changes into notes: set, remove and change a note's parent. Every write goes
 * through `Vault.process` and the byte-exact edits of src/core/edit/, at the line the index
 * reported; when that line no longer holds the link (the note changed underneath) nothing is
 * written and a notice says so.
 */
import { Notice, parseYaml, TFile } from "obsidian";
import type { TopicTreeHost } from "../context";
import { addParent, EditRefused, removeParent, replaceParent, type LinkTarget } from "../core/edit/parents";
import { GHOST_PREFIX, ghostKey } from "../core/links";
import type { LinkRef, RawRelation } from "../core/types";
import { parseSettingsOf } from "../settings/settings";
import { safeLink } from "../core/link-format";

/** One edit of one field link: remove it, or replace it with `replacement`. */
interface FieldEdit {
	target: LinkTarget;
	replacement?: string;
}

/** Thrown inside `Vault.process` to leave the file as it was. */
class Abort extends Error {
	constructor(readonly notice: string) {
		super(notice);
	}
}

/** Sets, removes and changes parents by editing the notes that declare them. */
export class ParentWriter {
	constructor(private readonly host: TopicTreeHost) {}

	/** Adds `parentId` as a parent of the note at `childPath`; resolves to whether the note changed. */
	async setParent(childPath: string, parentId: string): Promise<boolean> {
		const file = this.file(childPath);
		const linkText = this.linkText(parentId, childPath);
		if (!file || linkText === null) return false;
		if (parentId === childPath) {
			new Notice("A note cannot be its own parent");
			return false;
		}
		if (this.graph.parentsOf(childPath).some((edge) => edge.parent === parentId)) {
			new Notice(`Already a parent: ${this.title(parentId)}`);
			return false;
		}
		const options = this.addOptions((link: LinkRef) => this.resolve(link, childPath) === parentId);
		const written = await this.write(file, (text) => {
			const result = addParent(text, linkText, options);
			if (result === null) throw new Abort(`Already a parent: ${this.title(parentId)}`);
			return result.text;
		});
		if (written) new Notice(`Parent set: ${this.title(parentId)}`);
		return written;
	}

	/**
	 * The text of a new note at `childPath` whose only content is its parent link to `parentId`,
	 * written where *Where new parent links go* says; null for an unknown parent.
	 */
	newChildText(childPath: string, parentId: string): string | null {
		const linkText = this.linkText(parentId, childPath);
		if (linkText === null) return null;
		return addParent("", linkText, this.addOptions())?.text ?? null;
	}

	/** Options of `addParent` from the settings. */
	private addOptions(matches?: (link: LinkRef) => boolean) {
		const settings = this.host.store.data.settings;
		return { field: settings.parentFields[0] ?? "up", placement: settings.parentPlacement, parseSettings: parseSettingsOf(settings), matches, parseYaml };
	}

	/** Removes every link that makes `parentId` a parent of `childPath` (in the child, and in the parent's child fields). */
	async removeParent(childPath: string, parentId: string): Promise<boolean> {
		if (!this.graph.parentsOf(childPath).some((edge) => edge.parent === parentId)) return false;
		return this.editDeclarations(childPath, parentId, null);
	}

	/** Moves the note from one parent to another, rewriting the parent link in place where the child declares it. */
	async reparent(childPath: string, fromParentId: string, toParentId: string): Promise<boolean> {
		if (fromParentId === toParentId) return false;
		if (toParentId === childPath) {
			new Notice("A note cannot be its own parent");
			return false;
		}
		const parents = this.graph.parentsOf(childPath);
		if (!parents.some((edge) => edge.parent === fromParentId)) return this.setParent(childPath, toParentId);
		if (parents.some((edge) => edge.parent === toParentId)) return this.removeParent(childPath, fromParentId);
		const declaredInChild = this.declarations(childPath, fromParentId).some((d) => d.path === childPath);
		if (!declaredInChild) {
			const removed = await this.removeParent(childPath, fromParentId);
			return removed ? this.setParent(childPath, toParentId) : false;
		}
		const linkText = this.linkText(toParentId, childPath);
		return linkText === null ? false : this.editDeclarations(childPath, fromParentId, linkText);
	}

	private get graph() {
		return this.host.index.core.graph;
	}

	/**
	 * Edits every declaration of the edge child → parent: the first one the child declares is
	 * replaced by `replacement` (when given), all others removed. One `process` call per file.
	 */
	private async editDeclarations(childPath: string, parentId: string, replacement: string | null): Promise<boolean> {
		const byFile = new Map<string, FieldEdit[]>();
		let replaced = replacement === null;
		for (const decl of this.declarations(childPath, parentId)) {
			const edit: FieldEdit = { target: decl.target };
			if (!replaced && decl.path === childPath) {
				edit.replacement = replacement as string;
				replaced = true;
			}
			const list = byFile.get(decl.path) ?? [];
			list.push(edit);
			byFile.set(decl.path, list);
		}
		if (byFile.size === 0) {
			new Notice(`${this.title(childPath)} changed since it was indexed; nothing was written`);
			return false;
		}
		let changed = false;
		for (const [path, edits] of byFile) {
			const file = this.file(path);
			if (!file) return changed;
			// Bottom to top, so that removing a line never moves the lines still to edit.
			edits.sort((a, b) => b.target.line - a.target.line);
			const ok = await this.write(file, (text) => {
				let next = text;
				for (const edit of edits) {
					const edited = edit.replacement === undefined ? removeParent(next, edit.target) : replaceParent(next, edit.target, edit.replacement);
					if (edited === null) throw new Abort(`${file.basename} changed since it was indexed; nothing was written`);
					next = edited;
				}
				return next;
			});
			if (!ok) return changed;
			changed = true;
		}
		return changed;
	}

	/** The links that make `parentId` a parent of `childPath`: parent fields of the child, child fields of the parent. */
	private declarations(childPath: string, parentId: string): Array<{ path: string; target: LinkTarget }> {
		const found: Array<{ path: string; target: LinkTarget }> = [];
		const readComments = this.host.store.data.settings.readFieldsInComments;
		const collect = (path: string, kind: RawRelation["kind"], wanted: string) => {
			for (const rel of this.graph.getNote(path)?.relations ?? []) {
				if (rel.kind !== kind || this.resolve(rel.link, path) !== wanted) continue;
				const matches = (link: LinkRef) => this.resolve(link, path) === wanted;
				found.push({ path, target: { line: rel.line, source: rel.source, field: rel.field, matches, readComments } });
			}
		};
		collect(childPath, "parent", parentId);
		if (!parentId.startsWith(GHOST_PREFIX)) collect(parentId, "child", childPath);
		return found;
	}

	/** What a link written in `sourcePath` points at: a note path, a ghost id, or null. */
	private resolve(link: LinkRef, sourcePath: string): string | null {
		const dest = this.host.app.metadataCache.getFirstLinkpathDest(link.target, sourcePath);
		if (dest) return dest.path;
		return link.kind === "bare" ? null : GHOST_PREFIX + ghostKey(link.target);
	}

	/** `[[linktext]]` for a note as seen from `sourcePath`, `[[title]]` for a ghost (markdown form for names a wiki link cannot hold); null for an unknown id. */
	private linkText(id: string, sourcePath: string): string | null {
		const node = this.graph.getNode(id);
		if (!node) return null;
		if (node.kind === "ghost" || node.path === undefined) return safeLink(node.title, node.title);
		const file = this.host.app.vault.getFileByPath(node.path);
		if (!(file instanceof TFile)) return safeLink(node.title, node.title);
		return safeLink(this.host.app.metadataCache.fileToLinktext(file, sourcePath, true), file.basename, ".md");
	}

	private title(id: string): string {
		return this.graph.getNode(id)?.title ?? id;
	}

	private file(path: string): TFile | null {
		const file = this.host.app.vault.getFileByPath(path);
		if (file instanceof TFile) return file;
		new Notice(`Note not found: ${path}`);
		return null;
	}

	/** Runs `edit` inside `Vault.process`; an abort or a refused edit writes nothing and shows why. */
	private async write(file: TFile, edit: (text: string) => string): Promise<boolean> {
		try {
			await this.host.app.vault.process(file, edit);
			return true;
		} catch (err) {
			if (err instanceof Abort) new Notice(err.notice);
			else if (err instanceof EditRefused) new Notice(`${file.basename}: ${err.message}; nothing was written`);
			else throw err;
			return false;
		}
	}
}
