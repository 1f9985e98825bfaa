// Bundles the plugin (main.js at the repo root, where Obsidian looks for it) and the
// headless command (dist/cli.js). `node esbuild.config.mjs production` builds once, minified;
// without an argument it watches and rebuilds the plugin with inline source maps. Imported (by
// scripts/bench-load.mjs) it only exports the plugin's build options.
import esbuild from "esbuild";
import { builtinModules } from "module";
import path from "path";
import process from "process";
import { fileURLToPath } from "url";

const banner = `/*
Topic Tree: an Obsidian plugin. Built with esbuild; see the repository for sources.
*/`;

/**
 * The core reads YAML with gray-matter by default (src/core/yaml-default.ts), which the command-line
 * tool, the tests and the benchmarks rely on. Inside Obsidian the plugin passes Obsidian's own
 * `parseYaml` wherever it parses front matter, so main.js gets src/shims/yaml-default.ts in that
 * module's place and ships neither gray-matter nor its js-yaml (tests/build/bundle.test.ts checks).
 */
const obsidianYamlOnly = {
	name: "obsidian-yaml-only",
	setup(build) {
		const original = path.resolve("src/core/yaml-default.ts");
		const replacement = path.resolve("src/shims/yaml-default.ts");
		build.onResolve({ filter: /(^|\/)yaml-default$/ }, (args) =>
			path.resolve(args.resolveDir, args.path) + ".ts" === original ? { path: replacement } : undefined,
		);
	},
};

/** The plugin: runs inside Obsidian on desktop and mobile, so no Node built-ins may be required. `prod`: minified, no source map. */
export const pluginOptions = (prod) => ({
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	platform: "browser",
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
	],
	plugins: [obsidianYamlOnly],
	format: "cjs",
	target: "es2021",
	logLevel: "info",
	sourcemap: prod ? false : "inline",
	treeShaking: true,
	minify: prod,
	outfile: "main.js",
});

/** The command-line tool: Node only. */
const cliOptions = {
	banner: { js: "#!/usr/bin/env node" },
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	platform: "node",
	external: [...builtinModules],
	format: "cjs",
	target: "node20",
	logLevel: "info",
	sourcemap: false,
	minify: false,
	outfile: "dist/cli.js",
};

const runAsScript = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runAsScript && process.argv[2] === "production") {
	await esbuild.build(pluginOptions(true));
	await esbuild.build(cliOptions);
} else if (runAsScript) {
	const ctx = await esbuild.context(pluginOptions(false));
	await ctx.watch();
}
