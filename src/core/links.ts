/**
 * Link syntax (wiki links, markdown links, bare names) and a resolver that mirrors Obsidian's
 * `metadataCache.getFirstLinkpathDest` for use outside the app.
 */
import { LinkText } from "./link-text";
import type { LinkRef, ResolveLink } from "./types";
import { walkValues } from "./yaml-values";

/** Links found in a field value, and the bare names left once the links are taken out. */
export interface ParsedLinks {
	links: LinkRef[];
	/** Non-empty leftovers split on commas, trimmed, quotes removed, e.g. `mlops` in `up:: mlops`. */
	rest: string[];
}

/** Prefix of a ghost node's id; the rest is {@link ghostKey} of the missing note's name. */
export const GHOST_PREFIX = "ghost:";

const BANG = 33;
const LPAREN = 40;
const RPAREN = 41;
const LT = 60;
const LBRACKET = 91;
const RBRACKET = 93;

/** A URL scheme (`https:`, `mailto:`, `obsidian:`): such markdown links do not point at notes. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A leftover worth keeping as a bare name: it has a letter, a digit or an emoji. */
const MEANINGFUL = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;
const QUOTES: Record<string, string> = { '"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb" };
const EMPTY: readonly string[] = [];

/** Splits a field value into links: any number of [[wiki]], ![[embed]], [text](md) links separated by commas/spaces; what remains non-empty is returned as bare names. */
export function parseLinks(value: string): ParsedLinks {
	const out: ParsedLinks = { links: [], rest: [] };
	collectLinks(value, out);
	return out;
}

/**
 * Same for a front matter value: string ("[[a]]", "a", "[t](a.md)"), array of those, numbers;
 * nested arrays flattened (YAML `up: [[a]]` parses as [["a"]] — treat an inner array of one
 * string as the wiki link [[a]]). Lists are read within the limits of {@link walkValues}: each
 * once, however often YAML aliases repeat them.
 */
export function parseFrontmatterLinks(value: unknown): ParsedLinks {
	const out: ParsedLinks = { links: [], rest: [] };
	collectFrontmatter(value, out);
	return out;
}

/** The linkpath Obsidian would resolve: target without subpath. */
export function linkpath(link: LinkRef): string {
	return link.target;
}

/** Lowercased name a ghost is merged by: linkpath without a trailing .md, trimmed, lowercase, NFC. */
export function ghostKey(linkpath: string): string {
	let k = nfc(linkpath).trim();
	if (k.toLowerCase().endsWith(".md")) k = k.slice(0, -3).trim();
	return k.toLowerCase();
}

function collectFrontmatter(value: unknown, out: ParsedLinks): void {
	walkValues(value, (item, depth) => {
		if (typeof item === "string") collectLinks(item, out);
		else if (typeof item === "number") {
			if (Number.isFinite(item)) out.rest.push(String(item));
		} else if (Array.isArray(item)) {
			const items = item as unknown[];
			const only: unknown = items.length === 1 ? items[0] : undefined;
			if (depth > 0 && typeof only === "string" && !only.includes("[[") && !only.includes("](")) {
				// YAML read `[[a]]` as a list in a list: it was meant as a wiki link.
				const ref = wikiRef(only, false);
				if (ref !== null) out.links.push(ref);
				return false;
			}
			return true;
		}
		return false;
	});
}

/**
 * Tries a link at every `[` of the value; searches ahead go through {@link LinkText}, so that
 * tries that fail (a value of unclosed brackets) do not read the rest of the value again each.
 */
function collectLinks(value: string, out: ParsedLinks): void {
	const n = value.length;
	const text = new LinkText(value);
	let textStart = 0;
	let i = value.indexOf("[");
	while (i >= 0 && i < n) {
		const embed = i > 0 && value.charCodeAt(i - 1) === BANG;
		const from = embed ? i - 1 : i;
		let end = -1;
		if (value.charCodeAt(i + 1) === LBRACKET) {
			const close = text.wikiCloseFrom(i + 2);
			const again = close < 0 ? -1 : text.lastWikiOpenBefore(close);
			if (again >= i + 2) {
				// `[[a [[b]]`: the last `[[` opens the link.
				i = again;
				continue;
			}
			const newline = close < 0 ? -1 : text.newlineFrom(i + 2);
			if (close >= 0 && (newline < 0 || newline > close)) {
				const ref = wikiRef(value.slice(i + 2, close), embed);
				if (ref !== null) out.links.push(ref);
				end = close + 2;
				while (value.charCodeAt(end) === RBRACKET) end++;
			}
		} else {
			end = markdownLink(value, text, i, embed, out);
		}
		if (end < 0) {
			i = value.indexOf("[", i + 1);
			continue;
		}
		addRest(value.slice(textStart, from), out);
		textStart = end;
		i = value.indexOf("[", end);
	}
	addRest(value.slice(textStart), out);
}

/** Adds the comma-separated bare names of `text` to `out.rest`. */
function addRest(text: string, out: ParsedLinks): void {
	if (text.trim() === "") return;
	for (const piece of text.split(",")) {
		const name = unquote(piece.trim());
		if (name !== "" && MEANINGFUL.test(name)) out.rest.push(name);
	}
}

function unquote(s: string): string {
	const close = s.length >= 2 ? QUOTES[s[0]] : undefined;
	return close !== undefined && s.endsWith(close) ? s.slice(1, -1).trim() : s;
}

/** Parses the inside of `[[...]]`: `target#subpath|display`. Null for an empty target (`[[#h]]`, `[[]]`). */
function wikiRef(inner: string, embed: boolean): LinkRef | null {
	let target = inner;
	let display: string | undefined;
	const bar = inner.indexOf("|");
	if (bar >= 0) {
		target = inner.slice(0, bar);
		if (target.endsWith("\\")) target = target.slice(0, -1);
		display = inner.slice(bar + 1).trim();
	}
	return makeRef(target, display, embed, "wiki", false);
}

/**
 * Parses a markdown link `[text](target "title")` whose `[` is at `i`. Returns the position after
 * it, or -1 when there is none; pushes the link unless it is external or empty.
 */
function markdownLink(value: string, text: LinkText, i: number, embed: boolean, out: ParsedLinks): number {
	const j = text.textClose(i);
	if (j < 0 || value.charCodeAt(j + 1) !== LPAREN) return -1;
	let k = text.spacesEnd(j + 2);
	let target: string;
	if (value.charCodeAt(k) === LT) {
		const gt = text.indexOf(">", k + 1);
		if (gt < 0) return -1;
		target = value.slice(k + 1, gt);
		k = gt + 1;
	} else {
		const s = k;
		k = text.targetEnd(s);
		target = value.slice(s, k);
	}
	k = skipTitle(value, text, text.spacesEnd(k));
	if (k < 0 || value.charCodeAt(k) !== RPAREN) return -1;
	const ref = makeRef(target, value.slice(i + 1, j).trim(), embed, "markdown", true);
	if (ref !== null) out.links.push(ref);
	return k + 1;
}

/** Skips an optional link title ("t", 't' or (t)) and the spaces after it; -1 when unclosed. */
function skipTitle(s: string, text: LinkText, i: number): number {
	const open = s[i];
	const close = open === '"' || open === "'" ? open : open === "(" ? ")" : undefined;
	if (close === undefined) return i;
	const end = text.indexOf(close, i + 1);
	return end < 0 ? -1 : text.spacesEnd(end + 1);
}

/** Builds a LinkRef from a raw target that may hold a `#subpath`; null for external or empty targets. */
function makeRef(raw: string, display: string | undefined, embed: boolean, kind: "wiki" | "markdown", decode: boolean): LinkRef | null {
	let target = raw.trim();
	if (decode && SCHEME.test(target)) return null;
	let subpath: string | undefined;
	const hash = target.indexOf("#");
	if (hash >= 0) {
		const sub = target.slice(hash + 1).trim();
		subpath = sub === "" ? undefined : "#" + (decode ? decodePercent(sub) : sub);
		target = target.slice(0, hash).trim();
	}
	if (decode) target = decodePercent(target).trim();
	if (target === "") return null;
	const ref: LinkRef = { target, embed, kind };
	if (subpath !== undefined) ref.subpath = subpath;
	if (display !== undefined && display !== "") ref.display = display;
	return ref;
}

/** Decodes %XX escapes; escapes that do not form valid UTF-8 are kept as written. */
function decodePercent(s: string): string {
	if (!s.includes("%")) return s;
	return s.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return run.replace(/%([0-7][0-9a-fA-F])/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
		}
	});
}

