/**
 * Sort values of comparison cells: numbers with their units ("12 ms", "$1,200", "3.5x", "45%",
 * "7B") and dates ("2023-01-02", "Jan 2023", "2 March 2024"), so items can be ordered by a
 * criterion. Units of one family are converted ("1.5 s" sorts after "900 ms").
 */
import { plainText } from "./normalise";

/** A cell read as a sortable quantity. */
export interface SortValue {
	kind: "number" | "date";
	value: number;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;
const CUR = String.raw`[$€£¥₹]`;
const UNIT = String.raw`(%|‰|[a-zµ×]+\.?)`;
const PER = String.raw`(?:\s*(?:/|per\s)\s*[a-z]+)?`;
const RANGE = String.raw`(?:\s*(?:[-–—]|to\s)\s*${CUR}?\s*[\d.,]+\s*(?:%|[a-zµ×]+)?${PER})?`;
const NUMBER = new RegExp(
	String.raw`^(?:[~≈<>≤≥]|about\s|approx\.?\s|up to\s|over\s|under\s)?\s*([+\-−])?\s*(${CUR})?\s*${NUM}\s*${UNIT}?\s*(${CUR})?(?:\s*\+)?${PER}${RANGE}$`,
	"iu",
);

/** Multipliers of unit suffixes; units of one family share a scale, unknown units count as 1. */
const UNITS: Record<string, number> = {
	k: 1e3, K: 1e3, M: 1e6, mn: 1e6, mil: 1e6, million: 1e6, B: 1e9, b: 1e9, bn: 1e9, billion: 1e9, T: 1e12, trillion: 1e12,
	ns: 1e-6, µs: 1e-3, us: 1e-3, ms: 1, s: 1e3, sec: 1e3, secs: 1e3, second: 1e3, seconds: 1e3,
	min: 6e4, mins: 6e4, minute: 6e4, minutes: 6e4, h: 3.6e6, hr: 3.6e6, hrs: 3.6e6, hour: 3.6e6, hours: 3.6e6,
	d: 8.64e7, day: 8.64e7, days: 8.64e7, w: 6.048e8, wk: 6.048e8, week: 6.048e8, weeks: 6.048e8,
	mo: 2.63e9, month: 2.63e9, months: 2.63e9, y: 3.156e10, yr: 3.156e10, yrs: 3.156e10, year: 3.156e10, years: 3.156e10,
	kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, pb: 1e15, kib: 1024, mib: 1048576, gib: 1073741824, tib: 1099511627776,
};

function unitFactor(unit: string | undefined, currency: boolean): number {
	if (!unit) return 1;
	const u = unit.endsWith(".") ? unit.slice(0, -1) : unit;
	// "$5m" is five million; "5m" alone reads as minutes.
	if (u === "m") return currency ? 1e6 : 6e4;
	return UNITS[u] ?? UNITS[u.toLowerCase()] ?? 1;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ISO = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ t](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/i;
const MONTH_DAY_YEAR = new RegExp(String.raw`^${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`, "i");
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})$`, "i");
const MONTH_YEAR = new RegExp(String.raw`^${MONTH},?\s+(\d{4})$`, "i");
const QUARTER = /^q([1-4])\s+(\d{4})$/i;

function monthIndex(name: string): number {
	return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function date(year: number, month: number, day = 1, h = 0, m = 0, s = 0): SortValue | null {
	if (month < 0 || month > 11 || day < 1 || day > 31 || h > 23 || m > 59 || s > 59) return null;
	return { kind: "date", value: Date.UTC(year, month, day, h, m, s) };
}

function readDate(s: string): SortValue | null {
	let m = ISO.exec(s);
	if (m) return date(+m[1], +m[2] - 1, m[3] ? +m[3] : 1, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
	m = MONTH_DAY_YEAR.exec(s);
	if (m) return date(+m[3], monthIndex(m[1]), +m[2]);
	m = DAY_MONTH_YEAR.exec(s);
	if (m) return date(+m[3], monthIndex(m[2]), +m[1]);
	m = MONTH_YEAR.exec(s);
	if (m) return date(+m[2], monthIndex(m[1]));
	m = QUARTER.exec(s);
	if (m) return date(+m[2], (+m[1] - 1) * 3);
	return null;
}

function readNumber(s: string): SortValue | null {
	const m = NUMBER.exec(s);
	if (!m) return null;
	const [, sign, before, digits, unit, after] = m;
	const n = parseFloat(digits.replace(/,/g, ""));
	if (!Number.isFinite(n)) return null;
	const value = n * unitFactor(unit, Boolean(before || after)) * (sign === "-" || sign === "−" ? -1 : 1);
	return { kind: "number", value };
}

/** The number or date a cell shows, or null when it is text. "12 ms", "$1,200", "3.5x", "45%", "2023-01-02", "Jan 2023". */
export function sortValue(md: string): SortValue | null {
	const s = plainText(md);
	if (s === "" || s.length > 60) return null;
	return readDate(s) ?? readNumber(s);
}

const BLANK = new Set(["", "-", "–", "—", "n/a", "na", "?", "none", "null", "tbd", "unknown"]);
const YEAR = /^\d{4}$/;

/** How a criterion's values sort: their kind and one key per value (null for blanks, which sort last). */
export interface SortKeys {
	kind: "number" | "date";
	keys: (number | null)[];
}

/**
 * Sort keys for one criterion's values, or null when the criterion does not sort: some non-blank
 * value is text, fewer than two values are quantities, or numbers and dates are mixed (bare
 * years count as dates next to dates).
 */
export function sortKeys(values: readonly string[]): SortKeys | null {
	const read = values.map((v) => {
		const plain = plainText(v);
		return BLANK.has(plain.toLowerCase()) ? null : { plain, sv: sortValue(v) };
	});
	let numbers = 0;
	let dates = 0;
	let years = 0;
	for (const r of read) {
		if (r === null) continue;
		if (r.sv === null) return null;
		if (r.sv.kind === "date") dates++;
		else {
			numbers++;
			if (YEAR.test(r.plain)) years++;
		}
	}
	if (numbers + dates < 2) return null;
	if (dates > 0 && numbers > years) return null;
	const kind = dates > 0 ? "date" : "number";
	const keys = read.map((r) => {
		if (r === null || r.sv === null) return null;
		return kind === "date" && r.sv.kind === "number" ? Date.UTC(r.sv.value, 0, 1) : r.sv.value;
	});
	return { kind, keys };
}
