/**
 * The three subcommands of `topic-tree`, as functions from arguments to printed text and an
 * exit code, so tests can run them without spawning a process.
 */
import * as fs from "fs";
import * as path from "path";
import { GHOST_PREFIX, ghostKey, PathIndex } from "../core/links";
import { locateFrontmatter, readFrontmatter } from "../core/frontmatter";
import { getProperty } from "../core/properties";
import { tableRecords, type TableRecord } from "../core/tables/output";
import { TopicIndex, notePath } from "../core/topic-index";
import { splitRoots, TreeModel } from "../core/tree";
import type { Problem, TopicNode } from "../core/types";
import { vaultConfig, type ConfigFlags } from "./config";
import { indexVault, type LoadedVault } from "./load";
import { treeJson } from "./tree-json";
import { DEFAULT_MAX_NOTE_BYTES, readNoteFile } from "./files";
import { forEachTreeLine } from "./tree-text";
import type { VaultRead } from "./vault";

export interface Output {
	out: string[];
	err: string[];
	code: number;
}

/** Where a command's output lines go as they are made; by default they are collected in `Output.out`. */
export type Emit = (line: string) => void;

export interface TreeArgs {
	vault: string;
	config?: ConfigFlags;
	/** Largest note read, in bytes (default: files.ts's DEFAULT_MAX_NOTE_BYTES). */
	maxNoteBytes?: number;
	root?: string;
	depth?: number;
	json?: boolean;
	/** List the unlinked notes (no parent, no child) at the end instead of only counting them. */
	unlinked?: boolean;
}

export interface CheckArgs {
	vault: string;
	config?: ConfigFlags;
	maxNoteBytes?: number;
	json?: boolean;
	strict?: boolean;
}

export type { TreeJson } from "./tree-json";

/** Index a vault folder with its own configuration (see config.ts); `progress` receives a status line now and then on long runs. */
export function loadVault(vault: string, progress?: (line: string) => void, flags?: ConfigFlags, maxNoteBytes?: number): LoadedVault {
	return indexVault(vault, vaultConfig(vault, flags), progress, maxNoteBytes);
}

function readProblems(read: VaultRead): Problem[] {
	return read.problems.map((p) => ({ path: p.path, line: 0, severity: "warning", code: p.code ?? "unreadable", message: p.message }));
}

/** Find a node by id, path, link text or title. */
export function findNode(index: TopicIndex, name: string): TopicNode | undefined {
	const graph = index.graph;
	const direct = graph.getNode(name) ?? graph.getNode(notePath(name));
	if (direct) return direct;
	const paths = new PathIndex();
	for (const node of graph.nodes()) if (node.kind === "note" && node.path) paths.add(node.path);
	const resolved = paths.resolve(name, "");
	if (resolved) return graph.getNode(resolved);
	const ghost = graph.getNode(GHOST_PREFIX + ghostKey(name));
	if (ghost) return ghost;
	const lower = name.toLowerCase();
	for (const node of graph.nodes()) if (node.title.toLowerCase() === lower) return node;
	return undefined;
}

/** Every node under (and including) the given roots. */
function subtreeIds(index: TopicIndex, roots: readonly string[], maxDepth?: number): Set<string> {
	const ids = new Set<string>();
	let frontier = roots.map((id) => ({ id, depth: 0 }));
	while (frontier.length) {
		const next: typeof frontier = [];
		for (const { id, depth } of frontier) {
			if (ids.has(id)) continue;
			ids.add(id);
			if (maxDepth !== undefined && depth >= maxDepth) continue;
			for (const e of index.graph.childrenOf(id)) next.push({ id: e.child, depth: depth + 1 });
		}
		frontier = next;
	}
	return ids;
}

