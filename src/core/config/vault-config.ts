/**
 * Pure readers of the Obsidian configuration files the plugin and the command both honour:
 * `app.json` (*Excluded files*, `userIgnoreFilters`), the core Templates plugin's
 * `templates.json` (`folder`) and Templater's `data.json` (`templates_folder`). They take the
 * file text (or nothing when the file is absent) and never throw.
 */

/** A JSON file's object, or a message when the text is not a JSON object. */
export function readJsonObject(text: string): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
	let value: unknown;
	try {
		value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (e) {
		return { ok: false, message: `not valid JSON (${(e as Error).message})` };
	}
	if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, message: "not a JSON object" };
	return { ok: true, value: value as Record<string, unknown> };
}

/** Obsidian's *Excluded files*: the string entries of `userIgnoreFilters` in app.json (null and absent give none). */
export function ignoreFiltersOf(appJson: string | undefined): string[] {
	if (appJson === undefined) return [];
	const read = readJsonObject(appJson);
	if (!read.ok || !Array.isArray(read.value.userIgnoreFilters)) return [];
	return (read.value.userIgnoreFilters as unknown[]).filter((f): f is string => typeof f === "string" && f.trim() !== "");
}

/** A template folder and the file that named it. */
export interface TemplateFolder {
	folder: string;
	source: "templates.json" | "templater";
}

/** Vault-relative folder, '/' separators, no leading or trailing slash; "" for none or the vault root. */
function folderOf(value: unknown): string {
	return typeof value === "string" ? value.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "") : "";
}

/**
 * The template folders: the core Templates plugin's `folder` and Templater's
 * `templates_folder`, each once. A folder that is the vault root is never returned (leaving out
 * the whole vault is never what a template setting means).
 */
export function templateFoldersOf(templatesJson: string | undefined, templaterJson: string | undefined): TemplateFolder[] {
	const out: TemplateFolder[] = [];
	const add = (text: string | undefined, key: string, source: TemplateFolder["source"]) => {
		if (text === undefined) return;
		const read = readJsonObject(text);
		if (!read.ok) return;
		const folder = folderOf(read.value[key]);
		if (folder !== "" && !out.some((f) => f.folder === folder)) out.push({ folder, source });
	};
	add(templatesJson, "folder", "templates.json");
	add(templaterJson, "templates_folder", "templater");
	return out;
}
