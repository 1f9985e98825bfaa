/**
 * Roll-ups of a branch: how many entries are below it, and the sum, minimum or maximum of each
 * number column over them. An entry below a branch through two paths counts once; the branch's
 * own values are not part of its roll-up (its row shows them beside it).
 */
import type { HierarchyView } from "../types";
import type { BaseCell, RollupKind } from "./types";

/** The roll-up of one branch. */
export interface Rollup {
	/** Distinct entries below the branch (context ancestors are not counted). */
	count: number;
	/** Per column: the roll-up of its numbers below the branch, or null when none is a number (or kind is "none"). */
	values: Array<number | null>;
}

/** What a roll-up reads: the children of a node, and the cells of entries (undefined for context ancestors). */
export interface RollupSource {
	children(id: string): readonly string[];
	cellsOf(id: string): readonly BaseCell[] | undefined;
	columns: number;
}

/** Computes roll-ups on demand and keeps them (one instance per query result and hierarchy). */
export class RollupCache {
	private readonly cache = new Map<string, Rollup>();

	constructor(
		private readonly source: RollupSource,
		private readonly kind: RollupKind,
	) {}

	/** The roll-up of `id` (a walk of its subtree the first time, cycle-safe). */
	of(id: string): Rollup {
		let r = this.cache.get(id);
		if (!r) {
			r = this.compute(id);
			this.cache.set(id, r);
		}
		return r;
	}

	private compute(id: string): Rollup {
		const { source, kind } = this;
		const values: Array<number | null> = new Array<number | null>(source.columns).fill(null);
		const seen = new Set<string>([id]);
		const stack = [...source.children(id)];
		let count = 0;
		while (stack.length > 0) {
			const child = stack.pop() as string;
			if (seen.has(child)) continue;
			seen.add(child);
			const cells = source.cellsOf(child);
			if (cells) {
				count++;
				if (kind !== "none") {
					for (let c = 0; c < source.columns; c++) {
						const n = cells[c]?.number;
						if (n === null || n === undefined) continue;
						values[c] = combine(kind, values[c], n);
					}
				}
			}
			for (const next of source.children(child)) if (!seen.has(next)) stack.push(next);
		}
		return { count, values };
	}
}

function combine(kind: Exclude<RollupKind, "none">, acc: number | null, n: number): number {
	if (acc === null) return n;
	if (kind === "sum") return acc + n;
	return kind === "min" ? Math.min(acc, n) : Math.max(acc, n);
}

/** The children a roll-up walks, straight from a hierarchy (all children, whatever is expanded). */
export function childIds(view: HierarchyView): (id: string) => string[] {
	return (id) => view.childrenOf(id).map((edge) => edge.child);
}

/** A roll-up number as a short text: integers with separators, others with at most 2 decimals. */
export function formatRollup(n: number): string {
	const rounded = Math.round(n * 100) / 100;
	return rounded.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** Whether a column holds numbers: at least one number and every non-empty value a number. */
export function isNumberColumn(cells: Iterable<BaseCell>): boolean {
	let any = false;
	for (const cell of cells) {
		if (cell.number !== null) any = true;
		else if (cell.text.trim() !== "") return false;
	}
	return any;
}

/** The prefix of a roll-up value, e.g. "Σ" for a sum. */
export function rollupLabel(kind: RollupKind): string {
	return kind === "sum" ? "Σ" : kind === "min" ? "min" : kind === "max" ? "max" : "";
}

/** The roll-up kind named by a view option value (unknown values give "none"). */
export function rollupKind(value: unknown): RollupKind {
	return value === "sum" || value === "min" || value === "max" ? value : "none";
}
