/** main.js's stand-in for the core's default YAML parser: it parses nothing, and a note read with it gets a problem, not a crash. */
import { readFrontmatter } from "../../src/core/frontmatter";
import { parseNote } from "../../src/core/note";
import { DEFAULT_PARSE_SETTINGS } from "../../src/core/types";
import { defaultYamlParser } from "../../src/shims/yaml-default";

test("front matter read without Obsidian's parser is reported, never parsed, never thrown", () => {
	const text = "---\ntitle: A\n---\nup:: [[b]]\n";
	const fm = readFrontmatter("n.md", text, defaultYamlParser);
	expect(fm.data).toEqual({});
	expect(fm.problems).toMatchObject([{ code: "invalid-frontmatter", severity: "warning" }]);
	expect(fm.problems[0].message).toContain("without Obsidian's YAML parser");
	const note = parseNote("n.md", text, DEFAULT_PARSE_SETTINGS, { parseYaml: defaultYamlParser });
	expect(note.relations.map((r) => r.link.target)).toEqual(["b"]);
});