export function runTree(args: TreeArgs, progress?: (line: string) => void, emit?: Emit): Output {
	const out: string[] = [];
	const print = emit ?? ((line: string) => out.push(line));
	const err: string[] = [];
	if (!isDirectory(args.vault)) return { out, err: [`topic-tree: not a folder: ${args.vault}`], code: 2 };
	const { index, read, config, hints } = loadVault(args.vault, progress, args.config, args.maxNoteBytes);
	err.push(...config.messages, ...hints);
	for (const p of read.problems) err.push(`${p.path}: warning: ${p.message} (${p.code ?? "unreadable"})`);
	let roots: readonly string[];
	let only: Set<string> | undefined;
	if (args.root) {
		const node = findNode(index, args.root);
		if (!node) return { out, err: [...err, `topic-tree: no note or topic named "${args.root}"`], code: 2 };
		roots = [node.id];
		only = subtreeIds(index, roots, args.depth);
	} else {
		const model = new TreeModel(index.graph, { sort: "title", showGhosts: true });
		roots = model.roots();
		if (args.depth !== undefined) only = subtreeIds(index, roots, args.depth);
	}
	if (args.json) {
		print(JSON.stringify(treeJson(index, readProblems(read), only, config.json), null, 2));
	} else {
		// Unlinked notes (no parent, no child) would bury the hierarchy: counted at the end, listed on
		// request; Excalidraw drawings in no hierarchy only counted (see `placeOf`).
		const { linked, unlinked } = args.root ? { linked: roots, unlinked: [] } : splitRoots(index.graph, roots);
		const apart = roots.length - linked.length - unlinked.length;
		forEachTreeLine(index, linked, args.depth, print);
		if (unlinked.length > 0 && args.unlinked) {
			if (linked.length > 0) print("");
			print(`Unlinked notes (${unlinked.length.toLocaleString("en-US")}):`);
			forEachTreeLine(index, unlinked, undefined, print);
		} else if (unlinked.length > 0) print(`${plural(unlinked.length, "unlinked note")} (--unlinked to list them)`);
		if (apart > 0) print(`${plural(apart, "Excalidraw drawing")} in no hierarchy, not listed`);
		const ghosts = [...index.graph.nodes()].filter((n) => n.kind === "ghost").length;
		const g = index.graph;
		const steps = [...g.nodes()].reduce((n, node) => n + g.nextOf(node.id).length, 0);
		const counts = [plural(index.graph.noteCount, "note"), plural(ghosts, "ghost topic"), plural(g.edges().length, "parent link")];
		if (steps > 0) counts.push(plural(steps, "next/previous link"));
		err.push([...counts, plural(g.cycles().length, "cycle")].join(", "));
	}
	return { out, err, code: 0 };
}

export function formatProblem(p: Problem): string {
	return `${p.path}:${p.line}: ${p.severity}: ${p.message} (${p.code})`;
}

export function runCheck(args: CheckArgs, progress?: (line: string) => void, emit?: Emit): Output {
	const out: string[] = [];
	const print = emit ?? ((line: string) => out.push(line));
	const err: string[] = [];
	if (!isDirectory(args.vault)) return { out, err: [`topic-tree: not a folder: ${args.vault}`], code: 2 };
	const { index, read, config, hints } = loadVault(args.vault, progress, args.config, args.maxNoteBytes);
	err.push(...config.messages, ...hints);
	const problems = [...readProblems(read), ...index.graph.problems()];
	const count = (s: Problem["severity"]) => problems.filter((p) => p.severity === s).length;
	const errors = count("error");
	const warnings = count("warning");
	if (args.json) print(JSON.stringify({ problems }, null, 2));
	else for (const p of problems) print(formatProblem(p));
	err.push(`${plural(index.graph.noteCount, "note")} checked: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${count("info")} info`);
	const failed = errors > 0 || (args.strict === true && warnings > 0);
	return { out, err, code: failed ? 1 : 0 };
}

export function runTables(file: string, json: boolean, emit?: Emit, maxNoteBytes = DEFAULT_MAX_NOTE_BYTES): Output {
	const out: string[] = [];
	const print = emit ?? ((line: string) => out.push(line));
	// The file named is read even through a symbolic link (as `cat` would), but only a regular file, up to the limit.
	const read = readNoteFile(file, maxNoteBytes, true);
	if (read.skip) {
		const message = read.skip.code === "unreadable" ? read.skip.message.replace(/^cannot read file: /, "") : read.skip.message;
		return { out, err: [`topic-tree: cannot read ${file}: ${message}`], code: 2 };
	}
	const text = read.file.text;
	const fm = readFrontmatter(path.basename(file), text);
	const located = locateFrontmatter(text);
	const records = tableRecords(text, getProperty(fm.data, "comparison"), { start: located.bodyStart, startLine: located.bodyStartLine });
	if (json) print(JSON.stringify(records, null, 2));
	else for (const record of records) print(describeTable(record));
	return { out, err: [], code: 0 };
}

function describeTable(t: TableRecord): string {
	if (t.comparison) {
		const items = t.items.join(", ");
		const criteria = t.criteria.join(", ");
		return `line ${t.line}: comparison, ${t.orientation}: ${t.items.length} items (${items}) by ${t.criteria.length} criteria (${criteria})`;
	}
	return `line ${t.line}: table, not a comparison (${t.reason}): ${t.header.length} columns, ${t.rows.length} rows`;
}

function plural(n: number, word: string): string {
	return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

function isDirectory(p: string): boolean {
	try {
		return fs.statSync(p).isDirectory();
	} catch {
		return false;
	}
}
