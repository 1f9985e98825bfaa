/**
 * Strongly connected components (Tarjan), iterative so that long chains cannot overflow the stack.
 */

/** Components of more than one node among `nodes`, following `next`; each sorted, in no set order. */
export function cyclicComponents(nodes: Iterable<string>, next: (id: string) => Iterable<string>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const onStack = new Set<string>();
	const stack: string[] = [];
	const found: string[][] = [];
	let counter = 0;

	for (const start of nodes) {
		if (index.has(start)) continue;
		const work: { id: string; it: Iterator<string> }[] = [];
		const enter = (id: string) => {
			index.set(id, counter);
			low.set(id, counter);
			counter++;
			stack.push(id);
			onStack.add(id);
			work.push({ id, it: next(id)[Symbol.iterator]() });
		};
		enter(start);
		while (work.length > 0) {
			const frame = work[work.length - 1];
			const step = frame.it.next();
			if (!step.done) {
				const w = step.value;
				if (!index.has(w)) enter(w);
				else if (onStack.has(w)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
				continue;
			}
			work.pop();
			const v = frame.id;
			if (work.length > 0) {
				const parent = work[work.length - 1].id;
				low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
			}
			if (low.get(v) === index.get(v)) {
				const component: string[] = [];
				let w: string;
				do {
					w = stack.pop()!;
					onStack.delete(w);
					component.push(w);
				} while (w !== v);
				if (component.length > 1) found.push(component.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
			}
		}
	}
	return found;
}
