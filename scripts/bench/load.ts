/**
 * `npm run bench:load`: what loading the plugin costs Obsidian. Evaluates the BUILT main.js as
 * Obsidian does (a CommonJS wrapper whose `require` knows only `obsidian`, here the shared test
 * double) over a synthetic vault whose layout is not ready yet, then times:
 *   - onload: `load()` and its awaited `onload`, children included (median of fresh plugins,
 *     each unloaded before the next, and the first one, whose code runs cold); it must only wire
 *     things (the issue: under 50 ms). A throwaway plugin first calls the same host APIs, so the
 *     double's and jsdom's first-use costs (selector compiling, icons) are not counted: Obsidian's
 *     own code is warm when a plugin loads;
 *   - first index: from `layoutReady` to the live index reporting "ready" (median of fresh apps),
 *     and the longest stretch it kept the event loop busy (a `setImmediate` ping runs beside it:
 *     the widest gap between two pings), which the index's chunk budget (40 ms) should bound;
 *   - the same for a larger vault (`--large N` notes, default 20,000; `--large 0` skips it).
 *
 *   node <bundle> --main FILE [--notes N] [--runs R] [--index-runs K] [--large N] [--large-runs K] [--json]
 */
import * as fs from "fs";
import * as vm from "vm";
import { installJsdom } from "./jsdom-env";
import { syntheticVault } from "./synthetic";
import type { App } from "../../tests/obsidian-double";
import type { PluginManifest } from "obsidian";

type PluginClass = new (...args: never[]) => unknown;
/** What the benchmark reads of a loaded plugin: the live index's status. */
interface LoadedPlugin {
	host: { index: { status: { state: string }; on(name: "status", cb: (s: { state: string }) => void): unknown } } | null;
}

