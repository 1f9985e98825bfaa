/**
 * Tags written in a note's body (`#maths/algèbre`), as Obsidian counts them: a `#` at the start
 * of a line or after whitespace, followed by letters, digits, `_`, `-`, `/` or any non-ASCII
 * character, not only digits. Code is skipped: fenced blocks (``` and ~~~), inline code and
 * HTML comments; headings (`# Title`) are not tags because a space follows the `#`.
 * The plugin uses Obsidian's own list (the metadata cache's `tags`); the command scans with this.
 *
 * Built like the field scanner: the scan jumps from one `#` to the next with `indexOf`, and only
 * a `#` that could start a tag looks at its surroundings (fence and comment regions, found once
 * by a regex and an `indexOf` walk, then its own line for inline code).
 */

/** The tag's characters: anything but whitespace and ASCII punctuation other than `_`, `-`, `/`. */
const TAG_BODY = /[^\s!-,.:-@[-^`{-~]+/uy;
const ONLY_DIGITS = /^[0-9]+$/;
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})(.*)$/gm;

/** [start, end) character ranges, sorted, not overlapping. */
type Regions = number[];

/** Fenced code blocks from `start`: an opener to its closing fence (or the end of the text). */
function fenceRegions(text: string, start: number): Regions {
	const out: Regions = [];
	if (text.indexOf("```", start) < 0 && text.indexOf("~~~", start) < 0) return out;
	FENCE_LINE.lastIndex = start;
	let open: { fence: string; at: number } | null = null;
	for (let m = FENCE_LINE.exec(text); m !== null; m = FENCE_LINE.exec(text)) {
		if (open === null) open = { fence: m[1], at: m.index };
		else if (m[1][0] === open.fence[0] && m[1].length >= open.fence.length && m[2].trim() === "") {
			out.push(open.at, m.index + m[0].length);
			open = null;
		}
	}
	if (open !== null) out.push(open.at, text.length);
	return out;
}

/** HTML comments from `start` (an unclosed one runs to the end). */
function commentRegions(text: string, start: number): Regions {
	const out: Regions = [];
	for (let at = text.indexOf("<!--", start); at >= 0; ) {
		const close = text.indexOf("-->", at + 4);
		const end = close < 0 ? text.length : close + 3;
		out.push(at, end);
		at = text.indexOf("<!--", end);
	}
	return out;
}

/** Whether `pos` is inside an inline code span of its line (backtick runs paired left to right). */
function inInlineCode(text: string, lineStart: number, pos: number): boolean {
	let i = text.indexOf("`", lineStart);
	while (i >= 0 && i < pos) {
		let run = 1;
		while (text.charCodeAt(i + run) === 96) run++;
		const close = text.indexOf("`".repeat(run), i + run);
		const newline = text.indexOf("\n", i + run);
		if (close < 0 || (newline >= 0 && close > newline)) return false;
		if (pos < close) return true;
		i = text.indexOf("`", close + run);
	}
	return false;
}

/** The body's tags without `#`, in the order written, each once (case-insensitive, first spelling kept). */
export function bodyTags(text: string, start = 0): string[] {
	let hash = text.indexOf("#", start);
	if (hash < 0) return [];
	const out: string[] = [];
	const seen = new Set<string>();
	let fences: Regions | undefined;
	let comments: Regions | undefined;
	let f = 0;
	let c = 0;
	for (; hash >= 0; hash = text.indexOf("#", hash + 1)) {
		const before = hash > 0 ? text.charCodeAt(hash - 1) : 10;
		if (!(before === 10 || before === 13 || before === 32 || before === 9 || (before > 127 && /\s/.test(text[hash - 1])))) continue;
		TAG_BODY.lastIndex = hash + 1;
		const match = TAG_BODY.exec(text);
		if (match === null || ONLY_DIGITS.test(match[0])) continue;
		fences ??= fenceRegions(text, start);
		comments ??= commentRegions(text, start);
		while (f < fences.length && fences[f + 1] <= hash) f += 2;
		if (f < fences.length && fences[f] <= hash) continue;
		while (c < comments.length && comments[c + 1] <= hash) c += 2;
		if (c < comments.length && comments[c] <= hash) continue;
		if (inInlineCode(text, text.lastIndexOf("\n", hash) + 1, hash)) continue;
		const tag = match[0].replace(/\/+$/, "");
		const key = tag.toLowerCase();
		if (tag !== "" && !seen.has(key)) {
			seen.add(key);
			out.push(tag);
		}
		hash += match[0].length;
	}
	return out;
}
