/**
 * A stable sort in bounded steps, for a caller that yields to the app in between: sorting the
 * paths of 100,000 notes at once would hold the app for a hundred milliseconds or more. A bottom-up
 * merge sort: runs of 64 sorted with `Array.prototype.sort` (stable), then merged pairwise.
 */

/** Items a step handles before it yields, about; one merge is never cut, so the last step handles them all. */
const STEP = 2048;
const RUN = 64;

/** Sorts a copy of `items` stably; each `next()` does a bounded share of the work, and the sorted copy is the generator's return value. */
export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<void, T[], undefined> {
	const n = items.length;
	let from = items.slice();
	let work = 0;
	for (let start = 0; start < n; start += RUN) {
		const run = from.slice(start, start + RUN).sort(compare);
		for (let k = 0; k < run.length; k++) from[start + k] = run[k];
		if ((work += run.length) >= STEP) {
			work = 0;
			yield;
		}
	}
	let to = new Array<T>(n);
	for (let width = RUN; width < n; width *= 2) {
		for (let left = 0; left < n; left += 2 * width) {
			const mid = Math.min(left + width, n);
			const right = Math.min(left + 2 * width, n);
			let i = left;
			let j = mid;
			let k = left;
			// The left item first when equal: stable.
			while (i < mid && j < right) to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
			while (i < mid) to[k++] = from[i++];
			while (j < right) to[k++] = from[j++];
			if ((work += right - left) >= STEP) {
				work = 0;
				yield;
			}
		}
		[from, to] = [to, from];
	}
	return from;
}
