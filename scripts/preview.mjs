// The browser preview: the built plugin (main.js, manifest.json, styles.css, exactly as built)
// running against the shared test double of `obsidian` in an Obsidian-like page. The page's
// source is tests/e2e/host/; this script bundles it, snapshots a vault folder into vault.json,
// and serves the result. `npm run demo` and the real-browser tests (npm run test:e2e) use it.
//
//   node scripts/preview.mjs [--vault DIR] [--out DIR] [--no-serve] [--port N]
//                            [--no-plugin-build] [--ignore-plugin-data]
//   node scripts/preview.mjs --serve-only DIR [--port N] [--stop-on-stdin-end]
import esbuild from "esbuild";
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { createServer } from "http";
import path from "path";
import { fileURLToPath } from "url";

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const hostDir = path.join(root, "tests", "e2e", "host");

/** Obsidian's own icon names (not in Lucide) mapped to the Lucide icon that looks the same. */
const OBSIDIAN_ICON_ALIASES = {
	"right-triangle": "chevron-down",
	document: "file-text",
	cross: "x",
	"vertical-three-dots": "ellipsis-vertical",
	"three-horizontal-bars": "menu",
	"left-arrow": "arrow-left",
	"right-arrow": "arrow-right",
	"up-arrow-with-tail": "arrow-up",
	"down-arrow-with-tail": "arrow-down",
	"checkmark": "check",
	"magnifying-glass": "search",
	gear: "settings",
	"help": "circle-help",
};

/** Largest attachment placeholder listed (only names are kept; contents are never read). */
const ATTACHMENT_LIMIT = 20000;

/**
 * Every `.md` note and `.base` file of a vault folder (dot-folders and dot-files skipped, symlinks
 * not followed), with its times; other files (images, PDFs, canvases) as empty files, so links to
 * them resolve as they do in Obsidian (at most ATTACHMENT_LIMIT of them).
 */
export function readVault(vault) {
	const files = {};
	let attachments = 0;
	const walk = (dir, rel) => {
		for (const name of readdirSync(dir).sort()) {
			if (name.startsWith(".") || name === "node_modules") continue;
			const full = path.join(dir, name);
			const relPath = rel ? `${rel}/${name}` : name;
			const stat = lstatSync(full);
			if (stat.isSymbolicLink()) continue;
			if (stat.isDirectory()) walk(full, relPath);
			else if (stat.isFile()) {
				const note = /\.(md|base)$/i.test(name);
				if (!note && attachments++ >= ATTACHMENT_LIMIT) continue;
				files[relPath.normalize("NFC")] = {
					content: note ? readFileSync(full, "utf8") : "",
					mtime: Math.round(stat.mtimeMs),
					ctime: Math.round(stat.birthtimeMs || stat.ctimeMs),
				};
			}
		}
	};
	walk(vault, "");
	return files;
}

/** The plugin's saved data in the vault (`.obsidian/plugins/<id>/data.json`), or null. */
export function readPluginData(vault, pluginId) {
	const file = path.join(vault, ".obsidian", "plugins", pluginId, "data.json");
	if (!existsSync(file)) return null;
	try {
		return JSON.parse(readFileSync(file, "utf8"));
	} catch (error) {
		console.warn(`Ignoring ${file}: ${error instanceof Error ? error.message : String(error)}`);
		return null;
	}
}

/** The vault's Obsidian settings the plugin reads (`userIgnoreFilters` from `.obsidian/app.json`), or {}. */
export function readAppConfig(vault) {
	try {
		const app = JSON.parse(readFileSync(path.join(vault, ".obsidian", "app.json"), "utf8"));
		return Array.isArray(app.userIgnoreFilters) ? { userIgnoreFilters: app.userIgnoreFilters } : {};
	} catch {
		return {};
	}
}

/**
 * The configuration files the plugin reads through `vault.adapter` (Breadcrumbs' settings for the
 * first-run adoption, the Templates and Templater folders), by path under the config folder.
 */
export const CONFIG_FILES = ["templates.json", "plugins/breadcrumbs/data.json", "plugins/templater-obsidian/data.json"];

/** The vault's configuration files in CONFIG_FILES, as text by path (`.obsidian/...`). */
export function readConfigFiles(vault) {
	const found = {};
	for (const rel of CONFIG_FILES) {
		const file = path.join(vault, ".obsidian", rel);
		if (existsSync(file) && statSync(file).isFile() && statSync(file).size < 4 * 1024 * 1024) found[`.obsidian/${rel}`] = readFileSync(file, "utf8");
	}
	return found;
}

/** Lucide's icons by name, as SVG text without the licence comment. */
function lucideIcons() {
	const dir = path.join(root, "node_modules", "lucide-static", "icons");
	const icons = new Map();
	for (const name of readdirSync(dir)) if (name.endsWith(".svg")) icons.set(name.slice(0, -4), path.join(dir, name));
	return icons;
}

function svgText(file) {
	return readFileSync(file, "utf8")
		.replace(/<!--[\s\S]*?-->/g, "")
		.replace(/\s+/g, " ")
		.replace(/> </g, "><")
		.trim();
}

/**
 * The icons the page can draw: every string literal in the sources that names a Lucide icon
 * (with or without Obsidian's `lucide-` prefix), plus Obsidian's own names mapped to Lucide.
 */
