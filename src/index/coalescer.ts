/**
 * A debounce that cannot starve: runs its task once things have been quiet for `quietMs`, and at
 * the latest `maxWaitMs` after the first request of a burst, so a long burst of vault events
 * still shows up in the tree every half second.
 */

/** Timer functions, injected so tests can drive time. */
export interface Timers {
	set(fn: () => void, ms: number): number;
	clear(id: number): void;
	now(): number;
}

/** The browser's timers (window timers, as Obsidian asks of plugins). */
export const windowTimers: Timers = {
	set: (fn, ms) => window.setTimeout(fn, ms),
	clear: (id) => window.clearTimeout(id),
	now: () => Date.now(),
};

/** Runs a task after a quiet period, at most `maxWaitMs` after the first request of a burst. */
export class Coalescer {
	private timer: number | null = null;
	private burstStart = 0;

	constructor(
		private readonly task: () => void,
		private readonly quietMs: number,
		private readonly maxWaitMs: number,
		private readonly timers: Timers = windowTimers,
	) {}

	/** Whether a run is scheduled. */
	get pending(): boolean {
		return this.timer !== null;
	}

	/** Ask for a run: pushes the run back by `quietMs`, but never past `maxWaitMs` after the burst began. */
	request(): void {
		const now = this.timers.now();
		if (this.timer === null) this.burstStart = now;
		else this.timers.clear(this.timer);
		const wait = Math.max(0, Math.min(this.quietMs, this.burstStart + this.maxWaitMs - now));
		this.timer = this.timers.set(() => this.fire(), wait);
	}

	/** Drop a scheduled run. */
	cancel(): void {
		if (this.timer !== null) this.timers.clear(this.timer);
		this.timer = null;
	}

	private fire(): void {
		this.timer = null;
		this.task();
	}
}
