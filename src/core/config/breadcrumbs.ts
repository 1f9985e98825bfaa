/**
 * Breadcrumbs' settings (`<configDir>/plugins/breadcrumbs/data.json`) as Topic Tree fields, in
 * both formats real vaults hold:
 *
 * - version 3: `userHiers`, a list of hierarchies, each `{ up, same, down, next, prev }` field lists
 *   (early version 4 betas wrote `userHierarchies` of `{ dirs: { … } }`, read the same way);
 * - version 4: `edge_fields` (`{ label }`) and `edge_field_groups` (`{ label, fields }`). Group
 *   labels are the user's (`ups`, `parent`, `nexts`…), so a group's role is read from its label,
 *   else from the names of the fields it holds, else from `implied_relations` (a group whose
 *   fields are the reverse of a parent group's fields holds children, and so on).
 *
 * The first hierarchy (version 3) or the groups with a role (version 4) give the parent, child,
 * sibling, next and previous fields; every other field (further hierarchies, groups without a
 * role, fields in no group) becomes a related field. A version 4 file that still carries a
 * legacy hierarchy adds that hierarchy's fields to the same roles. Implied relations and
 * Breadcrumbs' other sources (tag notes, Dendron…) are not imported.
 */
import type { RelationFields } from "./fields";
import { nameList } from "./fields";

/** The result of reading the file: the fields, or a message saying why nothing can be taken from it. */
export type BreadcrumbsImport =
	| { ok: true; format: "v3" | "v4"; fields: RelationFields; notes: string[] }
	| { ok: false; message: string };

type Role = "parentFields" | "childFields" | "siblingFields" | "nextFields" | "prevFields";

/** Version 3 direction keys. */
const DIRECTIONS: Record<string, Role> = { up: "parentFields", down: "childFields", same: "siblingFields", next: "nextFields", prev: "prevFields" };

/** Names that say what a group holds (label or field name, lowercase, a trailing `s` removed). */
const ROLE_WORDS: Record<string, Role> = {
	up: "parentFields",
	parent: "parentFields",
	broader: "parentFields",
	super: "parentFields",
	down: "childFields",
	child: "childFields",
	children: "childFields",
	narrower: "childFields",
	sub: "childFields",
	same: "siblingFields",
	sibling: "siblingFields",
	next: "nextFields",
	following: "nextFields",
	prev: "prevFields",
	previou: "prevFields",
	preceding: "prevFields",
};

const OPPOSITE: Record<Role, Role> = {
	parentFields: "childFields",
	childFields: "parentFields",
	siblingFields: "siblingFields",
	nextFields: "prevFields",
	prevFields: "nextFields",
};

