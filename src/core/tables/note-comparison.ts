/**
 * Compare notes side by side: each note is an item, each front matter property a criterion,
 * plus the note's parents and number of children from the hierarchy.
 */
import type { Comparison } from "./comparison";
import { normaliseCell } from "./normalise";
import { MAX_DEPTH, MAX_VALUES } from "../yaml-values";

/** One note to compare, as the caller reads it (front matter from the metadata cache). */
export interface NoteForComparison {
	/** Vault path; used to tell apart notes with the same title. */
	path: string;
	/** Display title: the item name. */
	title: string;
	frontmatter: Record<string, unknown>;
	/** Titles of the note's parents. */
	parents: readonly string[];
	/** Number of children. */
	children: number;
}

/** A comparison of notes, and which note each item name stands for. */
export interface NoteComparison {
	comparison: Comparison;
	/** Display name of each item (its title, or its path when titles clash), in item order. */
	names: string[];
	/** Display name → note path. */
	paths: Map<string, string>;
}

/** Criterion names of the hierarchy rows, and the fallbacks used when a property already has that name. */
const PARENTS = ["Parents", "Parents in tree"];
const CHILDREN = ["Children", "Children in tree"];

function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

/** `YYYY-MM-DD` (UTC), with ` HH:MM` when the time is not midnight. */
function formatDate(date: Date): string {
	if (Number.isNaN(date.getTime())) return "";
	const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	const h = date.getUTCHours();
	const m = date.getUTCMinutes();
	return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`;
}

// A property is read with the budgets of yaml-values.ts: YAML aliases let a few lines stand for
// a list that contains itself (`&a [*a]`) or for millions of values (`b: [*a, *a]`, ...).

/** Thrown by the JSON replacer once the budget is spent. */
class OverBudget extends Error {}

/** A front matter value as cell markdown: lists joined with ", ", dates as YYYY-MM-DD, objects as JSON, line breaks as `<br>`. */
export function formatPropertyValue(value: unknown): string {
	return formatWithin(value, { left: MAX_VALUES }, 0);
}

/** `formatPropertyValue`, reading at most `budget.left` values (shared by the whole property) and `MAX_DEPTH` levels. */
function formatWithin(value: unknown, budget: { left: number }, depth: number): string {
	if (value === null || value === undefined || depth > MAX_DEPTH || --budget.left < 0) return "";
	if (value instanceof Date) return formatDate(value);
	if (Array.isArray(value)) {
		const parts: string[] = [];
		for (const item of value as unknown[]) {
			if (budget.left <= 0) break;
			const part = formatWithin(item, budget, depth + 1);
			if (part !== "") parts.push(part);
		}
		return parts.join(", ");
	}
	if (typeof value === "object") {
		try {
			return JSON.stringify(value, (_key, v: unknown) => {
				if (--budget.left < 0) throw new OverBudget();
				return v;
			});
		} catch {
			// Circular (TypeError) or over budget.
			return "";
		}
	}
	if (typeof value === "string") return value.trim().replace(/\r?\n/g, "<br>");
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	return "";
}

/** Older Obsidian versions put the front matter's own position into `frontmatter.position`: not a property. */
function isCachePosition(value: unknown): boolean {
	return typeof value === "object" && value !== null && "start" in value && "end" in value;
}

/** The first of `names` not used by a property (compared normalised). */
function freeName(names: readonly string[], used: ReadonlySet<string>): string {
	return names.find((n) => !used.has(normaliseCell(n))) ?? names[names.length - 1];
}

/** Display names: titles, except that notes sharing a title are named by their path (without `.md`). */
function displayNames(notes: readonly NoteForComparison[]): string[] {
	const counts = new Map<string, number>();
	for (const note of notes) {
		const key = normaliseCell(note.title);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return notes.map((note) => ((counts.get(normaliseCell(note.title)) ?? 0) > 1 ? note.path.replace(/\.md$/i, "") : note.title));
}

/**
 * An item's markdown: a wiki link to the note's path showing its name, so the item links to the
 * right note even when its title is not its file name; the bare name when it cannot sit in a link.
 */
export function itemLink(path: string, name: string): string {
	const target = path.replace(/\.md$/i, "");
	return /[[\]|#^]/.test(target + name) ? name : `[[${target}|${name}]]`;
}

/**
 * Build the comparison: items are the notes (in the order given, as links to them, see
 * `itemLink`), criteria the union of their front matter keys (case-insensitive, first spelling
 * and first-seen order kept), then "Parents" (titles) and "Children" (count).
 */
export function compareNotes(notes: readonly NoteForComparison[]): NoteComparison {
	const keys: string[] = [];
	const byKey = new Map<string, number>();
	const values: string[][] = [];
	notes.forEach((note, j) => {
		for (const [key, value] of Object.entries(note.frontmatter)) {
			const norm = key.trim().toLowerCase();
			if (norm === "" || (norm === "position" && isCachePosition(value))) continue;
			let i = byKey.get(norm);
			if (i === undefined) {
				i = keys.length;
				byKey.set(norm, i);
				keys.push(key.trim());
				values.push(notes.map(() => ""));
			}
			// The first non-empty value wins when a note spells a key twice (`Tags` and `tags`).
			if (values[i][j] === "") values[i][j] = formatPropertyValue(value);
		}
	});
	const used = new Set(keys.map((k) => normaliseCell(k)));
	const criteria = [...keys, freeName(PARENTS, used), freeName(CHILDREN, used)];
	values.push(notes.map((n) => n.parents.join(", ")));
	values.push(notes.map((n) => String(n.children)));
	const names = displayNames(notes);
	const paths = new Map<string, string>();
	names.forEach((name, j) => paths.set(name, notes[j].path));
	return {
		comparison: { orientation: "items-in-columns", items: names.map((name, j) => itemLink(notes[j].path, name)), criteria, values, corner: "" },
		names,
		paths,
	};
}
