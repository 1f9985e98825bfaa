/**
 * @jest-environment jsdom
 *
 * The built plugin as Obsidian (and Obsidian mobile) loads it: `main.js` bundled exactly as
 * `npm run build` does, evaluated in a fresh context that has the DOM but none of Node's
 * globals (no `process`, `Buffer`, `global`, `__dirname`), with a `require` that knows only
 * `obsidian`. The plugin must load, index a vault, and contain no Node built-in or HTML-string API.
 * It must also stay small: under the release budget (MAIN_JS_BUDGET), without gray-matter or js-yaml, reading YAML with
 * Obsidian's own `parseYaml` (esbuild.config.mjs swaps out the core's default parser).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { TextDecoder, TextEncoder } from "util";
import * as vm from "vm";
import * as obsidian from "obsidian";
import { createApp, loadPlugin, unloadPlugin, type App } from "../obsidian-double";
import { REPO_ROOT } from "../helpers/corpus";
import { MAIN_JS_BUDGET } from "../../scripts/release-check-lib";

const MAIN = path.join(REPO_ROOT, "main.js");
/** The budget for the minified main.js, in bytes. */
const MAX_BYTES = MAIN_JS_BUDGET;
let source = "";

beforeAll(() => {
	execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: REPO_ROOT, stdio: "pipe" });
	source = fs.readFileSync(MAIN, "utf8");
}, 120_000);

/** Evaluates main.js like Obsidian: CommonJS wrapper, only `obsidian` requirable, no Node globals. */
function loadBundle(): new (...args: never[]) => obsidian.Plugin {
	const module = { exports: {} as Record<string, unknown> };
	const requireOnlyObsidian = (id: string): unknown => {
		if (id === "obsidian") return obsidian;
		throw new Error(`main.js required "${id}": only "obsidian" exists inside Obsidian`);
	};
	const context = vm.createContext({
		window,
		document,
		navigator: window.navigator,
		activeDocument: document,
		activeWindow: window,
		console,
		TextEncoder,
		TextDecoder,
		setTimeout: window.setTimeout.bind(window),
		clearTimeout: window.clearTimeout.bind(window),
		requestAnimationFrame: (cb: FrameRequestCallback) => window.setTimeout(() => cb(Date.now()), 0),
		performance: window.performance,
		HTMLElement: window.HTMLElement,
		Node: window.Node,
		MouseEvent: window.MouseEvent,
		KeyboardEvent: window.KeyboardEvent,
		Event: window.Event,
		createEl: (window as unknown as { createEl: unknown }).createEl,
		createDiv: (window as unknown as { createDiv: unknown }).createDiv,
		createSpan: (window as unknown as { createSpan: unknown }).createSpan,
		createFragment: (window as unknown as { createFragment: unknown }).createFragment,
	});
	const wrapper = vm.runInContext(`(function (module, exports, require) {${source}\n})`, context) as (m: unknown, e: unknown, r: unknown) => void;
	wrapper(module, module.exports, requireOnlyObsidian);
	const plugin = (module.exports.default ?? module.exports) as new (...args: never[]) => obsidian.Plugin;
	return plugin;
}

/** Waits for the first index: it yields to a real timer between chunks, and a loaded machine may need several. */
async function untilIndexed(app: App, plugin: { host: { index: { status: { state: string } } } | null }): Promise<void> {
	for (let i = 0; i < 500 && plugin.host?.index.status.state !== "ready"; i++) {
		await app.flush();
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

describe("the built main.js", () => {
	test("contains no Node built-in require and no HTML-string DOM API", () => {
		const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
		expect([...new Set(required)]).toEqual(["obsidian"]);
		expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
	});

	test("is under the bundle budget and ships neither gray-matter nor js-yaml nor a Buffer", () => {
		expect(Buffer.byteLength(source, "utf8")).toBeLessThan(MAX_BYTES);
		// js-yaml's type tags and exception name, gray-matter's engine error and its fence cache.
		for (const marker of ["tag:yaml.org,2002:", "YAMLException", "gray-matter engine", "matter.cache", "section-matter"]) {
			expect(source).not.toContain(marker);
		}
		expect(source).not.toMatch(/\bBuffer\b/);
	});

	test("loads without Node globals and indexes a vault", async () => {
		const Plugin = loadBundle();
		const app = createApp({ "a.md": "---\ntitle: Alpha\n---\nup:: [[b]]\n", "b.md": "# B\n", "c.md": "up:: [[ghost topic]]\n" });
		await app.layoutReady();
		type Loaded = obsidian.Plugin & {
			host: { index: { status: { state: string }; core: { graph: { parentsOf(id: string): Array<{ parent: string }> } } } } | null;
		};
		const plugin = await loadPlugin<Loaded>(app, Plugin as never, { id: "topic-tree", name: "Topic Tree" });
		await untilIndexed(app, plugin);
		expect(plugin.host?.index.status.state).toBe("ready");
		expect(plugin.host?.index.core.graph.parentsOf("a.md").map((e) => e.parent)).toEqual(["b.md"]);
		expect(plugin.host?.index.core.graph.parentsOf("c.md").map((e) => e.parent)).toEqual(["ghost:ghost topic"]);
		await unloadPlugin(plugin);
		await app.dispose();
	});

	test("reads front matter the cache has not parsed, and writes parents into front matter, with Obsidian's parseYaml", async () => {
		const Plugin = loadBundle();
		const kid = "---\ntitle: Kid\n---\nbody\n";
		const app = createApp({ "b.md": "# B\n", "d.md": '---\nup: "[[b]]"\n---\n', "kid.md": kid });
		// As at start-up, before Obsidian's metadata cache has read d.md: the index parses its front matter itself.
		const cache = app.metadataCache;
		const cached = cache.getFileCache.bind(cache);
		cache.getFileCache = (file) => (file.path === "d.md" ? null : cached(file));
		await app.layoutReady();
		type Writer = { setParent(child: string, parent: string): Promise<boolean> };
		type Loaded = obsidian.Plugin & {
			host: {
				index: { status: { state: string }; core: { graph: { parentsOf(id: string): Array<{ parent: string }>; problemsOf(id: string): unknown[] } } };
				store: { updateSettings(patch: Record<string, unknown>): void };
			} | null;
		};
		const plugin = await loadPlugin<Loaded>(app, Plugin as never, { id: "topic-tree", name: "Topic Tree" });
		await untilIndexed(app, plugin);
		const graph = plugin.host?.index.core.graph;
		expect(graph?.parentsOf("d.md").map((e) => e.parent)).toEqual(["b.md"]);
		expect(graph?.problemsOf("d.md")).toEqual([]);

		plugin.host?.store.updateSettings({ parentPlacement: "frontmatter" });
		// The tree view's writer (a child component of the plugin; property names survive minifying).
		const children = (plugin as unknown as { children: Array<{ writer?: Writer }> }).children;
		const writer = children.find((child) => child.writer)?.writer;
		expect(await writer?.setParent("kid.md", "b.md")).toBe(true);
		expect(app.vault.textOf(app.vault.getFileByPath("kid.md") as obsidian.TFile)).toBe('---\ntitle: Kid\nup:\n  - "[[b]]"\n---\nbody\n');
		await unloadPlugin(plugin);
		await app.dispose();
	});
});
