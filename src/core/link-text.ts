/**
 * The searches `parseLinks` makes in one field value, answered so that their total work stays
 * linear in the value, whatever it holds. A plain loop over the value tries a link at every `[`,
 * and each try may search far ahead: for `]]`, for the `]` that closes a link's text, for the end
 * of its target. On hostile values (`[` ten thousand times, then `a`, then `](b)` as many times)
 * every try searched to the end. Here searches ahead remember what they found, and closing
 * brackets are matched by one pass that reads the value once, however many tries ask.
 *
 * Each method answers exactly what the plain search it replaces would (see its comment).
 */

const LPAREN = 40;
const RPAREN = 41;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;

/** Characters a search reads on its own before handing over to a matching pass. */
const SHORT_SCAN = 256;
/** A short search that gave up before finding its answer or the end of the value. */
const UNDECIDED = -2;
/** An opening the pass has read but not yet matched. */
const PENDING = -3;

/** Markdown's white space, as the link parser sees it. */
export function isSpace(ch: number): boolean {
	return ch === 32 || (ch >= 9 && ch <= 13) || ch === 0xa0;
}

/** The remembered answer of one forward search: no match starts in [from, at). */
interface Found {
	from: number;
	at: number;
}

/** Searches in one field value (see the file comment). */
export class LinkText {
	private readonly n: number;
	private wikiClose: Found | undefined;
	private newline: Found | undefined;
	private others: Map<string, Found> | undefined;
	/** The last run of white space skipped: none of [from, at) is anything else. */
	private spaces: Found | undefined;
	/** The last `[[` at or before `close - 2`, for the last `close` asked about. */
	private lastOpenFor = -1;
	private lastOpen = -1;
	private textPass: ClosePass | undefined;
	private targetPass: ClosePass | undefined;

	constructor(private readonly value: string) {
		this.n = value.length;
	}

	/** `value.indexOf("]]", from)`. */
	wikiCloseFrom(from: number): number {
		return (this.wikiClose = this.search("]]", from, this.wikiClose)).at;
	}

	/** `value.indexOf("\n", from)`. */
	newlineFrom(from: number): number {
		return (this.newline = this.search("\n", from, this.newline)).at;
	}

	/** `value.indexOf(token, from)`, for the rarer tokens (`>`, quotes, `)`). */
	indexOf(token: string, from: number): number {
		const others = (this.others ??= new Map<string, Found>());
		const found = this.search(token, from, others.get(token));
		others.set(token, found);
		return found.at;
	}

	/** The first position at or after `from` that is not white space (the value's length when none). */
	spacesEnd(from: number): number {
		const last = this.spaces;
		if (last !== undefined && from >= last.from && from <= last.at) return last.at;
		let at = from;
		while (at < this.n && isSpace(this.value.charCodeAt(at))) at++;
		this.spaces = { from, at };
		return at;
	}

	/** `value.lastIndexOf("[[", close - 2)`: the start of the last `[[` that ends before `close`. */
	lastWikiOpenBefore(close: number): number {
		if (close !== this.lastOpenFor) {
			this.lastOpenFor = close;
			this.lastOpen = close < 2 ? -1 : this.value.lastIndexOf("[[", close - 2);
		}
		return this.lastOpen;
	}

	/**
	 * The `]` closing a link text whose `[` is at `i`, or -1: counting `[` and `]` from `i` on
	 * (the one at `i` included, even when escaped), a backslash skipping the next character.
	 */
	textClose(i: number): number {
		const pass = this.textPass;
		if (pass === undefined || i >= pass.pos) {
			const close = scanTextClose(this.value, i, SHORT_SCAN);
			if (close !== UNDECIDED) return close;
		}
		return (this.textPass ??= new ClosePass(this.value, i, "text")).answer(i, () => scanTextClose(this.value, i, Infinity));
	}

	/**
	 * Where a link target that starts at `s` ends: the first white space or unmatched `)` from `s`
	 * on, a backslash skipping the next character, parentheses counted; the value's length when
	 * there is none.
	 */
	targetEnd(s: number): number {
		const pass = this.targetPass;
		let end = pass === undefined || s >= pass.pos ? scanTargetEnd(this.value, s, SHORT_SCAN) : UNDECIDED;
		if (end === UNDECIDED) end = (this.targetPass ??= new ClosePass(this.value, s, "target")).answer(s, () => scanTargetEnd(this.value, s, Infinity));
		return end < 0 ? this.n : end;
	}

