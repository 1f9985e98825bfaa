/**
 * Screenshots of the plugin as a user sees it (1280×800), written to test-artifacts/screenshots/
 * (gitignored) for people to look at: the tree in the light and the dark theme, a comparison
 * panel in both, the trail and a `topic-tree` code block in both, and the tree over the real
 * blog corpus (skipped, saying so, when it is absent).
 * docs/*.png are copies of some of them.
 */
import { mkdirSync, readFileSync, statSync } from "fs";
import * as path from "path";
import { launchBrowser, type Browser } from "../support/browser";
import { HostPage } from "../support/host-page";
import { ENV_BLOG, HOST_OUT, SCREENSHOTS } from "../support/paths";

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
	mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
	await browser?.close();
});

/** Opens a host, lets `prepare` arrange the page, and saves a screenshot of the window. */
async function shoot(name: string, query: string, which: "example" | "blog" = "example", prepare?: (host: HostPage) => Promise<void>): Promise<string> {
	const host = await HostPage.open(browser.context, query, which);
	try {
		await prepare?.(host);
		await host.settle();
		// Let hover and focus styles go: the pointer rests on the ribbon.
		await host.page.mouse.move(20, 400);
		await host.page.waitForTimeout(150);
		const file = path.join(SCREENSHOTS, `${name}.png`);
		await host.page.screenshot({ path: file });
		expect(await host.errors()).toEqual([]);
		expect(statSync(file).size).toBeGreaterThan(20_000);
		return file;
	} finally {
		await host.close();
	}
}

/** Scrolls the note so that the first comparison panel is at the top of the pane. */
async function showPanel(host: HostPage): Promise<void> {
	const mount = host.note.locator(".topic-tree-comparison-mount").first();
	await mount.evaluate((el) => el.scrollIntoView({ block: "start" }));
}

describe("screenshots", () => {
	test.each(["light", "dark"])("the tree, following a note three levels down (%s)", async (theme) => {
		await shoot(`tree-${theme}`, `?theme=${theme}&file=tools/feast.md`);
	});

	test.each(["light", "dark"])("a comparison panel in Reading view (%s)", async (theme) => {
		await shoot(`panel-${theme}`, `?theme=${theme}&file=tools/orchestrators-compared.md`, "example", showPanel);
	});

	test.each(["light", "dark"])("the trail of a note with several paths, expanded (%s)", async (theme) => {
		await shoot(`trail-${theme}`, `?theme=${theme}&file=concepts/training-serving-skew.md`, "example", async (host) => {
			await host.page.locator(".mod-root .workspace-leaf:not(.host-hidden) .topic-tree-trail-more").click();
		});
	});

	test.each(["light", "dark"])("a topic-tree code block in Reading view (%s)", async (theme) => {
		await shoot(`code-block-${theme}`, `?theme=${theme}&file=mlops.md`, "example", async (host) => {
			await host.settle();
			// The block's heading at the top of the pane, the block below it.
			await host.note.locator("h2", { hasText: "Map of this topic" }).evaluate((el) => el.scrollIntoView({ block: "start" }));
		});
	});

	// Issue 13: a prose table with differences highlighted (prose left unmarked, said in the status
	// line) and a ✓/✗ table (icons, text and colour; numbers right-aligned with their extremes).
	test.each(["light", "dark"])("a prose comparison with Highlight differences on (%s)", async (theme) => {
		await shoot(`panel-prose-${theme}`, `?theme=${theme}&file=tools/orchestrators-compared.md`, "example", async (host) => {
			await showPanel(host);
			await host.note.locator('.topic-tree-panel [data-action="highlight"]').first().click();
		});
	});

	test.each(["light", "dark"])("a ✓/✗ comparison against a baseline (%s)", async (theme) => {
		await shoot(`panel-checks-${theme}`, `?theme=${theme}&file=tools/weights-and-biases.md`, "example", async (host) => {
			await showPanel(host);
			await host.note.locator('.topic-tree-panel [data-action="highlight"]').first().click();
		});
	});

	const blog = process.env[ENV_BLOG] === "1";
	if (!blog) console.warn("SKIPPED the blog corpus screenshot: the corpus is absent ($TOPIC_TREE_CORPUS, ../shared/corpus/blog-vault)");
	(blog ? test : test.skip)("the tree over the real blog corpus (323 notes)", async () => {
		const vault = JSON.parse(readFileSync(path.join(HOST_OUT, "blog", "vault.json"), "utf8")) as { files: Record<string, { content: string }> };
		const paths = Object.keys(vault.files).sort();
		// A note under MOC_Python without pictures (the host does not fetch images from the web).
		const note = paths.find((p) => /^up::\s*\[\[MOC_Python\]\]/im.test(vault.files[p].content) && !vault.files[p].content.includes("![")) ?? paths[0];
		await shoot("blog-tree", `?file=${encodeURIComponent(note)}`, "blog", async (host) => {
			await host.tree.locator('[aria-label="Reveal active note"]').click();
		});
	});
});
