/**
 * Live-resource bookkeeping for the double: event listeners, DOM listeners, intervals and loaded
 * components that were registered and not yet cleaned up. Tests snapshot `liveCounts()` before
 * loading a plugin and compare after unloading it to prove nothing leaks.
 */

/** What is currently registered and not yet released. */
export interface LiveCounts {
	/** `Events.on` listeners not yet removed with `off`/`offref`. */
	eventRefs: number;
	/** Listeners added through `Component.registerDomEvent` whose component has not unloaded. */
	domListeners: number;
	/** Intervals passed to `Component.registerInterval` whose component has not unloaded. */
	intervals: number;
	/** Components that are loaded and not yet unloaded. */
	components: number;
}

/** The sets behind `liveCounts()`; the double adds and removes entries. */
export const liveResources = {
	eventRefs: new Set<object>(),
	domListeners: new Set<object>(),
	intervals: new Set<number>(),
	components: new Set<object>(),
};

/** Current number of live resources of each kind. */
export function liveCounts(): LiveCounts {
	return {
		eventRefs: liveResources.eventRefs.size,
		domListeners: liveResources.domListeners.size,
		intervals: liveResources.intervals.size,
		components: liveResources.components.size,
	};
}

/** Forget every tracked resource (start of a test). Does not remove any listener. */
export function resetLiveCounts(): void {
	liveResources.eventRefs.clear();
	liveResources.domListeners.clear();
	liveResources.intervals.clear();
	liveResources.components.clear();
}
