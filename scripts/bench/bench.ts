/**
 * `npm run bench`: how fast the core indexes a vault and applies one-note updates, and how fast
 * the tree view (in jsdom) renders, filters on a keystroke and follows a one-note update.
 *
 *   npm run bench                         sizes 1k, 10k, 100k synthetic notes, readable table
 *   npm run bench -- --notes 10000 --json one size; the last line is one JSON object
 *   npm run bench -- --corpus DIR --copies K [--json]   a real folder of notes repeated K times
 *
 * A corpus is read as the command reads a vault: its own configuration (Topic Tree's or
 * Breadcrumbs' fields, Excluded files, template folders) and links resolved against every file.
 * A synthetic 1k vault is measured in the same run, so the `*_vs_1k` ratios compare figures
 * taken under the same machine load. Ratios within one size (`*_ratio`) need no reference.
 *
 * Figures are medians over several runs (p50/p99 for per-update timings). `filter_ms` is the
 * view's filter keystroke (debounce delay excluded); `core_filter_ms` is the core's filter and
 * flatten alone. Nothing here asserts a time: tests never depend on the machine's speed.
 */
import * as fs from "fs";
import * as path from "path";
import { scanInlineFields } from "../../src/core/fields/scanner";
import { locateFrontmatter } from "../../src/core/frontmatter";
import { parseLinks } from "../../src/core/links";
import { TopicIndex, type NoteSource } from "../../src/core/topic-index";
import { TreeModel } from "../../src/core/tree";
import { DEFAULT_PARSE_SETTINGS, type ParseSettings } from "../../src/core/types";
import { vaultConfig } from "../../src/cli/config";
import { vaultSources } from "../../src/cli/load";
import { readVault } from "../../src/cli/vault";
import { installJsdom, fakeViewportHeight } from "./jsdom-env";
import { syntheticVault } from "./synthetic";
import type { ViewFigures } from "./view";
import { reparented } from "./reparent";

interface Args {
	sizes: number[];
	corpus?: string;
	copies: number;
	json: boolean;
	runs: number;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { sizes: [1000, 10000, 100000], copies: 1, json: false, runs: 0 };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === "--notes") args.sizes = [Number(argv[++i])];
		else if (a === "--corpus") args.corpus = argv[++i];
		else if (a === "--copies") args.copies = Number(argv[++i]);
		else if (a === "--json") args.json = true;
		else if (a === "--runs") args.runs = Number(argv[++i]);
		else throw new Error(`unknown argument ${a}`);
	}
	return args;
}

