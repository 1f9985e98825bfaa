/**
 * Breadcrumbs migration inside Obsidian: on first run (Topic Tree has no saved settings yet),
 * adopt Breadcrumbs' fields and say so; the settings tab's *Import from Breadcrumbs* shows the
 * same change before applying it. A malformed file changes nothing and says why.
 */
import type { App } from "obsidian";
import { adoptFields, fieldChanges, FIELD_KEYS, type FieldChange, type RelationFields } from "../core/config/fields";
import type { TopicTreeSettings } from "../settings/settings";
import { breadcrumbsPath, readBreadcrumbsFile } from "./vault-files";

/** What importing would do: the new field lists and the lists that change, or why it cannot. */
export type ImportPlan = { ok: true; fields: RelationFields; changes: FieldChange[]; notes: string[] } | { ok: false; message: string };

function fieldsOf(settings: TopicTreeSettings): RelationFields {
	const out = {} as RelationFields;
	for (const key of FIELD_KEYS) out[key] = [...settings[key]];
	return out;
}

/** The import of Breadcrumbs' fields over the current settings; `ok: false` when there is no usable file. */
export async function planBreadcrumbsImport(app: App, settings: TopicTreeSettings): Promise<ImportPlan> {
	const read = await readBreadcrumbsFile(app);
	if (read === undefined) return { ok: false, message: `Breadcrumbs has no settings in this vault (${breadcrumbsPath(app)}).` };
	if (!read.ok) return { ok: false, message: read.message };
	const current = fieldsOf(settings);
	const fields = adoptFields(current, read.fields);
	return { ok: true, fields, changes: fieldChanges(current, fields), notes: read.notes };
}

/** One line per changed list, for notices and the import preview: `Parent fields: up → up, parent`. */
export function describeChanges(changes: readonly FieldChange[]): string[] {
	const list = (names: string[]) => (names.length === 0 ? "none" : names.join(", "));
	return changes.map((c) => `${c.label}: ${list(c.from)} → ${list(c.to)}`);
}

/**
 * First run: when nothing was saved yet and Breadcrumbs' settings can be read, the fields to
 * adopt and the notice text; undefined otherwise (a malformed file gives a notice and no fields).
 */
export async function firstRunAdoption(
	app: App,
	saved: unknown,
	settings: TopicTreeSettings,
): Promise<{ fields?: RelationFields; notice: string } | undefined> {
	if (saved !== undefined && saved !== null) return undefined;
	const plan = await planBreadcrumbsImport(app, settings);
	if (!plan.ok) {
		const absent = (await readBreadcrumbsFile(app)) === undefined;
		return absent ? undefined : { notice: `Topic Tree could not use Breadcrumbs' settings: ${plan.message}` };
	}
	const lines = describeChanges(plan.changes);
	const notice = lines.length === 0 ? "Topic Tree uses the same fields as Breadcrumbs." : `Topic Tree adopted Breadcrumbs' fields.\n${lines.join("\n")}`;
	return { fields: plan.fields, notice };
}
