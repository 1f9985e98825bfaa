import { TreeModel } from "../../../src/core/tree/TreeModel";
import type { TreeRow } from "../../../src/core/tree/types";
import { isGroupRow, UNLINKED_GROUP, unlinkedGroupTitle } from "../../../src/core/tree/unlinked";
import { edges, FakeView, ghost, note } from "./fakeView";

function outline(rows: TreeRow[]): string[] {
	return rows.map((row) => "  ".repeat(row.depth) + (isGroupRow(row) ? `[group ${row.childCount}]` : row.id) + (row.expanded ? " +" : ""));
}

/** hub ─ a ─ b; "ghost" parent of c; loose1, loose2 link to nothing. */
function sample(): FakeView {
	return new FakeView(
		[note("hub"), note("a"), note("b"), note("c"), ghost("topic"), note("loose1"), note("loose2"), note("aaa-loose")],
		edges("a>hub", "b>a", "c>ghost:topic"),
	);
}

describe("unlinked notes", () => {
	it("are gathered in one collapsed group row at the end of the top level", () => {
		const model = new TreeModel(sample(), { unlinked: "group" });
		expect(outline(model.flatten({ expanded: new Set() }))).toEqual(["hub", "ghost:topic", "[group 3]"]);
		expect(unlinkedGroupTitle(1446)).toBe("Unlinked notes (1,446)");
	});

	it("the group opens like any row, its notes sorted as the roots are", () => {
		const model = new TreeModel(sample(), { unlinked: "group" });
		const rows = model.flatten({ expanded: new Set([UNLINKED_GROUP]) });
		expect(outline(rows)).toEqual(["hub", "ghost:topic", "[group 3] +", "  aaa-loose", "  loose1", "  loose2"]);
		expect(rows[3].parentId).toBeUndefined();
		model.setOptions({ descending: true });
		expect(outline(model.flatten({ expanded: new Set([UNLINKED_GROUP]) })).slice(3)).toEqual(["  loose2", "  loose1", "  aaa-loose"]);
	});

	it("leaves out Excalidraw drawings in no hierarchy, found by the filter; a drawing with a parent is in the tree", () => {
		const view = new FakeView(
			[note("hub"), note("a"), note("loose"), note("sketch", { drawing: true }), note("placed sketch", { drawing: true })],
			edges("a>hub", "placed sketch>hub"),
		);
		const model = new TreeModel(view, { unlinked: "group" });
		expect(outline(model.flatten({ expanded: new Set([UNLINKED_GROUP, model.keyOf(["hub"])]) }))).toEqual(["hub +", "  a", "  placed sketch", "[group 1] +", "  loose"]);
		expect(model.inUnlinkedGroup("loose")).toBe(true);
		expect(model.inUnlinkedGroup("sketch")).toBe(false);
		expect(outline(model.flatten({ expanded: new Set(), filter: model.filter("sketch") }))).toEqual(["hub +", "  placed sketch", "sketch"]);
		// Among the roots when the user asked for every unlinked note there.
		model.setOptions({ unlinked: "roots" });
		expect(outline(model.flatten({ expanded: new Set() }))).toEqual(["hub", "loose", "sketch"]);
	});

	it("hidden: left out of the tree, still found by the filter", () => {
		const model = new TreeModel(sample(), { unlinked: "hidden" });
		expect(outline(model.flatten({ expanded: new Set() }))).toEqual(["hub", "ghost:topic"]);
		const filter = model.filter("loose1");
		expect(outline(model.flatten({ expanded: new Set(), filter }))).toEqual(["loose1"]);
	});

	it("the filter finds them in the group setting too, and among the roots is the old behaviour", () => {
		const model = new TreeModel(sample(), { unlinked: "group" });
		expect(outline(model.flatten({ expanded: new Set(), filter: model.filter("loose") }))).toEqual(["aaa-loose", "loose1", "loose2"]);
		model.setOptions({ unlinked: "roots" });
		expect(outline(model.flatten({ expanded: new Set() }))).toEqual(["aaa-loose", "hub", "loose1", "loose2", "ghost:topic"]);
	});

	it("a pinned tree shows no group", () => {
		const model = new TreeModel(sample(), { unlinked: "group" });
		expect(outline(model.flatten({ expanded: new Set([model.keyOf(["hub"], "hub")]), pinned: "hub" }))).toEqual(["hub +", "  a"]);
	});

	it("revealing an unlinked note opens the group and points at its row there", () => {
		const model = new TreeModel(sample(), { unlinked: "group" });
		const path = model.pathsTo("loose1")[0];
		const expanded = new Set(model.keysToReveal(path));
		const rows = model.flatten({ expanded });
		expect(rows.some((row) => row.key === model.keyOf(path) && row.id === "loose1")).toBe(true);
		expect(model.keysToReveal(["loose1"], "loose1")).toEqual([]);
		expect(model.keyOf(["hub", "a"])).not.toBe(model.keyOf(["loose1"]));
	});

	it("a note gaining a parent leaves the group", () => {
		const view = sample();
		const model = new TreeModel(view, { unlinked: "group" });
		expect(model.splitRoots().unlinked).toEqual(["aaa-loose", "loose1", "loose2"]);
		view.link(edges("loose1>hub")[0]);
		expect(model.splitRoots().unlinked).toEqual(["aaa-loose", "loose2"]);
	});
});
