/**
 * Before the real-browser specs: check for Chromium (fail if absent), bundle the plugin, build the
 * preview host over the example vault (and the blog corpus when present) with scripts/preview.mjs,
 * and serve them with the same script. The specs read the URL from the environment.
 */
import { execFileSync, spawn, type ChildProcess } from "child_process";
import * as path from "path";
import { corpusDir, realVaultDir } from "../../helpers/corpus";
import { requireChromium } from "./browser";
import { ENV_BLOG, ENV_REAL, ENV_URL, HOST_OUT, REPO_ROOT } from "./paths";

const PREVIEW = path.join(REPO_ROOT, "scripts", "preview.mjs");

/** The server process, for the teardown (same Node process). */
export const SERVER_KEY = "__topicTreePreviewServer";

function build(args: string[]): void {
	execFileSync(process.execPath, [PREVIEW, ...args, "--no-serve", "--ignore-plugin-data"], { cwd: REPO_ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

function serve(dir: string): Promise<{ child: ChildProcess; url: string }> {
	const child = spawn(process.execPath, [PREVIEW, "--serve-only", dir, "--stop-on-stdin-end"], { cwd: REPO_ROOT, stdio: ["pipe", "pipe", "inherit"] });
	return new Promise((resolve, reject) => {
		let out = "";
		const timer = setTimeout(() => reject(new Error(`The preview server did not start: ${out}`)), 15000);
		child.once("exit", (code) => reject(new Error(`The preview server exited (${code}): ${out}`)));
		child.stdout?.on("data", (chunk: Buffer) => {
			out += chunk.toString();
			const m = /Preview: (\S+)/.exec(out);
			if (m) {
				clearTimeout(timer);
				resolve({ child, url: m[1] });
			}
		});
	});
}

export default async function globalSetup(): Promise<void> {
	requireChromium();
	build(["--vault", path.join(REPO_ROOT, "example-vault"), "--out", path.join(HOST_OUT, "example")]);
	const corpus = corpusDir();
	if (corpus) build(["--vault", corpus, "--out", path.join(HOST_OUT, "blog"), "--no-plugin-build"]);
	else console.warn("The blog corpus is absent ($TOPIC_TREE_CORPUS, ../shared/corpus/blog-vault): its screenshot will be skipped.");
	const real = realVaultDir();
	if (real) build(["--vault", real, "--out", path.join(HOST_OUT, "real"), "--no-plugin-build"]);
	else console.warn("The real vaults are absent (../shared/corpus/real-vaults): the first-screen specs will be skipped.");
	const { child, url } = await serve(HOST_OUT);
	(globalThis as Record<string, unknown>)[SERVER_KEY] = child;
	process.env[ENV_URL] = url;
	process.env[ENV_BLOG] = corpus ? "1" : "";
	process.env[ENV_REAL] = real ?? "";
}
