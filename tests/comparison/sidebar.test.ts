/** @jest-environment jsdom */
import type * as O from "obsidian";
import { ComparisonsView, VIEW_TYPE_COMPARISONS, noteComparisons } from "../../src/comparison/sidebar";
import { TableStates } from "../../src/comparison/state";
import { computeMetadata } from "../obsidian-double";
import { TestStore } from "../tree-view/host";
import { click, itemKeys, panels, settle, setup, teardown, type Env } from "./integration-harness";

const COMPARISON = ["|  | Postgres | SQLite |", "|---|---|---|", "| Storage | files | one file |", "| Server | yes | no |"];
const OTHER = ["| Editor | Modes | Lisp |", "|---|---|---|", "| Vim | yes | no |", "| Emacs | no | yes |"];
const DATA = ["| Year | Sales | Costs |", "|---|---|---|", "| 2021 | 10 | 4 |", "| 2022 | 12 | 5 |"];
const BLOCK = ["```compare", "items: B, A", "|  | A | B |", "|---|---|---|", "| x | 1 | 2 |", "```"];

const NOTE = ["# Tools", "", ...COMPARISON, "", "Some text.", "", ...DATA, "", "> [!tip] Editors", ...OTHER.map((l) => `> ${l}`), "", ...BLOCK, ""].join("\n");

async function openView(env: Env): Promise<ComparisonsView> {
	await env.feature.openView();
	await settle(env);
	const view = env.h.app.workspace.getLeavesOfType(VIEW_TYPE_COMPARISONS)[0]?.view;
	if (!(view instanceof ComparisonsView)) throw new Error("no comparisons view");
	return view;
}

async function openNote(env: Env, path: string): Promise<void> {
	await env.h.app.workspace.getLeaf(false).openFile(env.h.app.vault.getFileByPath(path) as O.TFile);
	await settle(env);
}

function labels(view: ComparisonsView): string[] {
	return Array.from(view.contentEl.querySelectorAll(".topic-tree-comparisons-label"), (el) => el.textContent ?? "");
}

afterEach(teardown);

describe("noteComparisons", () => {
	test("lists comparison tables (also in callouts) and compare blocks, not plain tables, with 1-based lines", () => {
		const cache = computeMetadata(NOTE).cache;
		const entries = noteComparisons("t.md", NOTE, cache, new TableStates(new TestStore()));
		expect(entries.map((e) => [e.kind, e.line, e.comparison.items])).toEqual([
			["table", 3, ["Postgres", "SQLite"]],
			["table", 16, ["Vim", "Emacs"]],
			["block", 23, ["B", "A"]],
		]);
	});
});

describe("Comparisons view", () => {
	test("the command opens it in the right sidebar, listing the active note's panels", async () => {
		const env = await setup({ "tools.md": NOTE, "empty.md": "Nothing here.\n" });
		await openNote(env, "tools.md");
		expect(env.h.app.commands.executeCommandById("test-plugin:open-comparisons")).toBe(true);
		await settle(env);
		const leaf = env.h.app.workspace.getLeavesOfType(VIEW_TYPE_COMPARISONS)[0];
		expect(leaf.getRoot()).toBe(env.h.app.workspace.rightSplit);
		const view = leaf.view as unknown as ComparisonsView;
		expect(view.getDisplayText()).toBe("Comparisons");
		expect(view.getIcon()).toBe("table-2");
		expect(panels(view.contentEl)).toHaveLength(3);
		// Labelled by the heading above, the callout's title, the items of an uncaptioned block: never "Table, line 3".
		expect(labels(view)).toEqual(["Tools", "Editors", "B vs A"]);
		expect(Array.from(view.contentEl.querySelectorAll(".topic-tree-comparisons-goto"), (b) => b.getAttribute("aria-label"))).toEqual([
			"Go to the table (line 3)",
			"Go to the table (line 16)",
			"Go to the table (line 23)",
		]);
		expect(itemKeys(panels(view.contentEl)[2])).toEqual(["b", "a"]);
	});

	test("follows file-open and says when a note has no comparison", async () => {
		const env = await setup({ "tools.md": NOTE, "empty.md": "Nothing here.\n" });
		const view = await openView(env);
		expect(view.contentEl.textContent).toContain("Open a note to see its comparison tables.");
		await openNote(env, "tools.md");
		expect(panels(view.contentEl)).toHaveLength(3);
		await openNote(env, "empty.md");
		expect(panels(view.contentEl)).toHaveLength(0);
		expect(view.contentEl.textContent).toContain("No comparison tables in empty.");
	});

	test("updates when the active note changes (metadata `changed`)", async () => {
		const env = await setup({ "tools.md": NOTE });
		await openNote(env, "tools.md");
		const view = await openView(env);
		const before = panels(view.contentEl)[0];
		const file = env.h.app.vault.getFileByPath("tools.md") as O.TFile;
		await env.h.app.vault.modify(file, `${NOTE}\n${OTHER.map((l) => l.replace("Emacs", "Helix")).join("\n")}\n`);
		await settle(env);
		expect(panels(view.contentEl)).toHaveLength(4);
		expect(labels(view)[3]).toBe("Tools (2)");
		// An edit that leaves the comparisons as they were does not redraw them.
		const kept = panels(view.contentEl)[0];
		await env.h.app.vault.modify(file, (await env.h.app.vault.read(file)).replace("Some text.", "Other text."));
		await settle(env);
		expect(panels(view.contentEl)[0]).toBe(kept);
		expect(kept).not.toBe(before);
	});

	test("uses the same saved state as Reading view and saves changes made here", async () => {
		const env = await setup({ "tools.md": NOTE });
		await openNote(env, "tools.md");
		const view = await openView(env);
		click(panels(view.contentEl)[0].querySelector("[data-action='highlight']") as HTMLElement);
		const saved = Object.entries(env.h.store.data.tables).filter(([, v]) => v !== undefined);
		expect(saved).toHaveLength(1);
		expect(saved[0][0]).toMatch(/^tools\.md::[0-9a-f]{8}$/);
		// A table switched off in Reading view leaves the sidebar too.
		env.feature.states.setOverride(saved[0][0], "off");
		await view.refresh();
		expect(panels(view.contentEl)).toHaveLength(2);
	});

	test("the line button opens the note at the table", async () => {
		const env = await setup({ "tools.md": NOTE });
		await openNote(env, "tools.md");
		const view = await openView(env);
		const go = view.contentEl.querySelectorAll<HTMLElement>(".topic-tree-comparisons-goto")[1];
		expect(go.getAttribute("aria-label")).toBe("Go to the table (line 16)");
		click(go);
		await settle(env);
		const md = env.h.app.workspace.getLeavesOfType("markdown")[0].view as unknown as { lastEState: { line?: number } | null };
		expect(md.lastEState?.line).toBe(15);
	});

	test("closing the view unloads its panels", async () => {
		const env = await setup({ "tools.md": NOTE });
		await openNote(env, "tools.md");
		const view = await openView(env);
		const children = (view as unknown as { getChildren(): unknown[] }).getChildren().length;
		expect(children).toBeGreaterThanOrEqual(3);
		view.leaf.detach();
		await settle(env);
		expect((view as unknown as { loaded: boolean }).loaded).toBe(false);
		expect(panels(view.contentEl)).toHaveLength(0);
	});
});
