/**
 * One page of the browser host, with what the specs ask of it: the tree's rows, the note shown,
 * the tabs, the vault's text (read from the in-memory vault), and the errors the page reported.
 */
import type { BrowserContext, Locator, Page } from "playwright-core";
import "../host/api";
import { ENV_URL, type HostName } from "./paths";

/** A row as the tree shows it. */
export interface RowInfo {
	title: string;
	level: number;
	/** `"true"`/`"false"` for rows with children, null for leaves. */
	expanded: string | null;
	active: boolean;
}

/** The URL of a built host (see global-setup.ts). */
export function hostUrl(name: HostName, query = ""): string {
	const base = process.env[ENV_URL];
	if (!base) throw new Error(`${ENV_URL} is not set: run the specs with \`jest -c jest.e2e.config.js\` (its global setup builds and serves the host)`);
	return `${base}${name}/index.html${query}`;
}

/** A regular expression matching exactly `text`. */
export function exactly(text: string): RegExp {
	return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

/** The host page and the plugin in it. */
export class HostPage {
	private readonly pageErrors: string[] = [];

	private constructor(readonly page: Page) {
		page.on("pageerror", (error) => this.pageErrors.push(error.stack ?? error.message));
		page.on("console", (message) => {
			if (message.type() === "error") this.pageErrors.push(`console.error: ${message.text()}`);
		});
	}

	/** Opens a host in a new page and waits until it has started (throws with the page's errors if it failed). */
	static async open(context: BrowserContext, query = "", name: HostName = "example"): Promise<HostPage> {
		const host = new HostPage(await context.newPage());
		await host.page.goto(hostUrl(name, query));
		await host.page.waitForSelector("body[data-host-ready]", { state: "attached", timeout: 30000 });
		if ((await host.page.getAttribute("body", "data-host-ready")) !== "true") throw new Error(`The host failed to start:\n${(await host.errors()).join("\n")}`);
		return host;
	}

	/** The tree view's leaf content. */
	get tree(): Locator {
		return this.page.locator('.workspace-leaf-content[data-type="topic-tree-view"]');
	}

	/** The tree's row titled exactly `title` (the first, when a note is shown under several parents). */
	row(title: string): Locator {
		return this.tree.locator(".topic-tree-row").filter({ has: this.page.locator(".tree-item-inner", { hasText: exactly(title) }) }).first();
	}

	/** The rendered rows, top to bottom. */
	async rows(): Promise<RowInfo[]> {
		await this.settle();
		return this.tree.evaluate((root) =>
			Array.from(root.querySelectorAll<HTMLElement>(".topic-tree-row"))
				.filter((el) => el.getClientRects().length > 0)
				.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
				.map((el) => ({
					title: el.querySelector(".tree-item-inner")?.textContent ?? "",
					level: Number(el.getAttribute("aria-level")),
					expanded: el.getAttribute("aria-expanded"),
					active: el.querySelector(".tree-item-self")?.classList.contains("is-active") ?? false,
				})),
		);
	}

	/** Titles of the rendered rows, indented two spaces per level below the first. */
	async outline(): Promise<string[]> {
		return (await this.rows()).map((r) => `${"  ".repeat(r.level - 1)}${r.title}`);
	}

	/** Title of the highlighted (active) row when it is scrolled into the tree's visible area, else null. */
	async activeRowInView(): Promise<string | null> {
		await this.settle();
		return this.tree.evaluate((root) => {
			const list = root.querySelector(".topic-tree-scroll")?.getBoundingClientRect();
			const self = root.querySelector(".topic-tree-row > .tree-item-self.is-active");
			const box = self?.getBoundingClientRect();
			if (!list || !box || box.top < list.top || box.bottom > list.bottom) return null;
			return self?.querySelector(".tree-item-inner")?.textContent ?? null;
		});
	}

	/** Clicks the expand/collapse triangle of a row. */
	async toggle(title: string): Promise<void> {
		await this.row(title).locator(".collapse-icon").click();
		await this.settle();
	}

	/** The element with keyboard focus: its role, level and title. */
	async focused(): Promise<{ role: string | null; level: number; title: string | null }> {
		return this.page.evaluate(() => {
			const el = document.activeElement;
			return {
				role: el?.getAttribute("role") ?? null,
				level: Number(el?.getAttribute("aria-level") ?? 0),
				title: el?.querySelector(".tree-item-inner")?.textContent ?? null,
			};
		});
	}

	/** The note shown in the main area (its Reading view). */
	get note(): Locator {
		return this.page.locator(".mod-root .workspace-leaf:not(.host-hidden) .markdown-preview-view");
	}

	/** Path of the note shown in the main area. */
	async notePath(): Promise<string | null> {
		await this.settle();
		return this.note.getAttribute("data-host-path");
	}

	/** The main area's tabs. */
	get tabs(): Locator {
		return this.page.locator(".mod-root .workspace-tab-header");
	}

	/** The file list's entry (file or folder) at `path`. */
	fileItem(path: string): Locator {
		return this.page.locator(`.host-file-explorer .tree-item-self[data-path="${path}"]`);
	}

	/** A note's text in the in-memory vault. */
	async noteText(path: string): Promise<string | null> {
		return this.page.evaluate((p) => window.topicTreeE2E?.readNote(p) ?? null, path);
	}

	/** Waits for the app, the renders and two frames. */
	async settle(): Promise<void> {
		await this.page.evaluate(() => window.topicTreeE2E?.settle());
	}

	/** Errors: uncaught ones, unhandled rejections, console errors. */
	async errors(): Promise<string[]> {
		const inPage = await this.page.evaluate(() => window.topicTreeE2E?.errors ?? []).catch(() => []);
		return [...this.pageErrors, ...inPage];
	}

	/** Icons the plugin asked for that the page could not draw. */
	async missingIcons(): Promise<string[]> {
		return this.page.evaluate(() => window.topicTreeE2E?.missingIcons ?? []);
	}

	async close(): Promise<void> {
		await this.page.close();
	}
}
