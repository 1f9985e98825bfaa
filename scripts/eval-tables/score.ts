/**
 * Scores comparison detection against a folder of labelled real tables (`expected.json`, see
 * ../shared/corpus/real-tables/README in the corpus): precision and recall of "is a comparison",
 * orientation accuracy and exact items on the comparisons found, and each miss. Labels marked
 * "ambiguous" are left out. Shared by `npm run eval:tables` and the test that keeps the figures.
 */
import * as fs from "fs";
import * as path from "path";
import { detectComparison } from "../../src/core/tables/comparison";
import { normaliseCell } from "../../src/core/tables/normalise";
import { parseTables } from "../../src/core/tables/parse";

/** One reader's label of a table, as `expected.json` holds it. */
export interface Label {
	file: string;
	line: number;
	comparison: boolean | "ambiguous";
	orientation: "items-in-columns" | "items-in-rows" | null;
	items: string[];
	criteria: string[];
	kind: string;
	note?: string;
}

/** A table where detection and the label disagree. */
export interface Miss {
	where: string;
	kind: "false positive" | "false negative" | "orientation" | "items" | "not found";
	detail: string;
}

/** The figures of one evaluation. */
export interface Score {
	/** Labelled tables scored (ambiguous ones left out). */
	n: number;
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	precision: number;
	recall: number;
	/** Share of the true positives read the right way round. */
	orientation: number;
	/** Share of the true positives whose items are exactly the labelled ones, in order. */
	items: number;
	misses: Miss[];
}

function ratio(a: number, b: number): number {
	return b === 0 ? 1 : a / b;
}

function same(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, k) => normaliseCell(x) === normaliseCell(b[k]));
}

function show(list: readonly string[]): string {
	return `[${list.map((s) => JSON.stringify(s)).join(", ")}]`;
}

/** Score detection over `dir` (a folder with `expected.json` and the tables' notes). */
export function scoreTables(dir: string): Score {
	const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<string, Label[]>;
	const score: Score = { n: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 0, recall: 0, orientation: 0, items: 0, misses: [] };
	let oriented = 0;
	let exact = 0;
	for (const name of Object.keys(expected).sort()) {
		const tables = parseTables(fs.readFileSync(path.join(dir, name), "utf8"));
		for (const label of expected[name]) {
			if (label.comparison === "ambiguous") continue;
			score.n++;
			const where = `${name}:${label.line}`;
			const table = tables.find((t) => t.line === label.line);
			if (!table) {
				score.misses.push({ where, kind: "not found", detail: "no table starts on that line" });
				if (label.comparison) score.falseNegatives++;
				continue;
			}
			const { comparison, reason } = detectComparison(table);
			if (!label.comparison) {
				if (comparison) {
					score.falsePositives++;
					score.misses.push({ where, kind: "false positive", detail: `${label.kind}: detected ${comparison.orientation} ${show(comparison.items)} (${reason})` });
				}
				continue;
			}
			if (!comparison) {
				score.falseNegatives++;
				score.misses.push({ where, kind: "false negative", detail: `${label.orientation} ${show(label.items)}: ${reason}` });
				continue;
			}
			score.truePositives++;
			if (comparison.orientation === label.orientation) oriented++;
			else score.misses.push({ where, kind: "orientation", detail: `expected ${label.orientation}, got ${comparison.orientation} (${reason})` });
			if (same(comparison.items, label.items)) exact++;
			else score.misses.push({ where, kind: "items", detail: `expected ${show(label.items)}, got ${show(comparison.items)}` });
		}
	}
	score.precision = ratio(score.truePositives, score.truePositives + score.falsePositives);
	score.recall = ratio(score.truePositives, score.truePositives + score.falseNegatives);
	score.orientation = ratio(oriented, score.truePositives);
	score.items = ratio(exact, score.truePositives);
	return score;
}

/** The one-line summary: `precision 0.97 recall 0.92 orientation 0.95 items 0.90 (n=78)`. */
export function summaryLine(s: Score): string {
	const f = (x: number): string => x.toFixed(2);
	return `precision ${f(s.precision)} recall ${f(s.recall)} orientation ${f(s.orientation)} items ${f(s.items)} (n=${s.n})`;
}
