/**
 * A bounded walk over a front matter value. YAML aliases let a few lines stand for a list that
 * contains itself (`tags: &x [*x]`) or for millions of values (`a1: [*a0, *a0]`, `a2: [*a1, *a1]`,
 * ...), and Obsidian's cache hands such aliases over as shared objects. Every reader of a list
 * property walks it through here, so the work follows the note's size, not the expansion.
 */

/** Most values one property is read into (lists included). */
export const MAX_VALUES = 10_000;
/** Deepest list nesting read: values below it are skipped. */
export const MAX_DEPTH = 32;

/** Called for each value reached; return true to read an array's items, false to skip them. */
export type ValueVisitor = (value: unknown, depth: number) => boolean;

/** Walk state: values left to read, and the arrays read so far. */
interface Walk {
	left: number;
	root: unknown;
	/** Arrays below the root already read; made on the first nested array. */
	seen: Set<unknown[]> | undefined;
	visit: ValueVisitor;
}

/**
 * Visits `value` and, in order, the items of the arrays it holds (depth 0 is `value` itself):
 * each array is read once (an array met again, through an alias, is skipped), at most
 * {@link MAX_DEPTH} levels deep and {@link MAX_VALUES} values in all. Objects are visited but
 * never entered.
 */
export function walkValues(value: unknown, visit: ValueVisitor): void {
	walk(value, 0, { left: MAX_VALUES, root: value, seen: undefined, visit });
}

/** Returns false once the budget is spent, which ends the whole walk. */
function walk(value: unknown, depth: number, state: Walk): boolean {
	if (depth > MAX_DEPTH) return true;
	if (--state.left < 0) return false;
	if (!Array.isArray(value)) {
		state.visit(value, depth);
		return true;
	}
	if (depth > 0) {
		if (value === state.root) return true;
		if (state.seen === undefined) state.seen = new Set();
		else if (state.seen.has(value)) return true;
		state.seen.add(value);
	}
	if (!state.visit(value, depth)) return true;
	for (const item of value as unknown[]) {
		if (!walk(item, depth + 1, state)) return false;
	}
	return true;
}
