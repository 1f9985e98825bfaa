/**
 * The relation fields of a vault: the six lists every reader of a vault needs (the plugin's
 * settings, the command's configuration, the Breadcrumbs import), and the differences between two.
 */
import { DEFAULT_PARSE_SETTINGS, type ParseSettings } from "../types";

/** The relation field lists, by setting name (documented on ParseSettings). */
export type RelationFields = Pick<ParseSettings, "parentFields" | "childFields" | "relatedFields" | "nextFields" | "prevFields" | "siblingFields">;

/** The lists in the order settings show them. */
export const FIELD_KEYS: readonly (keyof RelationFields)[] = ["parentFields", "childFields", "siblingFields", "nextFields", "prevFields", "relatedFields"];

/** What each list is called in messages and the settings tab. */
export const FIELD_LABELS: Record<keyof RelationFields, string> = {
	parentFields: "Parent fields",
	childFields: "Child fields",
	relatedFields: "Related fields",
	nextFields: "Next fields",
	prevFields: "Previous fields",
	siblingFields: "Sibling fields",
};

/** The default field lists (fresh copies). */
export function defaultFields(): RelationFields {
	const d = DEFAULT_PARSE_SETTINGS;
	return {
		parentFields: [...d.parentFields],
		childFields: [...d.childFields],
		relatedFields: [...d.relatedFields],
		nextFields: [...d.nextFields],
		prevFields: [...d.prevFields],
		siblingFields: [...d.siblingFields],
	};
}

/** One list that differs: its key, the current names and the names it would get. */
export interface FieldChange {
	key: keyof RelationFields;
	label: string;
	from: string[];
	to: string[];
}

/** The lists of `next` that differ from `current`, in settings order. */
export function fieldChanges(current: RelationFields, next: RelationFields): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const key of FIELD_KEYS) {
		const a = current[key];
		const b = next[key];
		if (a.length !== b.length || a.some((name, i) => name !== b[i])) changes.push({ key, label: FIELD_LABELS[key], from: [...a], to: [...b] });
	}
	return changes;
}

/** A list of names from whatever a settings file holds: strings trimmed, empty ones and duplicates (case-insensitive) dropped. */
export function nameList(value: unknown): string[] | undefined {
	if (!Array.isArray(value)) return undefined;
	const out: string[] = [];
	const seen = new Set<string>();
	for (const item of value as unknown[]) {
		if (typeof item !== "string") continue;
		const name = item.trim();
		if (name === "" || seen.has(name.toLowerCase())) continue;
		seen.add(name.toLowerCase());
		out.push(name);
	}
	return out;
}

/**
 * The fields after adopting imported ones (Breadcrumbs'): each hierarchy list is replaced; the
 * related list keeps the current names and adds the imported ones, since Breadcrumbs has no
 * related fields of its own to replace them with.
 */
export function adoptFields(current: RelationFields, imported: RelationFields): RelationFields {
	const related = [...current.relatedFields];
	for (const name of imported.relatedFields) if (!related.some((n) => n.toLowerCase() === name.toLowerCase())) related.push(name);
	const taken = new Set(FIELD_KEYS.filter((k) => k !== "relatedFields").flatMap((k) => imported[k].map((n) => n.toLowerCase())));
	return {
		parentFields: [...imported.parentFields],
		childFields: [...imported.childFields],
		siblingFields: [...imported.siblingFields],
		nextFields: [...imported.nextFields],
		prevFields: [...imported.prevFields],
		relatedFields: related.filter((n) => !taken.has(n.toLowerCase())),
	};
}
