/** The view's filter after the index changed: updated in place when the query is the one it was made for. */
import type { TreeFilter, TreeModel } from "../core/tree";

/**
 * The filter for `query` after an `updated` event (`changed`: the ids it lists, null when
 * unknown). The view's current filter is updated in place when it was made for this query (only
 * the changed notes are matched again, and the rows are patched); otherwise the query runs afresh.
 */
export function filterAfterUpdate(model: TreeModel, filter: TreeFilter | null, query: string, changed: ReadonlySet<string> | null): TreeFilter | null {
	if (query === "") return null;
	return filter !== null && filter.query === query ? model.refilter(filter, changed) : model.filter(query);
}

/** Time one idle slice of building search records may take (ms). */
const SLICE_MS = 8;

/**
 * Builds the filter's missing search records in short idle slices after a keystroke: the first
 * query on a cold model matches the notes' own text and makes records for its matches only, so
 * the ones after it find every record ready (the live index warms them after indexing too).
 */
export class FilterWarmer {
	private timer: number | null = null;

	constructor(
		private readonly model: () => TreeModel,
		private readonly win: () => Window,
	) {}

	/** The filter for a typed query (null when empty); starts building the records it may lack. */
	filter(query: string): TreeFilter | null {
		if (query === "") return null;
		const filter = this.model().filter(query);
		this.start();
		return filter;
	}

	/** Starts building (unless already under way or done). */
	start(): void {
		if (this.timer !== null) return;
		const step = (): void => {
			const start = performance.now();
			const done = this.model().prepareFilterSome(() => performance.now() - start < SLICE_MS);
			this.timer = done ? null : this.win().setTimeout(step, 0);
		};
		this.timer = this.win().setTimeout(step, 0);
	}

	/** Stops building (the view closes). */
	stop(): void {
		if (this.timer !== null) this.win().clearTimeout(this.timer);
		this.timer = null;
	}
}
