/**
 * The tree view's part of `npm run bench`: a real `TopicTreeView` in jsdom (through the obsidian
 * test double) over an already built `TopicIndex`. Measures what a user waits for: the first
 * render, a filter keystroke and a one-note update, and counts the row elements that exist.
 *
 * Import this module only after `installJsdom()` (scripts/bench/jsdom-env.ts) has run.
 */
import type * as O from "obsidian";
import type { DataStore, IndexSource, IndexStatus, TopicTreeHost } from "../../src/context";
import type { TopicIndex, NoteSource } from "../../src/core/topic-index";
import { buildTrail, sequenceNeighbours } from "../../src/core/trail";
import { TreeModel, UNLINKED_GROUP } from "../../src/core/tree";
import { drawTrail } from "../../src/trail/render";
import { TopicTreeView } from "../../src/tree-view/view";
import { NodeLinks } from "../../src/ui/node-links";
import { reparented } from "./reparent";
import { createApp, Events, type App, type View } from "../../tests/obsidian-double";
import { TestStore } from "../../tests/tree-view/host";

/** Height of the fake sidebar in px (about 29 rows of 28 px). */
export const VIEWPORT_PX = 800;

/** The view's figures for one vault (medians; ms). */
export interface ViewFigures {
	/** `onOpen()` until the first rows are in the DOM: no active note, nothing expanded. */
	render_ms: number;
	/** Row elements (`.tree-item`) in the DOM after that render. */
	dom_rows: number;
	/** The same with an active note deep in the tree (`deepNote`), revealed (its ancestors expanded). */
	render_active_ms: number;
	/**
	 * One keystroke giving a broad query ("model"), from the input event to rows re-rendered,
	 * debounce delay excluded; on a model whose filter was warmed (`prepareFilter`), as the live
	 * index does at idle time after indexing.
	 */
	view_filter_ms: number;
	/** Rows the broad query shows, and row elements in the DOM after it. */
	filter_rows: number;
	filter_dom_rows: number;
	/** The first keystroke on a fresh model, before any warm-up (typing as soon as the view is open): the median over `runs` fresh models. */
	view_filter_cold_ms: number;
	/** The first of those: also the first filter on this index (the graph's lazily sorted edge lists are made then too). */
	view_filter_first_ms: number;
	/** That warm-up in one go (`prepareFilter`: every node's record, every parent's order of children); the live index runs it in idle slices. */
	filter_warmup_ms: number;
	/** One keystroke giving a narrow query (one note's name). */
	view_filter_few_ms: number;
	/** The broad query in the core alone: `model.filter` + `model.flatten`, after another query as a keystroke is. */
	core_filter_view_ms: number;
	/** One note's parent changed in the core index, `updated` fired, rows re-rendered (no filter). */
	view_update_ms: number;
	/** The same while the broad filter is active (the view filters again on every update). */
	view_update_filtered_ms: number;
	/** The same with the unlinked notes group expanded (every unlinked note is a row). */
	view_update_unlinked_ms?: number;
	/** Rows while the unlinked group is expanded. */
	unlinked_rows?: number;
	/** The trail of the note with the most paths (of a sample): built and drawn, as a leaf does when its note opens. */
	trail_render_ms: number;
	/** Paths that trail counts (capped as the trail caps them). */
	trail_paths: number;
}

/** An `IndexSource` over a prebuilt core index (no vault, no live index). */
class BenchIndex extends Events implements IndexSource {
	readonly status: IndexStatus;
	model: TreeModel;

	constructor(readonly core: TopicIndex) {
		super();
		this.status = { state: "ready", done: core.graph.noteCount, total: core.graph.noteCount };
		this.model = new TreeModel(core.graph);
	}

	/** A model with cold caches, as after the plugin starts. */
	freshModel(): void {
		this.model = new TreeModel(this.core.graph);
	}

	fire(changed: ReadonlySet<string> | null): void {
		this.trigger("updated", changed);
	}

	async rebuild(): Promise<void> {}
}

/** Private parts of the view the bench wraps to time the work after the filter's debounce. */
interface FilterHook {
	applyFilter: (this: TopicTreeView, query: string) => void;
}

const now = (): number => performance.now();

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function round(x: number, digits = 2): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

interface Bench {
	app: App;
	index: BenchIndex;
	host: TopicTreeHost;
}

function makeBench(core: TopicIndex, files: Record<string, string>): Bench {
	const app = createApp(files, { layoutReady: true });
	const index = new BenchIndex(core);
	const store: DataStore = new TestStore();
	return { app, index, host: { app: app as unknown as O.App, index, store, hoverSource: "topic-tree" } };
}

