/**
 * Links Topic Tree writes into notes and onto the clipboard. A wiki link cannot name a note whose
 * link text holds `#` (a heading follows), `|` (an alias follows) or `[`/`]` (Obsidian warns
 * about all of them in file names, but allows them): `[[C# notes]]` would link to a note "C".
 * Such notes are linked in markdown form instead, with the path percent-encoded.
 */

/** Characters that split or end a wiki link's target. */
const WIKI_UNSAFE = /[#|[\]]/;

/** Characters escaped in a markdown link's text. */
const TEXT_SPECIAL = /[[\]\\]/g;

/** `[[linktext]]`, or `[text](encoded)` when the link text cannot stand in a wiki link. */
export function safeLink(linktext: string, text: string, extension = ""): string {
	if (!WIKI_UNSAFE.test(linktext)) return `[[${linktext}]]`;
	const target = (linktext + extension).split("/").map(encodeSegment).join("/");
	return `[${text.replace(TEXT_SPECIAL, (c) => `\\${c}`)}](${target})`;
}

/** A path segment for a markdown link: percent-encoded, parentheses included. */
function encodeSegment(segment: string): string {
	return encodeURIComponent(segment).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
