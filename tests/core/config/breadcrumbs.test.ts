/**
 * Breadcrumbs' settings as Topic Tree fields: both formats, on the real data.json files of the
 * shared real vaults (read from ../shared at test time, never copied), and on broken files.
 */
import * as fs from "fs";
import * as path from "path";
import { readBreadcrumbs } from "../../../src/core/config/breadcrumbs";
import { fieldChanges, defaultFields } from "../../../src/core/config/fields";
import { ignoreFiltersOf, templateFoldersOf } from "../../../src/core/config/vault-config";
import { realVaultsDir } from "../../helpers/corpus";

const real = realVaultsDir();
const dataOf = (vault: string) => fs.readFileSync(path.join(real ?? "", vault, ".obsidian/plugins/breadcrumbs/data.json"), "utf8");
const realTest = real ? test : test.skip;

describe("Breadcrumbs version 3 (userHiers)", () => {
	realTest("DavidPnb: up/parent, down/child, same/sibling, next, prev", () => {
		expect(readBreadcrumbs(dataOf("DavidPnb_obsidian-notes"))).toEqual({
			ok: true,
			format: "v3",
			notes: [],
			fields: {
				parentFields: ["up", "parent"],
				childFields: ["down", "child"],
				siblingFields: ["same", "sibling"],
				nextFields: ["next"],
				prevFields: ["prev"],
				relatedFields: [],
			},
		});
	});

	realTest("Fate SRD: the defaults, so importing changes nothing but the sibling list", () => {
		const read = readBreadcrumbs(dataOf("Rarstyak_Fate-Condensed-SRD"));
		if (!read.ok) throw new Error(read.message);
		expect(read.fields).toEqual({ parentFields: ["up"], childFields: ["down"], siblingFields: ["same"], nextFields: ["next"], prevFields: ["prev"], relatedFields: [] });
		expect(fieldChanges(defaultFields(), read.fields).map((c) => c.key)).toEqual(["siblingFields", "relatedFields"]);
	});

	test("further hierarchies' fields become related fields; empty names and duplicates are dropped", () => {
		const text = JSON.stringify({
			userHiers: [
				{ up: ["up", ""], down: ["down"], same: [], next: ["next"], prev: ["prev"] },
				{ up: ["author"], down: ["works"], same: ["up"], next: [], prev: [] },
			],
		});
		expect(readBreadcrumbs(text)).toEqual({
			ok: true,
			format: "v3",
			notes: ["The fields of 1 further hierarchy became related fields."],
			fields: { parentFields: ["up"], childFields: ["down"], siblingFields: [], nextFields: ["next"], prevFields: ["prev"], relatedFields: ["author", "works"] },
		});
	});
});

