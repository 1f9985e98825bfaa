// `npm run release-check`: bundles scripts/release-check-main.ts with esbuild and runs it from the
// repository root. Arguments are passed on (`-- --no-build` checks the files without building).
import { spawnSync } from "child_process";
import esbuild from "esbuild";
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { fileURLToPath } from "url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = mkdtempSync(path.join(os.tmpdir(), "topic-tree-release-check-"));
const out = path.join(dir, "release-check.js");
try {
	await esbuild.build({
		entryPoints: [path.join(root, "scripts/release-check-main.ts")],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		outfile: out,
		logLevel: "warning",
	});
	const result = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
	process.exitCode = result.status ?? 1;
} finally {
	rmSync(dir, { recursive: true, force: true });
}
