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
		const w = WRAPPERS.find((m) => k.length > 2 * m.length && k.startsWith(m) && k.endsWith(m));
		if (w === undefined) return k;
		k = k.slice(w.length, k.length - w.length).trim();
	}
}

/** Dataview's canonical key: formatting stripped, trimmed, lowercased, runs of white space replaced by `-`. */
export function canonicalKey(key: string): string {
	return stripKeyFormatting(key).toLowerCase().replace(/\s+/g, "-");
}
