/**
 * Notes in the main area, drawn into the double's MarkdownView skeleton (both modes' containers
 * exist, the one not in use hidden, as in Obsidian), again whenever the note or the mode changes:
 *
 * - Reading view (the default): section by section (`renderMarkdownWithProcessors`, so post
 *   processors and code block processors run with `getSectionInfo`) after the sizer's header,
 *   unloading the previous render's children. Elements other code put in the sizer stay.
 * - Live Preview-like (`?mode=source`, or `setState({ mode: "source" })`): NOT CodeMirror. The
 *   note's lines as plain `.cm-line`s inside `.cm-content`, except that code blocks of a
 *   registered language are drawn by their processor in a `.cm-embed-block` widget with no
 *   section info, which is how Live Preview hands a code block to a plugin. Enough for what
 *   sits around the editor's content (the trail) and for code block widgets; no editing.
 */
import type * as O from "obsidian";
import { Keymap, MarkdownRenderChild, MarkdownView, renderMarkdownWithProcessors, type App, type TFile } from "../../obsidian-double";

interface Rendered {
	path: string;
	text: string;
	mode: string;
	/** The drawn content (sections, or editor lines) and what unloads its children. */
	el: HTMLElement;
	component: MarkdownRenderChild;
}

/** Keeps every main-area markdown leaf rendered in Reading view. */
export class ReadingViews {
	private readonly rendered = new WeakMap<MarkdownView, Rendered>();
	private queue: Promise<void> = Promise.resolve();
	private pending = false;
	private renders = 0;

	/** `mode` of notes opened in a leaf the host has not drawn yet. */
	constructor(
		private readonly app: App,
		private readonly defaultMode: O.MarkdownViewModeType = "preview",
	) {}

	/** Starts following the workspace and the vault, and handles clicks on links in notes. */
	attach(): void {
		const { workspace, vault } = this.app;
		workspace.on("file-open", () => this.schedule());
		workspace.on("layout-change", () => this.schedule());
		vault.on("modify", () => this.schedule());
		vault.on("rename", () => this.schedule());
		vault.on("delete", () => this.schedule());
		workspace.rootSplit.containerEl.addEventListener("click", (evt) => this.onClick(evt));
		workspace.rootSplit.containerEl.addEventListener("auxclick", (evt) => {
			if (evt.button === 1) this.onClick(evt);
		});
	}

	/** Renders so far. */
	get count(): number {
		return this.renders;
	}

	/** Resolves when every scheduled render has finished. */
	async idle(): Promise<void> {
		for (let last: Promise<void> | null = null; last !== this.queue; ) {
			last = this.queue;
			await last;
		}
	}

	private schedule(): void {
		if (this.pending) return;
		this.pending = true;
		this.queue = this.queue.then(async () => {
			this.pending = false;
			await this.sync();
		});
	}

	private async sync(): Promise<void> {
		for (const leaf of [...this.app.workspace.rootSplit.children]) {
			const view = leaf.view;
			if (!(view instanceof MarkdownView) || !view.file) continue;
			const file = view.file;
			const text = await this.app.vault.cachedRead(file);
			const previous = this.rendered.get(view);
			// A new leaf opens in the host's default mode, switched the way Obsidian does (then `layout-change`).
			if (!previous && view.mode !== this.defaultMode) await view.setState({ mode: this.defaultMode }, { history: false });
			if (previous && previous.path === file.path && previous.text === text && previous.mode === view.mode && view.contentEl.contains(previous.el)) continue;
			await this.render(view, file, text, previous);
		}
	}

	private async render(view: MarkdownView, file: TFile, text: string, previous: Rendered | undefined): Promise<void> {
		previous?.component.unload();
		previous?.el.remove();
		const content = view.contentEl;
		content.addClass("host-reading");
		const rendered = view.mode === "source" ? await this.drawSource(view, file, text) : await this.drawReading(view, file, text);
		this.rendered.set(view, rendered);
		this.renders++;
	}

	private async drawReading(view: MarkdownView, file: TFile, text: string): Promise<Rendered> {
		const preview = view.readingEl?.querySelector<HTMLElement>(".markdown-preview-view");
		const sizer = preview?.querySelector<HTMLElement>(".markdown-preview-sizer");
		if (!preview || !sizer) throw new Error("the double's MarkdownView has no reading view skeleton");
		preview.addClass("is-readable-line-width");
		preview.setAttr("data-host-path", file.path);
		const title = sizer.querySelector(".mod-header .inline-title");
		if (title) title.textContent = file.basename;
		const sections = sizer.createDiv({ cls: "host-sections" });
		const doc = await renderMarkdownWithProcessors(this.app, this.app.processors, text, sections, file.path);
		return { path: file.path, text, mode: "preview", el: sections, component: doc.component };
	}

	private async drawSource(view: MarkdownView, file: TFile, text: string): Promise<Rendered> {
		const source = view.sourceEl;
		const lines = source?.querySelector<HTMLElement>(".cm-content");
		if (!source || !lines) throw new Error("the double's MarkdownView has no editor skeleton");
		source.addClass("is-readable-line-width");
		source.setAttr("data-host-path", file.path);
		const title = source.querySelector(".cm-sizer > .inline-title");
		if (title) title.textContent = file.basename;
		const body = lines.createDiv({ cls: "host-lines" });
		const component = new MarkdownRenderChild(body);
		component.load();
		const ctx: O.MarkdownPostProcessorContext = {
			docId: `host-source-${file.path}`,
			sourcePath: file.path,
			frontmatter: undefined,
			addChild: (child) => void component.addChild(child),
			getSectionInfo: () => null,
		};
		const all = text.split("\n");
		for (let i = 0; i < all.length; i++) {
			const fence = /^ {0,3}(`{3,}|~{3,})\s*([\w-]+)?\s*$/.exec(all[i]);
			const handler = fence?.[2] ? this.app.processors.codeBlockProcessors.get(fence[2]) : undefined;
			if (fence && handler) {
				let end = i + 1;
				while (end < all.length && !all[end].trim().startsWith(fence[1])) end++;
				const widget = body.createDiv({ cls: `cm-embed-block cm-lang-${fence[2]}`, attr: { contenteditable: "false" } });
				const box = widget.createDiv({ cls: `block-language-${fence[2]}` });
				const blockSource = all.slice(i + 1, end).join("\n");
				await handler(blockSource ? `${blockSource}\n` : "", box, ctx);
				i = end;
				continue;
			}
			body.createDiv({ cls: "cm-line", text: all[i] === "" ? "\u200b" : all[i] });
		}
		return { path: file.path, text, mode: "source", el: body, component };
	}

	private onClick(evt: MouseEvent): void {
		const target = evt.target instanceof Element ? evt.target.closest("a") : null;
		if (!target || !target.closest(".markdown-preview-view, .markdown-source-view")) return;
		evt.preventDefault();
		if (!target.hasClass("internal-link")) return;
		const href = target.getAttribute("data-href") ?? "";
		const source = target.closest("[data-host-path]")?.getAttribute("data-host-path") ?? "";
		void this.app.workspace.openLinkText(href, source, Keymap.isModEvent(evt));
	}
}
