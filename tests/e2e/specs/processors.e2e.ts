/**
 * The host renders notes like Obsidian's Reading view: section by section, each registered post
 * processor called on every section element, code blocks of a registered language handed to their
 * processor, and `ctx.getSectionInfo(el)` giving the section's 0-based line range. A probe plugin
 * registered in the page records what it is given; the expected lines come from the note on disk.
 */
import { readFileSync } from "fs";
import type * as O from "obsidian";
import * as path from "path";
import { launchBrowser, type Browser } from "../support/browser";
import { HostPage } from "../support/host-page";
import { REPO_ROOT } from "../support/paths";

/** What the probe records for each call. */
interface Seen {
	kind: "post" | "code";
	path: string;
	lineStart: number | null;
	lineEnd: number | null;
	firstLine: string | null;
	/** The section's (or code block's) whole text equals the note's text. */
	wholeText: boolean;
	/** The processor's element sits in the shown note. */
	inNote: boolean;
	hasTable: boolean;
	source?: string;
}

let browser: Browser;
let host: HostPage;

beforeAll(async () => {
	browser = await launchBrowser();
	host = await HostPage.open(browser.context);
	await host.page.evaluate(async () => {
		const api = window.topicTreeE2E;
		if (!api) throw new Error("no host");
		const { Plugin, loadPlugin } = api.obsidian;
		const seen: Seen[] = [];
		(window as unknown as { probe: Seen[] }).probe = seen;
		const record = (kind: Seen["kind"], el: HTMLElement, ctx: { sourcePath: string; getSectionInfo(el: HTMLElement): { text: string; lineStart: number; lineEnd: number } | null }, source?: string): void => {
			const info = ctx.getSectionInfo(el);
			const note = api.app.vault.getFileByPath(ctx.sourcePath);
			seen.push({
				kind,
				path: ctx.sourcePath,
				lineStart: info?.lineStart ?? null,
				lineEnd: info?.lineEnd ?? null,
				firstLine: info ? info.text.split("\n")[info.lineStart] : null,
				wholeText: info !== null && note !== null && info.text === api.app.vault.textOf(note),
				inNote: el.closest(".markdown-preview-view") !== null,
				hasTable: el.querySelector("table") !== null,
				source,
			});
		};
		class Probe extends Plugin {
			onload(): void {
				this.registerMarkdownPostProcessor((el, ctx) => record("post", el, ctx));
				this.registerMarkdownCodeBlockProcessor("e2e-probe", (source, el, ctx) => {
					record("code", el, ctx, source);
					el.createEl("p", { cls: "e2e-probe-output", text: `probe saw ${source.split("\n").length - 1} lines` });
				});
			}
		}
		await loadPlugin(api.app, Probe as unknown as new (app: O.App, manifest: O.PluginManifest) => O.Plugin, { id: "e2e-probe", name: "Probe" });
	});
});

afterAll(async () => {
	const errors = host ? await host.errors() : [];
	await host?.close();
	await browser?.close();
	expect(errors).toEqual([]);
});

async function open(notePath: string): Promise<Seen[]> {
	await host.page.evaluate(async (p) => {
		const api = window.topicTreeE2E;
		const file = api?.app.vault.getFileByPath(p);
		if (!api || !file) throw new Error(`no note ${p}`);
		(window as unknown as { probe: Seen[] }).probe.length = 0;
		await api.app.workspace.getLeaf(false).openFile(file);
	}, notePath);
	await host.settle();
	expect(await host.notePath()).toBe(notePath);
	return host.page.evaluate(() => [...(window as unknown as { probe: Seen[] }).probe]);
}

/** 0-based first and last line of the first table in `text`. */
function tableLines(text: string): [number, number] {
	const lines = text.split("\n");
	const start = lines.findIndex((l) => l.trimStart().startsWith("|"));
	let end = start;
	while (end + 1 < lines.length && lines[end + 1].trimStart().startsWith("|")) end++;
	return [start, end];
}

