/**
 * The expanded rows as saved in data.json: a forest of steps, each naming its row's id once and
 * pointing at the step of the row above. A row at depth d costs one step, not the d ids of its
 * path, and the number of steps is bounded (the most recently expanded rows are kept).
 */
import { RowKeys } from "./row-keys";

/**
 * One saved row: `[above, id]` is an expanded row, `[above, id, 0]` a row on the way to one
 * (saved so its children can point at it, itself collapsed). `above` is the index of the step of
 * the row above in the same list, always smaller than the step's own index, or -1 for a top row.
 */
export type SavedStep = [number, string] | [number, string, 0];

/** At most this many steps are saved (a 10,000-deep reveal fits; a row id is stored once per step). */
export const MAX_SAVED_STEPS = 10000;

/**
 * The saved form of `expanded` (keys of `keys`, oldest first). When the rows and the steps on
 * their way do not all fit in `limit` steps, the most recent rows are kept.
 */
export function saveExpanded(keys: RowKeys, expanded: Iterable<string>, limit = MAX_SAVED_STEPS): SavedStep[] {
	const all = [...expanded];
	const open = new Set<string>();
	const included = new Set<string>();
	let budget = limit;
	// Newest first; once the budget is spent, older rows already on the way of newer ones still open.
	for (let i = all.length - 1; i >= 0; i--) {
		const key = all[i];
		const depth = keys.depthOf(key);
		// The steps it needs: itself and its rows above that are not included yet; at least
		// depth + 1 minus all included so far, which skips a too-deep row without walking it.
		if (depth < 0 || open.has(key) || depth + 1 - included.size > budget) continue;
		let need = 0;
		for (let k: string | null = key; k !== null && !included.has(k) && need <= budget; k = keys.above(k)) need++;
		if (need > budget) continue;
		for (let k: string | null = key; k !== null && !included.has(k); k = keys.above(k)) included.add(k);
		open.add(key);
		budget -= need;
	}
	const steps: SavedStep[] = [];
	const indexOf = new Map<string, number>();
	for (const key of all) {
		if (!open.has(key) || indexOf.has(key)) continue;
		const missing: string[] = [];
		for (let k: string | null = key; k !== null && !indexOf.has(k); k = keys.above(k)) missing.push(k);
		for (let m = missing.length - 1; m >= 0; m--) {
			const k = missing[m];
			const above = keys.above(k);
			const id = keys.idOf(k) as string;
			indexOf.set(k, steps.length);
			const up = above === null ? -1 : (indexOf.get(above) as number);
			steps.push(open.has(k) ? [up, id] : [up, id, 0]);
		}
	}
	return steps;
}

/** The keys (made in `keys`) of the expanded rows of a saved list, in saved order. */
export function restoreExpanded(keys: RowKeys, saved: readonly SavedStep[]): string[] {
	const made: Array<string | null> = [];
	const open: string[] = [];
	for (let i = 0; i < saved.length; i++) {
		const [up, id] = saved[i];
		const above = up === -1 ? null : (made[up] ?? undefined);
		if (above === undefined) {
			made.push(null);
			continue;
		}
		const key = keys.child(above, id);
		made.push(key);
		if (saved[i].length === 2) open.push(key);
	}
	return open;
}

/**
 * The key of an older version's whole-path key. Such keys came in with their rows above (revealing
 * expands from the top), so the key of the path without its last id is usually known already:
 * the path is not split again, and migrating stays linear in the size of what was saved.
 */
function legacyKey(keys: RowKeys, known: Map<string, string>, text: string): string | null {
	let key = known.get(text);
	if (key !== undefined) return key;
	const nl = text.lastIndexOf("\n");
	const above = nl > 0 ? known.get(text.slice(0, nl)) : undefined;
	if (above !== undefined && nl < text.length - 1) key = keys.child(above, text.slice(nl + 1));
	else {
		const path = text.split("\n").filter((id) => id !== "");
		if (path.length === 0) return null;
		key = keys.keyOf(path);
	}
	known.set(text, key);
	return key;
}

function isStep(value: unknown, index: number): value is SavedStep {
	if (!Array.isArray(value) || value.length < 2 || value.length > 3) return false;
	const [up, id, flag] = value as unknown[];
	return typeof id === "string" && id !== "" && Number.isInteger(up) && (up as number) >= -1 && (up as number) < index && (value.length === 2 || flag === 0);
}

/**
 * Reads whatever data.json holds for the expanded rows: saved steps, or the whole-path keys of
 * older versions (ids joined with "\n"), which are converted, so nothing that was expanded is lost
 * (beyond the bound). Anything else is dropped.
 */
export function readSavedExpanded(raw: unknown, limit = MAX_SAVED_STEPS): SavedStep[] {
	if (!Array.isArray(raw)) return [];
	const keys = new RowKeys();
	const made: Array<string | null> = [];
	const open: string[] = [];
	const legacy = new Map<string, string>();
	raw.forEach((value: unknown, i) => {
		let key: string | null = null;
		if (typeof value === "string") {
			key = legacyKey(keys, legacy, value);
			if (key !== null) open.push(key);
		} else if (isStep(value, i)) {
			const above = value[0] === -1 ? null : made[value[0]];
			if (value[0] === -1 || above !== null) {
				key = keys.child(above, value[1]);
				if (value.length === 2) open.push(key);
			}
		}
		made.push(key);
	});
	return saveExpanded(keys, open, limit);
}
