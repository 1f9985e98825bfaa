/**
 * Reading a vault folder from disk for the command-line tool: `.md` files only, dot-folders
 * skipped, symlinked folders followed once (loops detected by real path), unreadable entries
 * reported and skipped.
 */
import * as fs from "fs";
import * as path from "path";
import type { NoteSource } from "../core/topic-index";

export interface ReadProblem {
	path: string;
	message: string;
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
export function readVault(root: string, onProgress?: Progress): VaultRead {
	const notes: NoteSource[] = [];
	const files: string[] = [];
	const problems: ReadProblem[] = [];
	const seen = new Set<string>();
	let bytes = 0;

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
			if (entry.isSymbolicLink()) {
				try {
					const st = fs.statSync(full);
					isDir = st.isDirectory();
					isFile = st.isFile();
				} catch (e) {
					problems.push({ path: relPath, message: `broken symbolic link: ${(e as Error).message}` });
					continue;
				}
			}
			if (isDir) {
				walk(full, relPath);
			} else if (isFile && entry.name.toLowerCase().endsWith(".md")) {
				try {
					const text = fs.readFileSync(full, "utf8");
					const st = fs.statSync(full);
					bytes += Buffer.byteLength(text, "utf8");
					notes.push({ path: relPath, text, stat: { mtime: st.mtimeMs, ctime: st.birthtimeMs || st.ctimeMs } });
					if (onProgress && notes.length % 500 === 0) onProgress(notes.length);
				} catch (e) {
					problems.push({ path: relPath, message: `cannot read file: ${(e as Error).message}` });
				}
			} else if (isFile) {
				files.push(relPath);
			}
		}
	};

	walk(root, "");
	return { notes, files, problems, bytes };
}