export function collectIcons(sources) {
	const lucide = lucideIcons();
	const wanted = new Set();
	for (const text of sources) {
		for (const m of text.matchAll(/["'`]([a-z][a-z0-9-]*)["'`]/g)) {
			const name = m[1].startsWith("lucide-") ? m[1].slice(7) : m[1];
			if (lucide.has(name)) wanted.add(name);
		}
	}
	const icons = {};
	for (const name of [...wanted].sort()) icons[name] = svgText(lucide.get(name));
	for (const [alias, target] of Object.entries(OBSIDIAN_ICON_ALIASES)) if (lucide.has(target)) icons[alias] = svgText(lucide.get(target));
	return icons;
}

function hostSources() {
	return readdirSync(hostDir)
		.filter((name) => name.endsWith(".ts"))
		.map((name) => readFileSync(path.join(hostDir, name), "utf8"));
}

/** Bundles the plugin (main.js and dist/cli.js) with the repository's esbuild config. */
export function buildPlugin() {
	try {
		execFileSync(process.execPath, [path.join(root, "esbuild.config.mjs"), "production"], { cwd: root, stdio: "pipe" });
	} catch (error) {
		throw new Error(`Bundling the plugin failed:\n${String(error.stderr ?? error.message)}`);
	}
}

/**
 * Writes the preview of `vault` into `out`: index.html, host.js, obsidian-like.css, vault.json and
 * the plugin's main.js, manifest.json, styles.css as built. Returns what it wrote.
 */
export async function buildPreview({ vault, out, pluginBuild = true, pluginData = true }) {
	const vaultDir = path.resolve(vault);
	if (!existsSync(vaultDir) || !statSync(vaultDir).isDirectory()) throw new Error(`No such vault folder: ${vaultDir}`);
	if (pluginBuild || !existsSync(path.join(root, "main.js"))) buildPlugin();
	const manifest = JSON.parse(readFileSync(path.join(root, "manifest.json"), "utf8"));
	const outDir = path.resolve(out);
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });

	const mainJs = readFileSync(path.join(root, "main.js"), "utf8");
	const icons = collectIcons([mainJs, ...hostSources()]);
	await esbuild.build({
		entryPoints: [path.join(hostDir, "host.ts")],
		bundle: true,
		platform: "browser",
		format: "iife",
		target: "es2021",
		outfile: path.join(outDir, "host.js"),
		sourcemap: "linked",
		define: { TOPIC_TREE_HOST_ICONS: JSON.stringify(icons) },
		logLevel: "warning",
	});

	const files = readVault(vaultDir);
	const data = pluginData ? readPluginData(vaultDir, manifest.id) : null;
	const snapshot = { name: path.basename(vaultDir), files, pluginData: data, config: readAppConfig(vaultDir), configFiles: readConfigFiles(vaultDir) };
	writeFileSync(path.join(outDir, "vault.json"), JSON.stringify(snapshot));
	copyFileSync(path.join(hostDir, "index.html"), path.join(outDir, "index.html"));
	copyFileSync(path.join(hostDir, "obsidian-like.css"), path.join(outDir, "obsidian-like.css"));
	for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(path.join(root, file), path.join(outDir, file));
	return { out: outDir, vault: vaultDir, notes: Object.keys(files).length, icons: Object.keys(icons).length, pluginData: data !== null };
}

const TYPES = {
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".map": "application/json; charset=utf-8",
	".png": "image/png",
	".svg": "image/svg+xml",
};

/** Serves `dir` on 127.0.0.1 (port 0: a free one); resolves to the server and its URL. */
export function servePreview(dir, port = 0) {
	const base = path.resolve(dir);
	const server = createServer((req, res) => {
		const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
		let file = path.resolve(base, `.${urlPath}`);
		if (file !== base && !file.startsWith(base + path.sep)) {
			res.writeHead(403).end("Forbidden");
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
		if (!existsSync(file)) {
			res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
			return;
		}
		res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
		res.end(readFileSync(file));
	});
	return new Promise((resolve, reject) => {
		server.once("error", reject);
		server.listen(port, "127.0.0.1", () => {
			const address = server.address();
			resolve({ server, url: `http://127.0.0.1:${address.port}/` });
		});
	});
}

function option(args, name) {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] && !args[i + 1].startsWith("--") ? args[i + 1] : undefined;
}

async function main(args) {
	const port = Number(option(args, "--port") ?? 0);
	const serveOnly = option(args, "--serve-only");
	let dir = serveOnly;
	if (!dir) {
		const vault = path.resolve(option(args, "--vault") ?? path.join(root, "example-vault"));
		const out = path.resolve(option(args, "--out") ?? path.join(root, "dist", "preview"));
		const built = await buildPreview({ vault, out, pluginBuild: !args.includes("--no-plugin-build"), pluginData: !args.includes("--ignore-plugin-data") });
		console.log(`Built the preview of ${built.vault} (${built.notes} notes) into ${built.out}`);
		dir = built.out;
		if (args.includes("--no-serve")) return;
	}
	const { server, url } = await servePreview(dir, port);
	console.log(`Preview: ${url}`);
	if (args.includes("--stop-on-stdin-end")) {
		process.stdin.on("end", () => server.close(() => process.exit(0)));
		process.stdin.resume();
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main(process.argv.slice(2)).catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
