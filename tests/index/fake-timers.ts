/** A hand-driven clock for the coalescer (`Timers`), shared by the index tests. */
import type { Timers } from "../../src/index/coalescer";

/** Timers fire, in due order, when `advance` passes their due time. */
export class FakeTimers implements Timers {
	time = 0;
	private next = 1;
	private readonly due = new Map<number, { at: number; fn: () => void }>();

	set(fn: () => void, ms: number): number {
		const id = this.next++;
		this.due.set(id, { at: this.time + ms, fn });
		return id;
	}

	clear(id: number): void {
		this.due.delete(id);
	}

	now(): number {
		return this.time;
	}

	/** Moves the clock `ms` forward, firing every timer due by then (timers set while firing included). */
	advance(ms: number): void {
		const end = this.time + ms;
		for (;;) {
			let first: [number, { at: number; fn: () => void }] | undefined;
			for (const entry of this.due) if (entry[1].at <= end && (!first || entry[1].at < first[1].at)) first = entry;
			if (!first) break;
			this.due.delete(first[0]);
			this.time = first[1].at;
			first[1].fn();
		}
		this.time = end;
	}
}
