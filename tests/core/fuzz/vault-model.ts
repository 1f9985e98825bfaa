/**
 * A vault as the fuzz tests of the indexes see it: paths and texts, changed by the operations
 * Obsidian reports (write, delete, rename of a file, rename of a folder as one rename per file,
 * rename of a parent with or without its links updated) and by late events for files already
 * gone. Generators for note texts that link to each other through every kind of relation.
 */
import fc from "fast-check";

/**
 * Note names: case twins `a` and `A` (links name them exactly), `Topic` and `topic` (`[[TOPIC]]`
 * matches both only case-insensitively, and must pick the same one however the notes came),
 * accents.
 */
export const NAMES = ["a", "b", "c", "A", "Topic", "topic", "\u00dcn\u00ef"];
export const FOLDERS = ["", "f/", "f/g/", "h/"];

export const pathArb: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([folder, name]) => `${folder}${name}.md`);

/**
 * Paths of the core index's operations: the names above and the decomposed twin of `Ünï` (one id:
 * the composed file holds it, whichever came first, and the index reports both). The live index's
 * fuzz keeps to the composed names (the double composes the names of the files an app starts
 * with); tests/index/first-index.test.ts creates and renames files to the decomposed name.
 */
const corePathArb: fc.Arbitrary<string> = fc
	.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES, "U\u0308ni\u0308"))
	.map(([folder, name]) => `${folder}${name}.md`);

/** A link target as a user writes it: plain name, other case, with folder, with `.md`, with a heading, decomposed accents, a ghost. */
const targetArb = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...NAMES) },
	{ weight: 2, arbitrary: fc.tuple(fc.constantFrom("f/", "f/g/", "h/", "./", "../"), fc.constantFrom(...NAMES)).map(([f, n]) => f + n) },
	{ weight: 1, arbitrary: fc.constantFrom("TOPIC", "B", "a.md", "a#Heading", "c|C alias", "U\u0308ni\u0308", "ghost", "Ghost", "new name") },
);

/** One line of a note: relation fields of every form, text, code that hides fields. */
const lineArb: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: targetArb.map((t) => `up:: [[${t}]]`) },
	{ weight: 2, arbitrary: targetArb.map((t) => `down:: [[${t}]]`) },
	{ weight: 1, arbitrary: targetArb.map((t) => `related:: [[${t}]]`) },
	{ weight: 1, arbitrary: fc.tuple(targetArb, targetArb).map(([t, u]) => `text [up:: [[${t}]], [[${u}]]] (down:: [[${u}]])`) },
	{ weight: 1, arbitrary: fc.constantFrom(...NAMES).map((n) => `up:: ${n}`) },
	{ weight: 1, arbitrary: fc.constantFrom(...NAMES).map((n) => `up:: [x](${encodeURI(n)}.md)`) },
	{ weight: 1, arbitrary: targetArb.map((t) => "```\nup:: [[" + t + "]]\n```") },
	{ weight: 1, arbitrary: fc.constantFrom("# Heading", "plain text", "", "up::", "%% up:: [[a]] %%") },
);

/** Front matter: none, relations and properties, or broken YAML. */
const frontmatterArb: fc.Arbitrary<string> = fc.oneof(
	{ weight: 3, arbitrary: fc.constant("") },
	{
		weight: 2,
		arbitrary: fc
			.record({ title: fc.constantFrom(null, "Title", "  Spaced  "), up: fc.option(targetArb, { nil: null }), down: fc.option(targetArb, { nil: null }), alias: fc.boolean(), order: fc.boolean() })
			.map(({ title, up, down, alias, order }) => {
				const lines = ["---"];
				if (title !== null) lines.push(`title: "${title}"`);
				if (up !== null) lines.push(`up: "[[${up}]]"`);
				if (down !== null) lines.push(`down:\n  - "[[${down}]]"`);
				if (alias) lines.push("aliases: [Other name]\ntags: [t, '#u']");
				if (order) lines.push("order: 3");
				lines.push("---", "");
				return lines.join("\n");
			}),
	},
	{ weight: 1, arbitrary: fc.constantFrom("---\nup: [\n---\n", "---\ntitle: [unclosed\nup: '[[a]]'\n---\n", "---js\nup: 1\n---\n") },
);

