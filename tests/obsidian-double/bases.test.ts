import { BasesEntry, BasesViewConfig, NullValue, NumberValue, QueryController, StringValue, baseSpecFromFile, createApp, parsePropertyId, toValue, type BaseSpec } from "./index";

const FILES = {
	"tools/a.md": "---\nstars: 3\nstatus: active\ntags: [tool]\n---\n",
	"tools/b.md": "---\nstars: 5\nstatus: old\n---\n",
	"tools/c.md": "---\nStatus: active\n---\n",
	"notes/d.md": "---\ntags: [tool]\n---\n",
	"notes/e.pdf": "%PDF",
};

const run = (spec: BaseSpec): { paths: string[]; controller: QueryController } => {
	const controller = new QueryController(createApp(FILES), spec);
	return { paths: controller.result.data.map((e) => e.file.path), controller };
};

describe("Bases double", () => {
	test("values: numbers, strings, lists and null as Obsidian's value classes", () => {
		expect(toValue(3)).toBeInstanceOf(NumberValue);
		expect(toValue("x")).toBeInstanceOf(StringValue);
		expect(toValue(["a", 1]).toString()).toBe("a, 1");
		expect(toValue(undefined)).toBe(NullValue.value);
		expect(NullValue.value.isTruthy()).toBe(false);
		expect(parsePropertyId("note.a.b")).toEqual({ type: "note", name: "a.b" });
	});

	test("entries read front matter case-insensitively and file properties", () => {
		const app = createApp(FILES);
		const entry = new BasesEntry(app.vault.getFileByPath("tools/c.md")!, app);
		expect(entry.getValue("note.status")?.toString()).toBe("active");
		expect(entry.getValue("note.missing")).toBe(NullValue.value);
		expect(entry.getValue("file.basename")?.toString()).toBe("c");
		expect(entry.getValue("file.folder")?.toString()).toBe("tools");
	});

	test("the query: markdown files by default, in path order; sorted and grouped as the spec says", () => {
		expect(run({ order: [] }).paths).toEqual(["notes/d.md", "tools/a.md", "tools/b.md", "tools/c.md"]);
		const { paths, controller } = run({ order: ["note.stars"], filter: (f) => f.path.startsWith("tools/"), sort: [{ property: "note.stars", direction: "DESC" }], groupBy: "note.status" });
		expect(paths).toEqual(["tools/b.md", "tools/a.md", "tools/c.md"]);
		const groups = controller.result.groupedData;
		expect(groups.map((g) => [g.key?.toString(), g.entries.map((e) => e.file.basename)])).toEqual([
			["old", ["b"]],
			["active", ["a", "c"]],
		]);
		expect(controller.result.getSummaryValue(controller as never, controller.result.data, "note.stars", "Sum").toString()).toBe("8");
		expect(controller.result.properties).toEqual(["note.stars"]);
	});

	test("a .base file: filters, order, options and display names", () => {
		const app = createApp(FILES);
		const text = [
			"filters:",
			"  or:",
			'    - file.inFolder("tools")',
			'    - file.hasTag("tool")',
			"properties:",
			"  note.stars:",
			"    displayName: Stars",
			"views:",
			"  - type: table",
			"    name: All",
			"  - type: topic-tree",
			"    name: Tree",
			'    filters: status != "old"',
			"    order: [file.name, stars]",
			"    rollup: max",
		].join("\n");
		const { type, spec } = baseSpecFromFile(app, text, 1);
		expect(type).toBe("topic-tree");
		expect(spec.order).toEqual(["file.name", "note.stars"]);
		expect(spec.options).toEqual({ rollup: "max" });
		const controller = new QueryController(app, spec);
		expect(controller.result.data.map((e) => e.file.path)).toEqual(["notes/d.md", "tools/a.md", "tools/c.md"]);
		expect(new BasesViewConfig(spec).getDisplayName("note.stars")).toBe("Stars");
		expect(new BasesViewConfig(spec).getDisplayName("file.name")).toBe("file name");
	});

	test("the controller runs the query again after a change and tells its views", async () => {
		const app = createApp(FILES);
		const controller = new QueryController(app, { order: [], filter: (f) => f.path.startsWith("tools/") });
		controller.load();
		const seen: number[] = [];
		const view = { data: null as unknown, onDataUpdated: () => seen.push(controller.result.data.length) };
		controller.views.push(view);
		await app.vault.create("tools/new.md", "");
		await app.flush();
		// Once for the new file, maybe again when its metadata is read: the last result counts.
		expect(seen.length).toBeGreaterThan(0);
		expect(seen[seen.length - 1]).toBe(4);
		expect(view.data).toBe(controller.result);
		controller.unload();
	});
});