/** A character outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/** Whether a text has a character outside ASCII (only such text has other Unicode forms). */
export function hasNonAscii(s: string): boolean {
	return NON_ASCII.test(s);
}

/**
 * `s.normalize("NFC")`, skipped for ASCII text, which NFC never changes: the test is several
 * times cheaper than `normalize`, which copies the string, and nearly every path is ASCII.
 */
function nfc(s: string): string {
	return hasNonAscii(s) ? s.normalize("NFC") : s;
}

/** Mirrors Obsidian's metadataCache.getFirstLinkpathDest over a set of note paths. */
export class PathIndex {
	private readonly all = new Set<string>();
	/**
	 * Lowercased full path → path. Of case twins (`topic.md`, `Topic.md`) the first in code-unit
	 * order, whatever order they came in, so that an incremental index and a rebuild agree.
	 */
	private readonly byLower = new Map<string, string>();
	/**
	 * Lowercased file name with extension → paths: the path itself when it is the only one, as it
	 * mostly is (an array of one per note was 5 MB at 100,000 notes).
	 */
	private readonly byName = new Map<string, string | string[]>();
	/** How many paths have a file name not ending in `.md`: while none, a name is looked up with `.md` only. */
	private otherNames = 0;

	/** Adds a vault path ('/' separators, with extension). */
	add(path: string): void {
		const p = nfc(path);
		if (this.all.has(p)) return;
		this.all.add(p);
		const lower = p.toLowerCase();
		const twin = this.byLower.get(lower);
		if (twin === undefined || p < twin) this.byLower.set(lower, p);
		const name = fileName(lower);
		const held = this.byName.get(name);
		if (held === undefined) this.byName.set(name, p);
		else if (typeof held === "string") this.byName.set(name, [held, p]);
		else held.push(p);
		if (!name.endsWith(".md")) this.otherNames++;
	}

