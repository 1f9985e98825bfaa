/**
 * Counting the work a parser does on a string, to check that it grows linearly with the input
 * without measuring time: every character read with `charCodeAt`, and every character a native
 * search (`indexOf`, `lastIndexOf`, `includes`) passes over before it finds its match or gives up.
 */

/** The string methods counted, typed with `this: string` as they are taken off the prototype. */
interface Counted {
	charCodeAt: (this: string, i: number) => number;
	indexOf: (this: string, search: string, from?: number) => number;
	lastIndexOf: (this: string, search: string, from?: number) => number;
	includes: (this: string, search: string, from?: number) => boolean;
}

/** Characters read and searched while `run` runs. */
export function countStringWork(run: () => void): number {
	const proto = String.prototype as unknown as Counted;
	const saved: Counted = { charCodeAt: proto.charCodeAt, indexOf: proto.indexOf, lastIndexOf: proto.lastIndexOf, includes: proto.includes };
	let work = 0;
	proto.charCodeAt = function (i) {
		work++;
		return saved.charCodeAt.call(this, i);
	};
	proto.indexOf = function (search, from = 0) {
		const at = saved.indexOf.call(this, search, from);
		work += 1 + (at < 0 ? this.length : at) - Math.max(0, from);
		return at;
	};
	proto.lastIndexOf = function (search, from = Infinity) {
		const at = saved.lastIndexOf.call(this, search, from);
		work += 1 + Math.min(from, this.length) - Math.max(at, 0);
		return at;
	};
	proto.includes = function (search, from = 0) {
		const at = saved.indexOf.call(this, search, from);
		work += 1 + (at < 0 ? this.length : at) - Math.max(0, from);
		return at >= 0;
	};
	try {
		run();
	} finally {
		Object.assign(proto, saved);
	}
	return work;
}
