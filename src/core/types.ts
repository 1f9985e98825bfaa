/**
 * Shared data shapes of the core. Everything here is plain data: no Obsidian, no Node.
 *
 * Line numbers are 1-based everywhere in the core (as editors and `path:line:` messages show
 * them); the Obsidian glue subtracts one where the app wants 0-based positions.
 */

/**
 * How a relation field relates the note that declares it to the notes it links to: hierarchy
 * (`parent`, `child`), sequence (`next`, `prev`: chapters, lectures, weeks), explicit `sibling`,
 * or merely `related`. Only parent and child fields make the tree.
 */
export type RelationKind = "parent" | "child" | "related" | "next" | "prev" | "sibling";

/** The relation kinds that are not hierarchy: kept as links beside the tree. */
export type LinkKind = "related" | "next" | "prev" | "sibling";

/** Where a relation was declared. */
export type RelationSource = "inline" | "frontmatter";

export type Severity = "error" | "warning" | "info";

/** A problem found while parsing a note or building the hierarchy. */
export interface Problem {
	/** Vault-relative path of the note the problem is in ('/' separators). */
	path: string;
	/** 1-based line, 0 when the problem concerns the whole note. */
	line: number;
	severity: Severity;
	/** Stable machine-readable code, e.g. `invalid-frontmatter`, `cycle`, `self-parent`. */
	code: string;
	message: string;
}

/**
 * A link as written, before resolution. `[[folder/a#h|alias]]` gives
 * `{ target: "folder/a", subpath: "#h", display: "alias", embed: false, kind: "wiki" }`.
 */
export interface LinkRef {
	/** The link path as written, trimmed, URL-decoded for markdown links, subpath removed. May end in `.md`. */
	target: string;
	/** `#heading` or `#^block`, when present. */
	subpath?: string;
	/** Alias of a wiki link or text of a markdown link. */
	display?: string;
	/** `![[a]]` */
	embed: boolean;
	/** `wiki` for `[[...]]`, `markdown` for `[text](target)`, `bare` for a plain word or name. */
	kind: "wiki" | "markdown" | "bare";
}

/** One link of one relation field, with its provenance. */
export interface RawRelation {
	kind: RelationKind;
	/** The configured field name that matched (canonical form, e.g. `up`). */
	field: string;
	link: LinkRef;
	source: RelationSource;
	/** 1-based line of the field in the note. */
	line: number;
}

/** The configuration the parsers need. */
export interface ParseSettings {
	/** Field names that name the note's parents (`up`). Matched canonically. */
	parentFields: string[];
	/** Field names that name the note's children (`down`). */
	childFields: string[];
	/** Field names that name related notes (`related`). */
	relatedFields: string[];
	/** Field names that name the note that comes after this one in a sequence (`next`). */
	nextFields: string[];
	/** Field names that name the note that comes before this one (`prev`). */
	prevFields: string[];
	/** Field names that name explicit siblings (`same`, `sibling`). */
	siblingFields: string[];
	/** Front matter key holding the display title (`title`), matched case-insensitively. */
	titleProperty: string;
	/** Read inline fields inside `%% %%` comments. */
	readFieldsInComments: boolean;
}

export const DEFAULT_PARSE_SETTINGS: ParseSettings = {
	parentFields: ["up"],
	childFields: ["down"],
	relatedFields: ["related"],
	nextFields: ["next"],
	prevFields: ["prev"],
	siblingFields: ["same", "sibling"],
	titleProperty: "title",
	readFieldsInComments: true,
};

/**
 * What the index keeps of a parsed note: everything but its front matter. No feature reads a
 * note's front matter from the index (the plugin has Obsidian's metadata cache; the CLI reads it
 * as it indexes), and kept whole, with its dates and lists, it was a tenth of the index's heap.
 */
export interface IndexedNote {
	/** Vault-relative path with '/' separators and extension, Unicode NFC. Also the note's node id. */
	path: string;
	/** Display title: the title property, else the file name without extension. */
	title: string;
	aliases: string[];
	/** Tags without the leading `#`, in the order written, duplicates removed. */
	tags: string[];
	/** The `order` front matter property when it is a finite number (manual sort). */
	order?: number;
	/** Set (true) on an Excalidraw drawing: a note whose front matter has `excalidraw-plugin`. */
	drawing?: true;
	relations: RawRelation[];
	/** Problems local to the note: invalid front matter, refused engines, ignored values. */
	problems: Problem[];
}

/** What one note says about itself, independent of every other note. */
export interface ParsedNote extends IndexedNote {
	/** Front matter with keys as written (empty object when there is none or it is invalid). */
	frontmatter: Record<string, unknown>;
}

/** File times, when known (ms since epoch). */
export interface NoteStat {
	mtime: number;
	ctime: number;
}

