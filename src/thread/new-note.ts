/**
 * Growing the hierarchy from the note you are in: *New child note* and *New next note* ask for a
 * name, create the note (in the active note's folder, or in the ghost-note folder, per setting)
 * with its parent link, or its previous link, already written where *Where new parent links go*
 * says, and open it. A name that is taken, or that a file name cannot hold, gets a message and
 * nothing is written.
 */
import { normalizePath, TFile, type App } from "obsidian";
import type { TopicTreeHost } from "../context";
import { ParentWriter } from "../writes/parent-writer";

/** Characters a note name cannot hold (file systems, or Obsidian's links). */
const BAD_NAME = /[\\/:*?"<>|#^[\]]/;

/** The folder a note made from the note at `fromPath` goes in ("" = the vault's root). */
export function newNoteFolder(host: TopicTreeHost, fromPath: string): string {
	const settings = host.store.data.settings;
	if (settings.newNoteFolder === "ghost") return settings.ghostFolder.replace(/^\/+|\/+$/g, "");
	const slash = fromPath.lastIndexOf("/");
	return slash === -1 ? "" : fromPath.slice(0, slash);
}

/** What creating gave: the new file, or a message for the user. */
export type CreateResult = { ok: true; file: TFile } | { ok: false; message: string };

/** Checks a typed name; a message, or null when it can be a note name. */
export function nameProblem(name: string): string | null {
	if (name === "") return "Type a name for the new note.";
	const bad = BAD_NAME.exec(name);
	if (bad) return `A note name cannot contain ${bad[0]}`;
	if (name.startsWith(".")) return "A note name cannot start with a dot.";
	return null;
}

/** How the new note is linked to the active one: as its child, or as the next note of its sequence. */
export type NewNoteKind = "child" | "next";

/** Creates the note named `typed` linked to the note at `fromPath` and opens it in the current tab. */
export async function createLinkedNote(host: TopicTreeHost, fromPath: string, typed: string, kind: NewNoteKind, writer = new ParentWriter(host)): Promise<CreateResult> {
	const name = typed.trim().replace(/\.md$/i, "").trim();
	const problem = nameProblem(name);
	if (problem !== null) return { ok: false, message: problem };
	const app: App = host.app;
	const folder = newNoteFolder(host, fromPath);
	const path = normalizePath(folder ? `${folder}/${name}.md` : `${name}.md`);
	if (app.vault.getAbstractFileByPath(path)) return { ok: false, message: `${path} already exists; choose another name. Nothing was changed.` };
	const text = writer.newNoteText(path, fromPath, kind === "child" ? "parent" : "prev");
	if (text === null) {
		const why = kind === "next" && host.store.data.settings.prevFields.length === 0 ? "No previous field is set in the settings." : "The active note is not in the topic tree yet; try again in a moment.";
		return { ok: false, message: why };
	}
	if (folder && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
	const file = await app.vault.create(path, text);
	await app.workspace.getLeaf(false).openFile(file);
	return { ok: true, file };
}
