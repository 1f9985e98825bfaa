/** @jest-environment jsdom */
import type * as O from "obsidian";
import { BasesFeature } from "../../src/bases/feature";
import { BASES_COMPARE_VIEW, BASES_TREE_VIEW, OPTION_COMPARED } from "../../src/bases/constants";
import { clickMenuItem, lastMenu, liveCounts, loadPlugin, openBaseView, resetMenus, setApiVersion, type BaseSpec, type OpenedBase } from "../obsidian-double";
import { BarePlugin } from "../comparison/integration-harness";
import { buildHost, type TestHost } from "../tree-view/host";
import { activeMain, press, settle } from "../tree-view/view-helpers";

const PluginClass = BarePlugin as unknown as new (app: O.App, manifest: O.PluginManifest) => O.Plugin;
const syncRender = (md: string, el: HTMLElement): Promise<void> => {
	el.setText(md);
	return Promise.resolve();
};

// Topics > Tools > {Spark, Kafka}; Topics > Streaming > Kafka. Only the notes in Tools/ are in the base.
const VAULT = {
	"Topics.md": "# Topics",
	"Streaming.md": "up:: [[Topics]]",
	"Tools/Tools.md": "---\nstars: 1\nstatus: hub\n---\nup:: [[Topics]]",
	"Tools/Spark.md": "---\nstars: 3\nstatus: active\n---\nup:: [[Tools]]",
	"Tools/Kafka.md": "---\nstars: 5\nstatus: active\n---\nup:: [[Tools]]\nup:: [[Streaming]]",
};
const inTools = (f: { path: string }): boolean => f.path.startsWith("Tools/");
const SPEC: BaseSpec = { order: ["file.name", "note.stars", "note.status"], filter: inTools, sort: [{ property: "note.stars", direction: "DESC" }] };

interface Env {
	h: TestHost;
	plugin: O.Plugin;
	feature: BasesFeature;
}
const open: Array<OpenedBase<unknown>> = [];
const hosts: TestHost[] = [];

async function setup(files: Record<string, string> = VAULT): Promise<Env> {
	const h = buildHost(files);
	hosts.push(h);
	h.index.watch();
	const plugin = await loadPlugin(h.app, PluginClass);
	const feature = plugin.addChild(new BasesFeature(plugin, h.host, { renderMarkdown: syncRender }));
	return { h, plugin, feature };
}

function openBase(env: Env, viewId: string, spec: BaseSpec = SPEC): OpenedBase<unknown> {
	const opened = openBaseView<O.BasesView>(env.h.app, viewId, spec);
	open.push(opened);
	return opened;
}

afterEach(async () => {
	for (const o of open.splice(0)) o.close();
	for (const h of hosts.splice(0)) await h.app.dispose();
	setApiVersion("1.13.1");
	resetMenus();
	document.body.empty();
});

const rowEls = (el: HTMLElement): HTMLElement[] => Array.from(el.querySelectorAll<HTMLElement>(".topic-tree-row"));
const title = (row: HTMLElement): string => row.querySelector(".tree-item-inner")?.textContent ?? "";
/** Rows as "  Title [context] (count) | cells", two spaces per level. */
function outline(el: HTMLElement): string[] {
	return rowEls(el).map((row) => {
		const depth = Number(row.getAttribute("aria-level")) - 1;
		const context = row.hasClass("is-context") ? " [context]" : "";
		const flair = row.querySelector(".tree-item-flair-outer");
		const count = flair && !flair.hasClass("topic-tree-hidden") ? ` (${flair.textContent})` : "";
		const cells = Array.from(row.querySelectorAll(".topic-tree-bases-cells > .topic-tree-bases-cell")).map((c) => c.textContent);
		return `${"  ".repeat(depth)}${title(row)}${context}${count} | ${cells.join(" | ")}`;
	});
}
const rowNamed = (el: HTMLElement, name: string, n = 0): HTMLElement => {
	const row = rowEls(el).filter((r) => title(r) === name)[n];
	if (!row) throw new Error(`No row ${name}: ${outline(el).join(" / ")}`);
	return row;
};