/**
 * Resolves a link path, as written in `sourcePath`, to the vault path of an existing note, or null.
 * Inside Obsidian this wraps `metadataCache.getFirstLinkpathDest`; elsewhere `PathIndex` implements it.
 */
export type ResolveLink = (linkpath: string, sourcePath: string) => string | null;

export type NodeKind = "note" | "ghost" | "file";

/**
 * A node of the hierarchy: a note, a ghost topic that notes link to but that does not exist, or
 * an existing file that is not a note (`[[doc.pdf]]`, `[[board.canvas]]`) that a note names as
 * its parent: a file node exists while some link resolves to it.
 */
export interface TopicNode {
	/** Note or file: its path. Ghost: `ghost:` + lowercased name. */
	id: string;
	kind: NodeKind;
	title: string;
	/** Note or file: its path. Ghost: undefined. */
	path?: string;
	aliases: string[];
	tags: string[];
	mtime: number;
	ctime: number;
	order?: number;
	/** Set (true) on an Excalidraw drawing's note (see `IndexedNote.drawing`). */
	drawing?: true;
}

/** A child → parent edge, always pointing from child to parent, also for `down::` fields. */
export interface HierarchyEdge {
	child: string;
	parent: string;
	/** The field that declared it (canonical). */
	field: string;
	source: RelationSource;
	/** 1-based line of the declaration, in the note that declared it. */
	line: number;
	/** Path of the note that declared the edge: the child for parent fields, the parent for child fields. */
	declaredIn: string;
	/** `parent` when declared by a parent field, `child` when declared by a child field. */
	declaredAs: "parent" | "child";
	/** For child fields: the position of the link in the parent's child list (manual sort). */
	position?: number;
}

/**
 * A link beside the hierarchy: `related::` (from the declaring note to the one it names) or an
 * explicit sibling (`sibling::`, same direction; siblings are symmetric, so read both ways).
 */
export interface RelatedEdge {
	from: string;
	to: string;
	field: string;
	source: RelationSource;
	line: number;
}

/**
 * One step of a sequence: `from` comes before `to`, merged from `next::` in `from` and `prev::`
 * in `to` (one edge per pair, provenance from the first declaration).
 */
export interface SequenceEdge {
	/** The earlier note. */
	from: string;
	/** The later note. */
	to: string;
	field: string;
	source: RelationSource;
	line: number;
	/** Path of the note that declared it (the first declaration). */
	declaredIn: string;
	/** `next` when `from` declared it, `prev` when `to` did. */
	declaredAs: "next" | "prev";
}

/** One relation link as declared, with what it resolves to now: the unmerged record of `tree --json`. */
export interface Declaration {
	/** Path of the declaring note. */
	note: string;
	kind: RelationKind;
	field: string;
	source: RelationSource;
	line: number;
	/** The link path as written. */
	linkpath: string;
	/** What it resolves to: a note or file path, a ghost id, or null when it names nothing. */
	target: string | null;
}

/**
 * Read-only queries over the hierarchy graph: what the tree model and the views need.
 * Implemented by `HierarchyGraph` (src/core/graph/).
 */
export interface HierarchyView {
	/** Increments on every change to nodes or edges. */
	readonly version: number;
	getNode(id: string): TopicNode | undefined;
	/** Every node, notes and ghosts. */
	nodes(): IterableIterator<TopicNode>;
	/** Edges whose child is `id` (its parents), merged: one edge per (child, parent) pair. */
	parentsOf(id: string): readonly HierarchyEdge[];
	/** Edges whose parent is `id` (its children), merged: one edge per (child, parent) pair. */
	childrenOf(id: string): readonly HierarchyEdge[];
	/**
	 * Top-level ids: nodes with no parent, plus one member of each cycle that has no parent
	 * outside the cycle, so that every node is reachable from some root.
	 */
	roots(): string[];
	/** The cycle (strongly connected component of size > 1) `id` belongs to, if any. */
	cycleOf(id: string): readonly string[] | undefined;
	/** Every cycle, each as a list of ids. */
	cycles(): string[][];
	/** Sequence steps leading to `id` (`id` is their `to`): its previous notes, by id. */
	previousOf(id: string): readonly SequenceEdge[];
	/** Sequence steps leaving `id` (`id` is their `from`): its next notes, by id. */
	nextOf(id: string): readonly SequenceEdge[];
	/**
	 * Explicit siblings of `id`: the notes it names in a sibling field and the notes naming it in
	 * one, each once, by id (the edge as declared: `from` is the declaring note).
	 */
	explicitSiblingsOf(id: string): readonly RelatedEdge[];
	/**
	 * Optional: ids whose node, parents or children changed after `version`, or null when not known.
	 * Views that offer it let the tree model redo only what an edit touched.
	 */
	changedSince?(version: number): ReadonlySet<string> | null;
	/** Optional, with `changedSince`: the cycle members among `roots()`, the same array while they do not change. */
	cycleRootIds?(): readonly string[];
}
