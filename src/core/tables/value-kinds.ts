/**
 * What kind of value a comparison cell holds, and what each criterion's values are: yes/no
 * (✓/✗/partial), levels (low/medium/high), numbers with units, dates, short labels or prose.
 * Differences are marked only on comparable kinds, compared by meaning: "✅" equals "Yes",
 * "1,000 ms" equals "1 s", "High" ranks above "Medium".
 */
import { plainText } from "./normalise";
import { sortValue } from "./panel-sort";

/** The kind of one cell. */
export type ValueKind = "empty" | "yes-no" | "level" | "number" | "date" | "label" | "prose";

/** A yes/no verdict. */
export type Verdict = "yes" | "no" | "partial";

const EMPTY = new Set(["", "-", "–", "—", "n/a", "na", "?", "null", "tbd", "unknown", "…", "..."]);
const YES_MARKS = /^(?:✓|✔|✔️|✅|☑|☑️|🟢|👍)/u;
const NO_MARKS = /^(?:✗|✘|❌|❎|✖|✖️|🚫|⛔|🔴|👎)/u;
const PARTIAL_MARKS = /^(?:⚠️|⚠|🟡|🟠|◐|～|~)(?!\d)/u;
const WORD_VERDICT = /^(yes|no|y|n|true|false|partial|partly|partially|limited)\b\s*[.!,;:]?\s*(?:\([^()]*\))?$/i;
const LEVEL = /^(?:(very|extremely|super|ultra)[ -])?(none|minimal|low|medium|moderate|mid|high)\b\s*[.!,;:]?\s*(?:\([^()]*\))?$/i;
const LEVELS: Record<string, number> = { none: 0, minimal: 1, low: 2, medium: 3, moderate: 3, mid: 3, high: 4 };
const LABEL_CHARS = 32;
const LABEL_WORDS = 4;

/** A cell's verdict: ✓/✅/yes → yes, ✗/❌/no → no, ⚠/partial → partial; null when it is not one. */
export function verdictOf(md: string): Verdict | null {
	const s = plainText(md);
	if (YES_MARKS.test(s)) return "yes";
	if (NO_MARKS.test(s)) return "no";
	if (PARTIAL_MARKS.test(s)) return "partial";
	const m = WORD_VERDICT.exec(s);
	if (!m) return null;
	const w = m[1].toLowerCase();
	return w === "yes" || w === "y" || w === "true" ? "yes" : w === "no" || w === "n" || w === "false" ? "no" : "partial";
}

/** The cell's text without its leading ✓/✗/⚠ mark ("✅ Yes (manual)" → "Yes (manual)"). */
export function verdictText(md: string): string {
	const s = plainText(md);
	const rest = s.replace(YES_MARKS, "").replace(NO_MARKS, "").replace(PARTIAL_MARKS, "").replace(/^\uFE0F/u, "").trim();
	return rest;
}

/** A level's rank (none 0 … high 4, "very" one step further), or null. */
export function levelOf(md: string): number | null {
	const m = LEVEL.exec(plainText(md));
	if (!m) return null;
	const base = LEVELS[m[2].toLowerCase()];
	if (!m[1]) return base;
	return base >= 3 ? base + 0.5 : base - 0.5;
}

/** Whether a cell is blank: empty, a dash, n/a, ?. */
export function isBlank(md: string): boolean {
	return EMPTY.has(plainText(md).toLowerCase());
}

/** The kind of one cell. */
export function valueKind(md: string): ValueKind {
	if (isBlank(md)) return "empty";
	if (verdictOf(md) !== null) return "yes-no";
	if (levelOf(md) !== null) return "level";
	const sv = sortValue(md);
	if (sv) return sv.kind;
	const s = plainText(md);
	return s.length <= LABEL_CHARS && s.split(" ").length <= LABEL_WORDS && !/<br/i.test(md) ? "label" : "prose";
}

/** The kinds that can be compared for differences. */
export function isComparable(kind: ValueKind): boolean {
	return kind !== "prose" && kind !== "empty";
}

/**
 * The kind of a criterion from its values: the one kind every non-blank value has (yes-no,
 * level, number, date); prose when more than half of the values are prose; otherwise labels
 * (short values, or levels and yes/no mixed with them); no values at all is "empty".
 */
export function criterionKind(values: readonly string[]): ValueKind {
	const kinds = new Set<ValueKind>();
	let filled = 0;
	let prose = 0;
	for (const v of values) {
		const k = valueKind(v ?? "");
		if (k === "empty") continue;
		filled++;
		if (k === "prose") prose++;
		kinds.add(k);
	}
	if (filled === 0) return "empty";
	if (prose * 2 > filled) return "prose";
	if (kinds.size === 1) return [...kinds][0];
	// Bare years next to dates sort as dates.
	if (kinds.size === 2 && kinds.has("date") && kinds.has("number")) return "date";
	return "label";
}

/** What a value means for comparison, by its criterion's kind: equal keys mean equal values. */
export function comparisonKey(md: string, kind: ValueKind): string {
	if (isBlank(md)) return "";
	switch (kind) {
		case "yes-no":
			return verdictOf(md) ?? plainText(md).toLowerCase();
		case "level":
			return String(levelOf(md) ?? plainText(md).toLowerCase());
		case "number":
		case "date": {
			const sv = sortValue(md);
			return sv ? String(sv.value) : plainText(md).toLowerCase();
		}
		default:
			return plainText(md).normalize("NFC").toLowerCase();
	}
}
