/** @jest-environment jsdom */
import type * as O from "obsidian";
import { createTablePostProcessor, tableFromDom, type ComparisonDeps } from "../../src/comparison/post-processor";
import { TableStates, tableKey } from "../../src/comparison/state";
import { parseTables } from "../../src/core/tables/parse";
import { basicMarkdownRenderer, pluginDouble } from "../obsidian-double";
import { button, click, isHidden, itemKeys, mounts, noteTables, panels, renderNote, settle, setup, teardown, type Env } from "./integration-harness";

const COMPARISON = ["|  | Postgres | SQLite |", "|---|---|---|", "| Storage | files | one file |", "| Server | yes | no |"];
const DATA = ["| Year | Sales | Costs |", "|---|---|---|", "| 2021 | 10 | 4 |", "| 2022 | 12 | 5 |"];

function note(frontmatter: string | null, ...blocks: string[][]): string {
	const head = frontmatter === null ? [] : ["---", frontmatter, "---"];
	return [...head, "# Databases", "", ...blocks.flatMap((b) => [...b, ""])].join("\n");
}

function keyOf(text: string, path: string, index = 0): string {
	return tableKey(path, parseTables(text)[index]);
}

function savedOverride(env: Env, key: string): unknown {
	return (env.h.store.data.tables[key] as { override?: string } | undefined)?.override;
}

afterEach(teardown);

