/**
 * The double's deferred work: metadata updates and other "the app does this a moment later" steps
 * run on microtasks (not timers, so jest fake timers do not stall them). `flush()` waits until
 * everything queued, and everything it queued in turn, has run.
 */
export class Scheduler {
	/** Errors thrown by deferred work or tracked promises (also printed). */
	readonly errors: unknown[] = [];
	private readonly queue: (() => void)[] = [];
	private readonly inflight = new Set<Promise<unknown>>();
	private draining = false;

	/** Run `fn` on a later microtask, after work queued before it. */
	schedule(fn: () => void): void {
		this.queue.push(fn);
		if (this.queue.length === 1 && !this.draining) queueMicrotask(() => this.drain());
	}

	/** Let `flush()` also wait for `promise`. */
	track<T>(promise: Promise<T>): Promise<T> {
		this.inflight.add(promise);
		promise.then(
			() => this.inflight.delete(promise),
			(error: unknown) => {
				this.inflight.delete(promise);
				this.report(error);
			},
		);
		return promise;
	}

	/** Whether anything is still queued or in flight. */
	get idle(): boolean {
		return this.queue.length === 0 && this.inflight.size === 0 && !this.draining;
	}

	/** Resolve once queued work, tracked promises and the promise chains they start have settled. */
	async flush(): Promise<void> {
		for (let quiet = 0, rounds = 0; quiet < 5; rounds++) {
			if (rounds > 100000) throw new Error("The app did not settle: deferred work keeps scheduling more work");
			if (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
			await Promise.resolve();
			quiet = this.idle ? quiet + 1 : 0;
		}
	}

	private drain(): void {
		this.draining = true;
		while (this.queue.length > 0) {
			try {
				this.queue.shift()?.();
			} catch (error) {
				this.report(error);
			}
		}
		this.draining = false;
	}

	private report(error: unknown): void {
		this.errors.push(error);
		console.error("Error in deferred work of the obsidian double", error);
	}
}
