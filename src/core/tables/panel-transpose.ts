/**
 * Transpose in the model: the panel's items become its criteria and its criteria its items, so
 * hiding, the baseline, sorting and the difference tools work on the other axis. The layout
 * follows: the new items stand where the old criteria stood.
 */
import type { Comparison } from "./comparison";
import type { PanelState } from "./panel-state";

const transposed = new WeakMap<Comparison, Comparison>();

/** The comparison with items and criteria swapped (cached per comparison; never changed in place). */
export function transposeComparison(c: Comparison): Comparison {
	let t = transposed.get(c);
	if (!t) {
		t = {
			// The orientation names where the items stand: the new items stand where the old criteria did.
			orientation: c.orientation,
			items: [...c.criteria],
			criteria: [...c.items],
			values: c.items.map((_, j) => c.criteria.map((__, i) => c.values[i]?.[j] ?? "")),
			corner: c.corner,
		};
		transposed.set(c, t);
		transposed.set(t, c);
	}
	return t;
}

/** The comparison the panel shows for this state: transposed when the state says so. */
export function panelComparison(c: Comparison, s: Pick<PanelState, "transposed">): Comparison {
	return s.transposed ? transposeComparison(c) : c;
}
