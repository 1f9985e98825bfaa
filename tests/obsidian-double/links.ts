import type * as O from "obsidian";

/** Fake of `O.normalizePath`: one `/` between parts, no leading/trailing slash, NBSP to space, NFC; `/` for the root. */
export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "");
	p = p.replace(/[\u00a0\u202f]/g, " ");
	if (p === "") p = "/";
	return p.normalize("NFC");
}

/** Fake of `O.parseLinktext`: `a#h` → `{ path: "a", subpath: "#h" }`. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const index = linktext.indexOf("#");
	if (index < 0) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, index), subpath: linktext.slice(index) };
}

/** Fake of `O.getLinkpath`: the link text without its `#subpath`. */
export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

/** Fake of `O.stripHeading`: removes characters Obsidian drops from heading links. */
export function stripHeading(heading: string): string {
	return heading.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, " ").replace(/\s+/g, " ").trim();
}

/** Fake of `O.stripHeadingForLink`. */
export function stripHeadingForLink(heading: string): string {
	return heading.replace(/[#|^\\%[\]:]/g, " ").replace(/\s+/g, " ").trim();
}

/** Fake of `O.parseFrontMatterEntry`: the value of the first key matching `key` (a RegExp or an exact name). */
export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
	if (!frontmatter || typeof frontmatter !== "object") return null;
	for (const [k, v] of Object.entries(frontmatter)) {
		if (typeof key === "string" ? k === key : key.test(k)) return v;
	}
	return null;
}

/** Fake of `O.parseFrontMatterStringArray`: strings, comma separated strings, or lists of them. */
export function parseFrontMatterStringArray(frontmatter: unknown, key: string | RegExp, nospaces = false): string[] | null {
	const value = parseFrontMatterEntry(frontmatter, key);
	if (value === null || value === undefined) return null;
	const raw = Array.isArray(value) ? value : [value];
	const out: string[] = [];
	for (const item of raw) {
		if (typeof item !== "string" && typeof item !== "number") continue;
		const parts = String(item).split(nospaces ? /[,\s]+/ : ",");
		for (const part of parts) if (part.trim() !== "") out.push(part.trim());
	}
	return out.length > 0 ? out : null;
}

/** Fake of `O.parseFrontMatterAliases`: `aliases` or `alias`. */
export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
	return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

/** Fake of `O.parseFrontMatterTags`: `tags` or `tag`, each with a leading `#`. */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
	const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i, true);
	return tags ? tags.map((t) => (t.startsWith("#") ? t : `#${t}`)) : null;
}

/** Fake of `O.getAllTags`: front matter tags, then body tags, each with `#`. */
export function getAllTags(cache: O.CachedMetadata): string[] | null {
	const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
	return tags.length > 0 ? tags : null;
}

/** Fake of `O.iterateRefs`: stops when `cb` returns true, and returns whether it did. */
export function iterateRefs(refs: O.Reference[], cb: (ref: O.Reference) => boolean | void): boolean {
	for (const ref of refs) if (cb(ref) === true) return true;
	return false;
}

/** Fake of `O.iterateCacheRefs`: links, then embeds, then front matter links. */
export function iterateCacheRefs(cache: O.CachedMetadata, cb: (ref: O.ReferenceCache) => boolean | void): boolean {
	const refs = [...(cache.links ?? []), ...(cache.embeds ?? [])];
	if (iterateRefs(refs, cb as (ref: O.Reference) => boolean | void)) return true;
	return iterateRefs(cache.frontmatterLinks ?? [], cb as (ref: O.Reference) => boolean | void);
}