const now = () => performance.now();

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function percentile(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function gc(): void {
	const g = (globalThis as { gc?: () => void }).gc;
	if (g) {
		g();
		g();
	}
}

function round(x: number, digits = 2): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

function bytesOf(notes: NoteSource[]): number {
	let b = 0;
	for (const n of notes) b += Buffer.byteLength(n.text, "utf8");
	return b;
}

/** Field extraction alone: bodies scanned for inline fields, values split into links. */
function fieldsThroughput(notes: NoteSource[], runs: number): number {
	const keys = new Set(["up", "down", "related"]);
	const starts = notes.map((n) => locateFrontmatter(n.text));
	let bodyBytes = 0;
	for (let i = 0; i < notes.length; i++) bodyBytes += notes[i].text.length - starts[i].bodyStart;
	const times: number[] = [];
	for (let r = 0; r < runs; r++) {
		const t0 = now();
		let links = 0;
		for (let i = 0; i < notes.length; i++) {
			const fields = scanInlineFields(notes[i].text, { start: starts[i].bodyStart, startLine: starts[i].bodyStartLine, keys });
			for (const f of fields) links += parseLinks(f.value).links.length;
		}
		times.push(now() - t0);
		if (links < 0) throw new Error("unreachable");
	}
	return bodyBytes / 1e6 / (median(times) / 1000);
}

interface Result {
	notes: number;
	mb: number;
	index_ms: number;
	notes_per_s: number;
	mb_per_s: number;
	update_p50_ms: number;
	update_p99_ms: number;
	update_p95_ms: number;
	update_max_ms: number;
	rename_p99_ms: number;
	/** The tree view's filter keystroke (see scripts/bench/view.ts). */
	filter_ms: number;
	/** The core's filter + flatten, the median of four queries. */
	core_filter_ms: number;
	heap_mb: number;
	fields_mb_per_s?: number;
	render_ms?: number;
	dom_rows?: number;
	render_active_ms?: number;
	view_filter_ms?: number;
	view_filter_cold_ms?: number;
	view_filter_first_ms?: number;
	filter_warmup_ms?: number;
	view_filter_few_ms?: number;
	filter_rows?: number;
	filter_dom_rows?: number;
	view_update_ms?: number;
	view_update_filtered_ms?: number;
	view_update_unlinked_ms?: number;
	unlinked_rows?: number;
	trail_render_ms?: number;
	trail_paths?: number;
	core_filter_view_ms?: number;
	/** Ratios within this run: an update under a filter / without; the first keystroke / a warm one. */
	view_update_filtered_ratio?: number;
	view_filter_cold_ratio?: number;
	/** Ratios to the synthetic 1k vault measured in the same run. */
	update_p99_vs_1k?: number;
	view_update_vs_1k?: number;
	view_update_unlinked_vs_1k?: number;
	render_vs_1k?: number;
	index_ms_per_note_vs_1k?: number;
	/** A corpus run: the synthetic 1k reference's own figures. */
	ref_1k?: Partial<Result>;
}

/** How a vault is indexed: its parse settings, link resolver and parent field (for the edits). */
interface VaultSetup {
	settings: ParseSettings;
	resolve?: (linkpath: string, sourcePath: string) => string | null;
	parentField: string;
}

const SYNTHETIC_SETUP: VaultSetup = { settings: DEFAULT_PARSE_SETTINGS, parentField: "up" };

type Measured = Omit<Result, "filter_ms"> & { index: TopicIndex };

function newIndex(setup: VaultSetup): TopicIndex {
	return new TopicIndex(setup.settings, setup.resolve ? { resolve: setup.resolve } : undefined);
}

function measure(notes: NoteSource[], runs: number, withFields: boolean, setup: VaultSetup): Measured {
	const mb = bytesOf(notes) / 1e6;
	const times: number[] = [];
	let index: TopicIndex | undefined;
	for (let r = 0; r < runs; r++) {
		index = undefined;
		gc();
		const t0 = now();
		const fresh = newIndex(setup);
		fresh.indexAll(notes);
		times.push(now() - t0);
		index = fresh;
	}
	const idx = index!;

	// Heap held by the index: build one more with GC before and after.
	index = undefined;
	gc();
	const before = process.memoryUsage().heapUsed;
	let held: TopicIndex | undefined = newIndex(setup);
	held.indexAll(notes);
	gc();
	const heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
	held = undefined;

	gc();

	// One-note edits: change the parent line of notes spread over the vault. A few hundred untimed
	// edits first, so the timed ones measure compiled code rather than the JIT warming up; 2,000
	// timed samples, so the p99 is twenty slow samples rather than five.
	const edit = (k: number): [NoteSource, NoteSource] => {
		const i = Math.floor((k * 7919) % notes.length);
		const note = notes[i];
		const other = notes[(i * 31 + k) % notes.length].path;
		return [note, reparented(note, other.slice(other.lastIndexOf("/") + 1).replace(/\.md$/, ""), setup.parentField)];
	};
	for (let k = 0; k < 300; k++) {
		const [note, edited] = edit(k + 1_000_003);
		idx.update(edited);
		idx.update(note);
	}
	const updates: number[] = [];
	for (let k = 0; k < 2000; k++) {
		const [note, edited] = edit(k);
		const t0 = now();
		idx.update(edited);
		updates.push(now() - t0);
		idx.update(note);
	}
	const renames: number[] = [];
	for (let k = 0; k < Math.min(200, notes.length); k++) {
		const i = Math.floor((k * 104729) % notes.length);
		const from = notes[i].path;
		const to = from.replace(/\.md$/, "-renamed.md");
		const t0 = now();
		idx.rename(from, to);
		renames.push(now() - t0);
		idx.rename(to, from);
	}
	const model = new TreeModel(idx.graph, { sort: "title", showGhosts: true });
	model.roots();
	const filters: number[] = [];
	for (const q of ["model", "drift 1", "#latency", "zzz-nothing"]) {
		const t0 = now();
		const f = model.filter(q);
		model.flatten({ expanded: new Set(), filter: f });
		filters.push(now() - t0);
	}
	const indexMs = median(times);
	return {
		notes: notes.length,
		mb: round(mb),
		index_ms: round(indexMs),
		notes_per_s: Math.round(notes.length / (indexMs / 1000)),
		mb_per_s: round(mb / (indexMs / 1000)),
		update_p50_ms: round(percentile(updates, 50), 3),
		update_p99_ms: round(percentile(updates, 99), 3),
		update_p95_ms: round(percentile(updates, 95), 3),
		update_max_ms: round(Math.max(...updates), 3),
		rename_p99_ms: round(percentile(renames, 99), 3),
		core_filter_ms: round(median(filters)),
		heap_mb: round(heapMb, 1),
		...(withFields ? { fields_mb_per_s: round(fieldsThroughput(notes, 5), 1) } : {}),
		index: idx,
	};
}

let viewModule: Promise<typeof import("./view")> | null = null;

/** The view module, loaded once jsdom is installed (the double reads DOM globals). */
function loadView(): Promise<typeof import("./view")> {
	viewModule ??= installJsdom().then(async (win) => {
		const view = await import("./view");
		fakeViewportHeight(win, "topic-tree-scroll", view.VIEWPORT_PX);
		return view;
	});
	return viewModule;
}

/** Core figures, then the view's over the same index; `filter_ms` is the view's keystroke. */
async function measureAll(notes: NoteSource[], runs: number, withFields: boolean, setup: VaultSetup = SYNTHETIC_SETUP): Promise<Result> {
	const { index, ...core } = measure(notes, runs, withFields, setup);
	const { measureView } = await loadView();
	const view: ViewFigures = await measureView(index, notes, Math.max(5, runs), undefined, setup.parentField);
	return {
		...core,
		filter_ms: view.view_filter_ms,
		...view,
		view_update_filtered_ratio: round(view.view_update_filtered_ms / view.view_update_ms),
		view_filter_cold_ratio: round(view.view_filter_cold_ms / view.view_filter_ms),
	};
}

/** Ratios of a result to the synthetic 1k vault's, measured in the same run. */
function withRatios(result: Result, ref: Result): Result {
	const ratio = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined || b === undefined || b === 0 ? undefined : round(a / b));
	return {
		...result,
		update_p99_vs_1k: ratio(result.update_p99_ms, ref.update_p99_ms),
		view_update_vs_1k: ratio(result.view_update_ms, ref.view_update_ms),
		// The synthetic vault has no unlinked notes: its plain update is the reference.
		view_update_unlinked_vs_1k: ratio(result.view_update_unlinked_ms, ref.view_update_ms),
		render_vs_1k: ratio(result.render_ms, ref.render_ms),
		index_ms_per_note_vs_1k: ratio(result.index_ms / result.notes, ref.index_ms / ref.notes),
	};
}

