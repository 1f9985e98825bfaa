/**
 * Which notes stay out of the tree: Obsidian's "Excluded files" (path prefixes and `/regex/`
 * entries) plus the plugin's own excluded paths (folders and globs, see core/glob.ts).
 */
import { compilePaths } from "../core/glob";

/** A compiled set of exclusion rules. */
export interface Exclusion {
	/** Whether the note at this vault path is left out. */
	excludes(path: string): boolean;
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
 * excluded paths. A plain filter is a path prefix, as Obsidian matches it; an excluded folder matches
 * itself and everything below it, never a sibling that merely starts with the same letters.
 */
export function compileExclusion(userIgnoreFilters: unknown, excludedPaths: readonly string[]): Exclusion {
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
	const paths = compilePaths(excludedPaths);
	if (prefixes.length === 0 && patterns.length === 0 && excludedPaths.every((entry) => entry.trim() === "")) return { excludes: () => false };
	return {
		excludes(path: string): boolean {
			for (const prefix of prefixes) if (path.startsWith(prefix)) return true;
			if (paths.matches(path)) return true;
			for (const pattern of patterns) if (pattern.test(path)) return true;
			return false;
		},
	};
}
