import { buildTreeBlock, MAX_BLOCK_ITEMS, parseTreeBlock, type BlockSource, type TreeBlockOptions } from "../../../src/core/tree-block";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import { edges, FakeView, ghost, note } from "../tree/fakeView";

function options(source: string): TreeBlockOptions {
	const parsed = parseTreeBlock(source);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.options;
}

describe("parseTreeBlock", () => {
	it("reads every option, case-insensitively, with wiki links or plain names for root", () => {
		expect(options("")).toEqual({ root: null, show: "children", depth: null, sort: null, descending: false, style: "list" });
		expect(options("root: [[Topics/Rust|Rust lang]]\nShow: Subtree\n\ndepth: 2\nsort: modified\nstyle: tree\n")).toEqual({
			root: "Topics/Rust",
			show: "subtree",
			depth: 2,
			sort: "modified",
			descending: true,
			style: "tree",
		});
		expect(options("root: Plain name").root).toBe("Plain name");
		expect(options("root: [[Note#Heading]]").root).toBe("Note");
		expect(options("sort: title desc")).toMatchObject({ sort: "title", descending: true });
		expect(options("sort: created asc")).toMatchObject({ sort: "created", descending: false });
		expect(options("depth: all").depth).toBeNull();
	});

	it.each([
		["colour: red", 1, 'unknown option "colour"; options are root, show, depth, sort, style'],
		["show: children\nshow: path", 2, "show is given twice"],
		["show: parents", 1, 'show must be one of children, subtree, siblings, path, not "parents"'],
		["depth: 0", 1, 'depth must be a whole number from 1 to 20, or all, not "0"'],
		["depth: 2.5", 1, 'depth must be a whole number from 1 to 20, or all, not "2.5"'],
		["sort: size", 1, 'sort must be one of title, filename, modified, created, manual, optionally followed by asc or desc, not "size"'],
		["sort: title upward", 1, 'sort must be one of title, filename, modified, created, manual, optionally followed by asc or desc, not "title upward"'],
		["style: grid", 1, 'style must be list or tree, not "grid"'],
		["root:", 1, "root needs a note, as in root: [[Note]]"],
		["\n\njust words", 3, '"just words" is not an option; write key: value with one of root, show, depth, sort, style'],
	])("%j → line %i: %s", (source, line, error) => {
		expect(parseTreeBlock(source)).toEqual({ ok: false, line, error });
	});
});

/**
 *  top ── a ── a1
 *     │     └─ a2 ── a21
 *     ├─ b ── a2 (a2 has two parents)
 *     └─ ghost:g
 *  cyc1 ⇄ cyc2 under top
 */
function source(showGhosts = true): BlockSource & { model: TreeModel } {
	const view = new FakeView(
		[note("top"), note("a"), note("a1"), note("a2"), note("a21"), note("b"), ghost("G"), note("cyc1"), note("cyc2")],
		edges("a>top", "b>top", "a1>a", "a2>a", "a2>b", "a21>a2", "ghost:g>top", "cyc1>top", "cyc2>cyc1", "cyc1>cyc2"),
	);
	const model = new TreeModel(view, { showGhosts });
	return { model, view, showGhosts, sort: "title", descending: false, pathsTo: (id, limit) => model.pathsTo(id, limit) };
}

function rows(src: BlockSource, root: string, opts: string): string[] {
	const result = buildTreeBlock(src, root, options(opts));
	return result.items.map((item) => `${"  ".repeat(item.depth)}${item.id}${item.cycle ? " ↻" : ""}${item.current ? " ←" : ""}`);
}

describe("buildTreeBlock", () => {
	it("children, sorted like the tree unless the block says otherwise", () => {
		expect(rows(source(), "top", "show: children")).toEqual(["a", "b", "cyc1", "ghost:g"]);
		expect(rows(source(), "top", "sort: title desc")).toEqual(["ghost:g", "cyc1", "b", "a"]);
		expect(rows(source(false), "top", "")).toEqual(["a", "b", "cyc1"]);
	});

	it("a subtree to a depth, a note under two parents under both, cycles marked and not followed", () => {
		expect(rows(source(false), "top", "show: subtree")).toEqual(["a", "  a1", "  a2", "    a21", "b", "  a2", "    a21", "cyc1", "  cyc2", "    cyc1 ↻"]);
		expect(rows(source(false), "top", "show: subtree\ndepth: 1")).toEqual(["a", "b", "cyc1"]);
		expect(rows(source(false), "a", "show: subtree\ndepth: 2")).toEqual(["a1", "a2", "  a21"]);
	});

	it("siblings under every parent, once each, without the note itself", () => {
		expect(rows(source(false), "a2", "show: siblings")).toEqual(["a1"]);
		expect(rows(source(false), "a", "show: siblings")).toEqual(["b", "cyc1"]);
		expect(rows(source(false), "top", "show: siblings")).toEqual([]);
	});

	it("the shortest path from the top down to the note, the note marked", () => {
		expect(rows(source(), "a21", "show: path")).toEqual(["top", "  a", "    a2", "      a21 ←"]);
		expect(rows(source(), "top", "show: path")).toEqual(["top ←"]);
	});

	it("caps the rows and counts the notes left out", () => {
		const ids = Array.from({ length: MAX_BLOCK_ITEMS + 30 }, (_, i) => `n${String(i).padStart(4, "0")}`);
		const view = new FakeView([note("hub"), ...ids.map((id) => note(id)), note("deep")], edges(...ids.map((id) => `${id}>hub`), `deep>${ids[ids.length - 1]}`));
		const model = new TreeModel(view);
		const src: BlockSource = { view, showGhosts: true, sort: "title", descending: false, pathsTo: (id, limit) => model.pathsTo(id, limit) };
		const result = buildTreeBlock(src, "hub", options("show: subtree"));
		expect(result.items).toHaveLength(MAX_BLOCK_ITEMS);
		expect(result.more).toBe(31);
	});
});
