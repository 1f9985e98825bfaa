/**
 * @jest-environment jsdom
 *
 * The live index inside (the double of) Obsidian and the core over plain texts must agree: same
 * edges with the same provenance, same ghosts, same cycles. Obsidian parses the front matter and
 * resolves links in the one case, the core in the other.
 */
import * as fs from "fs";
import * as path from "path";
import { TopicIndex } from "../../src/core/topic-index";
import { DEFAULT_PARSE_SETTINGS } from "../../src/core/types";
import { describeCorpus, EXAMPLE_VAULT } from "../helpers/corpus";
import { startIndex } from "./harness";

function readMarkdown(root: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith(".md")) files[path.relative(root, full).split(path.sep).join("/")] = fs.readFileSync(full, "utf8");
		}
	};
	walk(root);
	return files;
}

function edgesOf(graph: TopicIndex["graph"]): string[] {
	return graph.edges().map((e) => `${e.child} -> ${e.parent} [${e.field} ${e.source} ${e.declaredIn}:${e.line}]`);
}

async function expectAgreement(files: Record<string, string>): Promise<number> {
	const core = new TopicIndex(DEFAULT_PARSE_SETTINGS);
	core.indexAll(Object.entries(files).map(([p, text]) => ({ path: p, text })));
	const h = await startIndex(files);
	expect(edgesOf(h.index.core.graph)).toEqual(edgesOf(core.graph));
	expect(h.index.core.graph.cycles()).toEqual(core.graph.cycles());
	const ghosts = (g: TopicIndex["graph"]): string[] => [...g.nodes()].filter((n) => n.kind === "ghost").map((n) => `${n.id} ${n.title}`).sort();
	expect(ghosts(h.index.core.graph)).toEqual(ghosts(core.graph));
	return core.graph.edges().length;
}

describe("live index agrees with the core", () => {
	it("over the example vault", async () => {
		const files = readMarkdown(EXAMPLE_VAULT);
		expect(Object.keys(files).length).toBeGreaterThan(20);
		expect(await expectAgreement(files)).toBeGreaterThan(20);
	});
});

describeCorpus("live index agrees with the core over the blog corpus", (dir) => {
	it("gives the same edges", async () => {
		const files = readMarkdown(dir);
		expect(Object.keys(files).length).toBeGreaterThan(300);
		expect(await expectAgreement(files)).toBeGreaterThan(50);
	});
});