describe("markdown processors in the host", () => {
	test("a post processor sees a table's section with its exact line range", async () => {
		const notePath = "tools/orchestrators-compared.md";
		const text = readFileSync(path.join(REPO_ROOT, "example-vault", notePath), "utf8");
		const [start, end] = tableLines(text);
		expect(start).toBeGreaterThan(0);
		const seen = await open(notePath);
		const posts = seen.filter((s) => s.kind === "post");
		expect(posts.length).toBeGreaterThan(3);
		expect(posts.every((s) => s.path === notePath && s.wholeText && s.inNote)).toBe(true);
		const table = posts.filter((s) => s.lineStart !== null && s.lineStart <= start && (s.lineEnd ?? -1) >= start);
		expect(table.map((s) => [s.lineStart, s.lineEnd, s.firstLine])).toEqual([[start, end, text.split("\n")[start]]]);
		// Sections follow each other in the note's order and do not overlap.
		const starts = posts.map((s) => s.lineStart ?? -1);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		for (let i = 1; i < posts.length; i++) expect(posts[i].lineStart).toBeGreaterThan(posts[i - 1].lineEnd ?? -1);
	});

	test("a code block processor gets the block's source and its section, and its output is shown", async () => {
		const text = "# Probe\n\nIntro paragraph.\n\n```e2e-probe\nline one\nline two\n```\n\nAfter the block.\n";
		await host.page.evaluate(async (t) => {
			await window.topicTreeE2E?.app.vault.create("Probe.md", t);
		}, text);
		const seen = await open("Probe.md");
		const code = seen.filter((s) => s.kind === "code");
		expect(code).toEqual([
			{ kind: "code", path: "Probe.md", lineStart: 4, lineEnd: 7, firstLine: "```e2e-probe", wholeText: true, inNote: true, hasTable: false, source: "line one\nline two\n" },
		]);
		await expect(host.note.locator(".block-language-e2e-probe .e2e-probe-output").textContent()).resolves.toBe("probe saw 2 lines");
		// Post processors also ran on the code block's section, after the code block processor.
		expect(seen.filter((s) => s.kind === "post" && s.lineStart === 4).length).toBe(1);
	});

	test("a note is rendered again, through the processors, when its text changes", async () => {
		await open("Probe.md");
		const renders = await host.page.evaluate(() => window.topicTreeE2E?.renderCount() ?? 0);
		await host.page.evaluate(async () => {
			const api = window.topicTreeE2E;
			const file = api?.app.vault.getFileByPath("Probe.md");
			if (api && file) await api.app.vault.process(file, (t) => t.replace("line two", "line two\nline three"));
		});
		await host.settle();
		expect(await host.page.evaluate(() => window.topicTreeE2E?.renderCount() ?? 0)).toBe(renders + 1);
		await expect(host.note.locator(".e2e-probe-output").textContent()).resolves.toBe("probe saw 3 lines");
	});
});

describe("HTML in a note, in the host's Reading view", () => {
	test("frames, plugins, forms and script links are removed, and nothing in them runs", async () => {
		const text = [
			"# Hostile",
			"",
			'<iframe srcdoc="<script>parent.__e2ePwned = \'srcdoc\'</script>"></iframe>',
			"",
			'<a class="e2e-js" href="javascript:window.__e2ePwned=\'link\'">js link</a> and [md link](javascript:window.__e2ePwned=1)',
			"",
			'<object data="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19lMmVQd25lZD0nb2JqZWN0Jzwvc2NyaXB0Pg=="></object>',
			"",
			"<embed src=\"data:text/html,<script>parent.__e2ePwned='embed'</script>\">",
			"",
			'<form action="javascript:window.__e2ePwned=\'form\'"><button class="e2e-submit">go</button></form>',
			"",
			'<svg onload="window.__e2ePwned=\'svg\'"></svg> <a class="e2e-ok" href="https://example.com">fine</a>',
			"",
		].join("\n");
		await host.page.evaluate(async (t) => {
			await window.topicTreeE2E?.app.vault.create("Hostile html.md", t);
		}, text);
		await open("Hostile html.md");
		// Give anything that slipped through (a frame's document, an image error) time to run.
		await host.page.waitForTimeout(300);
		const found = await host.page.evaluate(() => {
			const note = document.querySelector(".markdown-preview-view");
			const hrefs = Array.from(note?.querySelectorAll("a[href]") ?? [], (a) => a.getAttribute("href") ?? "");
			return {
				shown: note?.textContent?.includes("js link") ?? false,
				active: Array.from(note?.querySelectorAll("iframe, object, embed, script, frame, meta") ?? [], (el) => el.tagName),
				// DOMPurify keeps a form (as in Obsidian) but never a script URL as its action.
				formActions: Array.from(note?.querySelectorAll("form[action], button[formaction]") ?? [], (el) => el.outerHTML),
				handlers: Array.from(note?.querySelectorAll("*") ?? []).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith("on"))).length,
				scriptLinks: hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h.replace(/[\t\n\r]/g, ""))),
				okLink: note?.querySelector("a.e2e-ok")?.getAttribute("href") ?? null,
				pwned: (window as unknown as { __e2ePwned?: unknown }).__e2ePwned ?? null,
			};
		});
		expect(found).toEqual({ shown: true, active: [], formActions: [], handlers: 0, scriptLinks: [], okLink: "https://example.com", pwned: null });
	});
});
