/**
 * The command's configuration: what the plugin would use on the same vault. Read from
 * `<vault>/<configDir>/plugins/topic-tree/data.json` (the plugin's saved settings, same meaning),
 * else Breadcrumbs' settings, else the defaults; Obsidian's *Excluded files* (app.json), the
 * template folders (core Templates, Templater) and the plugin's excluded folders; then flags.
 * Every field list and exclusion says where it came from (`tree --json`'s `settings`, stderr).
 */
import * as fs from "fs";
import * as path from "path";
import { readBreadcrumbs } from "../core/config/breadcrumbs";
import { adoptFields, FIELD_KEYS, FIELD_LABELS, type RelationFields } from "../core/config/fields";
import { ignoreFiltersOf, readJsonObject, templateFoldersOf } from "../core/config/vault-config";
import { DEFAULT_PARSE_SETTINGS, type ParseSettings } from "../core/types";
import { compileExclusion, type Exclusion } from "../index/exclusion";
import { migrateData, parseSettingsOf } from "../settings/settings";

/** Where a setting came from. */
export type SettingSource = "default" | "topic-tree" | "breadcrumbs" | "flag";

/** The configuration flags of `tree` and `check`. */
export interface ConfigFlags {
	/** `--parent-field` and the others: comma lists, replacing the list they name. */
	fields?: Partial<Record<keyof RelationFields, string>>;
	/** `--exclude PATH`, repeatable: folders (or Obsidian-style `/regex/` filters) left out. */
	exclude?: string[];
	/** `--config-dir NAME`: the vault's configuration folder (default `.obsidian`). */
	configDir?: string;
	/** `--no-config`: read no configuration file. */
	noConfig?: boolean;
}

/** One exclusion and where it came from. */
export interface ExclusionEntry {
	path: string;
	from: "app.json" | "topic-tree" | "default" | "templates.json" | "templater" | "flag";
}

/** The `settings` object of `tree --json`. */
export interface SettingsJson {
	configDir: string | null;
	fields: Record<string, { names: string[]; from: SettingSource }>;
	excluded: ExclusionEntry[];
	leaveOutTemplateFolders: boolean;
}

export interface VaultConfig {
	parse: ParseSettings;
	exclusion: Exclusion;
	json: SettingsJson;
	/** Lines for stderr: where the fields came from, files that could not be read. */
	messages: string[];
}

/** The JSON names of the field lists (`parent`, `child`…). */
const JSON_NAMES: Record<keyof RelationFields, string> = {
	parentFields: "parent",
	childFields: "child",
	siblingFields: "sibling",
	nextFields: "next",
	prevFields: "prev",
	relatedFields: "related",
};

function readText(file: string): string | undefined {
	try {
		const stat = fs.statSync(file);
		if (!stat.isFile() || stat.size > 4 * 1024 * 1024) return undefined;
		return fs.readFileSync(file, "utf8");
	} catch {
		return undefined;
	}
}

/** Splits a flag's comma list. */
export function commaList(value: string): string[] {
	return value
		.split(",")
		.map((s) => s.trim())
		.filter((s) => s !== "");
}