/** Opens a view in a new sidebar leaf, timing `onOpen`; `close()` detaches the leaf (no view keeps listening). */
async function openView(b: Bench): Promise<{ view: TopicTreeView; ms: number; close: () => Promise<void> }> {
	const leaf = b.app.workspace.getRightLeaf(false);
	const view = new TopicTreeView(leaf as unknown as O.WorkspaceLeaf, b.host, null);
	const t0 = now();
	await leaf.open(view as unknown as View);
	const ms = now() - t0;
	if (domRows(view) === 0) throw new Error("the view rendered no rows");
	const close = async (): Promise<void> => {
		leaf.detach();
		await b.app.flush();
	};
	return { view, ms, close };
}

function domRows(view: TopicTreeView): number {
	return view.scrollEl.querySelectorAll(".tree-item").length;
}

function input(view: TopicTreeView): HTMLInputElement {
	const el = view.contentEl.querySelector<HTMLInputElement>("input[type=search]");
	if (!el) throw new Error("no filter box");
	return el;
}

/** Types `query` into the filter box as one input event; resolves with the time of the work (debounce wait excluded). */
function keystroke(view: TopicTreeView, query: string): Promise<number> {
	const hook = view as unknown as FilterHook;
	const apply = hook.applyFilter;
	const el = input(view);
	let typed = 0;
	return new Promise((resolve) => {
		hook.applyFilter = (q: string): void => {
			const t0 = now();
			apply.call(view, q);
			const ms = now() - t0;
			hook.applyFilter = apply;
			resolve(typed + ms);
		};
		const t0 = now();
		el.value = query;
		el.dispatchEvent(new Event("input", { bubbles: true }));
		typed = now() - t0;
	});
}

/** Empties the filter box (Escape applies at once). */
function clearFilter(view: TopicTreeView): void {
	input(view).dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
}

function nameOf(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
}

/** Times one-note parent edits fired through `updated`; restores each note afterwards. */
function updates(b: Bench, notes: readonly NoteSource[], count: number, field: string): number[] {
	const times: number[] = [];
	for (let k = 0; k < count; k++) {
		const i = 1 + ((k * 7919) % (notes.length - 1));
		const note = notes[i];
		const parent = nameOf(notes[(i * 31 + k) % i].path);
		const t0 = now();
		b.index.core.update(reparented(note, parent, field));
		b.index.fire(new Set([note.path]));
		times.push(now() - t0);
		b.index.core.update(note);
		b.index.fire(new Set([note.path]));
	}
	return times;
}

/**
 * Measures the view over `core`, built from `notes`; `runs` renders and keystrokes each.
 * `phase` (for profiling scripts) is called as each phase starts: render, render-active, filter, update, done.
 */
export async function measureView(
	core: TopicIndex,
	notes: readonly NoteSource[],
	runs: number,
	phase?: (name: string) => void,
	parentField = "up",
): Promise<ViewFigures> {
	const broad = "model";
	const few = nameOf(notes[Math.floor(notes.length / 2)].path);
	// The active note, open in the main area: deep in the hierarchy (see `deepNote`).
	const active = deepNote(core, notes);

	// First render with cold model caches, without and with an active note.
	phase?.("render");
	const plain = makeBench(core, {});
	// One unmeasured render warms up jsdom's own code (in Obsidian the DOM is native).
	await (await openView(plain)).close();
	const renders: number[] = [];
	let rows = 0;
	for (let r = 0; r < runs; r++) {
		plain.index.freshModel();
		const { view, ms, close } = await openView(plain);
		renders.push(ms);
		rows = domRows(view);
		await close();
	}
	phase?.("render-active");
	const withActive = makeBench(core, { [active.path]: active.text });
	const file = withActive.app.vault.getFileByPath(active.path);
	if (!file) throw new Error("no active file");
	await withActive.app.workspace.getLeaf(false).openFile(file);
	const activeRenders: number[] = [];
	// The first keystroke on each of these fresh models, as soon as the view is open.
	const colds: number[] = [];
	let opened: Awaited<ReturnType<typeof openView>> | undefined;
	for (let r = 0; r < runs; r++) {
		await opened?.close();
		withActive.index.freshModel();
		opened = await openView(withActive);
		activeRenders.push(opened.ms);
		phase?.("filter-cold");
		colds.push(await keystroke(opened.view, broad));
		clearFilter(opened.view);
	}
	const tree = opened!.view;

	// Filter keystrokes on the last view, once its model is warmed: what the live index does in
	// idle slices after indexing, here in one go.
	phase?.("filter");
	if (process.env.BENCH_DEBUG) console.log(`rows before the filter phase: ${tree.rows.length}, active ${active.path} unlinked ${withActive.index.model.inUnlinkedGroup(active.path)}`);
	const warmStart = now();
	withActive.index.model.prepareFilter();
	const warmup = now() - warmStart;
	const broadTimes: number[] = [];
	const fewTimes: number[] = [];
	let filterRows = 0;
	let filterDomRows = 0;
	for (let r = 0; r < Math.max(3, runs); r++) {
		broadTimes.push(await keystroke(tree, broad));
		filterRows = tree.rows.length;
		filterDomRows = domRows(tree);
		clearFilter(tree);
		fewTimes.push(await keystroke(tree, few));
		clearFilter(tree);
	}
	const model = withActive.index.model;
	const coreTimes: number[] = [];
	for (let r = 0; r < Math.max(3, runs); r++) {
		model.filter(few);
		const t0 = now();
		model.flatten({ expanded: new Set(), filter: model.filter(broad) });
		coreTimes.push(now() - t0);
	}

	// One-note updates with the active note's ancestors expanded, then under the broad filter.
	phase?.("update");
	if (process.env.BENCH_DEBUG) console.log(`rows during updates: ${tree.rows.length}, roots ${withActive.index.model.roots().length}`);
	const sample = Math.min(50, notes.length - 1);
	const plainUpdates = updates(withActive, notes, sample, parentField);
	await keystroke(tree, broad);
	const filteredUpdates = updates(withActive, notes, sample, parentField);
	clearFilter(tree);

	// The same with the unlinked group expanded (revealing an unlinked note opens it).
	phase?.("update-unlinked");
	const model0 = withActive.index.model;
	const lone = model0.splitRoots().unlinked[0];
	let unlinkedRows = 0;
	let unlinkedUpdates: number[] = [];
	if (lone !== undefined && tree.revealNote(lone)) {
		unlinkedRows = tree.rows.length;
		if (!tree.rows.some((row) => row.id === UNLINKED_GROUP && row.expanded)) throw new Error("the unlinked group did not open");
		unlinkedUpdates = updates(withActive, notes, sample, parentField);
	}

	phase?.("trail");
	const trail = measureTrail(withActive, notes, runs);

	phase?.("done");
	await plain.app.dispose();
	await withActive.app.dispose();
	return {
		render_ms: round(median(renders)),
		dom_rows: rows,
		render_active_ms: round(median(activeRenders)),
		view_filter_ms: round(median(broadTimes)),
		filter_rows: filterRows,
		filter_dom_rows: filterDomRows,
		view_filter_cold_ms: round(median(colds)),
		view_filter_first_ms: round(colds[0]),
		filter_warmup_ms: round(warmup),
		view_filter_few_ms: round(median(fewTimes)),
		core_filter_view_ms: round(median(coreTimes)),
		view_update_ms: round(median(plainUpdates), 3),
		view_update_filtered_ms: round(median(filteredUpdates), 3),
		// A vault without unlinked notes (the synthetic one) has no such figure.
		...(unlinkedUpdates.length > 0 ? { view_update_unlinked_ms: round(median(unlinkedUpdates), 3), unlinked_rows: unlinkedRows } : {}),
		trail_render_ms: trail.ms,
		trail_paths: trail.paths,
	};
}

