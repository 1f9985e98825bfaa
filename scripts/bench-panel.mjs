// Bundles scripts/bench/panel.ts (obsidian → the shared test double) and runs it.
import { runBundled } from "./run-bundled.mjs";

await runBundled("scripts/bench/panel.ts", process.argv.slice(2));
