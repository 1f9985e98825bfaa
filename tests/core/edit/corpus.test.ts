/** The parent edits over every note of the real blog corpus: each edit does exactly what it says. */
import * as fs from "fs";
import * as path from "path";
import { addParent, EditRefused, removeParent, replaceParent } from "../../../src/core/edit/parents";
import { locateFrontmatter } from "../../../src/core/frontmatter";
import { parseNote } from "../../../src/core/note";
import { DEFAULT_PARSE_SETTINGS, type LinkRef, type RawRelation } from "../../../src/core/types";
import { describeCorpus } from "../../helpers/corpus";
import { placed } from "./helpers";

function markdownFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return markdownFiles(full);
		return entry.name.endsWith(".md") ? [full] : [];
	});
}

const parents = (text: string): RawRelation[] => parseNote("n.md", text, DEFAULT_PARSE_SETTINGS).relations.filter((r) => r.kind === "parent");
const nameOf = (l: LinkRef) => l.target.toLowerCase().replace(/\.md$/, "");
const summary = (rels: RawRelation[]) => rels.map((r) => `${r.source}:${nameOf(r.link)}`).sort();

describeCorpus("parent edits over the blog corpus", (dir) => {
	const notes = markdownFiles(dir).map((file) => ({ file: path.relative(dir, file), text: fs.readFileSync(file, "utf8") }));

	test("the corpus has notes with parent links", () => {
		expect(notes.length).toBeGreaterThan(300);
		expect(notes.filter((n) => parents(n.text).length > 0).length).toBeGreaterThan(90);
	});

	test("every parent link can be removed and replaced, and only it changes", () => {
		let edits = 0;
		for (const { file, text } of notes) {
			for (const rel of parents(text)) {
				const target = { line: rel.line, source: rel.source, field: rel.field, matches: (l: LinkRef) => nameOf(l) === nameOf(rel.link) };
				const removed = removeParent(text, target);
				const replaced = replaceParent(text, target, "[[Zeta]]");
				expect({ file, removed: removed !== null, replaced: replaced !== null }).toEqual({ file, removed: true, replaced: true });
				const expected = summary(parents(text));
				expected.splice(expected.indexOf(`${rel.source}:${nameOf(rel.link)}`), 1);
				expect({ file, after: summary(parents(removed!)) }).toEqual({ file, after: expected });
				// An inline edit keeps the front matter; a front matter edit keeps the body.
				const head = (t: string) => t.slice(0, locateFrontmatter(t).bodyStart);
				const body = (t: string) => t.slice(locateFrontmatter(t).bodyStart);
				if (rel.source === "inline") expect(head(removed!)).toBe(head(text));
				else expect(body(removed!)).toBe(body(text));
				edits++;
			}
		}
		expect(edits).toBeGreaterThan(90);
	});

	test("a new parent can be added to every note in every placement", () => {
		const refused: string[] = [];
		for (const { file, text } of notes) {
			for (const placement of ["auto", "inline", "frontmatter"] as const) {
				let result: ReturnType<typeof addParent> = null;
				try {
					result = addParent(text, "[[Zeta]]", placed(placement));
				} catch (err) {
					// Refusing is allowed only where the placement cannot be written: front matter that is
					// not plain YAML, or (inline) a note that ends inside an unclosed code block.
					expect(err).toBeInstanceOf(EditRefused);
					refused.push(`${placement}:${file}`);
					continue;
				}
				expect({ file, placement, added: result !== null }).toEqual({ file, placement, added: true });
				expect({ file, placement, parents: summary(parents(result!.text)).filter((s) => !s.endsWith(":zeta")) }).toEqual({
					file,
					placement,
					parents: summary(parents(text)),
				});
				const added = parents(result!.text).find((r) => nameOf(r.link) === "zeta");
				expect({ file, placement, line: added?.line }).toEqual({ file, placement, line: result!.line });
			}
		}
		expect(refused.filter((r) => r.startsWith("auto:"))).toEqual([]);
		expect(refused.length).toBeLessThan(notes.length / 20);
	});
});
