/** Depth-first walk of the expanded part of the tree into a flat list of rows. */

import type { RowKeys } from "./row-keys";
import type { Range, TreeFilter, TreeRow } from "./types";

/** What the walk needs from the model. */
export interface RowSource {
	/** Sorted, ghost-filtered children. */
	children(id: string): readonly string[];
	/** Number of sorted, ghost-filtered children. */
	childCount(id: string): number;
	/** Ranges of the folded `terms` in a node's title. */
	highlights(id: string, terms: readonly string[]): readonly Range[];
	/** Where the rows' keys are made. */
	keys: RowKeys;
}

/** Decides whether a row (not a cycle, with children) is expanded when no filter is active. */
export type ExpandPredicate = (key: string, id: string, depth: number) => boolean;

interface Frame {
	ids: readonly string[];
	next: number;
	/** Key of the row above (null at the top). */
	above: string | null;
	depth: number;
	parentId: string | undefined;
}

const NO_RANGES: readonly Range[] = Object.freeze([]);
const NO_IDS: readonly string[] = Object.freeze([]);

/** What a matching row needs to compute its highlights later. */
interface HighlightSource {
	source: RowSource;
	terms: readonly string[];
}

/**
 * A row that matches the filter. Its highlight ranges are computed when first read: a broad query
 * can match 100,000 rows, of which the virtualised view renders a screenful.
 */
class MatchRow implements TreeRow {
	readonly match = true;
	private ranges: readonly Range[] | undefined = undefined;

	constructor(
		readonly key: string,
		readonly id: string,
		readonly depth: number,
		readonly parentId: string | undefined,
		readonly childCount: number,
		public expanded: boolean,
		readonly cycleBack: boolean,
		private readonly lazy: HighlightSource,
	) {}

	get highlights(): readonly Range[] {
		this.ranges ??= this.lazy.terms.length > 0 ? this.lazy.source.highlights(this.id, this.lazy.terms) : NO_RANGES;
		return this.ranges;
	}
}

function hasVisibleChild(ids: readonly string[], visible: ReadonlySet<string>): boolean {
	for (const id of ids) if (visible.has(id)) return true;
	return false;
}

/**
 * The rows below `starts` in display order. Without a filter, a row's children follow it when
 * `isExpanded` says so. With a filter, only visible ids are shown and every row with a visible
 * child is expanded. A node already on the path above is a `cycleBack` leaf.
 */
export function flattenRows(
	source: RowSource,
	starts: readonly string[],
	isExpanded: ExpandPredicate,
	filter: TreeFilter | null,
): TreeRow[] {
	const rows: TreeRow[] = [];
	const lazy: HighlightSource | null = filter && { source, terms: filter.terms };
	const onPath = new Set<string>();
	const stack: Frame[] = [{ ids: starts, next: 0, above: null, depth: 0, parentId: undefined }];
	while (stack.length > 0) {
		const frame = stack[stack.length - 1];
		if (frame.next >= frame.ids.length) {
			stack.pop();
			if (frame.parentId !== undefined) onPath.delete(frame.parentId);
			continue;
		}
		const id = frame.ids[frame.next++];
		if (filter && !filter.visible.has(id)) continue;
		const key = source.keys.child(frame.above, id);
		const cycleBack = onPath.has(id);
		const childCount = source.childCount(id);
		let expanded = false;
		let children: readonly string[] = NO_IDS;
		if (!cycleBack && childCount > 0) {
			if (filter) {
				children = source.children(id);
				expanded = hasVisibleChild(children, filter.visible);
			} else if (isExpanded(key, id, frame.depth)) {
				children = source.children(id);
				expanded = true;
			}
		}
		const { depth, parentId } = frame;
		if (lazy && filter?.matches.has(id)) rows.push(new MatchRow(key, id, depth, parentId, childCount, expanded, cycleBack, lazy));
		else rows.push({ key, id, depth, parentId, childCount, expanded, cycleBack, match: false, highlights: NO_RANGES });
		if (expanded) {
			onPath.add(id);
			stack.push({ ids: children, next: 0, above: key, depth: frame.depth + 1, parentId: id });
		}
	}
	return filter ? dropBarrenRows(rows) : rows;
}

/**
 * Drops filtered rows with no match at or below them. A visible ancestor can lead to its match only
 * through a node already on the path (a cycle); its row would show nothing useful.
 */
export function dropBarrenRows(rows: TreeRow[]): TreeRow[] {
	const keep = new Array<boolean>(rows.length);
	/** `below[d]`: a kept row at depth d was seen since the last row shallower than d (walking backwards). */
	const below: boolean[] = [false];
	let dropped = 0;
	for (let i = rows.length - 1; i >= 0; i--) {
		const row = rows[i];
		const d = row.depth;
		while (below.length < d + 2) below.push(false);
		const keptChild = below[d + 1];
		below[d + 1] = false;
		keep[i] = row.match || keptChild;
		if (keep[i]) below[d] = true;
		else dropped++;
		if (row.expanded && !keptChild) row.expanded = false;
	}
	return dropped === 0 ? rows : rows.filter((_, i) => keep[i]);
}
