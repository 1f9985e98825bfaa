/**
 * Markdown cell text reduced to what a reader sees, for matching and comparing cells.
 */

// Link texts, targets and tags stop at the next opening bracket, and a link target may hold one
// level of parentheses: so no match attempt runs past the next one's start, and a cell of
// thousands of unclosed `[`, `](` or `<a` stays linear instead of taking minutes (found by
// tests/core/fuzz/parsers.test.ts). `[a [b](x)` reads as "[a b", as a reader sees it.
const BR = /<br\s*\/?>/gi;
const IMAGE = /!\[([^\][]*)\]\((?:[^()]|\([^()]*\))*\)/g;
const LINK = /\[([^\][]*)\]\((?:[^()]|\([^()]*\))*\)/g;
const WIKI_ALIAS = /!?\[\[[^\][|]*\|([^\][]*)\]\]/g;
const WIKI = /!?\[\[([^\][]*)\]\]/g;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const MARKERS = /\*\*|__|~~|==|\*|`/g;
const LEADING_UNDERSCORE = /(^|[^\p{L}\p{N}])_+/gu;
const TRAILING_UNDERSCORE = /_+(?=$|[^\p{L}\p{N}])/gu;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const SPACES = /\s+/g;
const FORMATTING = /[*_~=`<[!\\]/;

/** Strip markdown formatting, keeping case: links reduced to their text, `<br>` to a space, whitespace collapsed. */
export function plainText(md: string): string {
	if (!FORMATTING.test(md)) return md.replace(SPACES, " ").trim();
	return md
		.replace(BR, " ")
		.replace(IMAGE, "$1")
		.replace(LINK, "$1")
		.replace(WIKI_ALIAS, "$1")
		.replace(WIKI, "$1")
		.replace(HTML_TAG, "")
		.replace(MARKERS, "")
		.replace(LEADING_UNDERSCORE, "$1")
		.replace(TRAILING_UNDERSCORE, "")
		.replace(ESCAPE, "$1")
		.replace(SPACES, " ")
		.trim();
}

/** Strip markdown formatting for matching/comparing: `**Cost**` → "cost"; case-folded, whitespace collapsed, links reduced to their text. */
export function normaliseCell(md: string): string {
	return plainText(md).normalize("NFC").toLowerCase();
}
