// `npm run demo`: build, install the plugin into the example vault (or --vault PATH), and print
// that vault's topic tree in the terminal.
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync } from "fs";
import path from "path";
import { fileURLToPath } from "url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const vaultFlag = args.indexOf("--vault");
const vault = path.resolve(vaultFlag >= 0 && args[vaultFlag + 1] ? args[vaultFlag + 1] : path.join(root, "example-vault"));

const run = (cmd, cmdArgs) => execFileSync(cmd, cmdArgs, { cwd: root, stdio: "inherit" });

console.log("Building the plugin and the command…");
run("npm", ["run", "--silent", "build"]);

if (!existsSync(vault)) {
	console.error(`No such vault folder: ${vault}`);
	process.exit(2);
}
const pluginDir = path.join(vault, ".obsidian", "plugins", "topic-tree");
mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(path.join(root, file), path.join(pluginDir, file));
console.log(`\nInstalled Topic Tree into ${pluginDir}`);

console.log(`\nTopic tree of ${vault}:\n`);
run("node", [path.join(root, "dist", "cli.js"), "tree", vault]);

console.log(`\nOpen ${vault} as a vault in Obsidian (Open folder as vault) and enable community plugins to see the sidebar.`);
