// Bundles scripts/bench/panel.ts (obsidian → the shared test double) and runs it.
import { execFileSync } from "child_process";
import esbuild from "esbuild";
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";

const out = path.join(mkdtempSync(path.join(os.tmpdir(), "topic-tree-bench-")), "panel.js");
await esbuild.build({
	entryPoints: ["scripts/bench/panel.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: out,
	external: ["jsdom"],
	alias: { obsidian: "./tests/__mocks__/obsidian.ts" },
	logLevel: "warning",
});
execFileSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: "inherit", cwd: process.cwd(), env: { ...process.env, NODE_PATH: path.resolve("node_modules") } });
