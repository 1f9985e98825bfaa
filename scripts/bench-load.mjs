// `npm run bench:load`: builds main.js exactly as `npm run build` does (into a temporary folder, so
// the repository's main.js is left alone), bundles scripts/bench/load.ts (obsidian → the shared
// test double) and times loading the built plugin. `--main FILE` times an existing build instead.
import { execFileSync } from "child_process";
import esbuild from "esbuild";
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { pluginOptions } from "../esbuild.config.mjs";

const dir = mkdtempSync(path.join(os.tmpdir(), "topic-tree-bench-"));
const args = process.argv.slice(2);
if (!args.includes("--main")) {
	const main = path.join(dir, "main.js");
	await esbuild.build({ ...pluginOptions(true), outfile: main, logLevel: "warning" });
	args.push("--main", main);
}
const out = path.join(dir, "load.js");
await esbuild.build({
	entryPoints: ["scripts/bench/load.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: out,
	external: ["jsdom"],
	alias: { obsidian: "./tests/__mocks__/obsidian.ts" },
	logLevel: "warning",
});
execFileSync(process.execPath, [out, ...args], { stdio: "inherit", cwd: process.cwd(), env: { ...process.env, NODE_PATH: path.resolve("node_modules") } });
