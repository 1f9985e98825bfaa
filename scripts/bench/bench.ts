/**
 * `npm run bench`: how fast the core indexes a vault and applies one-note updates, and how fast
 * the tree view (in jsdom) renders, filters on a keystroke and follows a one-note update.
 *
 *   npm run bench                         sizes 1k, 10k, 100k synthetic notes, readable table
 *   npm run bench -- --notes 10000 --json one size; the last line is one JSON object
 *   npm run bench -- --corpus DIR --copies K [--json]   a real folder of notes repeated K times
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
import { DEFAULT_PARSE_SETTINGS } from "../../src/core/types";
import { readVault } from "../../src/cli/vault";
import { installJsdom, fakeViewportHeight } from "./jsdom-env";
import { noteName, syntheticVault } from "./synthetic";
import type { ViewFigures } from "./view";

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
	view_filter_few_ms?: number;
	filter_rows?: number;
	filter_dom_rows?: number;
	view_update_ms?: number;
	view_update_filtered_ms?: number;
	core_filter_view_ms?: number;
}

type Measured = Omit<Result, "filter_ms"> & { index: TopicIndex };

function measure(notes: NoteSource[], runs: number, withFields: boolean): Measured {
	const mb = bytesOf(notes) / 1e6;
	const times: number[] = [];
	let index: TopicIndex | undefined;
	for (let r = 0; r < runs; r++) {
		index = undefined;
		gc();
		const t0 = now();
		const fresh = new TopicIndex(DEFAULT_PARSE_SETTINGS);
		fresh.indexAll(notes);
		times.push(now() - t0);
		index = fresh;
	}
	const idx = index!;

	// Heap held by the index: build one more with GC before and after.
	index = undefined;
	gc();
	const before = process.memoryUsage().heapUsed;
	let held: TopicIndex | undefined = new TopicIndex(DEFAULT_PARSE_SETTINGS);
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
		const text = note.text.replace(/up:: \[\[[^\]]*\]\]/, `up:: [[${noteName((i * 31 + k) % notes.length)}]]`);
		return [note, { ...note, text }];
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
async function measureAll(notes: NoteSource[], runs: number, withFields: boolean): Promise<Result> {
	const { index, ...core } = measure(notes, runs, withFields);
	const { measureView } = await loadView();
	const view: ViewFigures = await measureView(index, notes, Math.max(5, runs));
	return { ...core, filter_ms: view.view_filter_ms, ...view };
}

function corpusNotes(dir: string, copies: number): NoteSource[] {
	const read = readVault(dir);
	const notes: NoteSource[] = [];
	for (let c = 0; c < copies; c++) for (const n of read.notes) notes.push({ ...n, path: copies > 1 ? `copy-${c}/${n.path}` : n.path });
	return notes;
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
		["filter_rows", "filter rows"],
		["filter_dom_rows", "filter DOM rows"],
		["view_update_ms", "update ms"],
		["view_update_filtered_ms", "update (filtered) ms"],
	];
	printColumns(results, cols);
	console.log("");
	console.log("tree view (jsdom, 800 px sidebar):");
	printColumns(results, viewCols);
}

function printColumns(results: Result[], cols: Array<[keyof Result, string]>): void {
	const used = cols.filter(([k]) => results.some((r) => r[k] !== undefined));
	const rows = [used.map(([, h]) => h), ...results.map((r) => used.map(([k]) => String(r[k] ?? "")))];
	const widths = used.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
	for (const row of rows) console.log(row.map((c, i) => c.padStart(widths[i])).join("  "));
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	if (!(globalThis as { gc?: unknown }).gc) console.error("note: run with --expose-gc for heap figures (npm run bench does)");
	const results: Result[] = [];
	if (args.corpus) {
		const dir = path.resolve(args.corpus);
		if (!fs.existsSync(dir)) throw new Error(`no such folder: ${dir}`);
		const notes = corpusNotes(dir, args.copies);
		if (!args.json) console.log(`corpus ${dir} × ${args.copies}: ${notes.length} notes`);
		results.push(await measureAll(notes, args.runs || 5, true));
	} else {
		for (const n of args.sizes) {
			const notes = syntheticVault(n);
			if (!args.json) console.log(`synthetic vault: ${n} notes generated`);
			results.push(await measureAll(notes, args.runs || (n >= 100000 ? 3 : 5), n <= 10000));
		}
	}
	if (args.json) console.log(JSON.stringify(results.length === 1 ? results[0] : results));
	else printTable(results);
	process.exit(0);
}

void main();
