/**
 * Comparison panels in a real browser: tables in Reading view become panels (through the
 * plugin's post processor, run by the host section by section as Obsidian does), the `compare`
 * code block, the Comparisons sidebar view, and the panel's tools used with mouse and keyboard.
 */
import { readFileSync } from "fs";
import * as path from "path";
import type { Locator } from "playwright-core";
import { launchBrowser, type Browser } from "../support/browser";
import { HostPage, exactly } from "../support/host-page";
import { REPO_ROOT } from "../support/paths";

let browser: Browser;
let host: HostPage;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

afterEach(async () => {
	const errors = await host.errors();
	await host.close();
	expect(errors).toEqual([]);
});

/** Opens the host on a note and installs a clipboard that records what is written. */
async function openNote(notePath: string): Promise<HostPage> {
	host = await HostPage.open(browser.context, `?file=${encodeURIComponent(notePath)}`);
	await host.page.evaluate(() => {
		const copied: string[] = [];
		(window as unknown as { copied: string[] }).copied = copied;
		Object.defineProperty(navigator, "clipboard", {
			configurable: true,
			value: {
				writeText: (text: string) => {
					copied.push(text);
					return Promise.resolve();
				},
			},
		});
	});
	expect(await host.notePath()).toBe(notePath);
	return host;
}

/** The first panel in the note pane. */
function panel(): Locator {
	return host.note.locator(".topic-tree-panel").first();
}

async function click(target: Locator): Promise<void> {
	await target.click();
	await host.settle();
}

/** Chooses `title` in the menu that is shown. */
async function menuChoose(title: string): Promise<void> {
	await click(host.page.locator(".menu .menu-item").filter({ has: host.page.locator(".menu-item-title", { hasText: exactly(title) }) }));
}

/** What "Copy as Markdown" puts on the clipboard. */
async function copyMarkdown(): Promise<string> {
	await click(panel().locator('[data-action="copy-markdown"]'));
	return host.page.evaluate(() => {
		const copied = (window as unknown as { copied: string[] }).copied;
		return copied[copied.length - 1] ?? "";
	});
}

/** Names shown in the visible part of a locator list. */
async function texts(list: Locator): Promise<string[]> {
	return (await list.allTextContents()).map((t) => t.trim());
}

