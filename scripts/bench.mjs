// Bundles scripts/bench/bench.ts (obsidian → the shared test double, for the tree view in jsdom)
// and runs it with --expose-gc (for heap figures).
import { runBundled } from "./run-bundled.mjs";

await runBundled("scripts/bench/bench.ts", process.argv.slice(2), { nodeFlags: ["--expose-gc", "--max-old-space-size=8192"] });
