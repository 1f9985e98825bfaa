// Bundles scripts/bench/bench.ts (obsidian → the shared test double, for the tree view in jsdom)
// and runs it with --expose-gc (for heap figures).
import { execFileSync } from "child_process";
import esbuild from "esbuild";
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";

const out = path.join(mkdtempSync(path.join(os.tmpdir(), "topic-tree-bench-")), "bench.js");
await esbuild.build({
	entryPoints: ["scripts/bench/bench.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: out,
	external: ["jsdom"],
	alias: { obsidian: "./tests/__mocks__/obsidian.ts" },
	logLevel: "warning",
});
try {
	execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", out, ...process.argv.slice(2)], {
		stdio: "inherit",
		env: { ...process.env, NODE_PATH: path.resolve("node_modules") },
	});
} catch (e) {
	process.exit(e.status ?? 1);
}