describe("comparison panels in Reading view", () => {
	test("a comparison table becomes a panel; the switch shows the original table and back", async () => {
		await openNote("tools/orchestrators-compared.md");
		expect(await host.note.locator(".topic-tree-panel").count()).toBe(1);
		const p = panel();
		expect(await texts(p.locator(".topic-tree-panel-body .topic-tree-panel-item .topic-tree-panel-name"))).toEqual(["Airflow", "Kubeflow Pipelines", "Prefect", "Dagster"]);
		expect(await texts(p.locator(".topic-tree-panel-body .topic-tree-panel-criterion .topic-tree-panel-name"))).toEqual([
			"Unit of work",
			"Scheduling",
			"Runs on",
			"Data lineage",
			"Local development",
			"Best for",
		]);
		const source = host.note.locator("table.topic-tree-source-table");
		expect(await source.isVisible()).toBe(false);
		await click(host.note.locator(".topic-tree-switch-button", { hasText: "Original table" }));
		expect(await host.note.locator(".topic-tree-panel").count()).toBe(0);
		expect(await host.note.locator("table").first().isVisible()).toBe(true);
		await click(host.note.locator(".topic-tree-switch-button", { hasText: "Comparison panel" }));
		expect(await host.note.locator(".topic-tree-panel").count()).toBe(1);
	});

	test("a table that is not a comparison stays a table", async () => {
		await openNote("tools/mlflow.md");
		expect(await host.note.locator(".topic-tree-panel").count()).toBe(0);
		expect(await host.note.locator("table").first().isVisible()).toBe(true);
		// Hovered, its Compare button shows above the table and covers no header cell.
		const table = host.note.locator("table").first();
		await table.hover();
		const offer = host.note.locator(".topic-tree-compare-offer").first();
		expect(await offer.isVisible()).toBe(true);
		const box = await offer.boundingBox();
		const cells = await table.locator("th").evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }));
		expect(box).not.toBeNull();
		const overlaps = cells.filter((c) => box && box.x < c.x + c.width && c.x < box.x + box.width && box.y < c.y + c.height && c.y < box.y + box.height);
		expect(overlaps).toEqual([]);
	});

	test("the view switcher shows cards and the by-criterion tabs", async () => {
		await openNote("tools/orchestrators-compared.md");
		const p = panel();
		await click(p.locator('button[data-view="cards"]'));
		expect(await p.locator('button[data-view="cards"]').getAttribute("aria-pressed")).toBe("true");
		expect(await p.locator('button[data-view="table"]').getAttribute("aria-pressed")).toBe("false");
		expect(await p.locator(".topic-tree-panel-body .topic-tree-panel-card").count()).toBe(4);
		await click(p.locator('button[data-view="criterion"]'));
		expect(await texts(p.locator('.topic-tree-panel-body [role="tab"]'))).toEqual(["Unit of work", "Scheduling", "Runs on", "Data lineage", "Local development", "Best for"]);
		expect(await p.locator('.topic-tree-panel-body [role="tabpanel"] .topic-tree-panel-value').count()).toBe(4);
	});

	test("criterion tabs follow the arrow keys, Home and End (WAI-ARIA tabs)", async () => {
		await openNote("tools/orchestrators-compared.md");
		const p = panel();
		await click(p.locator('button[data-view="criterion"]'));
		await click(p.locator('[role="tab"]').first());
		const focusedTab = async (key: string): Promise<string> => {
			await host.page.keyboard.press(key);
			await host.settle();
			return host.page.evaluate(() => {
				const el = document.activeElement;
				return el?.getAttribute("role") === "tab" && el.getAttribute("aria-selected") === "true" ? (el.textContent ?? "") : `not a selected tab: ${el?.outerHTML.slice(0, 80) ?? "none"}`;
			});
		};
		expect(await focusedTab("ArrowRight")).toBe("Scheduling");
		expect(await focusedTab("End")).toBe("Best for");
		expect(await focusedTab("ArrowRight")).toBe("Unit of work");
		expect(await focusedTab("ArrowLeft")).toBe("Best for");
		expect(await focusedTab("Home")).toBe("Unit of work");
		const panelText = await p.locator('[role="tabpanel"] .topic-tree-panel-value dd').first().textContent();
		expect(panelText?.trim()).toBe("Task in a DAG");
	});

	test("hiding items, a baseline, highlight and only differences; copy as Markdown copies what is shown", async () => {
		await openNote("topics/model-serving.md");
		const p = panel();
		for (const item of ["Triton Inference Server", "Seldon Core"]) {
			await click(p.locator('[data-action="items"]'));
			await menuChoose(item);
		}
		expect((await p.locator(".topic-tree-panel-items-count").textContent())?.trim()).toBe("4 of 6 items");
		expect(await copyMarkdown()).toBe(
			[
				"| Tool | License | Hosting | Best for |",
				"| --- | --- | --- | --- |",
				"| TorchServe | Apache-2.0 | Self-hosted | PyTorch models; note the project is in limited maintenance |",
				"| BentoML | Apache-2.0 | Self-hosted or BentoCloud | Packaging Python models and pre/post-processing as a service |",
				"| KServe | Apache-2.0 | Kubernetes | Standard inference CRDs, autoscaling and scale to zero on Kubernetes |",
				"| Ray Serve | Apache-2.0 | Self-hosted or Anyscale | Composing several models and Python logic in one scalable app |",
			].join("\n"),
		);
		// The four items left share their licence: "Only differences" drops that criterion.
		await click(p.locator('[data-action="only-differences"]'));
		expect(await p.locator('[data-action="only-differences"]').getAttribute("aria-pressed")).toBe("true");
		expect((await p.locator(".topic-tree-panel-count").textContent())?.trim()).toBe("2 of 3 criteria");
		expect((await copyMarkdown()).split("\n")[0]).toBe("| Tool | Hosting | Best for |");
		// Highlight differences against a baseline: marked by class, icon and text, not by colour alone.
		await click(p.locator('[data-action="highlight"]'));
		await click(p.locator('.topic-tree-panel-body [data-action="item-menu"][data-item="kserve"]'));
		await menuChoose("Pin KServe as baseline");
		expect(await p.locator(".topic-tree-panel-body .topic-tree-panel-baseline-mark").count()).toBeGreaterThan(0);
		const different = p.locator(".topic-tree-panel-body .is-different");
		expect(await different.count()).toBeGreaterThan(0);
		expect(await different.first().locator(".topic-tree-sr-only").textContent()).toBe("differs");
	});

	test("the panel's state is remembered when the note is opened again", async () => {
		await openNote("tools/orchestrators-compared.md");
		await click(panel().locator('[data-action="items"]'));
		await menuChoose("Prefect");
		expect(await texts(panel().locator(".topic-tree-panel-body .topic-tree-panel-item .topic-tree-panel-name"))).toEqual(["Airflow", "Kubeflow Pipelines", "Dagster"]);
		await click(host.fileItem("mlops.md"));
		expect(await host.notePath()).toBe("mlops.md");
		await click(host.fileItem("tools"));
		await click(host.fileItem("tools/orchestrators-compared.md"));
		expect(await texts(panel().locator(".topic-tree-panel-body .topic-tree-panel-item .topic-tree-panel-name"))).toEqual(["Airflow", "Kubeflow Pipelines", "Dagster"]);
	});
});

