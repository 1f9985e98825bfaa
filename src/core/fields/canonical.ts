/**
 * Field-name canonicalisation, after Dataview: a key matches another when both reduce to the same
 * canonical form (`**Up Link**` → `up-link`).
 */

/** Markdown emphasis markers that may wrap a key, longest first. */
const WRAPPERS = ["**", "__", "~~", "==", "*", "_"];

/** Trims a key and removes emphasis markers wrapped around it (`**up**`, `_up_`, `~~up~~`), repeatedly. */
export function stripKeyFormatting(key: string): string {
	let k = key.trim();
	for (;;) {
		const w = wrapperOf(k);
		if (w === undefined) return k;
		k = k.slice(w.length, k.length - w.length).trim();
	}
}

/** The first marker that wraps `k` (a plain loop: this runs for every candidate key in a note). */
function wrapperOf(k: string): string | undefined {
	for (const m of WRAPPERS) if (k.length > 2 * m.length && k.startsWith(m) && k.endsWith(m)) return m;
	return undefined;
}

/**
 * Keys canonicalised before: the same few keys (`title`, `tags`, `up`) recur in every note, and
 * a lookup costs less than the trimming, lowercasing and replacing. Only short keys are kept, and
 * the cache is emptied when it grows past a bound, so odd vaults cannot make it grow without limit.
 */
const canonicalCache = new Map<string, string>();
const CANONICAL_CACHE_LIMIT = 4096;

/** Dataview's canonical key: formatting stripped, trimmed, lowercased, runs of white space replaced by `-`. */
export function canonicalKey(key: string): string {
	let canonical = canonicalCache.get(key);
	if (canonical === undefined) {
		canonical = stripKeyFormatting(key).toLowerCase().replace(/\s+/g, "-");
		if (key.length <= 64) {
			if (canonicalCache.size >= CANONICAL_CACHE_LIMIT) canonicalCache.clear();
			canonicalCache.set(key, canonical);
		}
	}
	return canonical;
}
