/**
 * Growing the hierarchy from the note you are in: *New child note* asks for a name, creates the
 * note (in the active note's folder, or in the ghost-note folder, per setting) with its parent
 * link already written where *Where new parent links go* says, and opens it. A name that is
 * taken, or that a file name cannot hold, gets a message and nothing is written.
 */
import { normalizePath, TFile, type App } from "obsidian";
import type { TopicTreeHost } from "../context";
import { ParentWriter } from "../writes/parent-writer";

/** Characters a note name cannot hold (file systems, or Obsidian's links). */
const BAD_NAME = /[\\/:*?"<>|#^[\]]/;

/** The folder a new child of the note at `parentPath` goes in ("" = the vault's root). */
export function newNoteFolder(host: TopicTreeHost, parentPath: string): string {
	const settings = host.store.data.settings;
	if (settings.newNoteFolder === "ghost") return settings.ghostFolder.replace(/^\/+|\/+$/g, "");
	const slash = parentPath.lastIndexOf("/");
	return slash === -1 ? "" : parentPath.slice(0, slash);
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

/** Creates the child note of `parentPath` named `typed` and opens it in the current tab. */
export async function createChildNote(host: TopicTreeHost, parentPath: string, typed: string, writer = new ParentWriter(host)): Promise<CreateResult> {
	const name = typed.trim().replace(/\.md$/i, "").trim();
	const problem = nameProblem(name);
	if (problem !== null) return { ok: false, message: problem };
	const app: App = host.app;
	const folder = newNoteFolder(host, parentPath);
	const path = normalizePath(folder ? `${folder}/${name}.md` : `${name}.md`);
	if (app.vault.getAbstractFileByPath(path)) return { ok: false, message: `${path} already exists; choose another name. Nothing was changed.` };
	const text = writer.newChildText(path, parentPath);
	if (text === null) return { ok: false, message: "The active note is not in the topic tree yet; try again in a moment." };
	if (folder && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
	const file = await app.vault.create(path, text);
	await app.workspace.getLeaf(false).openFile(file);
	return { ok: true, file };
}
