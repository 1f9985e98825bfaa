/**
 * `npm run eval:tables [-- DIR]`: scores comparison detection over labelled real tables
 * (default ../shared/corpus/real-tables), lists each miss, and ends with the one-line summary.
 */
import * as fs from "fs";
import * as path from "path";
import { scoreTables, summaryLine } from "./score";

const dir = path.resolve(process.argv[2] ?? process.env.TOPIC_TREE_TABLES ?? "../shared/corpus/real-tables");
if (!fs.existsSync(path.join(dir, "expected.json"))) {
	console.error(`No labelled tables at ${dir} (expected.json missing). Pass the folder: npm run eval:tables -- DIR`);
	process.exit(2);
}
const s = scoreTables(dir);
console.log(`Labelled tables in ${dir} (ambiguous labels left out): ${s.n}`);
console.log(`true positives ${s.truePositives}, false positives ${s.falsePositives}, false negatives ${s.falseNegatives}`);
console.log(s.misses.length === 0 ? "No misses." : `Misses (${s.misses.length}):`);
for (const m of s.misses) console.log(`  ${m.kind.padEnd(14)} ${m.where}\n  ${"".padEnd(14)} ${m.detail}`);
console.log(summaryLine(s));
