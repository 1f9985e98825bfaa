/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { detectComparison, noteOverride } from "../../src/core/tables/comparison";
import { parseTables } from "../../src/core/tables/parse";
import { pluginDouble, renderMarkdownWithProcessors, takeTriggerErrors } from "../obsidian-double";
import { describeCorpus } from "../helpers/corpus";
import { noteTables, panels, setup, teardown } from "./integration-harness";

function markdownFiles(dir: string, root = dir): string[] {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? markdownFiles(path.join(dir, e.name), root) : e.name.endsWith(".md") ? [path.relative(root, path.join(dir, e.name)).split(path.sep).join("/")] : []))
		.sort();
}

afterAll(teardown);

describeCorpus("comparison panels over the blog corpus", (dir) => {
	test("every note renders without throwing and each detected comparison becomes exactly one panel", async () => {
		const paths = markdownFiles(dir);
		const files = Object.fromEntries(paths.map((p) => [p, fs.readFileSync(path.join(dir, p), "utf8")]));
		const env = await setup(files);
		takeTriggerErrors();
		let expected = 0;
		let shown = 0;
		let tables = 0;
		const mismatches: string[] = [];
		const started = performance.now();
		for (const p of paths) {
			const doc = await renderMarkdownWithProcessors(env.h.app, pluginDouble(env.plugin), files[p], document.body.createDiv(), p);
			const property = noteOverride(env.h.app.metadataCache.getCache(p)?.frontmatter?.comparison);
			const lines = files[p].split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
			for (const section of doc.sections) {
				if (noteTables(section.el).length === 0) continue;
				const parsed = parseTables(lines.slice(section.lineStart, section.lineEnd + 1).join("\n"), { startLine: section.lineStart + 1 });
				tables += parsed.length;
				const want = parsed.filter((t) => detectComparison(t, property).comparison !== null).length;
				const got = panels(section.el).length;
				expected += want;
				shown += got;
				if (want !== got) mismatches.push(`${p}:${section.lineStart + 1}: ${want} comparisons, ${got} panels`);
			}
			doc.component.unload();
			doc.el.remove();
		}
		const ms = performance.now() - started;
		console.log(`Corpus: ${paths.length} notes, ${tables} rendered tables, ${shown} panels, rendered in ${Math.round(ms)} ms`);
		expect(takeTriggerErrors()).toEqual([]);
		expect(mismatches).toEqual([]);
		expect(shown).toBe(expected);
		expect(expected).toBeGreaterThanOrEqual(5);
	});
});
