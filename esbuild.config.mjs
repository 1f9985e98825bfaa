// Bundles the plugin (main.js at the repo root, where Obsidian looks for it) and the
// headless command (dist/cli.js). `node esbuild.config.mjs production` builds once, minified;
// without an argument it watches and rebuilds the plugin with inline source maps.
import esbuild from "esbuild";
import process from "process";
import { builtinModules } from "module";

const banner = `/*
Topic Tree: an Obsidian plugin. Built with esbuild; see the repository for sources.
*/`;

const prod = process.argv[2] === "production";

/** The plugin: runs inside Obsidian on desktop and mobile, so no Node built-ins may be required. */
const pluginOptions = {
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	// platform "browser" makes esbuild honour package.json "browser" fields (gray-matter maps fs to nothing)
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
	// gray-matter calls Buffer.from; Obsidian mobile has no Buffer
	inject: ["src/shims/buffer.ts"],
	format: "cjs",
	target: "es2021",
	logLevel: "info",
	sourcemap: prod ? false : "inline",
	treeShaking: true,
	minify: prod,
	outfile: "main.js",
};

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

if (prod) {
	await esbuild.build(pluginOptions);
	await esbuild.build(cliOptions);
} else {
	const ctx = await esbuild.context(pluginOptions);
	await ctx.watch();
}