function option(name: string, fallback: number): number {
	const i = process.argv.indexOf(name);
	return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function median(xs: number[]): number {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs the host APIs a plugin calls at load once, in a throwaway plugin, so their first-use costs are paid before timing. */
async function warmHost(app: App, manifest: PluginManifest): Promise<void> {
	const { Plugin } = await import("../../tests/obsidian-double");
	const warm = new (class WarmUp extends Plugin {})(app, manifest);
	warm.load();
	await warm.loadData();
	warm.addRibbonIcon("folder-tree", "Warm up", () => undefined);
	warm.addCommand({ id: "warm-up", name: "Warm up", callback: () => undefined });
	warm.registerView("warm-up", () => {
		throw new Error("never opened");
	});
	warm.registerMarkdownPostProcessor(() => undefined);
	warm.registerMarkdownCodeBlockProcessor("warm-up", () => undefined);
	warm.registerHoverLinkSource("warm-up", { display: "Warm up", defaultMod: true });
	warm.registerEvent(app.workspace.on("layout-change", () => undefined));
	app.workspace.onLayoutReady(() => undefined);
	warm.unload();
}

async function main(): Promise<void> {
	const mainIndex = process.argv.indexOf("--main");
	if (mainIndex < 0) throw new Error("--main FILE: the built main.js to load");
	const source = fs.readFileSync(process.argv[mainIndex + 1], "utf8");
	const notes = option("--notes", 3000);
	const runs = option("--runs", 20);
	const indexRuns = option("--index-runs", 3);

	await installJsdom();
	const obsidian = await import("obsidian");
	const { createApp, makeManifest, obsidianApp, pluginDouble } = await import("../../tests/obsidian-double");

	// Evaluating main.js (parse and run its top level) is part of what Obsidian pays; timed once, cold.
	const t0 = performance.now();
	const wrapper = vm.runInThisContext(`(function (module, exports, require) {${source}\n})`) as (m: unknown, e: unknown, r: unknown) => void;
	const module = { exports: {} as Record<string, unknown> };
	wrapper(module, module.exports, (id: string) => {
		if (id === "obsidian") return obsidian;
		throw new Error(`main.js required "${id}": only "obsidian" exists inside Obsidian`);
	});
	const evalMs = performance.now() - t0;
	const Plugin = (module.exports.default ?? module.exports) as PluginClass;

	const files: Record<string, string> = {};
	for (const note of syntheticVault(notes)) files[note.path] = note.text;
	const manifest = makeManifest({ id: "topic-tree", name: "Topic Tree" });

	/** Constructs and loads a fresh plugin on `app`; resolves to it and the time `onload` took. */
	const load = async (app: ReturnType<typeof createApp>): Promise<{ plugin: LoadedPlugin; ms: number }> => {
		const plugin = new Plugin(obsidianApp(app) as never, manifest as never);
		const double = pluginDouble(plugin as never);
		const start = performance.now();
		double.load();
		await double._onloadResult;
		return { plugin: plugin as LoadedPlugin, ms: performance.now() - start };
	};

	const app = createApp(files);
	await warmHost(app, manifest);
	const onload: number[] = [];
	for (let run = 0; run < runs; run++) {
		const { plugin, ms } = await load(app);
		onload.push(ms);
		if (plugin.host?.index.status.state !== "waiting") throw new Error("the index started before the layout was ready");
		pluginDouble(plugin as never).unload();
		await app.flush();
	}
	await app.dispose();

	/** Times the first index of `vault` on fresh apps: medians of the time to "ready" and of the longest busy stretch. */
	const firstIndexOf = async (vault: Record<string, string>, count: number): Promise<{ ms: number; longestTaskMs: number }> => {
		const times: number[] = [];
		const longest: number[] = [];
		for (let run = 0; run < count; run++) {
			const fresh = createApp(vault);
			const { plugin } = await load(fresh);
			const ready = new Promise<void>((resolve) => plugin.host?.index.on("status", (s) => s.state === "ready" && resolve()));
			let running = true;
			let last = performance.now();
			let widest = 0;
			const ping = (): void => {
				const now = performance.now();
				widest = Math.max(widest, now - last);
				last = now;
				if (running) setImmediate(ping);
			};
			const start = performance.now();
			setImmediate(ping);
			await fresh.layoutReady();
			await ready;
			times.push(performance.now() - start);
			running = false;
			longest.push(widest);
			pluginDouble(plugin as never).unload();
			await fresh.dispose();
		}
		return { ms: median(times), longestTaskMs: median(longest) };
	};
	const first = await firstIndexOf(files, indexRuns);
	const largeNotes = option("--large", 20000);
	let large: { ms: number; longestTaskMs: number } | undefined;
	if (largeNotes > 0) {
		const largeFiles: Record<string, string> = {};
		for (const note of syntheticVault(largeNotes)) largeFiles[note.path] = note.text;
		large = await firstIndexOf(largeFiles, option("--large-runs", 2));
	}

	const result = {
		onload_ms: round(median(onload)),
		onload_first_ms: round(onload[0]),
		bundle_kb: round(Buffer.byteLength(source) / 1024, 1),
		first_index_ms: round(first.ms, 0),
		first_index_longest_task_ms: round(first.longestTaskMs, 1),
		...(large ? { large_notes: largeNotes, large_first_index_ms: round(large.ms, 0), large_longest_task_ms: round(large.longestTaskMs, 1) } : {}),
		eval_ms: round(evalMs),
		notes,
	};
	if (process.argv.includes("--json")) console.log(JSON.stringify(result));
	else {
		console.log(
			`main.js ${result.bundle_kb} KB (evaluated in ${result.eval_ms} ms); onload ${result.onload_ms} ms (median of ${runs}; the first, cold: ${result.onload_first_ms} ms; layout not ready, ${notes} notes); ` +
				`first index ${result.first_index_ms} ms from layout ready (median of ${indexRuns}), longest task ${result.first_index_longest_task_ms} ms` +
				(large ? `; ${largeNotes} notes: first index ${result.large_first_index_ms} ms, longest task ${result.large_longest_task_ms} ms` : ""),
		);
	}
	process.exit(0);
}

main().catch((err: unknown) => {
	console.error(err);
	process.exit(1);
});