describe("Breadcrumbs version 4 (edge_field_groups)", () => {
	realTest("kuku: groups labelled parent/child/sibling/nexts/prevs are mapped by what they hold", () => {
		const read = readBreadcrumbs(dataOf("kuku0508_kuku_note_ver_2"));
		expect(read).toEqual({
			ok: true,
			format: "v4",
			notes: [],
			fields: { parentFields: ["parent"], childFields: ["child"], siblingFields: ["sibling"], nextFields: ["next"], prevFields: ["prev"], relatedFields: [] },
		});
	});

	realTest("Graph theory: the default groups, plus the legacy hierarchy's chapter/parent/children still in the file", () => {
		const read = readBreadcrumbs(dataOf("100oylz_Graph_Theory_NoteBook"));
		if (!read.ok) throw new Error(read.message);
		expect(read.format).toBe("v4");
		expect(read.fields).toEqual({
			parentFields: ["up", "chapter", "parent"],
			childFields: ["down", "children"],
			siblingFields: ["same", "sibling"],
			nextFields: ["next"],
			prevFields: ["prev"],
			relatedFields: [],
		});
		expect(read.notes).toHaveLength(1);
	});

	test("labels that say nothing: roles from the field names, then from implied_relations; the rest is related", () => {
		const text = JSON.stringify({
			edge_fields: [{ label: "mother" }, { label: "kid" }, { label: "follows" }, { label: "author" }, { label: "loose" }],
			edge_field_groups: [
				{ label: "A", fields: ["mother"] },
				{ label: "B", fields: ["kid"] },
				{ label: "seq", fields: ["nexts"] },
				{ label: "C", fields: ["author"] },
				{ label: "ups", fields: [] },
			],
			implied_relations: { transitive: [{ chain: [{ field: "kid" }], close_field: "mother", close_reversed: true }] },
		});
		// "mother" says nothing, "kid" neither, though they are each other's reverse: with no group
		// of known role to anchor them, the file names no parent or child field and is refused.
		const refused = readBreadcrumbs(text);
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(refused.message).toMatch(/no parent or child field/);
		const anchored = JSON.parse(text) as { edge_field_groups: Array<{ label: string; fields: string[] }> };
		anchored.edge_field_groups[0].label = "parents";
		const again = readBreadcrumbs(JSON.stringify(anchored));
		if (!again.ok) throw new Error(again.message);
		expect(again.fields.parentFields).toEqual(["mother"]);
		expect(again.fields.childFields).toEqual(["kid"]);
		expect(again.fields.nextFields).toEqual(["nexts"]);
		expect(again.fields.relatedFields).toEqual(["author", "follows", "loose"]);
		expect(again.notes).toEqual(['Group "C" has no hierarchy role; its fields became related fields.']);
	});
});

describe("broken files change nothing and say why", () => {
	test.each([
		["not JSON", "{ userHiers: ", /not valid JSON/],
		["an array", "[]", /not a JSON object/],
		["another plugin's settings", JSON.stringify({ showTrail: true }), /hold no hierarchy/],
		["userHiers not a list", JSON.stringify({ userHiers: { up: ["up"] } }), /not a list of hierarchies/],
		["groups not a list", JSON.stringify({ edge_field_groups: "ups" }), /edge_field_groups/],
		["groups without fields", JSON.stringify({ edge_field_groups: [{ label: "ups", fields: "up" }] }), /edge_field_groups/],
		["no parent or child field", JSON.stringify({ userHiers: [{ up: [], down: [], same: ["same"] }] }), /no parent or child field/],
	])("%s", (_name, text, message) => {
		const read = readBreadcrumbs(text);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.message).toMatch(message);
	});
});

describe("Obsidian's own configuration files", () => {
	realTest("the real vaults' excluded files and template folders", () => {
		const file = (vault: string, name: string) => {
			const p = path.join(real ?? "", vault, ".obsidian", name);
			return fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined;
		};
		expect(ignoreFiltersOf(file("DavidPnb_obsidian-notes", "app.json"))).toEqual(["00-09 PKM/03 Extras/Templates/"]);
		expect(ignoreFiltersOf(file("E1psycongr00_hg_obsidian", "app.json"))).toEqual([]);
		const folders = (vault: string) => templateFoldersOf(file(vault, "templates.json"), file(vault, "plugins/templater-obsidian/data.json"));
		expect(folders("E1psycongr00_hg_obsidian")).toEqual([
			{ folder: "templates", source: "templates.json" },
			{ folder: "templaters", source: "templater" },
		]);
		expect(folders("kuku0508_kuku_note_ver_2")).toEqual([{ folder: "模板", source: "templater" }]);
	});

	test("broken or odd files give nothing, never a throw", () => {
		expect(ignoreFiltersOf("{")).toEqual([]);
		expect(ignoreFiltersOf(JSON.stringify({ userIgnoreFilters: ["a/", 3, " "] }))).toEqual(["a/"]);
		expect(templateFoldersOf(JSON.stringify({ folder: "/" }), "nope")).toEqual([]);
	});
});
