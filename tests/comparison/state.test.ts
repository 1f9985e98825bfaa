import fc from "fast-check";
import { TableStates, effectiveOverride, fnv1a32, migrateTableState, tableFingerprint, tableKey } from "../../src/comparison/state";
import { parseTables } from "../../src/core/tables/parse";
import { DEFAULT_PANEL_STATE } from "../../src/core/tables/panel-model";
import { TestStore } from "../tree-view/host";

const NOTE = ["# Databases", "", "|  | Postgres | SQLite |", "|---|---|---|", "| Storage | files | one file |", "| Server | yes | no |", ""].join("\n");

function firstTable(text: string) {
	const table = parseTables(text)[0];
	if (!table) throw new Error("no table");
	return table;
}

describe("fnv1a32", () => {
	test("matches the reference values of FNV-1a 32-bit", () => {
		expect(fnv1a32("")).toBe("811c9dc5");
		expect(fnv1a32("a")).toBe("e40c292c");
		expect(fnv1a32("foobar")).toBe("bf9cf968");
	});
});

describe("table keys", () => {
	test("the key is the note path and a fingerprint of header and first column", () => {
		expect(tableKey("notes/db.md", firstTable(NOTE))).toMatch(/^notes\/db\.md::[0-9a-f]{8}$/);
	});

	test("survives edits elsewhere in the note, moving the table, cell value edits and formatting", () => {
		const key = tableKey("db.md", firstTable(NOTE));
		const moved = `Intro paragraph added.\n\n## More\n\n${NOTE}`;
		const values = NOTE.replace("one file", "a single file").replace("| yes |", "| **yes** |");
		const formatting = NOTE.replace("| Storage |", "| **storage** |").replace("| Postgres |", "| [[Postgres]] |");
		for (const text of [moved, values, formatting]) expect(tableKey("db.md", firstTable(text))).toBe(key);
	});

	test("changes when a header or criterion changes, or the note differs", () => {
		const key = tableKey("db.md", firstTable(NOTE));
		expect(tableKey("db.md", firstTable(NOTE.replace("SQLite", "DuckDB")))).not.toBe(key);
		expect(tableKey("db.md", firstTable(NOTE.replace("Server", "Licence")))).not.toBe(key);
		expect(tableKey("other.md", firstTable(NOTE))).not.toBe(key);
	});

	test("continuation rows (empty first cell) do not change the fingerprint", () => {
		const withContinuation = NOTE.replace("| Server | yes | no |", "| Server | yes | no |\n|  | (daemon) | (library) |");
		expect(tableFingerprint(firstTable(withContinuation))).toBe(tableFingerprint(firstTable(NOTE)));
	});

	test("property: fingerprints ignore body cells after the first column", () => {
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 4 }), (cells) => {
				const header = ["", "A", "B"];
				const rows = [["x", ...cells.slice(0, 2)]];
				const other = [["x", "changed", "too"]];
				expect(tableFingerprint({ header, rows })).toBe(tableFingerprint({ header, rows: other }));
			}),
		);
	});
});

describe("overrides", () => {
	test("a per-table on/off beats the note property, which beats detection", () => {
		expect(effectiveOverride("auto", undefined)).toBe("auto");
		expect(effectiveOverride("auto", "off")).toBe("off");
		expect(effectiveOverride("auto", "all")).toBe("on");
		expect(effectiveOverride("on", "off")).toBe("on");
		expect(effectiveOverride("off", "all")).toBe("off");
	});

	test("saved junk migrates to defaults", () => {
		expect(migrateTableState(undefined)).toEqual({ override: "auto", panel: DEFAULT_PANEL_STATE });
		expect(migrateTableState({ override: "sideways", panel: 7 })).toEqual({ override: "auto", panel: DEFAULT_PANEL_STATE });
		expect(migrateTableState({ override: "off" }).override).toBe("off");
	});
});

describe("TableStates", () => {
	test("stores override and panel state together, and nothing for defaults", () => {
		const store = new TestStore();
		const states = new TableStates(store);
		states.setPanel("a.md::1", { ...DEFAULT_PANEL_STATE });
		expect(store.data.tables).toEqual({});
		states.setOverride("a.md::1", "off");
		states.setPanel("a.md::1", { ...DEFAULT_PANEL_STATE, highlight: true });
		expect(states.get("a.md::1")).toEqual({ override: "off", panel: { ...DEFAULT_PANEL_STATE, highlight: true } });
		states.setOverride("a.md::1", "auto");
		states.setPanel("a.md::1", { ...DEFAULT_PANEL_STATE });
		expect(store.data.tables["a.md::1"]).toBeUndefined();
	});

	test("renaming a note or its folder moves its keys and only its keys", () => {
		const store = new TestStore({ tables: { "a.md::1": { override: "on" }, "a.md::2": { override: "off" }, "ab.md::1": { override: "on" }, "dir/c.md::3": { override: "on" } } });
		const states = new TableStates(store);
		expect(states.renameNote("a.md", "z.md")).toBe(2);
		expect(states.renameNote("dir", "moved")).toBe(1);
		const live = Object.entries(store.data.tables).filter(([, v]) => v !== undefined).map(([k]) => k);
		expect(live.sort()).toEqual(["ab.md::1", "moved/c.md::3", "z.md::1", "z.md::2"]);
		expect(states.get("z.md::2").override).toBe("off");
	});

	test("deleting a note forgets its tables", () => {
		const store = new TestStore({ tables: { "a.md::1": { override: "on" }, "b.md::1": { override: "on" } } });
		expect(new TableStates(store).deleteNote("a.md")).toBe(1);
		expect(store.data.tables["a.md::1"]).toBeUndefined();
		expect(store.data.tables["b.md::1"]).toEqual({ override: "on" });
	});
});
