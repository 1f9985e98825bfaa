/**
 * Writes hierarchy changes into notes: set, remove and change a note's parent. Every write goes
 * through `Vault.process` and the byte-exact edits of src/core/edit/, at the line the index
 * reported; when that line no longer holds the link (the note changed underneath) nothing is
 * written and a notice says so. A change that edits two notes is all or nothing: both are checked
 * before either is written, and the first is put back when the second is refused.
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

/** Thrown inside `Vault.process` to leave the file as it was; `reason` is complete (no "nothing was written" follows) when `whole`. */
class Abort extends Error {
	constructor(
		readonly reason: string,
		readonly whole = false,
	) {
		super(reason);
	}
}

/** One note's part of a change: its path, and its new text (throws `Abort` or `EditRefused` when the edit cannot be made). */
interface NoteEdit {
	path: string;
	edit: (text: string) => string;
	/** What the change did to this note, for a notice when it cannot be put back. */
	done: string;
}

/** A write of a change that was refused: which note, why. */
class Refused extends Error {
	constructor(
		readonly reason: string,
		readonly whole: boolean,
	) {
		super(reason);
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
		const written = await this.applyAll([this.addEdit(file.path, parentId, linkText)]);
		if (written) new Notice(`Parent set: ${this.title(parentId)}`);
		return written;
	}

	/** The edit that adds `linkText` as a parent link to the note at `childPath`. */
	private addEdit(childPath: string, parentId: string, linkText: string): NoteEdit {
		const options = this.addOptions((link: LinkRef) => this.resolve(link, childPath) === parentId);
		return {
			path: childPath,
			edit: (text) => {
				const result = addParent(text, linkText, options);
				if (result === null) throw new Abort(`Already a parent: ${this.title(parentId)}`, true);
				return result.text;
			},
			done: `its link to ${this.title(parentId)} is added`,
		};
	}

	/**
	 * The text of a new note at `path` whose only content is its link to `linkedId`: a parent link
	 * (`kind` "parent"), or a previous link in the first previous field ("prev"), written where
	 * *Where new parent links go* says; null for an unknown note or when no such field is set.
	 */
	newNoteText(path: string, linkedId: string, kind: "parent" | "prev"): string | null {
		const linkText = this.linkText(linkedId, path);
		if (linkText === null) return null;
		const settings = this.host.store.data.settings;
		if (kind === "parent") return addParent("", linkText, this.addOptions())?.text ?? null;
		const field = settings.prevFields[0];
		if (field === undefined) return null;
		// The same edit as a parent link, with the previous fields in the parent fields' place.
		const parseSettings = { ...parseSettingsOf(settings), parentFields: settings.prevFields, prevFields: [] };
		return addParent("", linkText, { ...this.addOptions(), field, parseSettings })?.text ?? null;
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
		const linkText = this.linkText(toParentId, childPath);
		if (linkText === null) return false;
		const declaredInChild = this.declarations(childPath, fromParentId).some((d) => d.path === childPath);
		if (declaredInChild) return this.editDeclarations(childPath, fromParentId, linkText);
		// Declared only by the old parent (`down::`): remove it there and add the new parent to the
		// child, as one change: both notes are checked first, and the removal is put back when the
		// child cannot be written.
		const edits = this.declarationEdits(childPath, fromParentId, null);
		if (edits === null) return false;
		const written = await this.applyAll([...edits, this.addEdit(childPath, toParentId, linkText)]);
		if (written) new Notice(`Parent set: ${this.title(toParentId)}`);
		return written;
	}

	private get graph() {
		return this.host.index.core.graph;
	}

	/**
	 * Edits every declaration of the edge child → parent: the first one the child declares is
	 * replaced by `replacement` (when given), all others removed. One `process` call per file.
	 */
	private async editDeclarations(childPath: string, parentId: string, replacement: string | null): Promise<boolean> {
		const edits = this.declarationEdits(childPath, parentId, replacement);
		return edits !== null && this.applyAll(edits);
	}

