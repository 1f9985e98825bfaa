/**
 * @jest-environment jsdom
 *
 * The shared real vaults (../shared/corpus/real-vaults, read at test time, never copied): each is
 * indexed by the command (its own configuration: Topic Tree's, else Breadcrumbs' fields; Excluded
 * files; template folders) and by the live index over the double of Obsidian (with the fields the
 * plugin adopts from Breadcrumbs on first run), and both must give the same graph. Then an
 * independent reading of every field line of every note (plain line matching, not the core's
 * scanner) must find exactly the declarations the graph holds: no edge missing, none extra.
 */
import * as fs from "fs";
import * as path from "path";
import { loadVault } from "../../src/cli/commands";
import type { LoadedVault } from "../../src/cli/load";
import { firstRunAdoption } from "../../src/config/adopt";
import { ignoreFiltersOf } from "../../src/core/config/vault-config";
import type { HierarchyGraph } from "../../src/core/graph";
import { LiveIndex } from "../../src/index/live-index";
import { PluginStore } from "../../src/settings/store";
import { createApp, obsidianApp } from "../obsidian-double";
import { REAL_VAULTS, realVaultsDir } from "../helpers/corpus";
import { untilReady } from "./harness";
import { independentDeclarations } from "./field-lines";

const root = realVaultsDir();
const describeReal = root ? describe : describe.skip;

/** Every file of a vault folder (dot-folders skipped), as the double wants them, and the config files apart. */
function readAll(dir: string): { files: Record<string, string>; config: Map<string, string> } {
	const files: Record<string, string> = {};
	const config = new Map<string, string>();
	const walk = (abs: string, rel: string, inConfig: boolean): void => {
		for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
			const full = path.join(abs, entry.name);
			const relPath = rel ? `${rel}/${entry.name}` : entry.name;
			if (!inConfig && entry.name.startsWith(".")) {
				if (entry.name === ".obsidian" && rel === "") walk(full, relPath, true);
				continue;
			}
			if (entry.isDirectory()) walk(full, relPath, inConfig);
			else if (inConfig) config.set(relPath, fs.readFileSync(full, "utf8"));
			else files[relPath] = entry.name.toLowerCase().endsWith(".md") ? fs.readFileSync(full, "utf8") : "";
		}
	};
	walk(dir, "", false);
	return { files, config };
}

function graphView(graph: HierarchyGraph) {
	const nodes = [...graph.nodes()].map((n) => `${n.id}|${n.kind}|${n.title}`).sort();
	const declarations = graph.declarations().map((d) => `${d.note}:${d.line} ${d.kind} ${d.field} ${d.source} ${d.linkpath} -> ${d.target}`);
	const steps = [...graph.nodes()].flatMap((n) => graph.nextOf(n.id).map((e) => `${e.from} -> ${e.to}`)).sort();
	const siblings = [...graph.nodes()].flatMap((n) => graph.explicitSiblingsOf(n.id).map((e) => `${n.id}: ${e.from} ~ ${e.to}`)).sort();
	const problems = graph.problems().map((p) => `${p.path}:${p.line} ${p.severity} ${p.code} ${p.message}`);
	const order = [...graph.nodes()].map((n) => n.id);
	return { nodes, declarations, edges: graph.edges().map((e) => `${e.child} -> ${e.parent}`), steps, siblings, cycles: graph.cycles(), problems, order };
}

async function liveIndexOf(dir: string) {
	const { files, config } = readAll(dir);
	const app = createApp(files);
	for (const [rel, text] of config) await app.vault.adapter.write(rel, text);
	app.vault.setConfig("userIgnoreFilters", ignoreFiltersOf(config.get(".obsidian/app.json")));
	const store = new PluginStore(() => Promise.resolve(undefined), () => Promise.resolve(), 10);
	await store.reload();
	const plugin = obsidianApp(app);
	const adoption = await firstRunAdoption(plugin, undefined, store.data.settings);
	if (adoption?.fields) store.updateSettings(adoption.fields);
	const index = new LiveIndex(plugin, store, { quietMs: 5, maxWaitMs: 20 });
	index.load();
	await app.layoutReady();
	await untilReady(index);
	return { index, adoption, files };
}