export const noteTextArb: fc.Arbitrary<string> = fc
	.tuple(frontmatterArb, fc.array(lineArb, { maxLength: 5 }), fc.constantFrom("\n", "\r\n"))
	.map(([fm, lines, eol]) => (fm + lines.join("\n") + "\n").replace(/\n/g, eol));

/** What happens to the vault. Paths of deletes and renames may name files already gone. */
export type Op =
	| { op: "write"; path: string; text: string }
	| { op: "delete"; path: string }
	| { op: "rename"; from: string; to: string }
	| { op: "renameFolder"; from: string; to: string; reverse: boolean }
	| { op: "renameParent"; from: string; to: string; updateLinks: boolean; recreate: string | null };

export const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 6, arbitrary: fc.record({ op: fc.constant("write" as const), path: corePathArb, text: noteTextArb }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), path: corePathArb }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("rename" as const), from: corePathArb, to: corePathArb }) },
	{
		weight: 1,
		arbitrary: fc.record({ op: fc.constant("renameFolder" as const), from: fc.constantFrom("f/", "f/g/", "h/"), to: fc.constantFrom("f/", "h/", "k/", "f/g/", "h/f/"), reverse: fc.boolean() }),
	},
	{
		weight: 1,
		arbitrary: fc.record({ op: fc.constant("renameParent" as const), from: corePathArb, to: corePathArb, updateLinks: fc.boolean(), recreate: fc.option(noteTextArb, { nil: null }) }),
	},
);

/** One change as an index receives it. */
export type Event = { kind: "write"; path: string; text: string } | { kind: "delete"; path: string } | { kind: "rename"; from: string; to: string };

function baseName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
}

/** The vault's files, and the events each operation makes Obsidian fire (including late ones for files already gone). */
export class VaultModel {
	readonly files = new Map<string, string>();

	/** Apply one operation; returns the events in the order Obsidian fires them. */
	apply(op: Op): Event[] {
		switch (op.op) {
			case "write":
				this.files.set(op.path, op.text);
				return [{ kind: "write", path: op.path, text: op.text }];
			case "delete":
				// A delete of a file already gone still reaches the index (a late or duplicated event).
				this.files.delete(op.path);
				return [{ kind: "delete", path: op.path }];
			case "rename":
				return this.rename(op.from, op.to);
			case "renameFolder": {
				const paths = [...this.files.keys()].filter((p) => p.startsWith(op.from)).sort();
				if (op.reverse) paths.reverse();
				return paths.flatMap((p) => this.rename(p, op.to + p.slice(op.from.length)));
			}
			case "renameParent": {
				const events = this.rename(op.from, op.to);
				if (events.length > 0 && op.updateLinks && this.files.has(op.to)) {
					// "Automatically update internal links": every note linking by name is rewritten.
					const from = `[[${baseName(op.from)}]]`;
					const to = `[[${baseName(op.to)}]]`;
					for (const [path, text] of [...this.files]) {
						if (!text.includes(from)) continue;
						const next = text.split(from).join(to);
						this.files.set(path, next);
						events.push({ kind: "write", path, text: next });
					}
				}
				if (op.recreate !== null && !this.files.has(op.from)) {
					this.files.set(op.from, op.recreate);
					events.push({ kind: "write", path: op.from, text: op.recreate });
				}
				return events;
			}
		}
	}

	/** A rename Obsidian would do: none onto an existing file; a rename of a missing file is still reported (late event). */
	private rename(from: string, to: string): Event[] {
		if (from === to || this.files.has(to)) return [];
		const text = this.files.get(from);
		if (text !== undefined) {
			this.files.delete(from);
			this.files.set(to, text);
		}
		return [{ kind: "rename", from, to }];
	}
}