describe("Reading view post processor", () => {
	test("a detected comparison becomes one panel; the original table is hidden, not removed", async () => {
		const env = await setup({ "db.md": note(null, COMPARISON) });
		const doc = await renderNote(env, "db.md");
		const [table] = noteTables(doc.el);
		expect(panels(doc.el)).toHaveLength(1);
		expect(isHidden(table)).toBe(true);
		expect(itemKeys(panels(doc.el)[0])).toEqual(["postgres", "sqlite"]);
		expect(panels(doc.el)[0].getAttribute("aria-label")).toBe("Comparison: Databases");
		const mount = mounts(doc.el)[0];
		expect(mount.nextElementSibling).toBe(table);
		expect(button(mount, "Comparison panel").getAttribute("aria-pressed")).toBe("true");
		expect(button(mount, "Original table").getAttribute("aria-pressed")).toBe("false");
	});

	test("a table that is not a comparison stays a table, with a Compare button that turns the panel on", async () => {
		const env = await setup({ "sales.md": note(null, DATA) });
		const doc = await renderNote(env, "sales.md");
		const [table] = noteTables(doc.el);
		expect(panels(doc.el)).toHaveLength(0);
		expect(isHidden(table)).toBe(false);
		const mount = mounts(doc.el)[0];
		expect(mount.classList.contains("is-offer")).toBe(true);
		const offer = button(mount, "Compare");
		expect(offer.getAttribute("aria-label")).toBe("Show as comparison panel");
		click(offer);
		expect(panels(doc.el)).toHaveLength(1);
		expect([mount.classList.contains("is-offer"), mount.classList.contains("is-panel")]).toEqual([false, true]);
		expect(isHidden(table)).toBe(true);
		expect(savedOverride(env, keyOf(note(null, DATA), "sales.md"))).toBe("on");
	});

	test("the switch goes back and forth and is remembered across renders", async () => {
		const text = note(null, COMPARISON);
		const env = await setup({ "db.md": text });
		const key = keyOf(text, "db.md");
		let doc = await renderNote(env, "db.md");
		click(button(mounts(doc.el)[0], "Original table"));
		expect(panels(doc.el)).toHaveLength(0);
		expect(isHidden(noteTables(doc.el)[0])).toBe(false);
		expect(savedOverride(env, key)).toBe("off");

		doc.component.unload();
		doc = await renderNote(env, "db.md");
		expect(panels(doc.el)).toHaveLength(0);
		const mount = mounts(doc.el)[0];
		expect(button(mount, "Original table").getAttribute("aria-pressed")).toBe("true");
		click(button(mount, "Comparison panel"));
		expect(panels(doc.el)).toHaveLength(1);
		// Back to what detection gives: nothing left to remember.
		expect(env.h.store.data.tables[key]).toBeUndefined();
	});

	test("the note property `comparison: off` keeps detected tables plain; `all` makes every table a panel", async () => {
		const env = await setup({
			"off.md": note("comparison: off", COMPARISON),
			"all.md": note("comparison: all", DATA, COMPARISON),
		});
		const off = await renderNote(env, "off.md");
		expect(panels(off.el)).toHaveLength(0);
		expect(button(mounts(off.el)[0], "Compare")).toBeTruthy();
		const all = await renderNote(env, "all.md");
		expect(panels(all.el)).toHaveLength(2);
		expect(noteTables(all.el).every(isHidden)).toBe(true);
	});

	test("a per-table choice beats the note property, and is kept", async () => {
		const offText = note("comparison: off", COMPARISON);
		const allText = note("comparison: all", DATA);
		const env = await setup({ "off.md": offText, "all.md": allText });
		let off = await renderNote(env, "off.md");
		click(button(mounts(off.el)[0], "Compare"));
		expect(savedOverride(env, keyOf(offText, "off.md"))).toBe("on");
		let all = await renderNote(env, "all.md");
		click(button(mounts(all.el)[0], "Original table"));
		expect(savedOverride(env, keyOf(allText, "all.md"))).toBe("off");

		off.component.unload();
		all.component.unload();
		off = await renderNote(env, "off.md");
		all = await renderNote(env, "all.md");
		expect(panels(off.el)).toHaveLength(1);
		expect(panels(all.el)).toHaveLength(0);
	});

	test("panel state survives an edit elsewhere in the note (same key, same state restored)", async () => {
		const text = note(null, ["Intro."], COMPARISON);
		const env = await setup({ "db.md": text });
		let doc = await renderNote(env, "db.md");
		const highlight = panels(doc.el)[0].querySelector<HTMLElement>("[data-action='highlight']");
		expect(highlight?.getAttribute("aria-pressed")).toBe("false");
		click(highlight as HTMLElement);
		const key = keyOf(text, "db.md");
		expect(env.h.store.data.tables[key]).toMatchObject({ panel: { highlight: true } });

		const file = env.h.app.vault.getFileByPath("db.md") as O.TFile;
		const edited = text.replace("Intro.", "A much longer introduction.\n\nWith a second paragraph.").replace("| one file |", "| a single file |");
		await env.h.app.vault.modify(file, edited);
		await settle(env);
		expect(keyOf(edited, "db.md")).toBe(key);
		doc.component.unload();
		doc = await renderNote(env, "db.md");
		expect(panels(doc.el)[0].querySelector("[data-action='highlight']")?.getAttribute("aria-pressed")).toBe("true");
	});

	test("panel state follows the note when it is renamed", async () => {
		const text = note(null, COMPARISON);
		const env = await setup({ "db.md": text });
		let doc = await renderNote(env, "db.md");
		click(panels(doc.el)[0].querySelector("[data-action='transpose']") as HTMLElement);
		doc.component.unload();
		await env.h.app.vault.rename(env.h.app.vault.getFileByPath("db.md") as O.TFile, "archive/databases.md");
		await settle(env);
		expect(Object.keys(env.h.store.data.tables).filter((k) => env.h.store.data.tables[k] !== undefined)).toEqual([keyOf(text, "archive/databases.md")]);
		doc = await renderNote(env, "archive/databases.md");
		expect(panels(doc.el)[0].querySelector("[data-action='transpose']")?.getAttribute("aria-pressed")).toBe("true");
	});

	test("without section info the table is read back from the DOM", async () => {
		const env = await setup({});
		const deps: ComparisonDeps = { app: env.h.host.app, states: new TableStates(env.h.store), hoverSource: "topic-tree" };
		const pp = createTablePostProcessor(deps);
		const el = document.body.createDiv();
		await basicMarkdownRenderer(null, ["| Aspect | **Vim** | Emacs |", "|---|---|---|", "| Modes | yes | no |", "| Lisp | no | *yes* |"].join("\n"), el, "", null as unknown as O.Component);
		const children: O.MarkdownRenderChild[] = [];
		const ctx = { docId: "x", sourcePath: "editors.md", frontmatter: null, addChild: (c: O.MarkdownRenderChild) => children.push(c), getSectionInfo: () => null };
		await pp(el, ctx);
		for (const child of children) child.load();
		expect(panels(el)).toHaveLength(1);
		expect(itemKeys(panels(el)[0])).toEqual(["vim", "emacs"]);
		expect(isHidden(noteTables(el)[0])).toBe(true);
		// The DOM fallback keys the table like its source would be keyed.
		const fromDom = tableFromDom(noteTables(el)[0]);
		expect(fromDom && tableKey("editors.md", fromDom)).toBe(keyOf("| Aspect | **Vim** | Emacs |\n|---|---|---|\n| Modes | yes | no |\n| Lisp | no | *yes* |", "editors.md"));
		for (const child of children) child.unload();
		expect(panels(el)).toHaveLength(0);
		expect(isHidden(noteTables(el)[0])).toBe(false);
	});

	test("tables drawn by code blocks (Dataview) are left alone", async () => {
		const env = await setup({});
		const pp = pluginDouble(env.plugin).processors.postProcessors[0];
		const el = document.body.createDiv();
		el.createDiv({ cls: "block-language-dataview" }).createEl("table").createEl("tr").createEl("td", { text: "Cell" });
		await pp(el, { docId: "x", sourcePath: "a.md", frontmatter: null, addChild: () => undefined, getSectionInfo: () => null });
		expect(mounts(el)).toHaveLength(0);
	});

	test("unloading the rendered note removes the panels and shows the tables again", async () => {
		const env = await setup({ "db.md": note(null, COMPARISON, DATA) });
		const doc = await renderNote(env, "db.md");
		expect(mounts(doc.el)).toHaveLength(2);
		doc.component.unload();
		expect(mounts(doc.el)).toHaveLength(0);
		expect(panels(doc.el)).toHaveLength(0);
		expect(noteTables(doc.el).some(isHidden)).toBe(false);
	});

	test("a table inside a section with several tables is matched to its own source", async () => {
		const env = await setup({});
		const pp = pluginDouble(env.plugin).processors.postProcessors[0];
		const text = ["> [!note]", "> | Year | Sales | Costs |", "> |---|---|---|", "> | 2021 | 10 | 4 |", ">", ...COMPARISON.map((l) => `> ${l}`)].join("\n");
		const el = document.body.createDiv();
		const tables = parseTables(text);
		for (const t of tables) {
			const table = el.createEl("table");
			table.createEl("thead").createEl("tr");
			for (const h of t.header) table.tHead?.rows[0].createEl("th", { text: h });
		}
		const children: O.MarkdownRenderChild[] = [];
		const ctx = { docId: "x", sourcePath: "c.md", frontmatter: null, addChild: (c: O.MarkdownRenderChild) => children.push(c), getSectionInfo: () => ({ text, lineStart: 0, lineEnd: 9 }) };
		await pp(el, ctx);
		for (const child of children) child.load();
		// The header-only DOM tables would not be comparisons: the source rows decided.
		expect(panels(el)).toHaveLength(1);
		expect(mounts(el)[1].classList.contains("is-panel")).toBe(true);
	});
});