describeReal("real vaults: the command and the live index agree, and every field line is read", () => {
	for (const vault of REAL_VAULTS) {
		describe(vault, () => {
			const dir = path.join(root ?? "", vault);
			let cli: LoadedVault;
			let live: Awaited<ReturnType<typeof liveIndexOf>>;
			beforeAll(async () => {
				cli = loadVault(dir);
				live = await liveIndexOf(dir);
			}, 120_000);
			afterAll(() => live?.index.unload());

			test("the same settings: the plugin adopts what the command reads", () => {
				const parse = live.index.core.settings;
				expect(parse.parentFields).toEqual(cli.config.parse.parentFields);
				expect(parse.childFields).toEqual(cli.config.parse.childFields);
				expect(parse.nextFields).toEqual(cli.config.parse.nextFields);
				expect(parse.prevFields).toEqual(cli.config.parse.prevFields);
				expect(parse.siblingFields).toEqual(cli.config.parse.siblingFields);
				expect(parse.relatedFields).toEqual(cli.config.parse.relatedFields);
			});

			test("the same graph: nodes (in order), declarations and their targets, edges, sequences, siblings, cycles, problems", () => {
				const a = graphView(cli.index.graph);
				const b = graphView(live.index.core.graph);
				expect(b.nodes).toEqual(a.nodes);
				expect(b.declarations).toEqual(a.declarations);
				expect(b.edges).toEqual(a.edges);
				expect(b.steps).toEqual(a.steps);
				expect(b.siblings).toEqual(a.siblings);
				expect(b.cycles).toEqual(a.cycles);
				expect(b.problems).toEqual(a.problems);
				// The live index's first index loads through the same bulk path: nodes come in the same order.
				expect(b.order).toEqual(a.order);
				expect(a.edges.length).toBeGreaterThan(40);
			});

			test("an independent reading of every field line finds each declaration, none missing, none extra", () => {
				const graph = cli.index.graph;
				const names = cli.config.parse;
				const byNote = new Map<string, string[]>();
				for (const d of graph.declarations()) {
					const list = byNote.get(d.note) ?? [];
					list.push(`${d.line} ${d.kind} ${d.linkpath}`);
					byNote.set(d.note, list);
				}
				let checked = 0;
				for (const note of cli.read.notes) {
					if (!graph.has(note.path.normalize("NFC"))) continue;
					const expected = independentDeclarations(note.text, names);
					const parsed = graph.getNote(note.path.normalize("NFC"))?.relations.filter((r) => r.link.kind !== "bare") ?? [];
					const actual = parsed.map((r) => `${r.line} ${r.kind} ${r.link.target}`);
					expect({ note: note.path, declarations: actual.sort() }).toEqual({ note: note.path, declarations: expected.sort() });
					checked += expected.length;
					// Each link declaration made its edge (or link), a ghost or a file node: none was lost on the way.
					const held = byNote.get(note.path.normalize("NFC")) ?? [];
					for (const line of actual) expect(held).toContain(line);
				}
				expect(checked).toBeGreaterThan(40);
				// Every edge comes from a declaration, and every tree declaration that names another node makes an edge.
				const treeDecls = graph.declarations().filter((d) => (d.kind === "parent" || d.kind === "child") && d.target !== null && d.target !== d.note);
				const pairs = new Set(treeDecls.map((d) => (d.kind === "parent" ? `${d.note} -> ${d.target}` : `${d.target} -> ${d.note}`)));
				expect(graph.edges().map((e) => `${e.child} -> ${e.parent}`).sort()).toEqual([...pairs].sort());
			});
		});
	}
});