	/** Removes a path; unknown paths are ignored. */
	remove(path: string): void {
		const p = nfc(path);
		if (!this.all.delete(p)) return;
		const lower = p.toLowerCase();
		const name = fileName(lower);
		if (!name.endsWith(".md")) this.otherNames--;
		const list = this.pathsNamed(name).filter((q) => q !== p);
		if (list.length === 0) this.byName.delete(name);
		else this.byName.set(name, list.length === 1 ? list[0] : list);
		if (this.byLower.get(lower) === p) {
			let twin: string | undefined;
			for (const q of list) if (q.toLowerCase() === lower && (twin === undefined || q < twin)) twin = q;
			if (twin === undefined) this.byLower.delete(lower);
			else this.byLower.set(lower, twin);
		}
	}

	/** True when exactly this path was added. */
	has(path: string): boolean {
		return this.all.has(nfc(path));
	}

	/** Every path added and not removed. */
	paths(): IterableIterator<string> {
		return this.all.values();
	}

	/** notes whose basename (lowercased, no ext) equals name */
	byBasename(name: string): readonly string[] {
		return this.pathsNamed(nfc(name).toLowerCase() + ".md");
	}

	/** Paths whose file name is exactly `name` (lowercased, with extension). */
	private pathsNamed(name: string): readonly string[] {
		const held = this.byName.get(name);
		return held === undefined ? EMPTY : typeof held === "string" ? [held] : held;
	}

	/**
	 * Resolves `linkpath` as written in `sourcePath` to a known path, or null. Bound: safe to pass
	 * around. A link's target has lost its subpath already, so a `#` left in it is part of the name
	 * (`[C# notes](C%23%20notes.md)` names `C# notes.md`); a linkpath that still carries its
	 * subpath (`a#Heading`) resolves without it when the whole names nothing.
	 */
	readonly resolve: ResolveLink = (linkpath: string, sourcePath: string): string | null => {
		const ascii = !NON_ASCII.test(linkpath);
		const lp = (ascii ? linkpath : linkpath.normalize("NFC")).trim();
		const hash = lp.indexOf("#");
		const whole = this.find(lp, ascii, sourcePath);
		return whole !== null || hash < 0 ? whole : this.find(lp.slice(0, hash).trim(), ascii, sourcePath);
	};

