/**
 * `npm run release-check`: builds the plugin as for a release, then checks the manifest, the
 * versions, the release files, the README, the CHANGELOG and the eslint-disable comments, and
 * prints a ✓/✗ checklist. Exits 1 when any check fails. `--no-build` checks the files as they are.
 * Run from the repository root (scripts/release-check.mjs bundles and starts this file).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { commandNames, checkReadme, settingNames } from "./release-check-docs";
import { checkChangelog, checkEslintDisables, checkManifest, checkOutputs, checkVersions, formatReport, type Check, type SourceFile } from "./release-check-lib";

const ROOT = process.cwd();
const RELEASE_FILES = ["main.js", "manifest.json", "styles.css"];
const CODE = /\.(?:ts|mts|cts|js|mjs|cjs)$/;

function read(file: string): string | null {
	try {
		return fs.readFileSync(path.join(ROOT, file), "utf8");
	} catch {
		return null;
	}
}

function readJson(file: string): unknown {
	const text = read(file);
	if (text === null) return null;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return null;
	}
}

/** Code files under `dir` (relative paths), skipping node_modules and dot-folders. */
function codeFiles(dir: string): SourceFile[] {
	const out: SourceFile[] = [];
	const walk = (rel: string): void => {
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			const child = `${rel}/${entry.name}`;
			if (entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(child);
			else if (entry.isFile() && CODE.test(entry.name)) out.push({ path: child, text: read(child) ?? "" });
		}
	};
	walk(dir);
	return out;
}

/** Runs the production build; a failed build is a failed check with the end of its output. */
function build(): Check {
	const result = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT, encoding: "utf8" });
	const ok = result.status === 0;
	const output = `${result.stderr ?? ""}${result.stdout ?? ""}`.trim().split("\n").slice(-5).join(" | ");
	return { section: "build", label: "production build (node esbuild.config.mjs production)", ok, ...(ok ? {} : { detail: output || `exit ${result.status}` }) };
}

function main(): number {
	const checks: Check[] = [];
	if (!process.argv.includes("--no-build")) checks.push(build());

	const manifest = readJson("manifest.json");
	checks.push(...checkManifest(manifest));
	checks.push(...checkVersions(manifest, readJson("package.json"), readJson("versions.json")));
	checks.push(
		...checkOutputs(
			RELEASE_FILES.map((name) => {
				const text = read(name);
				return { name, text, bytes: text === null ? 0 : fs.statSync(path.join(ROOT, name)).size };
			}),
		),
	);

	const commands = commandNames(codeFiles("src")).map((c) => c.name);
	// The tab draws (and on 1.13 declares) the settings listed in definitions.ts.
	const settings = settingNames([read("src/settings/settings-tab.ts") ?? "", read("src/settings/definitions.ts") ?? ""].join("\n"));
	checks.push(...checkReadme(read("README.md"), commands, settings));
	const version = manifest !== null && typeof manifest === "object" && "version" in manifest ? String(manifest.version) : "";
	checks.push(checkChangelog(read("CHANGELOG.md"), version));
	checks.push(checkEslintDisables([...codeFiles("src"), ...codeFiles("tests"), ...codeFiles("scripts")]));

	console.log(`Release check of ${ROOT}`);
	console.log(formatReport(checks));
	return checks.every((c) => c.ok) ? 0 : 1;
}

process.exit(main());
