/**
 * The first screen over a shared real vault (../shared/corpus/real-vaults/DavidPnb_obsidian-notes:
 * 888 notes, a hub note, 449 notes that link to nothing, a templates folder in Obsidian's
 * excluded files), as a new user sees it: the hierarchy first, unlinked notes in one collapsed
 * group, no template row; the user's place kept after a filter; a 320 px pane. Skipped, saying
 * so, when the corpus is absent. Writes real-vault-*.png to test-artifacts/screenshots/.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { launchBrowser, type Browser } from "../support/browser";
import { HostPage } from "../support/host-page";
import { ENV_REAL, SCREENSHOTS } from "../support/paths";

const vault = process.env[ENV_REAL] ?? "";
if (!vault) console.warn("SKIPPED the real-vault first-screen specs: ../shared/corpus/real-vaults is absent");
const describeReal = vault ? describe : describe.skip;

/** Obsidian's excluded files of the vault (`userIgnoreFilters`), as its config says. */
function ignoreFilters(): string[] {
	try {
		const app = JSON.parse(readFileSync(path.join(vault, ".obsidian", "app.json"), "utf8")) as { userIgnoreFilters?: unknown };
		return Array.isArray(app.userIgnoreFilters) ? app.userIgnoreFilters.filter((f): f is string => typeof f === "string") : [];
	} catch {
		return [];
	}
}

let browser: Browser;

beforeAll(async () => {
	if (vault) browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** The tree's top-level rows from the top to the end (scrolling the virtual list), as [title, expanded, tooltip]. */
async function topLevel(host: HostPage): Promise<Array<[string, string | null, string | null]>> {
	const seen = new Map<string, [string, string | null, string | null]>();
	const scroll = host.tree.locator(".topic-tree-scroll");
	for (let i = 0; i < 200; i++) {
		const rows = await host.tree.evaluate((root) =>
			Array.from(root.querySelectorAll<HTMLElement>('.topic-tree-row[aria-level="1"]')).map((el) => ({
				top: el.getBoundingClientRect().top,
				title: el.querySelector(".tree-item-inner")?.textContent ?? "",
				expanded: el.getAttribute("aria-expanded"),
				tip: el.querySelector(".tree-item-self")?.getAttribute("title") ?? null,
			})),
		);
		for (const r of rows) seen.set(r.title, [r.title, r.expanded, r.tip]);
		const done = await scroll.evaluate((el) => {
			const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
			el.scrollTop += el.clientHeight;
			return end;
		});
		await host.settle();
		if (done) break;
	}
	return [...seen.values()];
}

describeReal("a real vault's first screen", () => {
	test("shows the hub first, unlinked notes in one collapsed group at the end, no template row", async () => {
		const host = await HostPage.open(browser.context, "", "real");
		try {
			await host.tree.locator('[aria-label="Collapse all"]').click();
			const first = (await host.rows()).slice(0, 15).map((r) => r.title);
			// A hub: a top-level row with children among the first screenful.
			expect(first).toContain("00 Home");
			const top = await topLevel(host);
			const last = top[top.length - 1];
			expect(last[0]).toMatch(/^Unlinked notes \(\d[\d,]*\)$/);
			expect(last[1]).toBe("false");
			expect(Number(last[0].replace(/\D/g, ""))).toBeGreaterThan(100);
			// The vault's excluded files: no row of those folders (templates here), whatever they are.
			const ignored = ignoreFilters();
			for (const prefix of ignored) {
				if (prefix.startsWith("/")) continue;
				const filter = host.tree.locator("input[type=search]");
				await filter.fill(prefix.split("/").filter(Boolean).pop() ?? prefix);
				await host.settle();
				const tips = await host.tree.evaluate((root) => Array.from(root.querySelectorAll(".topic-tree-row > .tree-item-self")).map((el) => el.getAttribute("title") ?? ""));
				expect(tips.filter((tip) => tip.startsWith(prefix))).toEqual([]);
				await filter.fill("");
			}
			expect(await host.errors()).toEqual([]);
		} finally {
			await host.close();
		}
	});

	test("opening a filter result and pressing Escape keeps that note revealed, selected and in view", async () => {
		const host = await HostPage.open(browser.context, "", "real");
		try {
			await host.tree.locator('[aria-label="Collapse all"]').click();
			const filter = host.tree.locator("input[type=search]");
			await filter.fill("Tecnica Pomodoro");
			await host.settle();
			// On the highlighted words themselves: the row re-renders as it takes focus, and must keep them.
			await host.row("Tecnica Pomodoro").locator(".topic-tree-match").first().click();
			await host.settle();
			expect(await host.notePath()).toMatch(/Tecnica Pomodoro\.md$/);
			await filter.click();
			await filter.press("Escape");
			await host.settle();
			expect(await filter.inputValue()).toBe("");
			expect(await host.activeRowInView()).toBe("Tecnica Pomodoro");
			const rows = await host.rows();
			expect(rows.find((r) => r.title === "Tecnica Pomodoro")?.level).toBeGreaterThan(1);
			expect(await host.errors()).toEqual([]);
		} finally {
			await host.close();
		}
	});

	test("screenshots: the first screen, and a 320 px pane where badges are icons and titles keep the row", async () => {
		const host = await HostPage.open(browser.context, "", "real");
		try {
			await host.settle();
			await host.page.mouse.move(20, 400);
			await host.page.screenshot({ path: path.join(SCREENSHOTS, "real-vault-first-screen.png") });
			await host.page.addStyleTag({ content: ".workspace-split.mod-right-split { flex: 0 0 320px !important; }" });
			await host.settle();
			const filter = host.tree.locator("input[type=search]");
			await filter.fill("MOC");
			await host.settle();
			await host.page.waitForTimeout(150);
			await host.page.screenshot({ path: path.join(SCREENSHOTS, "real-vault-narrow.png") });
			const measures = await host.tree.evaluate((root) =>
				Array.from(root.querySelectorAll<HTMLElement>(".topic-tree-row")).map((el) => {
					const text = el.querySelector<HTMLElement>(".topic-tree-also-badge .topic-tree-badge-text");
					return {
						row: el.getBoundingClientRect().width,
						title: el.querySelector(".tree-item-inner")?.getBoundingClientRect().width ?? 0,
						alsoText: text ? getComputedStyle(text).display : null,
					};
				}),
			);
			expect(measures.length).toBeGreaterThan(0);
			for (const m of measures) if (m.alsoText !== null) expect(m.alsoText).toBe("none");
			expect(await host.errors()).toEqual([]);
		} finally {
			await host.close();
		}
	});
});
