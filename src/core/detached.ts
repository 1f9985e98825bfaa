/**
 * Copies of strings that share no memory with the text they were cut from. Engines keep a
 * substring of 13 characters or more as a view into the whole string (V8's sliced strings), so a
 * link target, title or tag cut from a note and held by the index would keep the whole note text,
 * or its whole YAML block, alive for as long as the index holds it. Shorter substrings are copies
 * already. Concatenating forces a fresh string; the slice then refers to that short copy only.
 */
export function detached(s: string): string {
	return s.length < 13 ? s : (" " + s).slice(1);
}

/** A list of detached copies, exactly as long as the list. */
export function detachedAll(list: readonly string[]): string[] {
	const out = new Array<string>(list.length);
	for (let i = 0; i < list.length; i++) out[i] = detached(list[i]);
	return out;
}
