// `npm run demo`: build, install the plugin into the example vault (or --vault PATH), print that
// vault's topic tree in the terminal, then serve a browser preview of the vault with the plugin
// as built (an Obsidian-like page, see scripts/preview.mjs) until Ctrl-C.
//   npm run demo -- --vault ../shared/corpus/blog-vault     preview another vault folder
//   npm run demo -- --no-serve                             stop after printing (also when CI is set)
//   npm run demo -- --port 8080                            serve on a given port (default: a free one)
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, statSync } from "fs";
import path from "path";
import { fileURLToPath } from "url";
import { buildPreview, servePreview } from "./preview.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] && !args[i + 1].startsWith("--") ? args[i + 1] : undefined;
};
const vault = path.resolve(option("--vault") ?? path.join(root, "example-vault"));
const serve = !args.includes("--no-serve") && !process.env.CI;
const port = Number(option("--port") ?? 0);

const run = (cmd, cmdArgs) => {
	try {
		execFileSync(cmd, cmdArgs, { cwd: root, stdio: "inherit" });
	} catch {
		console.error(`\n\`${[cmd, ...cmdArgs].join(" ")}\` failed (see above).`);
		process.exit(1);
	}
};

console.log("Building the plugin and the command…");
run("npm", ["run", "--silent", "build"]);

if (!existsSync(vault)) {
	console.error(`No such vault folder: ${vault}`);
	process.exit(2);
}

// A folder nobody may write to (like the shared corpus) is previewed, never changed.
const writable = (statSync(vault).mode & 0o222) !== 0;
if (writable) {
	const pluginDir = path.join(vault, ".obsidian", "plugins", "topic-tree");
	mkdirSync(pluginDir, { recursive: true });
	for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(path.join(root, file), path.join(pluginDir, file));
	console.log(`\nInstalled Topic Tree into ${pluginDir}`);
} else {
	console.log(`\n${vault} is read-only: the plugin was not installed there (the preview below still shows it).`);
}

console.log(`\nTopic tree of ${vault}:\n`);
run("node", [path.join(root, "dist", "cli.js"), "tree", vault]);

console.log(`\nTo see it in Obsidian: open ${vault} as a vault (Open folder as vault), then enable community plugins${writable ? "" : " (install the plugin first: copy main.js, manifest.json and styles.css into .obsidian/plugins/topic-tree/)"}.`);

const out = path.join(root, "dist", "preview");
const built = await buildPreview({ vault, out, pluginBuild: false });
console.log(`\nBuilt a browser preview of ${built.notes} notes into ${path.relative(root, built.out)}: the plugin as built, in an Obsidian-like page.`);
if (!serve) {
	console.log(`Serve it with: node scripts/preview.mjs --serve-only ${path.relative(root, built.out)}`);
	process.exit(0);
}
const { server, url } = await servePreview(out, port);
console.log(`\nPreview: ${url}\n  dark theme: ${url}?theme=dark\n  a given note first: ${url}?file=<path in the vault>\nServing until Ctrl-C.`);
process.on("SIGINT", () => {
	server.close();
	console.log("\nStopped the preview.");
	process.exit(0);
});
