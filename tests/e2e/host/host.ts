/**
 * The browser host: an Obsidian-like page running the built plugin (main.js, manifest.json,
 * styles.css, exactly as built) against the shared test double of `obsidian`, with a vault
 * snapshot (vault.json) in memory. Bundled by scripts/preview.mjs; used by `npm run demo` and
 * the real-browser tests. Query: `?theme=dark`, `?file=<path>` (the note opened first; a `.base` file opens in
 * bases-view.ts, `&view=<index>` picks its view).
 * `?mode=source` (notes open in the Live Preview-like mode instead of Reading view, see reading-view.ts).
 */
import type * as O from "obsidian";
import * as obsidian from "../../obsidian-double";
import { createApp, installDomHelpers, type InitialFile, type Plugin } from "../../obsidian-double";
import type { HostApi } from "./api";
import { installBasesFileView } from "./bases-view";
import { installChrome } from "./chrome";
import { openFileExplorer } from "./file-explorer";
import { installLucideIcons } from "./icons";
import { HostLayout } from "./layout";
import { installMarkdownRenderer } from "./markdown";
import { loadBuiltPlugin } from "./plugin-loader";
import { ReadingViews } from "./reading-view";

/** What scripts/preview.mjs writes to vault.json. */
interface VaultSnapshot {
	name: string;
	files: Record<string, InitialFile>;
	pluginData: unknown;
	/** The vault's `.obsidian/app.json` settings the plugin reads (`userIgnoreFilters`), when present. */
	config?: Record<string, unknown>;
	/** Files under `.obsidian/` the plugin reads through the adapter (Breadcrumbs' settings, template folders). */
	configFiles?: Record<string, string>;
}

const errors: string[] = [];
const missingIcons: string[] = [];

function report(message: string): void {
	errors.push(message);
	const banner = activeDocument.body.querySelector(".host-error") ?? activeDocument.body.createDiv({ cls: "host-error", attr: { role: "alert" } });
	banner.createDiv({ text: message });
}

window.addEventListener("error", (evt) => report(evt.error instanceof Error ? (evt.error.stack ?? evt.error.message) : evt.message));
window.addEventListener("unhandledrejection", (evt) => report(evt.reason instanceof Error ? (evt.reason.stack ?? evt.reason.message) : String(evt.reason)));

async function fetchText(url: string): Promise<string> {
	// The page (not the plugin) loads its own files from its server; plugins would use requestUrl.
	const res = await window.fetch(url, { cache: "no-store" });
	if (!res.ok) throw new Error(`Could not load ${url}: ${res.status}`);
	return res.text();
}

function nextFrame(): Promise<void> {
	return new Promise((resolve) => window.requestAnimationFrame(() => resolve()));
}

/** Waits (up to `ms`) for `test` to hold. */
async function until(test: () => boolean, ms: number): Promise<void> {
	const end = Date.now() + ms;
	while (!test() && Date.now() < end) await new Promise((resolve) => window.setTimeout(resolve, 10));
}

async function boot(): Promise<void> {
	installDomHelpers(window);
	const params = new URLSearchParams(window.location.search);
	activeDocument.body.addClass(params.get("theme") === "dark" ? "theme-dark" : "theme-light");
	installLucideIcons(missingIcons);

	const [snapshot, manifest, code] = await Promise.all([
		fetchText("vault.json").then((t) => JSON.parse(t) as VaultSnapshot),
		fetchText("manifest.json").then((t) => JSON.parse(t) as O.PluginManifest),
		fetchText("main.js"),
	]);
	const app = createApp(snapshot.files, { name: snapshot.name, config: snapshot.config ?? {}, pluginData: snapshot.pluginData ? { [manifest.id]: snapshot.pluginData } : {} });
	activeDocument.title = `${snapshot.name} - Topic Tree preview`;
	for (const [file, text] of Object.entries(snapshot.configFiles ?? {})) await app.vault.adapter.write(file, text);
	installMarkdownRenderer(app);
	const reading = new ReadingViews(app, params.get("mode") === "source" ? "source" : "preview");
	reading.attach();
	const layout = new HostLayout(app);
	layout.attach();
	installChrome(app);
	installBasesFileView(app);

	let plugin: Plugin | null = null;
	const api: HostApi = {
		app,
		obsidian,
		get plugin() {
			return plugin;
		},
		errors,
		missingIcons,
		ready: false,
		readNote: (path) => {
			const file = app.vault.getFileByPath(path);
			return file ? app.vault.textOf(file) : null;
		},
		settle: async () => {
			for (let i = 0; i < 2; i++) {
				await app.flush();
				await reading.idle();
				await nextFrame();
				await nextFrame();
			}
		},
		renderCount: () => reading.count,
	};
	window.topicTreeE2E = api;

	await openFileExplorer(app);
	plugin = await loadBuiltPlugin(app, code, manifest);
	await app.layoutReady();

	// What a user does first: the plugin's ribbon button opens its view.
	const before = app.workspace.rightSplit.children.length + app.workspace.leftSplit.children.length;
	plugin.ribbonIcons[0]?.click();
	await until(() => app.workspace.rightSplit.children.length + app.workspace.leftSplit.children.length > before, 2000);

	const wanted = params.get("file");
	const notes = app.vault.getMarkdownFiles().sort((a, b) => a.path.localeCompare(b.path));
	const first = (wanted ? app.vault.getFileByPath(wanted) : null) ?? app.vault.getFileByPath("Start here.md") ?? notes[0] ?? null;
	if (first) await app.workspace.getLeaf(false).openFile(first);
	await api.settle();
	api.ready = true;
	activeDocument.body.setAttr("data-host-ready", "true");
}

boot().catch((error: unknown) => {
	report(error instanceof Error ? (error.stack ?? error.message) : String(error));
	activeDocument.body.setAttr("data-host-ready", "failed");
});