	/** The edits of `editDeclarations`, one per note; null (after a notice) when the index knows no declaration. */
	private declarationEdits(childPath: string, parentId: string, replacement: string | null): NoteEdit[] | null {
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
			// A note renamed or deleted but not indexed yet declares nothing any more.
			const missing = [childPath, parentId].find((path) => !path.startsWith(GHOST_PREFIX) && !(this.host.app.vault.getFileByPath(path) instanceof TFile));
			new Notice(missing !== undefined ? `Note not found: ${missing}; nothing was written` : `${this.title(childPath)} changed since it was indexed; nothing was written`);
			return null;
		}
		const other = (path: string) => this.title(path === childPath ? parentId : childPath);
		return [...byFile].map(([path, edits]) => {
			// Bottom to top, so that removing a line never moves the lines still to edit.
			edits.sort((a, b) => b.target.line - a.target.line);
			const name = this.title(path);
			return {
				path,
				edit: (text: string) => {
					let next = text;
					for (const edit of edits) {
						const edited = edit.replacement === undefined ? removeParent(next, edit.target) : replaceParent(next, edit.target, edit.replacement);
						if (edited === null) throw new Abort(`${name} changed since it was indexed`);
						next = edited;
					}
					return next;
				},
				done: replacement === null || path !== childPath ? `its link to ${other(path)} is removed` : `its link to ${this.title(parentId)} is replaced`,
			};
		});
	}

	/**
	 * Applies the edits of one change, all or nothing. With several notes, each is read and its
	 * edit tried before any is written; then each is written through `Vault.process`, and when one
	 * is refused there (it changed in between), the notes already written are put back, unless
	 * they changed again. The notice says which of these happened.
	 */
	private async applyAll(edits: readonly NoteEdit[]): Promise<boolean> {
		const files: TFile[] = [];
		for (const edit of edits) {
			const file = this.host.app.vault.getFileByPath(edit.path);
			if (!(file instanceof TFile)) {
				new Notice(`Note not found: ${edit.path}; nothing was written`);
				return false;
			}
			files.push(file);
		}
		try {
			if (edits.length > 1) {
				for (let i = 0; i < edits.length; i++) this.tryEdit(files[i], edits[i], await this.host.app.vault.read(files[i]));
			}
		} catch (err) {
			if (!(err instanceof Refused)) throw err;
			new Notice(err.whole ? err.reason : `${err.reason}; nothing was written`);
			return false;
		}
		const written: Array<{ file: TFile; edit: NoteEdit; before: string; after: string }> = [];
		for (let i = 0; i < edits.length; i++) {
			let before = "";
			let after = "";
			try {
				await this.host.app.vault.process(files[i], (text) => {
					before = text;
					after = this.tryEdit(files[i], edits[i], text);
					return after;
				});
			} catch (err) {
				if (!(err instanceof Refused) && written.length === 0) throw err;
				const refusal = err instanceof Refused ? err : new Refused(`${files[i].basename} could not be written (${err instanceof Error ? err.message : String(err)})`, false);
				new Notice(await this.undo(written, refusal));
				return false;
			}
			written.push({ file: files[i], edit: edits[i], before, after });
		}
		return true;
	}

	/** The note's new text; a refused edit becomes a `Refused` naming the note. */
	private tryEdit(file: TFile, edit: NoteEdit, text: string): string {
		try {
			return edit.edit(text);
		} catch (err) {
			if (err instanceof Abort) throw new Refused(err.reason, err.whole);
			if (err instanceof EditRefused) throw new Refused(`${file.basename}: ${err.message}`, false);
			throw err;
		}
	}

	/** Puts back the notes already written (newest first) where they still hold what was written; the notice for the refusal. */
	private async undo(written: ReadonlyArray<{ file: TFile; edit: NoteEdit; before: string; after: string }>, refusal: Refused): Promise<string> {
		if (written.length === 0) return refusal.whole ? refusal.reason : `${refusal.reason}; nothing was written`;
		const restored: string[] = [];
		const kept: string[] = [];
		for (let i = written.length - 1; i >= 0; i--) {
			const { file, edit, before, after } = written[i];
			let ok = false;
			try {
				await this.host.app.vault.process(file, (text) => {
					if (text !== after) throw new Abort("changed again");
					ok = true;
					return before;
				});
			} catch (err) {
				if (!(err instanceof Abort)) throw err;
			}
			if (ok) restored.unshift(file.basename);
			else kept.unshift(`${file.basename} was already changed and changed again since, so it could not be put back: ${edit.done}`);
		}
		if (kept.length === 0) return `${refusal.reason}; the change to ${restored.join(" and ")} was undone, so nothing was written`;
		const back = restored.length > 0 ? `; the change to ${restored.join(" and ")} was undone` : "";
		return `${refusal.reason}${back}; ${kept.join("; ")}`;
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
}
