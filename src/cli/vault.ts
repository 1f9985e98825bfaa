/**
 * Reading a vault folder from disk for the command-line tool: `.md` files only, dot-folders
 * skipped, symbolic links followed only inside the vault (folders once: loops detected by real
 * path), regular files only, each up to a size limit (see files.ts); whatever is skipped is reported.
 */
import * as fs from "fs";
import * as path from "path";
import type { NoteSource } from "../core/topic-index";
import { DEFAULT_MAX_NOTE_BYTES, readNoteFile, VaultBounds, type SkipCode } from "./files";

export interface ReadProblem {
	path: string;
	message: string;
	/** Problem code: `unreadable` when absent. */
	code?: SkipCode;
}

export interface VaultRead {
	notes: NoteSource[];
	/** Every other file's path (attachments, canvases, bases): links may name them. */
	files: string[];
	problems: ReadProblem[];
	bytes: number;
}

/** Progress callback: called with the number of notes read so far. */
export type Progress = (count: number) => void;

/** Every `.md` file under `root` with its text and times. Paths are relative to root with '/' separators. */
export function readVault(root: string, onProgress?: Progress, maxNoteBytes = DEFAULT_MAX_NOTE_BYTES): VaultRead {
	const notes: NoteSource[] = [];
	const files: string[] = [];
	const problems: ReadProblem[] = [];
	const seen = new Set<string>();
	let bytes = 0;
	let bounds: VaultBounds;
	try {
		bounds = new VaultBounds(root);
	} catch (e) {
		return { notes, files, problems: [{ path: ".", message: `cannot resolve folder: ${(e as Error).message}` }], bytes };
	}

	const walk = (dir: string, rel: string) => {
		let real: string;
		try {
			real = fs.realpathSync(dir);
		} catch (e) {
			problems.push({ path: rel || ".", message: `cannot resolve folder: ${(e as Error).message}` });
			return;
		}
		if (seen.has(real)) {
			problems.push({ path: rel || ".", message: "symbolic link loop: folder already visited, skipped" });
			return;
		}
		seen.add(real);
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(dir, { withFileTypes: true });
		} catch (e) {
			problems.push({ path: rel || ".", message: `cannot read folder: ${(e as Error).message}` });
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const full = path.join(dir, entry.name);
			const relPath = rel ? `${rel}/${entry.name}` : entry.name;
			let isDir = entry.isDirectory();
			let isFile = entry.isFile();
			let file = full;
			if (entry.isSymbolicLink()) {
				const target = bounds.follow(full);
				if (target.skip) {
					problems.push({ path: relPath, message: target.skip.message, code: target.skip.code });
					continue;
				}
				isDir = target.stat.isDirectory();
				isFile = target.stat.isFile();
				file = target.real;
			}
			if (isDir) {
				walk(full, relPath);
			} else if (entry.name.toLowerCase().endsWith(".md")) {
				// Not only regular files: a FIFO or a device named `.md` is reported there, never opened.
				const read = readNoteFile(file, maxNoteBytes, false);
				if (read.skip) {
					problems.push({ path: relPath, message: read.skip.message, code: read.skip.code });
					continue;
				}
				bytes += read.file.bytes;
				notes.push({ path: relPath, text: read.file.text, stat: read.file.stat });
				if (onProgress && notes.length % 500 === 0) onProgress(notes.length);
			} else if (isFile) {
				files.push(relPath);
			}
		}
	};

	walk(root, "");
	return { notes, files, problems, bytes };
}