/** A real vault folder (repeated `copies` times under copy-N/ folders), set up as the command sets it up. */
function corpusVault(dir: string, copies: number): { notes: NoteSource[]; setup: VaultSetup; messages: string[] } {
	const read = readVault(dir);
	const config = vaultConfig(dir);
	const notes: NoteSource[] = [];
	const files: string[] = [];
	for (let c = 0; c < copies; c++) {
		const prefix = copies > 1 ? `copy-${c}/` : "";
		for (const n of read.notes) notes.push({ ...n, path: prefix + n.path });
		for (const f of read.files) files.push(prefix + f);
	}
	const sources = vaultSources(notes, files, copies > 1 ? { excludes: (p) => config.exclusion.excludes(p.replace(/^copy-\d+\//, "")) } : config.exclusion);
	return {
		notes: sources.notes,
		setup: { settings: config.parse, resolve: sources.resolve, parentField: config.parse.parentFields[0] ?? "up" },
		messages: config.messages,
	};
}

function printTable(results: Result[]): void {
	const cols: Array<[keyof Result, string]> = [
		["notes", "notes"],
		["mb", "MB"],
		["index_ms", "index ms"],
		["notes_per_s", "notes/s"],
		["mb_per_s", "MB/s"],
		["update_p50_ms", "update p50 ms"],
		["update_p99_ms", "update p99 ms"],
		["update_p95_ms", "update p95 ms"],
		["update_max_ms", "update max ms"],
		["rename_p99_ms", "rename p99 ms"],
		["core_filter_ms", "core filter ms"],
		["heap_mb", "heap MB"],
		["fields_mb_per_s", "fields MB/s"],
	];
	const viewCols: Array<[keyof Result, string]> = [
		["notes", "notes"],
		["render_ms", "render ms"],
		["dom_rows", "DOM rows"],
		["render_active_ms", "render (active note) ms"],
		["filter_ms", "filter keystroke ms"],
		["core_filter_view_ms", "core part ms"],
		["view_filter_few_ms", "narrow keystroke ms"],
		["view_filter_cold_ms", "first keystroke ms"],
		["view_filter_first_ms", "very first keystroke ms"],
		["filter_warmup_ms", "filter warm-up ms"],
		["filter_rows", "filter rows"],
		["filter_dom_rows", "filter DOM rows"],
		["view_update_ms", "update ms"],
		["view_update_filtered_ms", "update (filtered) ms"],
		["view_update_unlinked_ms", "update (unlinked open) ms"],
		["unlinked_rows", "rows (unlinked open)"],
		["trail_render_ms", "trail ms"],
		["trail_paths", "trail paths"],
	];
	const ratioCols: Array<[keyof Result, string]> = [
		["notes", "notes"],
		["view_update_filtered_ratio", "update filtered / plain"],
		["view_filter_cold_ratio", "first / warm keystroke"],
		["view_update_vs_1k", "update / 1k"],
		["view_update_unlinked_vs_1k", "update (unlinked) / 1k"],
		["render_vs_1k", "render / 1k"],
		["update_p99_vs_1k", "core update p99 / 1k"],
		["index_ms_per_note_vs_1k", "index per note / 1k"],
	];
	printColumns(results, cols);
	console.log("");
	console.log("tree view (jsdom, 800 px sidebar):");
	printColumns(results, viewCols);
	console.log("");
	console.log("ratios (same run):");
	printColumns(results, ratioCols);
}

function printColumns(results: Result[], cols: Array<[keyof Result, string]>): void {
	const used = cols.filter(([k]) => results.some((r) => r[k] !== undefined));
	const cell = (v: unknown): string => (typeof v === "number" || typeof v === "string" ? String(v) : "");
	const rows = [used.map(([, h]) => h), ...results.map((r) => used.map(([k]) => cell(r[k])))];
	const widths = used.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
	for (const row of rows) console.log(row.map((c, i) => c.padStart(widths[i])).join("  "));
}

function pick(result: Result, keys: Array<keyof Result>): Partial<Result> {
	const out: Partial<Result> = {};
	for (const key of keys) (out as Record<string, unknown>)[key] = result[key];
	return out;
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	if (!(globalThis as { gc?: unknown }).gc) console.error("note: run with --expose-gc for heap figures (npm run bench does)");
	const results: Result[] = [];
	if (args.corpus) {
		const dir = path.resolve(args.corpus);
		if (!fs.existsSync(dir)) throw new Error(`no such folder: ${dir}`);
		const { notes, setup, messages } = corpusVault(dir, args.copies);
		if (!args.json) {
			console.log(`corpus ${dir} × ${args.copies}: ${notes.length} notes (parent field ${setup.parentField})`);
			for (const line of messages) console.log(line);
		}
		const ref = await measureAll(syntheticVault(1000), args.runs || 5, false);
		const result = withRatios(await measureAll(notes, args.runs || 5, true, setup), ref);
		results.push({ ...result, ref_1k: pick(ref, ["index_ms", "update_p99_ms", "render_ms", "view_update_ms", "view_update_unlinked_ms", "view_filter_ms"]) });
	} else {
		let ref: Result | undefined;
		for (const n of args.sizes) {
			const notes = syntheticVault(n);
			if (!args.json) console.log(`synthetic vault: ${n} notes generated`);
			const result = await measureAll(notes, args.runs || (n >= 100000 ? 3 : 5), n <= 10000);
			if (n === 1000) ref = result;
			results.push(ref && n !== 1000 ? withRatios(result, ref) : result);
		}
	}
	if (args.json) console.log(JSON.stringify(results.length === 1 ? results[0] : results));
	else printTable(results);
	process.exit(0);
}

void main();
