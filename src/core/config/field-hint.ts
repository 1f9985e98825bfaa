/**
 * Which fields a vault uses for links that the settings do not read: `parent:: [[x]]` in every
 * note while only `up` is configured. The command prints them as a hint.
 */
import { canonicalKey } from "../fields/canonical";
import { scanInlineFields } from "../fields/scanner";
import { fieldTable } from "../note";
import type { ParseSettings } from "../types";

/** One unconfigured field: its name as first written and the number of notes where it holds a link. */
export interface UnusedField {
	name: string;
	notes: number;
}

const LINK = /\[\[[^\]]|\]\(/;

/** Counts, per note, inline fields and front matter keys holding a link whose name is not configured; most used first. */
export class UnusedFieldCounter {
	private readonly counts = new Map<string, UnusedField>();
	private readonly configured: ReadonlySet<string>;

	constructor(settings: ParseSettings) {
		this.configured = new Set(fieldTable(settings).keys());
	}

	/** Adds one note: its text (inline fields) and its parsed front matter. */
	add(text: string, frontmatter: Record<string, unknown>): void {
		const seen = new Set<string>();
		const count = (name: string) => {
			const key = canonicalKey(name);
			if (key === "" || this.configured.has(key) || seen.has(key)) return;
			seen.add(key);
			const entry = this.counts.get(key);
			if (entry) entry.notes++;
			else this.counts.set(key, { name: name.trim(), notes: 1 });
		};
		if (text.includes("::")) for (const field of scanInlineFields(text)) if (LINK.test(field.value)) count(field.key);
		for (const [key, value] of Object.entries(frontmatter)) if (holdsLink(value, 0)) count(key);
	}

	/** The fields used in at least `min` notes, most used first (then by name), at most `limit`. */
	top(limit = 3, min = 3): UnusedField[] {
		return [...this.counts.values()]
			.filter((f) => f.notes >= min)
			.sort((a, b) => b.notes - a.notes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
			.slice(0, limit);
	}
}

function holdsLink(value: unknown, depth: number): boolean {
	if (typeof value === "string") return LINK.test(value);
	if (Array.isArray(value) && depth < 2) return (value as unknown[]).slice(0, 50).some((item) => holdsLink(item, depth + 1));
	return false;
}