function roleWord(name: string): Role | undefined {
	const word = name.trim().toLowerCase();
	return ROLE_WORDS[word] ?? (word.endsWith("s") ? ROLE_WORDS[word.slice(0, -1)] : undefined);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function empty(): RelationFields {
	return { parentFields: [], childFields: [], relatedFields: [], nextFields: [], prevFields: [], siblingFields: [] };
}

/** Adds a name to a list unless some list already holds it (the first role a name gets wins). */
function addName(fields: RelationFields, key: keyof RelationFields, name: string): void {
	const lower = name.toLowerCase();
	for (const list of Object.values<string[]>(fields)) if (list.some((n) => n.toLowerCase() === lower)) return;
	fields[key].push(name);
}

/** Reads Breadcrumbs' data.json text. Never throws. */
export function readBreadcrumbs(text: string): BreadcrumbsImport {
	let data: unknown;
	try {
		data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (e) {
		return { ok: false, message: `Breadcrumbs' settings are not valid JSON (${(e as Error).message}); nothing was changed.` };
	}
	if (!isRecord(data)) return { ok: false, message: "Breadcrumbs' settings are not a JSON object; nothing was changed." };
	const notes: string[] = [];
	const fields = empty();
	let format: "v3" | "v4";
	if (data.edge_field_groups !== undefined || data.edge_fields !== undefined) {
		format = "v4";
		const problem = readV4(data, fields, notes);
		if (problem) return { ok: false, message: problem };
		const legacy = legacyHierarchies(data);
		if (legacy && legacy.length > 0) {
			const before = JSON.stringify(fields);
			readHierarchy(legacy[0], fields, "first");
			if (JSON.stringify(fields) !== before) notes.push("Fields of the legacy hierarchy still in the file were added to the same roles.");
		}
	} else {
		const hierarchies = legacyHierarchies(data);
		if (hierarchies === undefined) {
			return { ok: false, message: "Breadcrumbs' settings hold no hierarchy (neither `userHiers` nor `edge_field_groups`); nothing was changed." };
		}
		if (hierarchies === null) return { ok: false, message: "Breadcrumbs' `userHiers` is not a list of hierarchies; nothing was changed." };
		format = "v3";
		hierarchies.forEach((hier, i) => readHierarchy(hier, fields, i === 0 ? "first" : "further"));
		if (hierarchies.length > 1) notes.push(`The fields of ${hierarchies.length - 1} further ${hierarchies.length === 2 ? "hierarchy" : "hierarchies"} became related fields.`);
	}
	if (fields.parentFields.length === 0 && fields.childFields.length === 0) {
		return { ok: false, message: "Breadcrumbs' settings name no parent or child field; nothing was changed." };
	}
	return { ok: true, format, fields, notes };
}

/** `userHiers` (v3) or `userHierarchies[].dirs` (v4 betas): the list, undefined when absent, null when malformed. */
function legacyHierarchies(data: Record<string, unknown>): Record<string, unknown>[] | undefined | null {
	const raw = data.userHiers ?? data.userHierarchies;
	if (raw === undefined) return undefined;
	if (!Array.isArray(raw)) return null;
	const out: Record<string, unknown>[] = [];
	for (const item of raw as unknown[]) {
		if (!isRecord(item)) return null;
		out.push(isRecord(item.dirs) ? item.dirs : item);
	}
	return out;
}

function readHierarchy(hier: Record<string, unknown>, fields: RelationFields, which: "first" | "further"): void {
	for (const [direction, role] of Object.entries(DIRECTIONS)) {
		for (const name of nameList(hier[direction]) ?? []) addName(fields, which === "first" ? role : "relatedFields", name);
	}
}

/** Version 4: roles of the groups, their fields; returns a message when the file is malformed. */
function readV4(data: Record<string, unknown>, fields: RelationFields, notes: string[]): string | undefined {
	const groups = data.edge_field_groups ?? [];
	if (!Array.isArray(groups) || !(groups as unknown[]).every((g) => isRecord(g) && (g.fields === undefined || Array.isArray(g.fields)))) {
		return "Breadcrumbs' `edge_field_groups` is not a list of groups with field lists; nothing was changed.";
	}
	const all = Array.isArray(data.edge_fields)
		? (data.edge_fields as unknown[]).map((f) => (isRecord(f) && typeof f.label === "string" ? f.label.trim() : "")).filter((l) => l !== "")
		: [];
	const list = (groups as Record<string, unknown>[]).map((g) => ({ label: typeof g.label === "string" ? g.label : "", fields: nameList(g.fields) ?? [] }));
	const roles = list.map((g) => roleWord(g.label) ?? majorityRole(g.fields));
	// Groups still without a role: the reverse of a group with one, by implied_relations.
	const opposite = reverseFields(data);
	list.forEach((g, i) => {
		if (roles[i] !== undefined) return;
		for (let j = 0; j < list.length; j++) {
			const known = roles[j];
			if (known === undefined) continue;
			if (g.fields.some((f) => list[j].fields.some((k) => opposite.get(k)?.has(f)))) {
				roles[i] = OPPOSITE[known];
				break;
			}
		}
	});
	list.forEach((g, i) => {
		const role = roles[i];
		for (const name of g.fields) addName(fields, role ?? "relatedFields", name);
		if (role === undefined && g.fields.length > 0) notes.push(`Group "${g.label}" has no hierarchy role; its fields became related fields.`);
	});
	for (const name of all) addName(fields, "relatedFields", name);
	return undefined;
}

function majorityRole(names: readonly string[]): Role | undefined {
	const counts = new Map<Role, number>();
	for (const name of names) {
		const role = roleWord(name);
		if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
	}
	let best: Role | undefined;
	for (const [role, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = role;
	return best;
}

/** Field → the fields implied_relations closes it with in reverse (`parent` → `child`). */
function reverseFields(data: Record<string, unknown>): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	const implied = isRecord(data.implied_relations) ? data.implied_relations.transitive : undefined;
	if (!Array.isArray(implied)) return out;
	for (const rule of implied as unknown[]) {
		if (!isRecord(rule) || rule.close_reversed !== true || typeof rule.close_field !== "string" || !Array.isArray(rule.chain) || rule.chain.length !== 1) continue;
		const step: unknown = rule.chain[0];
		if (!isRecord(step) || typeof step.field !== "string") continue;
		const set = out.get(step.field) ?? new Set<string>();
		set.add(rule.close_field);
		out.set(step.field, set);
		const back = out.get(rule.close_field) ?? new Set<string>();
		back.add(step.field);
		out.set(rule.close_field, back);
	}
	return out;
}