/** Reads the vault's configuration and applies the flags. */
export function vaultConfig(vault: string, flags: ConfigFlags = {}): VaultConfig {
	const configDir = flags.configDir ?? ".obsidian";
	const messages: string[] = [];
	const dir = path.join(vault, configDir);
	const file = (rel: string) => (flags.noConfig ? undefined : readText(path.join(dir, rel)));

	let data = migrateData(undefined);
	const from: Record<keyof RelationFields, SettingSource> = {
		parentFields: "default",
		childFields: "default",
		relatedFields: "default",
		nextFields: "default",
		prevFields: "default",
		siblingFields: "default",
	};
	const own = file("plugins/topic-tree/data.json");
	const ownRead = own === undefined ? undefined : readJsonObject(own);
	if (ownRead && !ownRead.ok) messages.push(`topic-tree: ${configDir}/plugins/topic-tree/data.json is ${ownRead.message}; using the defaults`);
	const ownSettings = ownRead?.ok && typeof ownRead.value.settings === "object" && ownRead.value.settings !== null;
	if (ownRead?.ok && ownSettings) {
		data = migrateData(ownRead.value);
		for (const key of FIELD_KEYS) from[key] = "topic-tree";
		messages.push(`topic-tree: fields from ${configDir}/plugins/topic-tree/data.json`);
	} else {
		const crumbs = file("plugins/breadcrumbs/data.json");
		if (crumbs !== undefined) {
			const read = readBreadcrumbs(crumbs);
			if (read.ok) {
				data = { ...data, settings: { ...data.settings, ...adoptFields(data.settings, read.fields) } };
				for (const key of FIELD_KEYS) from[key] = "breadcrumbs";
				const named = FIELD_KEYS.filter((k) => read.fields[k].length > 0 && k !== "relatedFields").map((k) => `${FIELD_LABELS[k].toLowerCase()} ${read.fields[k].join(", ")}`);
				if (read.fields.relatedFields.length > 0) named.push(`related fields ${read.fields.relatedFields.join(", ")} (added to ${DEFAULT_PARSE_SETTINGS.relatedFields.join(", ")})`);
				messages.push(`topic-tree: no Topic Tree settings in this vault; fields from Breadcrumbs (${configDir}/plugins/breadcrumbs/data.json, ${read.format}): ${named.join("; ")}`);
				for (const note of read.notes) messages.push(`topic-tree: Breadcrumbs: ${note}`);
			} else {
				messages.push(`topic-tree: ${configDir}/plugins/breadcrumbs/data.json: ${read.message} Using the defaults.`);
			}
		}
	}
	const settings = { ...data.settings };
	for (const key of FIELD_KEYS) {
		const flag = flags.fields?.[key];
		if (flag === undefined) continue;
		settings[key] = commaList(flag);
		from[key] = "flag";
	}

	const excluded: ExclusionEntry[] = [];
	const filters = ignoreFiltersOf(file("app.json"));
	for (const filter of filters) excluded.push({ path: filter, from: "app.json" });
	const saved = ownRead?.ok && ownSettings ? (ownRead.value.settings as Record<string, unknown>) : {};
	const pathsFrom = "excludedPaths" in saved || "excludedFolders" in saved ? "topic-tree" : "default";
	for (const entry of settings.excludedPaths) excluded.push({ path: entry, from: pathsFrom });
	if (settings.leaveOutTemplateFolders) {
		for (const t of templateFoldersOf(file("templates.json"), file("plugins/templater-obsidian/data.json"))) excluded.push({ path: t.folder, from: t.source });
	}
	for (const p of flags.exclude ?? []) excluded.push({ path: p, from: "flag" });
	const folders = excluded.filter((e) => e.from !== "app.json").map((e) => e.path);
	const exclusion = compileExclusion(filters, folders.filter((f) => !isRegex(f)));
	const patterns = folders.filter(isRegex);
	const combined: Exclusion = patterns.length === 0 ? exclusion : compileAlso(exclusion, patterns);

	const fields: SettingsJson["fields"] = {};
	for (const key of FIELD_KEYS) fields[JSON_NAMES[key]] = { names: [...settings[key]], from: from[key] };
	return {
		parse: parseSettingsOf(settings),
		exclusion: combined,
		json: { configDir: flags.noConfig ? null : configDir, fields, excluded, leaveOutTemplateFolders: settings.leaveOutTemplateFolders },
		messages,
	};
}

function isRegex(entry: string): boolean {
	return entry.length > 2 && entry.startsWith("/") && entry.endsWith("/");
}

/** `--exclude /regex/` entries, matched as Obsidian matches them in *Excluded files*. */
function compileAlso(base: Exclusion, patterns: string[]): Exclusion {
	const extra = compileExclusion(patterns, []);
	return { excludes: (p) => base.excludes(p) || extra.excludes(p) };
}

/** Usage lines of the configuration flags. */
export const CONFIG_USAGE = `Configuration (tree, check): the vault's own settings are read from <vault>/.obsidian
(Topic Tree's data.json, else Breadcrumbs' fields; Excluded files; template folders). Flags override:
  --parent-field, --child-field, --related-field, --next-field, --prev-field, --sibling-field  LIST
                          comma-separated field names replacing that list
  --exclude PATH          leave out a folder or file (repeatable; /regex/ as in Excluded files)
  --config-dir NAME       the vault's configuration folder (default .obsidian)
  --no-config             read no configuration file: defaults and flags only`;

/** The configuration flags from parsed arguments; a message when one is unusable. */
export function configFlagsOf(values: Record<string, unknown>): ConfigFlags | string {
	const fields: Partial<Record<keyof RelationFields, string>> = {};
	const names: Array<[string, keyof RelationFields]> = [
		["parent-field", "parentFields"],
		["child-field", "childFields"],
		["related-field", "relatedFields"],
		["next-field", "nextFields"],
		["prev-field", "prevFields"],
		["sibling-field", "siblingFields"],
	];
	for (const [flag, key] of names) {
		const value = values[flag];
		if (typeof value === "string") fields[key] = value;
	}
	const configDir = values["config-dir"];
	if (typeof configDir === "string" && (configDir.trim() === "" || configDir.includes("..") || path.isAbsolute(configDir))) {
		return `--config-dir wants a folder name inside the vault, got "${configDir}"`;
	}
	const exclude = Array.isArray(values.exclude) ? (values.exclude as unknown[]).filter((e): e is string => typeof e === "string" && e.trim() !== "") : [];
	return {
		fields,
		exclude: exclude.map((e) => e.trim().replace(/\\/g, "/").replace(/^\.\//, "")),
		configDir: typeof configDir === "string" ? configDir.trim() : undefined,
		noConfig: values["no-config"] === true,
	};
}
