// Shared by the bench runners: bundles a TypeScript bench entry for Node (obsidian → the shared
// test double, jsdom left external) into a temporary folder and runs it with the given Node flags.
import { execFileSync } from "child_process";
import esbuild from "esbuild";
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";

/** A fresh temporary folder for one bench run. */
export function benchDir() {
	return mkdtempSync(path.join(os.tmpdir(), "topic-tree-bench-"));
}

/** Bundles `entry` into `dir` and runs it with `args`; exits with the bench's status when it fails. */
export async function runBundled(entry, args, { nodeFlags = [], dir = benchDir() } = {}) {
	const out = path.join(dir, `${path.basename(entry, ".ts")}.js`);
	await esbuild.build({
		entryPoints: [entry],
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
		execFileSync(process.execPath, [...nodeFlags, out, ...args], { stdio: "inherit", env: { ...process.env, NODE_PATH: path.resolve("node_modules") } });
	} catch (e) {
		process.exit(e.status ?? 1);
	}
}
