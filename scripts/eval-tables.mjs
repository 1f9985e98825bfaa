// Bundles scripts/eval-tables/main.ts (the pure core and Node's fs) and runs it: the detection
// figures over labelled real tables. `npm run eval:tables [-- DIR]`.
import { runBundled } from "./run-bundled.mjs";

await runBundled("scripts/eval-tables/main.ts", process.argv.slice(2));
