/**
 * Accessibility of the plugin's own UI, checked by axe-core in the real browser: the tree view
 * (expanded, filtered, focused, with a menu open) and the comparison panels (each view, with
 * differences highlighted), the trail and a `topic-tree` block, in the light and the dark theme. Only the plugin's containers are
 * checked: the host page and the menus (drawn by the app, not the plugin) are not the plugin's.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { launchBrowser, type Browser } from "../support/browser";
import { HostPage } from "../support/host-page";
import { REPO_ROOT } from "../support/paths";

const AXE = path.join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js");

/** One axe violation, reduced to what a failure message needs. */
interface Violation {
	id: string;
	impact: string | null;
	help: string;
	nodes: string[];
}

interface AxeResultsLike {
	violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/** Runs axe on the elements matching `selectors`. */
async function axe(page: Page, selectors: string[]): Promise<Violation[]> {
	await page.addScriptTag({ path: AXE });
	return page.evaluate(async (include) => {
		const runner = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResultsLike> } }).axe;
		const results = await runner.run({ include: include.map((s) => [s]) }, { resultTypes: ["violations"] });
		return results.violations.map((v) => ({
			id: v.id,
			impact: v.impact ?? null,
			help: v.help,
			nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
		}));
	}, selectors);
}

const TREE = '.workspace-leaf-content[data-type="topic-tree-view"]';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

describe.each(["light", "dark"])("axe finds no violations in the tree view (%s theme)", (theme) => {
	let host: HostPage;

	beforeAll(async () => {
		host = await HostPage.open(browser.context, `?theme=${theme}&file=tools/feast.md`);
	});

	afterAll(async () => {
		const errors = await host.errors();
		await host.close();
		expect(errors).toEqual([]);
	});

	test("with the active note revealed (rows expanded, one active, badges)", async () => {
		await host.settle();
		expect((await host.rows()).length).toBeGreaterThan(10);
		expect(await axe(host.page, [TREE])).toEqual([]);
	});

	test("with keyboard focus on a row and the filter applied", async () => {
		const input = host.tree.locator(".topic-tree-filter input");
		await input.fill("drift");
		await input.press("ArrowDown");
		await host.settle();
		expect((await host.focused()).role).toBe("treeitem");
		expect(await axe(host.page, [TREE])).toEqual([]);
		await input.fill("");
	});

	test("while a row's context menu is open", async () => {
		await host.row("MLOps").click({ button: "right" });
		await host.settle();
		expect(await host.page.locator(".menu").count()).toBe(1);
		expect(await axe(host.page, [TREE])).toEqual([]);
		await host.page.keyboard.press("Escape");
	});
});

const PANEL = ".markdown-preview-view .topic-tree-comparison-mount";

describe.each(["light", "dark"])("axe finds no violations in a comparison panel (%s theme)", (theme) => {
	let host: HostPage;

	beforeAll(async () => {
		host = await HostPage.open(browser.context, `?theme=${theme}&file=tools/orchestrators-compared.md`);
	});

	afterAll(async () => {
		const errors = await host.errors();
		await host.close();
		expect(errors).toEqual([]);
	});

	test.each(["table", "cards", "criterion"])("in the %s view, differences highlighted", async (view) => {
		const panel = host.note.locator(".topic-tree-panel").first();
		await panel.locator(`button[data-view="${view}"]`).click();
		if ((await panel.locator('[data-action="highlight"]').getAttribute("aria-pressed")) !== "true") await panel.locator('[data-action="highlight"]').click();
		await host.settle();
		expect(await axe(host.page, [PANEL])).toEqual([]);
	});

	test("while the Items menu is open", async () => {
		await host.note.locator('.topic-tree-panel [data-action="items"]').first().click();
		await host.settle();
		expect(await host.page.locator(".menu").count()).toBe(1);
		expect(await axe(host.page, [PANEL])).toEqual([]);
		await host.page.keyboard.press("Escape");
	});
});

describe.each(["light", "dark"])("axe finds no violations in the trail and the topic-tree block (%s theme)", (theme) => {
	test("a trail with its paths expanded, and a code block in the tree style", async () => {
		const host = await HostPage.open(browser.context, `?theme=${theme}&file=concepts/training-serving-skew.md`);
		try {
			const trail = ".mod-root .workspace-leaf:not(.host-hidden) .topic-tree-trail";
			await host.page.locator(`${trail} .topic-tree-trail-more`).click();
			await host.settle();
			expect(await axe(host.page, [trail])).toEqual([]);
			await host.page.locator(`${trail} a`, { hasText: "MLOps" }).first().click();
			await host.settle();
			const block = ".mod-root .workspace-leaf:not(.host-hidden) .block-language-topic-tree";
			expect(await host.page.locator(block).count()).toBe(1);
			expect(await axe(host.page, [block, trail])).toEqual([]);
			expect(await host.errors()).toEqual([]);
		} finally {
			await host.close();
		}
	});
});

describe.each(["light", "dark"])("axe finds no violations in the Bases views (%s theme)", (theme) => {
	test.each([
		["Topic tree", "0"],
		["Compare", "1"],
	])("the %s view of example-vault/Tools.base", async (_name, view) => {
		const host = await HostPage.open(browser.context, `?theme=${theme}&file=Tools.base&view=${view}`);
		try {
			await host.settle();
			expect(await host.page.locator(".topic-tree-bases").count()).toBe(1);
			expect(await axe(host.page, [".topic-tree-bases"])).toEqual([]);
			if (view === "1") {
				await host.page.getByRole("button", { name: "Choose entries" }).click();
				await host.settle();
				expect(await axe(host.page, [".topic-tree-bases"])).toEqual([]);
			}
			expect(await host.errors()).toEqual([]);
		} finally {
			await host.close();
		}
	});
});