	/** `resolve` of a trimmed, NFC linkpath (`ascii` when it is ASCII). */
	private find(lp: string, ascii: boolean, sourcePath: string): string | null {
		if (lp === "") return null;
		if (lp.startsWith("./") || lp.startsWith("../")) {
			const joined = joinRelative(folderOf(nfc(sourcePath)), lp);
			return joined === null ? null : this.exact(joined);
		}
		if (lp.startsWith("/")) return this.exact(lp.replace(/^\/+/, ""));
		const lower = lp.toLowerCase();
		const slash = lower.lastIndexOf("/");
		if (slash < 0 && ascii) {
			// Shortcut for the commonest link, a bare ASCII name: an exact match can only be a note
			// at the vault root, which is also listed under its file name, so the exact lookups
			// (four misses in a large vault) are needed only when such a note is listed. Not for
			// other text: `toLowerCase` of a final Σ depends on what follows it.
			const named = this.named(lower);
			const exact = named.some(isAtRoot) ? this.exact(lp, lower) : null;
			return exact ?? pickSameFolder(named, sourcePath);
		}
		const exact = this.exact(lp, lower);
		if (exact !== null) return exact;
		if (slash < 0) return pickSameFolder(this.named(lower), sourcePath);
		const suffixes = withMd(lower).map((v) => "/" + v);
		const found = this.named(lower.slice(slash + 1)).filter((p) => {
			const pl = p.toLowerCase();
			return suffixes.some((s) => pl.endsWith(s));
		});
		return pickClosest(found, sourcePath);
	}

	/** The path equal to `p` or `p.md`: same case first, then ignoring case. */
	private exact(p: string, lower = p.toLowerCase()): string | null {
		const hasMd = lower.endsWith(".md");
		// Each key is built once: hashing a freshly concatenated string is most of a lookup's cost.
		const withExt = hasMd ? p : p + ".md";
		if (!hasMd && this.all.has(withExt)) return withExt;
		if (this.all.has(p)) return p;
		if (!hasMd) {
			const hit = this.byLower.get(lower === p ? withExt : lower + ".md");
			if (hit !== undefined) return hit;
		}
		return this.byLower.get(lower) ?? null;
	}

	/** Paths whose file name is `name` or `name.md` (lowercased). */
	private named(name: string): readonly string[] {
		if (name.endsWith(".md")) return this.pathsNamed(name);
		const withExt = this.pathsNamed(name + ".md");
		// In a large vault a lookup that misses is still a likely cache miss: skip it when it must miss.
		const bare = this.otherNames === 0 ? EMPTY : this.pathsNamed(name);
		if (bare.length === 0) return withExt;
		return withExt.length === 0 ? bare : [...withExt, ...bare];
	}
}

/** `a` → [`a.md`, `a`]; `a.md` → [`a.md`]. Input lowercased. */
function withMd(lower: string): string[] {
	return lower.endsWith(".md") ? [lower] : [lower + ".md", lower];
}

function isAtRoot(path: string): boolean {
	return !path.includes("/");
}

function fileName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

function folderOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? "" : path.slice(0, i);
}

/** Joins `./a`, `../x/a` to a folder; null when it climbs above the vault root. */
function joinRelative(folder: string, rel: string): string | null {
	const parts = folder === "" ? [] : folder.split("/");
	for (const seg of rel.split("/")) {
		if (seg === "" || seg === ".") continue;
		if (seg === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(seg);
	}
	return parts.join("/");
}

/** Shorter path first, then code-unit order: a deterministic tie-break. */
function byLengthThenName(a: string, b: string): number {
	return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Bare names: a note in the source's folder first, then the shortest path, then alphabetical. */
function pickSameFolder(paths: readonly string[], sourcePath: string): string | null {
	if (paths.length <= 1) return paths[0] ?? null;
	const lowerFolder = folderOf(nfc(sourcePath)).toLowerCase();
	const same = paths.filter((p) => folderOf(p).toLowerCase() === lowerFolder);
	return [...(same.length > 0 ? same : paths)].sort(byLengthThenName)[0];
}

/** Partial paths: the note sharing the most folders with the source, then the shortest, then alphabetical. */
function pickClosest(paths: readonly string[], sourcePath: string): string | null {
	if (paths.length <= 1) return paths[0] ?? null;
	const folder = folderOf(nfc(sourcePath));
	const from = folder === "" ? [] : folder.toLowerCase().split("/");
	const shared = (p: string): number => {
		const parts = folderOf(p).toLowerCase().split("/");
		let k = 0;
		while (k < from.length && k < parts.length && parts[k] === from[k]) k++;
		return k;
	};
	return [...paths].sort((a, b) => shared(b) - shared(a) || byLengthThenName(a, b))[0];
}