describe("registration", () => {
	test("registers the Topic tree and Compare view types with Bases", async () => {
		const env = await setup();
		expect(env.feature.registered).toEqual([BASES_TREE_VIEW, BASES_COMPARE_VIEW]);
		const views = env.h.app.bases.views;
		expect([views.get(BASES_TREE_VIEW)?.name, views.get(BASES_COMPARE_VIEW)?.name]).toEqual(["Topic tree", "Compare"]);
		expect(views.get(BASES_TREE_VIEW)?.options?.({} as O.BasesViewConfig).map((o) => o.displayName)).toEqual([
			"Show ancestors outside the base",
			"Count entries below each branch",
			"Roll-up of number columns",
		]);
	});

	test("with Bases turned off, nothing is registered and nothing breaks", async () => {
		const h = buildHost(VAULT);
		hosts.push(h);
		h.app.bases.enabled = false;
		const plugin = await loadPlugin(h.app, PluginClass);
		const feature = plugin.addChild(new BasesFeature(plugin, h.host));
		expect(feature.registered).toEqual([]);
		expect(h.app.bases.views.size).toBe(0);
	});

	test("on an app older than Bases views (1.9), nothing is registered", async () => {
		setApiVersion("1.9.10");
		const env = await setup();
		expect(env.feature.registered).toEqual([]);
		expect(env.h.app.bases.views.size).toBe(0);
	});

	test("on an app without registerBasesView, nothing is registered", async () => {
		const h = buildHost(VAULT);
		hosts.push(h);
		const plugin = await loadPlugin(h.app, PluginClass);
		Object.defineProperty(plugin, "registerBasesView", { value: undefined });
		const feature = plugin.addChild(new BasesFeature(plugin, h.host));
		expect(feature.registered).toEqual([]);
	});

	test("closing a view of each type leaves no listener, component or event behind", async () => {
		const env = await setup();
		await settle(env.h);
		const before = liveCounts();
		for (const id of [BASES_TREE_VIEW, BASES_COMPARE_VIEW]) {
			const opened = openBaseView<O.BasesView>(env.h.app, id, SPEC);
			await settle(env.h);
			opened.close();
		}
		expect(liveCounts()).toEqual(before);
	});

	test("unloading the plugin removes the view types", async () => {
		const env = await setup();
		env.plugin.unload();
		expect(env.h.app.bases.views.size).toBe(0);
	});
});

