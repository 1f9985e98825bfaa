/**
 * Text generators for the fuzz tests: arbitrary unicode, binary-looking text, and texts built
 * from the pieces of syntax the parsers treat specially (fences, comments, links, fields, table
 * rows, quotes, front matter), unbalanced on purpose.
 */
import fc from "fast-check";

/** Any string: graphemes (emoji, combining marks) or raw code units (lone surrogates included). */
export const unicodeText: fc.Arbitrary<string> = fc.oneof(fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ unit: "binary", maxLength: 300 }));

/** Control characters, lone surrogates, byte order marks, the odd line endings. */
const oddUnits = fc.constantFrom(
	"\0",
	"\uD800",
	"\uDBFF",
	"\uDC00",
	"\uDFFF",
	"\uD83C\uDFAF",
	"\uFEFF",
	"\r",
	"\r\n",
	"\n",
	"\u2028",
	"\u2029",
	"\u0085",
	"\x7f",
	"\uFFFD",
	"\uFFFF",
	"\t",
	" ",
	"\u00a0",
);

/** Random bytes read as latin1 (as a note saved in another encoding would look), or text shot through with odd code units. */
export const binaryText: fc.Arbitrary<string> = fc.oneof(
	fc.uint8Array({ maxLength: 400 }).map((bytes) => String.fromCharCode(...bytes)),
	fc.array(fc.oneof({ weight: 3, arbitrary: oddUnits }, { weight: 1, arbitrary: fc.constantFrom("up:: ", "[[a]]", "---", "|", "%%", "```", "x") }), { maxLength: 120 }).map((parts) => parts.join("")),
);

/** Syntax the parsers look for, meant to be combined unbalanced. */
const hostilePieces = fc.constantFrom(
	"```",
	"~~~",
	"````",
	"    ",
	"$$",
	"\\$$",
	"<pre>",
	"</pre>",
	"<PRE class=x>",
	"<script>",
	"</style>",
	"%%",
	"<!--",
	"-->",
	"[[",
	"]]",
	"![[",
	"[",
	"]",
	"(",
	")",
	"](",
	"::",
	":: ",
	"up::",
	"up:: ",
	"Up :: ",
	"**up**::",
	"[up:: ",
	"(up:: ",
	"down:: ",
	"related:: ",
	"|",
	"| a | b |",
	"|---|---|",
	"|:-:|",
	"\\|",
	"> ",
	">",
	"> [!note]",
	"- ",
	"* [ ] ",
	"1. ",
	"  ",
	"\t",
	"# ",
	"---",
	"---\n",
	"\n",
	"\n",
	"\r\n",
	"\r",
	"{",
	"}",
	"\\",
	"`",
	"**",
	"title: ",
	"tags: ",
	"aliases: ",
	"up: ",
	"&a ",
	"*a",
	"\uFEFF",
	"\0",
	"\uD800",
	"a",
	"x y",
	"🎯",
	"Статус",
	"https://e.com",
	"#tag",
);

/** Hostile syntax soup, sometimes opened with a front matter fence. */
export const hostileText: fc.Arbitrary<string> = fc
	.tuple(fc.constantFrom("", "", "---\n", "\uFEFF---\n", "---yaml\n", "---js\n"), fc.array(hostilePieces, { maxLength: 80 }))
	.map(([start, parts]) => start + parts.join(""));

/** Every kind of text above. */
export const anyNoteText: fc.Arbitrary<string> = fc.oneof(unicodeText, binaryText, hostileText);

/** Front matter blocks YAML makes hard: flow collections, anchors and aliases, tags, bad indentation. */
export const hostileYaml: fc.Arbitrary<string> = fc
	.array(
		fc.constantFrom(
			"up: [[a]]",
			"up: [[[a]]]",
			"up: {",
			"up: {a: [",
			"up: &x [*x]",
			"up: &u [[a]]\ndown: *u",
			"tags: [a, [b, [c]]]",
			"aliases: &al [x, y]\ntitle: *al",
			"title: !!binary aGVsbG8=",
			"title: !!js/function 'function(){}'",
			"order: .inf",
			"order: 1e400",
			"? [a, b]\n: c",
			"a: b: c",
			"  - stray",
			"- top",
			"up: |\n  [[a]]\n  [[b]]",
			"up: >\n  [[a]]",
			"\t up: tab",
			"up: '[[a]]'",
			'up: "[[a]]',
			"<<: {up: '[[m]]'}",
			"__proto__: {up: x}",
			"constructor: 1",
			"up: ~",
			"up: null",
			"up:",
			"  - '[[a]]'",
			"  - [b]",
			"# comment",
			"",
		),
		{ maxLength: 8 },
	)
	.map((lines) => `---\n${lines.join("\n")}\n---\nup:: [[body]]\n`);

/** One line of markdown that matters to some parser, behind any prefix of quotes, list markers and indents. */
const hostileLine = fc
	.tuple(
		fc.array(fc.constantFrom("> ", ">", "- ", "* ", "1. ", "  ", "\t", "- [ ] ", "> [!info] "), { maxLength: 4 }).map((p) => p.join("")),
		fc.constantFrom(
			"up:: [[a]]",
			"up:: [[a]], [[b|B]], c",
			"Up:: [A](a.md)",
			"**up**:: [[a]]",
			"text [up:: [[a]]] and (down:: [[b]])",
			"[up:: [[a]] (up:: [[b]]",
			"`up:: [[code]]` up:: [[real]]",
			"%% up:: [[c]] %%",
			"%%",
			"```",
			"~~~",
			"<!-- up:: [[h]]",
			"-->",
			"| Criteria | A | B |",
			"|---|---|---|",
			"| --- | :-: | --: |",
			"| cost | 1 | 2 |",
			"| x \\| y | `a|b` | [[l|m]] |",
			"||||",
			"---",
			"# up:: [[heading]]",
			"related:: [[r]]",
			"up::",
			"up:: [[",
			"up:: ]]",
			"",
		),
	)
	.map(([prefix, body]) => prefix + body);

/** Lines of hostile markdown joined with any line ending, sometimes after front matter. */
export const hostileLines: fc.Arbitrary<string> = fc
	.tuple(
		fc.constantFrom("", "", "---\nup: '[[f]]'\n---\n", "---\ntitle: T\n---\r\n", "\uFEFF"),
		fc.array(fc.tuple(hostileLine, fc.constantFrom("\n", "\n", "\r\n", "\r")), { maxLength: 25 }),
	)
	.map(([start, lines]) => start + lines.map(([line, eol]) => line + eol).join(""));