/**
 * A note deep in the hierarchy: the last note when no note of a sample (400 spread over the
 * vault) has a longer shortest path from the top, else the first such note. In a synthetic vault
 * that is the last note; in a real one the last note read is often unlinked, and an unlinked note
 * is measured apart (`view_update_unlinked_ms`).
 */
function deepNote(core: TopicIndex, notes: readonly NoteSource[]): NoteSource {
	const model = new TreeModel(core.graph);
	return sampledBest(notes, notes[notes.length - 1], (note) => model.pathsTo(note.path, 1)[0]?.length ?? 0);
}

/** The note scoring highest among `first` and 400 notes spread over the vault (the first found of equals). */
function sampledBest(notes: readonly NoteSource[], first: NoteSource, score: (note: NoteSource) => number): NoteSource {
	let best = first;
	let bestScore = score(first);
	const step = Math.max(1, Math.floor(notes.length / 400));
	for (let i = 0; i < notes.length; i += step) {
		const value = score(notes[i]);
		if (value > bestScore) {
			best = notes[i];
			bestScore = value;
		}
	}
	return best;
}

/**
 * The trail of the note with the most paths among a sample of notes, built and drawn into a
 * detached element `runs` times (each time after a one-note edit elsewhere, so the model's
 * caches are as cold as when a note opens after an edit).
 */
function measureTrail(b: Bench, notes: readonly NoteSource[], runs: number): { ms: number; paths: number } {
	const model = b.index.model;
	const graph = b.index.core.graph;
	const best = sampledBest(notes, notes[0], (note) => model.pathsTo(note.path, 20).length).path;
	const links = new NodeLinks(b.host);
	const el = createDiv();
	const times: number[] = [];
	let paths = 0;
	for (let r = 0; r < Math.max(5, runs); r++) {
		const other = notes[(r * 7919 + 1) % notes.length];
		b.index.core.update({ ...other, text: `${other.text}\n` });
		const t0 = now();
		const trail = buildTrail(model, best, b.host.store.data.settings.trailMaxPaths, (id) => sequenceNeighbours(graph, id));
		if (trail) drawTrail(el, trail, { links, title: (id) => graph.getNode(id)?.title ?? id, expanded: false, onToggle: () => undefined });
		times.push(now() - t0);
		paths = trail?.total ?? 0;
		b.index.core.update(other);
	}
	return { ms: round(median(times), 3), paths };
}