	/** A remembered search stays right for any later start up to what it found. */
	private search(token: string, from: number, last: Found | undefined): Found {
		if (last !== undefined && from >= last.from && (last.at < 0 || from <= last.at)) return last;
		return { from, at: this.value.indexOf(token, from) };
	}
}

/** `textClose` by a scan of its own, giving up (UNDECIDED) after `limit` characters. */
function scanTextClose(value: string, i: number, limit: number): number {
	const n = value.length;
	const stop = i + limit;
	let depth = 0;
	for (let j = i; j < n; j++) {
		if (j >= stop) return UNDECIDED;
		const ch = value.charCodeAt(j);
		if (ch === BACKSLASH) j++;
		else if (ch === LBRACKET) depth++;
		else if (ch === RBRACKET && --depth === 0) return j;
	}
	return -1;
}

/** `targetEnd` by a scan of its own, giving up (UNDECIDED) after `limit` characters; -1 when none. */
function scanTargetEnd(value: string, s: number, limit: number): number {
	const n = value.length;
	const stop = s + limit;
	let parens = 0;
	for (let k = s; k < n; k++) {
		if (k >= stop) return UNDECIDED;
		const ch = value.charCodeAt(k);
		if (ch === BACKSLASH) k++;
		else if (ch === LPAREN) parens++;
		else if (ch === RPAREN && parens-- === 0) return k;
		else if (isSpace(ch)) return k;
	}
	return -1;
}

/**
 * One left-to-right pass that answers the scans above for every place a try can start, reading
 * each character once. It starts where the first long scan starts; a scan from a later place
 * reads the value exactly as the pass does from one character on, because the places it answers
 * (a `[`, or what follows a `(` or white space) are never the second character of an escape
 * except the `[` itself, which both count as an opening.
 *
 * Each open scan waits for the depth to fall one below where it started (its level): the waiting
 * scans form a stack whose levels only grow, so a closing bracket answers the ones on top at the
 * new depth, and white space ends every waiting target.
 */
class ClosePass {
	/** Next position to read. */
	pos: number;
	private depth = 0;
	/** Answers: start → closing position, or PENDING. */
	private readonly answers = new Map<number, number>();
	/** Waiting scans: starts and the depth each waits for, innermost last. */
	private readonly starts: number[] = [];
	private readonly levels: number[] = [];

	constructor(
		private readonly value: string,
		private readonly start: number,
		private readonly kind: "text" | "target",
	) {
		this.pos = start;
	}

	/** The answer for a scan from `start`; `alone` when the pass cannot give it (a start it did not see). */
	answer(start: number, alone: () => number): number {
		for (;;) {
			const known = this.answers.get(start);
			if (known !== undefined && known !== PENDING) return known;
			// Passed without waiting there (not expected), or read to the end without finding it.
			if (known === undefined && start < this.pos) return alone();
			if (this.pos >= this.value.length) return known === PENDING ? -1 : alone();
			this.step();
		}
	}

	private wait(start: number, level: number): void {
		this.answers.set(start, PENDING);
		this.starts.push(start);
		this.levels.push(level);
	}

	/** Closes every waiting scan whose level the depth is back at (all of them with `all`). */
	private close(at: number, all: boolean): void {
		const { starts, levels } = this;
		while (starts.length > 0 && (all || levels[levels.length - 1] === this.depth)) {
			this.answers.set(starts.pop() as number, at);
			levels.pop();
		}
	}

	/** Reads one character (two for an escape). */
	private step(): void {
		const t = this.value;
		const p = this.pos;
		const ch = t.charCodeAt(p);
		if (this.kind === "text") {
			if (ch === BACKSLASH) {
				// An escaped `[` still opens a scan from it, which counts it and waits for one more `]`.
				if (t.charCodeAt(p + 1) === LBRACKET) this.wait(p + 1, this.depth - 1);
				this.pos = p + 2;
				return;
			}
			if (ch === LBRACKET) this.wait(p, this.depth++);
			else if (ch === RBRACKET) {
				this.depth--;
				this.close(p, false);
			}
		} else {
			// A target starts after `(` or white space, or where the pass started.
			const prev = t.charCodeAt(p - 1);
			if (prev === LPAREN || isSpace(prev) || p === this.start) this.wait(p, this.depth - 1);
			if (ch === BACKSLASH) {
				this.pos = p + 2;
				return;
			}
			if (ch === LPAREN) this.depth++;
			else if (ch === RPAREN) {
				this.depth--;
				this.close(p, false);
			} else if (isSpace(ch)) this.close(p, true);
		}
		this.pos = p + 1;
	}
}
