/**
 * Excluded paths: folders and glob patterns over vault paths, compiled once, matched per note.
 *
 * An entry without `*`, `?` or `[` is a folder or a note path: it matches itself and everything
 * below it (`Archive` leaves out `Archive/x.md`, never `Archive 2/x.md`). A pattern with them is
 * a glob: `*` is any run of characters within one path segment, `?` one character, `[abc]` /
 * `[a-z]` / `[!abc]` a character class, and `**` as a whole segment any number of segments. A
 * pattern without `/` matches the name of a note or of any folder above it, anywhere in the vault
 * (`*.excalidraw.md`); one with `/` matches from the vault root (`Daily/*`, `**‍/drafts`), and a
 * matching folder leaves out everything below it. Matching is case-sensitive, like vault paths.
 */

/** A compiled list of excluded paths. */
export interface PathMatcher {
	/** Whether the vault path is left out by one of the entries. */
	matches(path: string): boolean;
}

/** Why an entry cannot be used, or null when it is fine. */
export function globProblem(entry: string): string | null {
	const pattern = normalizeEntry(entry);
	if (pattern === "") return null;
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i];
		if (c === "[") {
			const end = classEnd(pattern, i);
			if (end === -1) return `"${entry.trim()}": "[" opens a character class that is never closed with "]"`;
			i = end;
		} else if (c === "]") {
			return `"${entry.trim()}": "]" closes a character class that was never opened with "["`;
		} else if (c === "*" && pattern[i + 1] === "*") {
			const run = /^\*+/.exec(pattern.slice(i))?.[0].length ?? 0;
			const before = i === 0 || pattern[i - 1] === "/";
			const after = i + run === pattern.length || pattern[i + run] === "/";
			if (run > 2 || !before || !after) return `"${entry.trim()}": "**" must stand alone between slashes (as in "**/drafts"); use "*" within a name`;
			i += run - 1;
		}
	}
	return null;
}

/** The entries of a list that cannot be used, each with its message. */
export function globProblems(entries: readonly string[]): string[] {
	const problems: string[] = [];
	for (const entry of entries) {
		const problem = globProblem(entry);
		if (problem !== null) problems.push(problem);
	}
	return problems;
}

/** Compiles entries (folders, note paths, globs); blank and invalid entries are skipped. */
export function compilePaths(entries: readonly string[]): PathMatcher {
	const folders: string[] = [];
	const names: RegExp[] = [];
	const rooted: RegExp[] = [];
	for (const entry of entries) {
		const pattern = normalizeEntry(entry);
		if (pattern === "" || globProblem(entry) !== null) continue;
		if (!/[*?[]/.test(pattern)) folders.push(pattern);
		else if (!pattern.includes("/")) names.push(new RegExp(`^${segmentSource(pattern)}$`));
		else rooted.push(new RegExp(`^${pathSource(pattern)}(?:/|$)`));
	}
	if (folders.length === 0 && names.length === 0 && rooted.length === 0) return { matches: () => false };
	return {
		matches(path: string): boolean {
			for (const folder of folders) if (path === folder || (path.startsWith(folder) && path[folder.length] === "/")) return true;
			for (const pattern of rooted) if (pattern.test(path)) return true;
			if (names.length > 0) {
				for (const name of path.split("/")) for (const pattern of names) if (pattern.test(name)) return true;
			}
			return false;
		},
	};
}

/** Trimmed, forward slashes, no leading or trailing slash. */
function normalizeEntry(entry: string): string {
	return entry.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
}

/** Index of the `]` closing the class opened at `start`, or -1. A `]` right after `[` or `[!` is literal. */
function classEnd(pattern: string, start: number): number {
	let i = start + 1;
	if (pattern[i] === "!" || pattern[i] === "^") i++;
	if (pattern[i] === "]") i++;
	for (; i < pattern.length; i++) {
		if (pattern[i] === "/") return -1;
		if (pattern[i] === "]") return i;
	}
	return -1;
}

const SPECIAL = /[.+^${}()|\\]/;

/** Regular expression source of one segment's glob (no `/`, no `**`). */
function segmentSource(pattern: string): string {
	let out = "";
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i];
		if (c === "*") out += "[^/]*";
		else if (c === "?") out += "[^/]";
		else if (c === "[") {
			const end = classEnd(pattern, i);
			let body = pattern.slice(i + 1, end);
			let negate = false;
			if (body.startsWith("!") || body.startsWith("^")) {
				negate = true;
				body = body.slice(1);
			}
			out += `[${negate ? "^/" : ""}${body.replace(/[\\\]^]/g, "\\$&")}]`;
			i = end;
		} else out += SPECIAL.test(c) ? `\\${c}` : c;
	}
	return out;
}

/** Regular expression source of a rooted glob: segments joined by `/`, `**` any number of segments. */
function pathSource(pattern: string): string {
	const segments = pattern.split("/");
	let out = "";
	segments.forEach((segment, i) => {
		const last = i === segments.length - 1;
		if (segment === "**") out += last ? ".*" : "(?:[^/]+/)*";
		else out += segmentSource(segment) + (last ? "" : "/");
	});
	return out;
}
