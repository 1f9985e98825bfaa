/**
 * The trail and the `topic-tree` code block in the browser host, with the plugin as built:
 * the trail at the top of a note in Reading view and in the host's Live Preview-like mode, its
 * crumbs opening notes (Mod-click: a new tab), "+N paths"; the code block's links opening notes.
 */
import { launchBrowser, type Browser } from "../support/browser";
import { HostPage } from "../support/host-page";

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

/** The shown leaf's trail. */
function trail(host: HostPage) {
	return host.page.locator(".mod-root .workspace-leaf:not(.host-hidden) .topic-tree-trail");
}

/** The first row's words, left to right. */
async function trailWords(host: HostPage): Promise<string[]> {
	await host.settle();
	return trail(host)
		.locator(".topic-tree-trail-row .topic-tree-trail-path > *")
		.evaluateAll((els) => els.map((el) => el.textContent ?? ""));
}

/** Path of the note in the shown main leaf, in either mode. */
async function shownPath(host: HostPage): Promise<string | null> {
	await host.settle();
	return host.page.evaluate(() => {
		const leaf = document.querySelector(".mod-root .workspace-leaf:not(.host-hidden)");
		const shown = Array.from(leaf?.querySelectorAll<HTMLElement>("[data-host-path]") ?? []).find((el) => el.getClientRects().length > 0);
		return shown?.getAttribute("data-host-path") ?? null;
	});
}

async function withHost(query: string, body: (host: HostPage) => Promise<void>): Promise<void> {
	const host = await HostPage.open(browser.context, query);
	try {
		await body(host);
		expect(await host.errors()).toEqual([]);
	} finally {
		await host.close();
	}
}

describe("the trail", () => {
	test("Reading view: root › … › parent › note above the title; a crumb opens its note", async () => {
		await withHost("?file=tools/feast.md", async (host) => {
			expect(await trailWords(host)).toEqual(["MOC_Machine_Learning", "›", "MLOps", "›", "feature-store", "›", "feast"]);
			const box = await trail(host).boundingBox();
			const title = await host.page.locator(".mod-root .workspace-leaf:not(.host-hidden) .mod-header .inline-title").boundingBox();
			expect(box && title && box.y + box.height <= title.y + 1).toBe(true);
			await trail(host).getByRole("link", { name: "feature-store", exact: true }).click();
			expect(await shownPath(host)).toBe("topics/feature-store.md");
			expect(await trailWords(host)).toEqual(["MOC_Machine_Learning", "›", "MLOps", "›", "feature-store"]);
		});
	});

	test("Mod-click opens the crumb's note in a new tab", async () => {
		await withHost("?file=tools/feast.md", async (host) => {
			const tabs = await host.tabs.count();
			await trail(host).getByRole("link", { name: "MLOps", exact: true }).click({ modifiers: ["ControlOrMeta"] });
			await host.settle();
			expect(await host.tabs.count()).toBe(tabs + 1);
			expect(await shownPath(host)).toBe("mlops.md");
		});
	});

	test("several parents: +N paths lists the others", async () => {
		await withHost("?file=concepts/training-serving-skew.md", async (host) => {
			const more = trail(host).locator(".topic-tree-trail-more");
			const label = (await more.textContent()) ?? "";
			expect(label).toMatch(/^\+\d+ paths?$/);
			await more.click();
			await host.settle();
			const others = await trail(host).locator(".topic-tree-trail-all .topic-tree-trail-line").count();
			expect(others).toBe(Number(label.replace(/\D/g, "")));
			expect(await more.getAttribute("aria-expanded")).toBe("true");
		});
	});

	test("Live Preview-like mode: the trail sits above the editor's title and its crumbs work", async () => {
		await withHost("?file=tools/feast.md&mode=source", async (host) => {
			const inEditor = host.page.locator(".mod-root .workspace-leaf:not(.host-hidden) .markdown-source-view .cm-sizer > .topic-tree-trail");
			await host.settle();
			expect(await inEditor.count()).toBe(1);
			expect(await trailWords(host)).toEqual(["MOC_Machine_Learning", "›", "MLOps", "›", "feature-store", "›", "feast"]);
			await trail(host).getByRole("link", { name: "MLOps", exact: true }).click();
			expect(await shownPath(host)).toBe("mlops.md");
			expect(await host.page.locator(".mod-root .workspace-leaf:not(.host-hidden) .markdown-source-view .topic-tree-trail").count()).toBe(1);
		});
	});
});

describe("the topic-tree code block", () => {
	test.each(["", "&mode=source"])("lists the subtree as links that open notes (%s)", async (mode) => {
		await withHost(`?file=mlops.md${mode}`, async (host) => {
			const block = host.page.locator(".mod-root .workspace-leaf:not(.host-hidden) .block-language-topic-tree");
			await host.settle();
			const items = await block.locator(".tree-item-inner").evaluateAll((els) => els.map((el) => el.textContent ?? ""));
			// Two levels under MLOps, in the sidebar's order (title), a child nested under its parent.
			expect(items.slice(0, 3)).toEqual(["CI/CD for ML", "Testing ML systems", "Data versioning"]);
			const nested = await block.locator("[role=treeitem]").evaluateAll((els) => {
				const parent = els.find((el) => el.querySelector(":scope > .tree-item-self")?.textContent === "CI/CD for ML");
				return Array.from(parent?.querySelectorAll(":scope > [role=group] .tree-item-inner") ?? [], (el) => el.textContent);
			});
			expect(nested).toEqual(["Testing ML systems"]);
			await block.getByRole("link", { name: "Data versioning", exact: true }).first().click();
			expect(await shownPath(host)).toBe("topics/data-versioning.md");
		});
	});
});
