/**
 * Progressive drawing for large comparison panels: the first rows (a cell budget, more than a
 * screenful) are drawn at once, the rest in time slices on timers, in order, then low-priority
 * work (the hidden print table). A redraw drops the view's queued rows but keeps the rest.
 */

/** Cells drawn at once before the rest of a view is queued. */
export const FIRST_CELLS = 120;
/** Longest stretch of queued drawing before yielding to the app. */
export const SLICE_MS = 12;

/** A queue of drawing work, drained on timers. */
export class RenderQueue {
	/** Queued rows from `head` on (an index, not `shift`: shifting a long array costs its length each time). */
	private rows: Array<() => void> = [];
	private head = 0;
	private later: Array<() => void> = [];
	private laterHead = 0;
	private budget = 0;
	private timer: number | null = null;
	private idle: Promise<void> = Promise.resolve();
	private settle: (() => void) | null = null;

	/** @param afterSlice runs after each slice (the panel restores focus to a row drawn late). */
	constructor(private readonly afterSlice: () => void = () => undefined) {}

	/** A new view: drop its queued rows and refill the first-screen budget. */
	reset(): void {
		this.rows = [];
		this.head = 0;
		this.budget = FIRST_CELLS;
	}

	/** Run a row of `cells` cells now while the budget lasts, else queue it behind the others. */
	row(cells: number, task: () => void): void {
		if (this.head >= this.rows.length && this.budget > 0) {
			this.budget -= cells;
			task();
			return;
		}
		this.rows.push(task);
	}

	/** Queue low-priority work, drawn after every queued row. */
	defer(task: () => void): void {
		this.later.push(task);
	}

	/** Start draining on a timer, if there is anything to draw. */
	start(): void {
		if (this.timer !== null || (this.head >= this.rows.length && this.laterHead >= this.later.length)) return;
		if (!this.settle) this.idle = new Promise((resolve) => (this.settle = resolve));
		this.timer = window.setTimeout(() => this.drain(), 0);
	}

	/** Drop everything queued (on unload). */
	stop(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		this.rows = [];
		this.head = 0;
		this.later = [];
		this.laterHead = 0;
		this.finish();
	}

	/** Resolves when nothing is queued. */
	async whenIdle(): Promise<void> {
		while (this.timer !== null) await this.idle;
	}

	private drain(): void {
		this.timer = null;
		const start = performance.now();
		while (performance.now() - start < SLICE_MS) {
			const task = this.head < this.rows.length ? this.rows[this.head++] : this.laterHead < this.later.length ? this.later[this.laterHead++] : undefined;
			if (!task) break;
			task();
		}
		this.afterSlice();
		if (this.head >= this.rows.length) {
			this.rows = [];
			this.head = 0;
		}
		if (this.laterHead >= this.later.length) {
			this.later = [];
			this.laterHead = 0;
		}
		if (this.rows.length > 0 || this.later.length > 0) this.start();
		else this.finish();
	}

	private finish(): void {
		const settle = this.settle;
		this.settle = null;
		settle?.();
	}
}
