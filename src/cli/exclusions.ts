/**
 * The notes the `topic-tree` command leaves out, as the plugin does: Obsidian's "Excluded files"
 * (`.obsidian/app.json` `userIgnoreFilters`) and the plugin's excluded paths from its saved
 * settings (`.obsidian/plugins/topic-tree/data.json`, migrated like `loadData()`), whose default
 * leaves out `*.excalidraw.md` drawings.
 */
import * as fs from "fs";
import * as path from "path";
import { compileExclusion, type Exclusion } from "../index/exclusion";
import { migrateData } from "../settings/settings";

function readJson(file: string): unknown {
	try {
		return JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
	} catch {
		return undefined;
	}
}

/** The exclusion rules of the vault at `vault`. */
export function vaultExclusion(vault: string): Exclusion {
	const app = readJson(path.join(vault, ".obsidian", "app.json")) as { userIgnoreFilters?: unknown } | undefined;
	const data = migrateData(readJson(path.join(vault, ".obsidian", "plugins", "topic-tree", "data.json")));
	return compileExclusion(app?.userIgnoreFilters, data.settings.excludedPaths);
}
