/**
 * The link guard of comparison panels: finds links to `javascript:`, `vbscript:` and `data:` in
 * cell markdown and in URLs, the way a browser reads them: character references decoded
 * (`&#106;`, `&#x6A;`, `&colon;`, `&Tab;`, also without the final `;` and encoded twice), tabs,
 * line breaks, spaces and control characters dropped, case folded. Pure: the panel uses it
 * before rendering a cell (such a cell is shown as written) and on the rendered DOM afterwards.
 */

const NAMED: Record<string, string> = {
	colon: ":", Tab: "\t", NewLine: "\n", sol: "/", lpar: "(", rpar: ")", period: ".", amp: "&", lt: "<", gt: ">",
	quot: '"', apos: "'", nbsp: " ", lsqb: "[", rsqb: "]", lbrack: "[", rbrack: "]", excl: "!", num: "#", semi: ";", equals: "=",
};
const REFERENCE = /&(?:#(\d{1,8})|#[xX]([\da-fA-F]{1,8})|([A-Za-z][A-Za-z\d]{1,31}));?/g;
/** Tabs, line breaks, spaces and C0/C1 control characters: browsers skip them in a URL's scheme. */
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern finds
const IGNORED = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;
const SCHEME = /^(?:javascript|vbscript|data):/;
/** A link destination or a URL attribute in markdown or HTML, after normalising: `](`, `<`, `]:`, `href=`, `src=`… */
const LINK_SCRIPT = /(?:\]\(|<|\]:|(?:href|src|action|formaction|data)=["']?)(?:javascript|vbscript|data):/;

/** Decode HTML character references once: numeric ones and the named ones that can spell a scheme. */
function decodeOnce(text: string): string {
	return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
		if (name !== undefined) return NAMED[name] ?? whole;
		const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex ?? "", 16);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
	});
}

/** Decode character references until nothing changes (at most 4 rounds: `&amp;#106;` is decoded too). */
export function decodeReferences(text: string): string {
	let out = text;
	for (let round = 0; round < 4 && out.includes("&"); round++) {
		const next = decodeOnce(out);
		if (next === out) break;
		out = next;
	}
	return out;
}

/** A URL or markdown as a browser reads its scheme: references decoded, ignored characters dropped, lowercase. */
export function normaliseForScheme(text: string): string {
	return decodeReferences(text).replace(IGNORED, "").toLowerCase();
}

/** Whether a URL (an `href`, `src`…) leads to script or inline data. */
export function isScriptUrl(url: string): boolean {
	return SCHEME.test(normaliseForScheme(url));
}

/** Whether cell markdown holds a link, autolink, reference definition or HTML URL to script or inline data. */
export function hasScriptLink(md: string): boolean {
	return LINK_SCRIPT.test(normaliseForScheme(md));
}
