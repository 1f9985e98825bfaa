/** Rows as plain data for comparing flattens in tests. */
import type { TreeRow } from "../../../src/core/tree/types";

/** Everything a row shows, as plain data; `keyOf` turns its key into something comparable (keys are a model's own). */
export function plainRows(rows: readonly TreeRow[], keyOf: (key: string) => unknown = (key) => key): object[] {
	return rows.map((row) => ({
		key: keyOf(row.key),
		id: row.id,
		depth: row.depth,
		parentId: row.parentId,
		childCount: row.childCount,
		expanded: row.expanded,
		cycleBack: row.cycleBack,
		match: row.match,
		highlights: row.highlights.map((range) => [...range]),
	}));
}