describe("Topic tree view", () => {
	test("shows entries in hierarchy order with muted context ancestors, columns, counts and sums", async () => {
		const env = await setup();
		const { containerEl } = openBase(env, BASES_TREE_VIEW);
		expect(Array.from(containerEl.querySelectorAll(".topic-tree-bases-header .topic-tree-bases-cell")).map((c) => c.textContent)).toEqual(["file name", "stars", "status"]);
		expect(outline(containerEl)).toEqual([
			"Topics [context] (3) |  | Σ 9 | ",
			"  Streaming [context] (1) |  | Σ 5 | ",
			"    Kafka | Kafka.md | 5 | active",
			"  Tools (2) | Tools.md | 1Σ 8 | hub",
			// Sorted by stars, descending, as the base is.
			"    Kafka | Kafka.md | 5 | active",
			"    Spark | Spark.md | 3 | active",
		]);
		expect(rowNamed(containerEl, "Kafka").querySelector(".topic-tree-also-badge")?.getAttribute("aria-label")).toBe("Also under: Tools");
	});

	test("options: no context ancestors, min instead of sum, no counts", async () => {
		const env = await setup();
		const { containerEl } = openBase(env, BASES_TREE_VIEW, { ...SPEC, options: { showContext: false, rollup: "min", countEntries: false } });
		expect(outline(containerEl)).toEqual(["Tools | Tools.md | 1min 3 | hub", "  Kafka | Kafka.md | 5 | active", "  Spark | Spark.md | 3 | active"]);
	});

	test("follows the query result: a changed value and a new entry show up", async () => {
		const env = await setup();
		const { containerEl } = openBase(env, BASES_TREE_VIEW);
		await env.h.app.vault.modify(env.h.app.vault.getFileByPath("Tools/Spark.md") as O.TFile, "---\nstars: 30\nstatus: active\n---\nup:: [[Tools]]");
		await env.h.app.vault.create("Tools/Flink.md", "---\nstars: 2\n---\nup:: [[Tools]]");
		await settle(env.h);
		const rows = outline(containerEl);
		expect(rows).toContain("    Spark | Spark.md | 30 | active");
		expect(rows).toContain("    Flink | Flink.md | 2 | ");
		expect(rows).toContain("  Tools (3) | Tools.md | 1Σ 37 | hub");
	});

	test("collapses and expands with the triangle and the keyboard", async () => {
		const env = await setup();
		const { containerEl } = openBase(env, BASES_TREE_VIEW);
		rowNamed(containerEl, "Tools").querySelector(".collapse-icon")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(outline(containerEl).map((r) => r.split(" |")[0].trim())).toEqual(["Topics [context] (3)", "Streaming [context] (1)", "Kafka", "Tools (2)"]);
		const tools = rowNamed(containerEl, "Tools");
		tools.focus();
		press(tools, "ArrowRight");
		expect(rowEls(containerEl)).toHaveLength(6);
		press(rowNamed(containerEl, "Tools"), "ArrowDown");
		expect(document.activeElement?.querySelector(".tree-item-inner")?.textContent).toBe("Kafka");
		press(document.activeElement as HTMLElement, "ArrowLeft");
		expect(document.activeElement?.querySelector(".tree-item-inner")?.textContent).toBe("Tools");
	});

	test("Enter opens the note, Mod-click opens it in a new tab, hovering asks for a page preview", async () => {
		const env = await setup();
		const { containerEl } = openBase(env, BASES_TREE_VIEW);
		const spark = rowNamed(containerEl, "Spark");
		spark.focus();
		press(spark, "Enter");
		await settle(env.h);
		expect(activeMain(env.h).path).toBe("Tools/Spark.md");
		// The open note's row is highlighted, as in the sidebar tree.
		expect(rowEls(containerEl).filter((r) => r.querySelector(".tree-item-self")?.hasClass("is-active")).map(title)).toEqual(["Spark"]);
		const tabs = activeMain(env.h).leafCount;
		rowNamed(containerEl, "Tools").querySelector(".tree-item-inner")?.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
		await settle(env.h);
		expect(activeMain(env.h)).toMatchObject({ path: "Tools/Tools.md", leafCount: tabs + 1 });
		rowNamed(containerEl, "Kafka").querySelector(".tree-item-inner")?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		const hover = env.h.app.workspace.triggered.filter((t) => t.name === "hover-link").pop();
		expect(hover?.args[0]).toMatchObject({ linktext: "Tools/Kafka.md", source: env.h.host.hoverSource });
	});

	test("the context menu has the sidebar's items; Focus tree here shows one branch", async () => {
		const env = await setup();
		const { containerEl } = openBase(env, BASES_TREE_VIEW);
		rowNamed(containerEl, "Tools").dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		const titles = lastMenu()?.titles() ?? [];
		expect(titles).toEqual(expect.arrayContaining(["Open in new tab", "Copy link", "Focus tree here", "Compare children"]));
		clickMenuItem("Focus tree here");
		expect(outline(containerEl).map((r) => r.split(" |")[0].trim())).toEqual(["Tools (2)", "Kafka", "Spark"]);
		expect(containerEl.querySelector(".topic-tree-bases-focus")?.textContent).toContain("Focused on Tools");
		(containerEl.querySelector(".topic-tree-bases-show-all") as HTMLElement).click();
		expect(rowEls(containerEl)).toHaveLength(6);
	});

	test("thousands of entries: only the rows in view are in the DOM", async () => {
		const files: Record<string, string> = { "Hub.md": "" };
		for (let i = 0; i < 3000; i++) files[`N/n${i}.md`] = `---\nsize: ${i}\n---\nup:: [[Hub]]`;
		const env = await setup(files);
		const { containerEl } = openBase(env, BASES_TREE_VIEW, { order: ["note.size"], filter: (f) => f.path.startsWith("N/") });
		expect(rowEls(containerEl).length).toBeGreaterThan(10);
		expect(rowEls(containerEl).length).toBeLessThan(100);
		expect(outline(containerEl)[0]).toBe(`Hub [context] (3000) | Σ ${(2999 * 1500).toLocaleString("en-US")}`);
	});
});