describe("comparison panels outside tables", () => {
	test("a compare code block renders a panel", async () => {
		await openNote("topics/experiment-tracking.md");
		const block = host.note.locator(".block-language-compare");
		expect(await block.count()).toBe(1);
		const names = await texts(block.locator(".topic-tree-panel-body .topic-tree-panel-item .topic-tree-panel-name"));
		expect(names).toEqual(["MLflow", "Weights & Biases", "Neptune", "Aim"]);
	});

	test('"Open comparisons view" lists the active note\'s tables in the sidebar, each as a panel', async () => {
		const notePath = "tools/orchestrators-compared.md";
		await openNote(notePath);
		await host.page.keyboard.press("ControlOrMeta+p");
		await host.page.locator(".prompt input").fill("open comparisons");
		await host.settle();
		await host.page.keyboard.press("Enter");
		await host.settle();
		const view = host.page.locator('.mod-right-split .workspace-leaf:not(.host-hidden) .workspace-leaf-content[data-type="topic-tree-comparisons"]');
		expect(await view.isVisible()).toBe(true);
		const text = readFileSync(path.join(REPO_ROOT, "example-vault", notePath), "utf8");
		const line = text.split("\n").findIndex((l) => l.startsWith("| Aspect")) + 1;
		// Labelled by the heading above the table, not by its line.
		expect(await texts(view.locator(".topic-tree-comparisons-label"))).toEqual(["Orchestrators compared"]);
		expect(await view.locator(".topic-tree-comparisons-goto").getAttribute("aria-label")).toBe(`Go to the table (line ${line})`);
		expect(await view.locator(".topic-tree-panel").count()).toBe(1);
		// In the sidebar the toolbar stays on one row: the tools are in the More menu.
		const toolbar = view.locator(".topic-tree-panel-toolbar");
		const tops = await toolbar.evaluate((el) => Array.from(el.children).filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2)));
		expect(tops.length).toBeGreaterThanOrEqual(4);
		expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
		expect(await view.locator('.topic-tree-panel-toolbar [data-action="highlight"]').isVisible()).toBe(false);
		await click(view.locator('[data-action="more"]'));
		await menuChoose("Highlight differences");
		expect(await view.locator('.topic-tree-panel-toolbar [data-action="highlight"]').getAttribute("aria-pressed")).toBe("true");
		expect(await view.locator(".topic-tree-panel-summary").textContent()).toMatch(/criteria compared · \d+ prose$/);
		// Words are not broken in the middle: no word of a cell spreads over two lines.
		const broken = await view.locator(".topic-tree-panel-body td").evaluateAll((cells) => {
			const found: string[] = [];
			for (const td of cells) {
				const walker = td.ownerDocument.createTreeWalker(td, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					for (const m of (node.textContent ?? "").matchAll(/\S+/g)) {
						const range = td.ownerDocument.createRange();
						range.setStart(node, m.index ?? 0);
						range.setEnd(node, (m.index ?? 0) + m[0].length);
						const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
						if (lines.size > 1 && m[0].length < 20) found.push(m[0]);
					}
				}
			}
			return found;
		});
		expect(broken).toEqual([]);
	});
});
