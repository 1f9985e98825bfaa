/**
 * Text output of `topic-tree` is one record per line: titles, values, file names and messages come
 * from the vault, so a line break in a front matter value could forge a `check` line, and a
 * terminal escape sequence (`ESC [2J`, an OSC window title) would reach the terminal. Every text
 * line is passed through {@link escapeLine}: control characters, the Unicode line and paragraph
 * separators and the bidirectional overrides are written as `\n`, `\t`, `\r`, `\xHH` or `\uHHHH`.
 * JSON output is left alone: `JSON.stringify` escapes what JSON needs, and a JSON reader gets the
 * values back exactly.
 */

/** C0 controls, DEL, C1 controls (U+009B is a one-character CSI), line/paragraph separators, bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\t": "\\t", "\r": "\\r" };

function escapeChar(ch: string): string {
	const named = NAMED[ch];
	if (named !== undefined) return named;
	const code = ch.charCodeAt(0);
	return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** The line with every character a terminal would act on written as an escape; the same string when there is none. */
export function escapeLine(line: string): string {
	UNSAFE.lastIndex = 0;
	return UNSAFE.test(line) ? line.replace(UNSAFE, escapeChar) : line;
}
