/**
 * Which notes stay out of the tree: Obsidian's "Excluded files" (path prefixes and `/regex/`
 * entries) plus the plugin's own excluded folders (whole folders only).
 */

/** A compiled set of exclusion rules. */
export interface Exclusion {
	/** Whether the note at this vault path is left out. */
	excludes(path: string): boolean;
}

/** Normalise a folder setting: no leading or trailing slashes, "" for the vault root. */
function folderOf(entry: string): string {
	return entry.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
}

/** A `/regex/` entry as a RegExp, or null when the entry is a plain prefix or an invalid pattern. */
function regexOf(entry: string): RegExp | null {
	if (entry.length < 3 || !entry.startsWith("/") || !entry.endsWith("/")) return null;
	try {
		return new RegExp(entry.slice(1, -1));
	} catch {
		return null;
	}
}

/**
 * Build the rules from Obsidian's `userIgnoreFilters` (whatever the config holds) and the plugin's
 * excluded folders. A plain filter is a path prefix, as Obsidian matches it; a folder matches
 * itself and everything below it, never a sibling that merely starts with the same letters.
 */
export function compileExclusion(userIgnoreFilters: unknown, excludedFolders: readonly string[]): Exclusion {
	const prefixes: string[] = [];
	const patterns: RegExp[] = [];
	if (Array.isArray(userIgnoreFilters)) {
		for (const entry of userIgnoreFilters) {
			if (typeof entry !== "string" || entry.trim() === "") continue;
			const filter = entry.trim();
			const regex = regexOf(filter);
			if (regex) patterns.push(regex);
			else prefixes.push(filter);
		}
	}
	const folders = excludedFolders.map(folderOf).filter((folder) => folder !== "");
	if (prefixes.length === 0 && patterns.length === 0 && folders.length === 0) return { excludes: () => false };
	return {
		excludes(path: string): boolean {
			for (const prefix of prefixes) if (path.startsWith(prefix)) return true;
			for (const folder of folders) if (path === folder || path.startsWith(folder + "/")) return true;
			for (const pattern of patterns) if (pattern.test(path)) return true;
			return false;
		},
	};
}
