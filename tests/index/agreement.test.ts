/**
 * @jest-environment jsdom
 *
 * The live index inside (the double of) Obsidian and the core over plain texts must agree: same
 * edges with the same provenance, same ghosts, same cycles. Obsidian parses the front matter and
 * resolves links in the one case, the core in the other.
 */
import { TopicIndex } from "../../src/core/topic-index";
import { DEFAULT_PARSE_SETTINGS } from "../../src/core/types";
import { describeCorpus, EXAMPLE_VAULT } from "../helpers/corpus";
import { filesOf, readMarkdown, startIndex, untilReady } from "./harness";

function edgesOf(graph: TopicIndex["graph"]): string[] {
	return graph.edges().map((e) => `${e.child} -> ${e.parent} [${e.field} ${e.source} ${e.declaredIn}:${e.line}]`);
}

function expectSameGraph(live: TopicIndex["graph"], core: TopicIndex["graph"]): void {
	expect(edgesOf(live)).toEqual(edgesOf(core));
	expect(live.cycles()).toEqual(core.cycles());
	const ghosts = (g: TopicIndex["graph"]): string[] => [...g.nodes()].filter((n) => n.kind === "ghost").map((n) => `${n.id} ${n.title}`).sort();
	expect(ghosts(live)).toEqual(ghosts(core));
}

function coreOf(files: Record<string, string>): TopicIndex {
	const core = new TopicIndex(DEFAULT_PARSE_SETTINGS);
	core.indexAll(Object.entries(files).map(([p, text]) => ({ path: p, text })));
	return core;
}

async function expectAgreement(files: Record<string, string>): Promise<number> {
	const core = coreOf(files);
	const h = await startIndex(files);
	expectSameGraph(h.index.core.graph, core.graph);
	h.index.unload();
	return core.graph.edges().length;
}

describe("live index agrees with the core", () => {
	it("over the example vault", async () => {
		const files = readMarkdown(EXAMPLE_VAULT);
		expect(Object.keys(files).length).toBeGreaterThan(20);
		expect(await expectAgreement(files)).toBeGreaterThan(20);
	});
});

describe("live index agrees with the core on names composed differently in the link and the file name", () => {
	it("resolves a composed link to a decomposed file name and the other way round, as the core does", async () => {
		const h = await startIndex(
			{
				"Caf\u00e9.md": "# Composed\n",
				"a.md": "up:: [[\u00dcn\u00ef]]\n",
				"b.md": "up:: [[Cafe\u0301]]\n",
				"c.md": "up:: [[U\u0308ni\u0308]]\n",
				"d.md": "up:: [[\u00dcn\u00ef missing]]\n",
			},
			{ ready: false },
		);
		// Named decomposed, as macOS names files (the double composes the names of the files it starts with).
		await h.app.vault.create("U\u0308ni\u0308.md", "# Decomposed\n");
		await h.app.layoutReady();
		await untilReady(h.index);
		const files = filesOf(h.app);
		expect(Object.keys(files)).toContain("U\u0308ni\u0308.md");
		expectSameGraph(h.index.core.graph, coreOf(files).graph);
		const parents = (id: string) => h.index.core.graph.parentsOf(id).map((e) => e.parent);
		expect(parents("a.md")).toEqual(["\u00dcn\u00ef.md"]);
		expect(parents("b.md")).toEqual(["Caf\u00e9.md"]);
		expect(parents("c.md")).toEqual(["\u00dcn\u00ef.md"]);
		expect(parents("d.md")).toEqual(["ghost:\u00fcn\u00ef missing"]);
		h.index.unload();
	});
});

describeCorpus("live index agrees with the core over the blog corpus", (dir) => {
	it("gives the same edges", async () => {
		const files = readMarkdown(dir);
		expect(Object.keys(files).length).toBeGreaterThan(300);
		expect(await expectAgreement(files)).toBeGreaterThan(50);
	});
});
