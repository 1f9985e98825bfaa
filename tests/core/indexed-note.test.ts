/**
 * What the index keeps of each note (issue 14: the heap at 100,000 notes): everything a feature
 * reads, equal to the parse, without the front matter, which the caller of `indexAll` sees as
 * each note is parsed.
 */
import { parseNote } from "../../src/core/note";
import { TopicIndex, type NoteSource } from "../../src/core/topic-index";
import { DEFAULT_PARSE_SETTINGS, type ParsedNote } from "../../src/core/types";

const LONG_TITLE = "A title long enough to be cut from its YAML block";

const NOTES: NoteSource[] = [
	{
		path: "topics/Kid.md",
		text: `---\ntitle: "${LONG_TITLE}"\naliases: [kiddo, the little one of the topics folder]\ntags: [alpha, a-rather-long-tag-name]\norder: 3\nup: "[[Hub]]"\ncreated: 2024-01-02\n---\nBody #body-tag-long-enough-to-slice\nup:: [[Other]] stray\ndown:: [[Leaf]]\n`,
	},
	{ path: "Hub.md", text: "related:: [[topics/Kid]]\n" },
	{ path: "Caf\u00e9.md", text: "---\ntitle: composed\n---\nup:: [[Hub]]\n" },
	{ path: "Cafe\u0301.md", text: "---\ntitle: decomposed\n---\nup:: [[Other]]\n" },
];

function withoutFrontmatter(note: ParsedNote): Omit<ParsedNote, "frontmatter"> {
	const { frontmatter, ...rest } = note;
	expect(frontmatter).toBeDefined();
	return rest;
}

test("the index keeps each note's title, aliases, tags, order, relations and problems as parsed", () => {
	const index = new TopicIndex(DEFAULT_PARSE_SETTINGS);
	index.indexAll(NOTES);
	const kid = parseNote("topics/Kid.md", NOTES[0].text, DEFAULT_PARSE_SETTINGS);
	expect(kid.order).toBe(3);
	expect(kid.problems.map((p) => p.code)).toEqual(["ignored-value"]);
	expect(index.graph.getNote("topics/Kid.md")).toEqual(withoutFrontmatter(kid));
	expect(index.graph.getNode("topics/Kid.md")).toMatchObject({ title: LONG_TITLE, aliases: kid.aliases, tags: kid.tags, order: 3 });
	// The same after an edit and after a rename.
	index.update({ ...NOTES[0], text: NOTES[0].text.replace("order: 3", "order: 4") });
	expect(index.graph.getNote("topics/Kid.md")).toMatchObject({ order: 4, title: LONG_TITLE, tags: kid.tags });
	index.rename("topics/Kid.md", "topics/Kid2.md");
	expect(index.graph.getNote("topics/Kid2.md")).toMatchObject({ order: 4, title: LONG_TITLE, aliases: kid.aliases, relations: kid.relations });
	expect(index.graph.parentsOf("topics/Kid2.md").map((e) => e.parent)).toEqual(["Hub.md", "ghost:other"]);
});

test("indexAll shows the caller every note's full parse, front matter included, Unicode twins too", () => {
	const seen: Array<{ path: string; title: unknown; source: string }> = [];
	new TopicIndex(DEFAULT_PARSE_SETTINGS).indexAll(NOTES, (note, source) => seen.push({ path: note.path, title: note.frontmatter.title, source: source.path }));
	expect(seen.sort((a, b) => (a.source < b.source ? -1 : 1))).toEqual(
		[
			{ path: "Caf\u00e9.md", title: "composed", source: "Caf\u00e9.md" },
			{ path: "Caf\u00e9.md", title: "decomposed", source: "Cafe\u0301.md" },
			{ path: "Hub.md", title: undefined, source: "Hub.md" },
			{ path: "topics/Kid.md", title: LONG_TITLE, source: "topics/Kid.md" },
		].sort((a, b) => (a.source < b.source ? -1 : 1)),
	);
});
