/**
 * The Bases views in the browser host: example-vault/Tools.base opened with its two views (the
 * host's stand-in for Obsidian's Bases, tests/e2e/host/bases-view.ts), driven as a user would,
 * plus screenshots of both views in both themes (test-artifacts/screenshots/bases-*.png).
 */
import { mkdirSync } from "fs";
import * as path from "path";
import { launchBrowser, type Browser } from "../support/browser";
import { HostPage, exactly } from "../support/host-page";
import { SCREENSHOTS } from "../support/paths";

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
	mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
	await browser?.close();
});

async function openBase(query: string): Promise<HostPage> {
	return HostPage.open(browser.context, `?file=Tools.base${query}`);
}

/** Visible rows of the Bases tree as "  title" lines (two spaces per level), top to bottom. */
async function baseOutline(host: HostPage): Promise<string[]> {
	await host.settle();
	return host.page.locator(".topic-tree-bases-tree").evaluate((root) =>
		Array.from(root.querySelectorAll<HTMLElement>(".topic-tree-row"))
			.filter((el) => el.getClientRects().length > 0)
			.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
			.map((el) => `${"  ".repeat(Number(el.getAttribute("aria-level")) - 1)}${el.querySelector(".tree-item-inner")?.textContent ?? ""}${el.classList.contains("is-context") ? " (context)" : ""}`),
	);
}

describe("Bases views in the browser", () => {
	test("the Topic tree view shows the tools under their topics, with context ancestors and roll-ups", async () => {
		const host = await openBase("");
		try {
			const rows = await baseOutline(host);
			// The example vault's root is a ghost topic; MLOps is below it.
			expect(rows).toContain("  MLOps (context)");
			expect(rows).toContain("      Apache Airflow");
			expect(rows.some((r) => /Pipeline orchestration.* \(context\)$/i.test(r.trim()))).toBe(true);
			const headers = await host.page.locator(".topic-tree-bases-header .topic-tree-bases-cell").allTextContents();
			expect(headers).toEqual(["tags", "Created", "Size (bytes)"]);
			// A branch sums the sizes of the tools below it.
			expect(await host.page.locator(".topic-tree-bases-rollup").first().textContent()).toMatch(/^Σ [\d,]+$/);
			// The keyboard moves between rows as in the sidebar tree; Mod-click opens a note in a new tab.
			const airflow = host.page.locator(".topic-tree-bases-tree .topic-tree-row").filter({ has: host.page.locator(".tree-item-inner", { hasText: exactly("Apache Airflow") }) });
			await airflow.focus();
			await airflow.press("ArrowLeft");
			await host.settle();
			const focused = await host.page.evaluate(() => document.activeElement?.querySelector(".tree-item-inner")?.textContent ?? null);
			expect(focused).toMatch(/orchestration/i);
			const tabs = await host.tabs.count();
			await airflow.locator(".tree-item-inner").click({ modifiers: ["ControlOrMeta"] });
			await host.settle();
			expect(await host.tabs.count()).toBe(tabs + 1);
			expect(await host.notePath()).toBe("tools/airflow.md");
			expect(await host.errors()).toEqual([]);
		} finally {
			await host.close();
		}
	});

	test("the Compare view shows the chosen tools in the comparison panel, and can choose others", async () => {
		const host = await openBase("&view=1");
		try {
			await host.settle();
			const panel = host.page.locator(".topic-tree-bases-compare .topic-tree-panel");
			await panel.waitFor();
			expect(await host.page.locator(".topic-tree-bases-compare-count").textContent()).toBe("Comparing 4 of 13 entries");
			const text = (await panel.textContent()) ?? "";
			for (const name of ["Apache Airflow", "dagster", "Prefect", "Created"]) expect(text).toContain(name);
			await host.page.getByRole("button", { name: "Choose entries" }).click();
			await host.page.locator(".topic-tree-bases-chooser input[data-path='tools/mlflow.md']").check();
			await host.page.getByRole("button", { name: "Compare", exact: true }).click();
			await host.settle();
			expect(await host.page.locator(".topic-tree-bases-compare-count").textContent()).toBe("Comparing 5 of 13 entries");
			expect(await panel.textContent()).toContain("MLflow");
			expect(await host.errors()).toEqual([]);
		} finally {
			await host.close();
		}
	});

	test.each(["light", "dark"])("screenshots of both views (%s)", async (theme) => {
		for (const [name, view] of [
			["tree", "0"],
			["compare", "1"],
		]) {
			const host = await openBase(`&view=${view}&theme=${theme}`);
			try {
				await host.settle();
				await host.page.mouse.move(20, 400);
				await host.page.waitForTimeout(150);
				await host.page.screenshot({ path: path.join(SCREENSHOTS, `bases-${name}-${theme}.png`) });
				expect(await host.errors()).toEqual([]);
			} finally {
				await host.close();
			}
		}
	});
});
