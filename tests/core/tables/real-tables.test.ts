/**
 * Keeps the detection figures over the labelled real tables (../shared/corpus/real-tables, see
 * `npm run eval:tables`) from falling. Skips, saying so, when the corpus is absent.
 */
import * as fs from "fs";
import * as path from "path";
import { scoreTables, summaryLine } from "../../../scripts/eval-tables/score";

const dir = [process.env.TOPIC_TREE_TABLES, path.resolve(__dirname, "../../../../shared/corpus/real-tables")].find(
	(d): d is string => !!d && fs.existsSync(path.join(d, "expected.json")),
);
if (!dir) console.warn('SKIPPED "detection over labelled real tables": no corpus at $TOPIC_TREE_TABLES or ../shared/corpus/real-tables');
const describeTables = dir ? describe : describe.skip;

describeTables("detection over labelled real tables", () => {
	const score = dir ? scoreTables(dir) : null;

	it("keeps precision ≥ 0.95 and recall ≥ 0.95 (figures measured: precision 0.97, recall 1.00)", () => {
		const s = score!;
		expect(s.n).toBeGreaterThanOrEqual(70);
		expect({ summary: summaryLine(s), precision: s.precision >= 0.95, recall: s.recall >= 0.95 }).toEqual({ summary: summaryLine(s), precision: true, recall: true });
	});

	it("reads at least 95% of the comparisons found the right way round with exactly the labelled items", () => {
		const s = score!;
		expect({ orientation: s.orientation >= 0.95, items: s.items >= 0.95, misses: s.misses }).toMatchObject({ orientation: true, items: true });
	});
});
