// `npm run bench:load`: builds main.js exactly as `npm run build` does (into a temporary folder, so
// the repository's main.js is left alone), bundles scripts/bench/load.ts (obsidian → the shared
// test double) and times loading the built plugin. `--main FILE` times an existing build instead.
import esbuild from "esbuild";
import path from "path";
import { pluginOptions } from "../esbuild.config.mjs";
import { benchDir, runBundled } from "./run-bundled.mjs";

const dir = benchDir();
const args = process.argv.slice(2);
if (!args.includes("--main")) {
	const main = path.join(dir, "main.js");
	await esbuild.build({ ...pluginOptions(true), outfile: main, logLevel: "warning" });
	args.push("--main", main);
}
await runBundled("scripts/bench/load.ts", args, { dir });
