/**
 * Text from a note quoted in a problem message, cut short: a 500 KB `up::` value must not make a
 * 500 KB message (in `topic-tree check`, in the problems list of the app). The start is kept,
 * never splitting a character, followed by `…` and the full length.
 */

/** Longest quoted text kept, in UTF-16 code units. */
export const QUOTE_MAX = 120;

/** `text`, or its first {@link QUOTE_MAX} code units and `…` when longer. */
export function clip(text: string, max = QUOTE_MAX): string {
	if (text.length <= max) return text;
	let end = max;
	const last = text.charCodeAt(end - 1);
	// Do not end on the first half of a surrogate pair.
	if (last >= 0xd800 && last <= 0xdbff) end--;
	return text.slice(0, end) + "…";
}

/** `'text'` for a message, cut short as {@link clip} does and then followed by its full length: `'abc…' (500,000 characters)`. */
export function quote(text: string, max = QUOTE_MAX): string {
	if (text.length <= max) return `'${text}'`;
	return `'${clip(text, max)}' (${codePoints(text).toLocaleString("en-US")} characters)`;
}

/** Characters as a reader counts them: code points, a surrogate pair counting once. */
function codePoints(text: string): number {
	let n = text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
			const h = text.charCodeAt(i - 1);
			if (h >= 0xd800 && h <= 0xdbff) n--;
		}
	}
	return n;
}
