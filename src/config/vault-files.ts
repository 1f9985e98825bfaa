/**
 * Reading the vault's configuration files inside Obsidian, with the same pure readers the
 * command uses (src/core/config/), so both see the same settings: Breadcrumbs' data.json and the
 * template folders. Always under `vault.configDir`, never a hard-coded `.obsidian`.
 */
import { normalizePath, type App } from "obsidian";
import { readBreadcrumbs, type BreadcrumbsImport } from "../core/config/breadcrumbs";
import { templateFoldersOf } from "../core/config/vault-config";

/** A file of the configuration folder (`plugins/breadcrumbs/data.json`), or undefined when it is absent or unreadable. */
export async function readConfigFile(app: App, relative: string): Promise<string | undefined> {
	const path = normalizePath(`${app.vault.configDir}/${relative}`);
	try {
		if (!(await app.vault.adapter.exists(path))) return undefined;
		return await app.vault.adapter.read(path);
	} catch {
		return undefined;
	}
}

/** Where Breadcrumbs keeps its settings, for messages. */
export function breadcrumbsPath(app: App): string {
	return normalizePath(`${app.vault.configDir}/plugins/breadcrumbs/data.json`);
}

/** Breadcrumbs' settings read as Topic Tree fields, or undefined when Breadcrumbs has no settings file. */
export async function readBreadcrumbsFile(app: App): Promise<BreadcrumbsImport | undefined> {
	const text = await readConfigFile(app, "plugins/breadcrumbs/data.json");
	return text === undefined ? undefined : readBreadcrumbs(text);
}

/** The folders of the core Templates plugin and of Templater. */
export async function readTemplateFolders(app: App): Promise<string[]> {
	const [templates, templater] = await Promise.all([
		readConfigFile(app, "templates.json"),
		readConfigFile(app, "plugins/templater-obsidian/data.json"),
	]);
	return templateFoldersOf(templates, templater).map((t) => t.folder);
}
