/**
 * Reading notes from disk safely, for the command-line tool. A vault folder can hold anything: a
 * symbolic link to `/etc/passwd` or to a folder elsewhere, a FIFO or a device named `.md` (opening
 * a FIFO waits for a writer; `/dev/zero` never ends), a 600 MB sparse file. So:
 * - symbolic links are followed only when their real path lies inside the vault's real path;
 * - only regular files are opened, without blocking and without following a link at the last step;
 * - each note is read up to a size limit ({@link DEFAULT_MAX_NOTE_BYTES} unless told otherwise),
 *   counted while reading too, so a file that grows or lies about its size still stops there.
 * Whatever is skipped is said, with a problem code: `outside-vault`, `special-file`, `too-large`,
 * `unreadable`.
 */
import * as fs from "fs";
import * as path from "path";
import type { NoteStat } from "../core/types";

/** Largest note read unless `--max-note-size` says otherwise: 50 MB. */
export const DEFAULT_MAX_NOTE_BYTES = 50 * 1024 * 1024;

export type SkipCode = "outside-vault" | "special-file" | "too-large" | "unreadable";

/** Why a file or folder was not read. */
export interface Skip {
	code: SkipCode;
	message: string;
}

/** A note's text as read. */
export interface NoteFile {
	text: string;
	bytes: number;
	stat: NoteStat;
}

export type FileRead = { file: NoteFile; skip?: undefined } | { file?: undefined; skip: Skip };

const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
/** First read when the size is unknown (files in /proc say 0). */
const FIRST_CHUNK = 1 << 16;

/** What a non-regular file is, for messages: "a FIFO", "a character device"… */
export function kindOf(st: fs.Stats): string {
	if (st.isFIFO()) return "a FIFO";
	if (st.isCharacterDevice()) return "a character device";
	if (st.isBlockDevice()) return "a block device";
	if (st.isSocket()) return "a socket";
	if (st.isDirectory()) return "a folder";
	return "not a file";
}

/** Bytes as people read them: `512 bytes`, `3 KB`, `1.5 MB`, `600 MB` (units of 1024). */
export function formatSize(bytes: number): string {
	const units = ["KB", "MB", "GB", "TB"];
	if (bytes < 1024) return `${bytes} bytes`;
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const shown = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
	return `${shown} ${units[unit]}`;
}

function tooLarge(size: number, limit: number): Skip {
	return { code: "too-large", message: `${formatSize(size)}, over the ${formatSize(limit)} limit; not read (raise it with --max-note-size)` };
}

function special(st: fs.Stats): Skip {
	return { code: "special-file", message: `not a regular file (${kindOf(st)}); not read` };
}

/**
 * Reads one note: a regular file of at most `maxBytes` bytes, as UTF-8. With `followLink` false
 * the last step of `file` must not be a symbolic link (the caller resolved and checked it).
 */
export function readNoteFile(file: string, maxBytes: number, followLink: boolean): FileRead {
	let fd: number | undefined;
	try {
		const st = followLink ? fs.statSync(file) : fs.lstatSync(file);
		if (!st.isFile()) return { skip: special(st) };
		if (st.size > maxBytes) return { skip: tooLarge(st.size, maxBytes) };
		// Non-blocking: should the file have become a FIFO since, opening it does not wait for a writer.
		fd = fs.openSync(file, fs.constants.O_RDONLY | O_NONBLOCK | (followLink ? 0 : O_NOFOLLOW));
		let buffer = Buffer.allocUnsafe(st.size > 0 ? Math.min(st.size, maxBytes) + 1 : Math.min(FIRST_CHUNK, maxBytes + 1));
		let length = 0;
		for (;;) {
			if (length === buffer.length) {
				if (length > maxBytes) break;
				const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
				buffer.copy(grown, 0, 0, length);
				buffer = grown;
			}
			const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) break;
			length += read;
		}
		if (length > maxBytes) return { skip: tooLarge(length, maxBytes) };
		const text = buffer.toString("utf8", 0, length);
		return { file: { text, bytes: length, stat: { mtime: st.mtimeMs, ctime: st.birthtimeMs || st.ctimeMs } } };
	} catch (e) {
		return { skip: { code: "unreadable", message: `cannot read file: ${(e as Error).message}` } };
	} finally {
		if (fd !== undefined) fs.closeSync(fd);
	}
}

/** The vault's real path, and whether other real paths lie inside it. */
export class VaultBounds {
	readonly real: string;
	private readonly inside: string;

	constructor(root: string) {
		this.real = fs.realpathSync.native(root);
		this.inside = this.real.endsWith(path.sep) ? this.real : this.real + path.sep;
	}

	contains(real: string): boolean {
		return real === this.real || real.startsWith(this.inside);
	}

	/**
	 * Resolves the symbolic link at `link`: its real path and what it points to, or why it is not
	 * followed (broken, or leading outside the vault).
	 */
	follow(link: string): { real: string; stat: fs.Stats; skip?: undefined } | { skip: Skip } {
		let real: string;
		let stat: fs.Stats;
		try {
			real = fs.realpathSync.native(link);
			stat = fs.statSync(real);
		} catch (e) {
			return { skip: { code: "unreadable", message: `broken symbolic link: ${(e as Error).message}` } };
		}
		if (!this.contains(real)) {
			const what = stat.isDirectory() ? "folder" : "file";
			return { skip: { code: "outside-vault", message: `symbolic link to a ${what} outside the vault; not followed` } };
		}
		return { real, stat };
	}
}
