/**
 * The `topic-tree` command as a real process: src/cli/main.ts bundled the way esbuild.config.mjs
 * builds dist/cli.js (into a temporary folder, so the repository's dist/ is left alone), run with
 * a time limit. Tests that could hang before their fix (a FIFO, a device, /proc) run through
 * here: a hang ends as a killed process and a failed test, not a stuck test run.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { REPO_ROOT } from "./corpus";

export interface ProcessResult {
	stdout: string;
	stderr: string;
	/** Exit code; null when the process was killed (see `signal`). */
	code: number | null;
	signal: string | null;
}

let bundled: string | undefined;

/** Bundles the command once per test file; returns the script's path. */
export function cliScript(): string {
	if (bundled !== undefined) return bundled;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topic-tree-cli-bin-"));
	const outfile = path.join(dir, "cli.js");
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild's synchronous API, loaded only by the tests that need it
	const esbuild = require("esbuild") as typeof import("esbuild");
	esbuild.buildSync({
		entryPoints: [path.join(REPO_ROOT, "src/cli/main.ts")],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		outfile,
		logLevel: "silent",
	});
	bundled = outfile;
	return outfile;
}

/** Runs `topic-tree args…`; killed after `timeoutMs`. */
export function runCli(args: string[], timeoutMs = 20_000): ProcessResult {
	const result = spawnSync(process.execPath, [cliScript(), ...args], {
		encoding: "utf8",
		timeout: timeoutMs,
		killSignal: "SIGKILL",
		maxBuffer: 1 << 30,
	});
	return { stdout: result.stdout ?? "", stderr: result.stderr ?? "", code: result.status, signal: result.signal };
}