describe("Compare view", () => {
	const panelItems = (el: HTMLElement): string[] => Array.from(el.querySelectorAll(".topic-tree-panel thead th")).map((th) => th.textContent?.trim() ?? "").filter((t) => t !== "");

	test("shows the entries as items and the properties as criteria in the comparison panel", async () => {
		const env = await setup();
		const { containerEl } = openBase(env, BASES_COMPARE_VIEW);
		await settle(env.h);
		const panel = containerEl.querySelector(".topic-tree-panel");
		expect(panel).not.toBeNull();
		const text = panel?.textContent ?? "";
		for (const s of ["Kafka", "Spark", "Tools", "stars", "status", "active", "hub"]) expect(text).toContain(s);
		expect(containerEl.querySelector(".topic-tree-bases-chooser")).toBeNull();
		// The panel's own tools are there.
		expect(containerEl.querySelector("[data-action='transpose']")).not.toBeNull();
		expect(containerEl.querySelector("[data-action='copy-csv']")).not.toBeNull();
		expect(panelItems(containerEl).length).toBeGreaterThan(0);
	});

	test("above 10 entries it asks which to compare, and remembers the choice in the view", async () => {
		const files: Record<string, string> = {};
		for (let i = 1; i <= 12; i++) files[`P/p${String(i).padStart(2, "0")}.md`] = `---\nprice: ${i}\n---\n`;
		const env = await setup(files);
		const opened = openBase(env, BASES_COMPARE_VIEW, { order: ["note.price"] });
		const el = opened.containerEl;
		expect(el.querySelector(".topic-tree-panel")).toBeNull();
		expect(el.querySelector(".topic-tree-bases-chooser-intro")?.textContent).toBe("This view has 12 entries. Choose up to 10 to compare side by side.");
		const boxes = Array.from(el.querySelectorAll<HTMLInputElement>(".topic-tree-bases-chooser input[type=checkbox]"));
		const compare = el.querySelector<HTMLButtonElement>(".topic-tree-bases-chooser-actions button") as HTMLButtonElement;
		expect(compare.disabled).toBe(true);
		for (const i of [0, 4, 7]) {
			boxes[i].checked = true;
			boxes[i].dispatchEvent(new Event("change"));
		}
		expect(el.querySelector(".topic-tree-bases-chooser-status")?.textContent).toBe("3 of 10 chosen");
		compare.click();
		await settle(env.h);
		expect(opened.controller.config.sets).toEqual([[OPTION_COMPARED, ["P/p01.md", "P/p05.md", "P/p08.md"]]]);
		expect(el.querySelector(".topic-tree-bases-compare-count")?.textContent).toBe("Comparing 3 of 12 entries");
		const text = el.querySelector(".topic-tree-panel")?.textContent ?? "";
		expect(text).toContain("p05");
		expect(text).not.toContain("p02");
		(Array.from(el.querySelectorAll("button")).find((b) => b.textContent === "Choose entries") as HTMLElement).click();
		expect(Array.from(el.querySelectorAll<HTMLInputElement>(".topic-tree-bases-chooser input:checked")).map((b) => b.getAttribute("data-path"))).toEqual(["P/p01.md", "P/p05.md", "P/p08.md"]);
	});

	test("the chooser's filter narrows the list by title or path", async () => {
		const files: Record<string, string> = {};
		for (let i = 1; i <= 11; i++) files[`P/p${String(i).padStart(2, "0")}.md`] = "";
		files["Q/special.md"] = "";
		const env = await setup(files);
		const { containerEl } = openBase(env, BASES_COMPARE_VIEW, { order: ["file.name"] });
		const search = containerEl.querySelector<HTMLInputElement>(".topic-tree-bases-chooser-filter") as HTMLInputElement;
		search.value = "Q/ spec";
		search.dispatchEvent(new Event("input"));
		const shown = Array.from(containerEl.querySelectorAll<HTMLElement>(".topic-tree-bases-chooser-item")).filter((el) => !el.hasClass("topic-tree-hidden"));
		expect(shown.map((el) => el.querySelector("input")?.getAttribute("data-path"))).toEqual(["Q/special.md"]);
	});

	test("at most 10 can be chosen: the other boxes are disabled", async () => {
		const files: Record<string, string> = {};
		for (let i = 1; i <= 14; i++) files[`P/p${String(i).padStart(2, "0")}.md`] = "";
		const env = await setup(files);
		const { containerEl } = openBase(env, BASES_COMPARE_VIEW, { order: ["file.name"] });
		const boxes = Array.from(containerEl.querySelectorAll<HTMLInputElement>(".topic-tree-bases-chooser input[type=checkbox]"));
		for (const box of boxes.slice(0, 10)) {
			box.checked = true;
			box.dispatchEvent(new Event("change"));
		}
		expect(boxes.slice(10).every((b) => b.disabled)).toBe(true);
		expect(boxes.slice(0, 10).every((b) => !b.disabled)).toBe(true);
	});

	test("one entry is not a comparison", async () => {
		const env = await setup();
		const { containerEl } = openBase(env, BASES_COMPARE_VIEW, { ...SPEC, filter: (f) => f.path === "Tools/Spark.md" });
		expect(containerEl.querySelector(".topic-tree-bases-empty")?.textContent).toBe("Add a second entry to compare.");
	});
});
