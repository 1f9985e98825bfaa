/**
 * Tags written in a note's body (`#maths/algèbre`), as Obsidian counts them: a `#` at the start
 * of a line or after whitespace, followed by letters, digits, `_`, `-`, `/` or any non-ASCII
 * character, not only digits. Code is skipped: fenced blocks (``` and ~~~), inline code and
 * HTML comments; headings (`# Title`) are not tags because a space follows the `#`.
 * The plugin uses Obsidian's own list (the metadata cache's `tags`); the command scans with this.
 */

/** Characters that end a tag: whitespace and ASCII punctuation other than `_`, `-`, `/`. */
const TAG_BODY = /^[^\s!-,.:-@[-^`{-~]+/u;
const ONLY_DIGITS = /^[0-9]+$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The body's tags without `#`, in the order written, each once (case-insensitive, first spelling kept). */
export function bodyTags(text: string, start = 0): string[] {
	if (text.indexOf("#", start) < 0) return [];
	const out: string[] = [];
	const seen = new Set<string>();
	let fence: string | null = null;
	let inComment = false;
	let at = start;
	while (at <= text.length) {
		let end = text.indexOf("\n", at);
		if (end < 0) end = text.length;
		const line = text.slice(at, end);
		at = end + 1;
		const opener = FENCE.exec(line);
		if (fence !== null) {
			if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length && line.trim() === opener[1]) fence = null;
			continue;
		}
		if (opener) {
			fence = opener[1];
			continue;
		}
		if (line.indexOf("#") < 0 && !inComment) continue;
		inComment = scanLine(line, inComment, out, seen);
		if (end === text.length) break;
	}
	return out;
}

/** Collects the tags of one line outside inline code and HTML comments; returns whether a comment is still open. */
function scanLine(line: string, inComment: boolean, out: string[], seen: Set<string>): boolean {
	let i = 0;
	while (i < line.length) {
		if (inComment) {
			const close = line.indexOf("-->", i);
			if (close < 0) return true;
			inComment = false;
			i = close + 3;
			continue;
		}
		const c = line[i];
		if (c === "`") {
			let run = 1;
			while (line[i + run] === "`") run++;
			const close = line.indexOf("`".repeat(run), i + run);
			i = close < 0 ? i + run : close + run;
			continue;
		}
		if (c === "<" && line.startsWith("<!--", i)) {
			inComment = true;
			i += 4;
			continue;
		}
		if (c === "#" && (i === 0 || /\s/.test(line[i - 1]))) {
			const match = TAG_BODY.exec(line.slice(i + 1));
			if (match && !ONLY_DIGITS.test(match[0])) {
				const tag = match[0].replace(/\/+$/, "");
				const key = tag.toLowerCase();
				if (tag !== "" && !seen.has(key)) {
					seen.add(key);
					out.push(tag);
				}
				i += 1 + match[0].length;
				continue;
			}
		}
		i++;
	}
	return false;
}
