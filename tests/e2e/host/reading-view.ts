/**
 * Reading view for the main area's notes. The double's MarkdownView is a source editor without
 * DOM; the host draws each open note the way Obsidian's reading view does: section by section
 * (`renderMarkdownWithProcessors`, so post processors and code block processors run with
 * `getSectionInfo`), again whenever the note changes, unloading the previous render's children.
 */
import { Keymap, MarkdownView, renderMarkdownWithProcessors, type App, type RenderedDocument, type TFile } from "../../obsidian-double";

interface Rendered {
	path: string;
	text: string;
	doc: RenderedDocument;
}

/** Keeps every main-area markdown leaf rendered in Reading view. */
export class ReadingViews {
	private readonly rendered = new WeakMap<MarkdownView, Rendered>();
	private queue: Promise<void> = Promise.resolve();
	private pending = false;
	private renders = 0;

	constructor(private readonly app: App) {}

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
			if (previous && previous.path === file.path && previous.text === text && view.contentEl.contains(previous.doc.el)) continue;
			await this.render(view, file, text, previous);
		}
	}

	private async render(view: MarkdownView, file: TFile, text: string, previous: Rendered | undefined): Promise<void> {
		previous?.doc.component.unload();
		view.mode = "preview";
		const content = view.contentEl;
		content.empty();
		content.addClass("host-reading");
		const preview = content.createDiv({
			cls: "markdown-reading-view",
		}).createDiv({ cls: "markdown-preview-view markdown-rendered is-readable-line-width", attr: { "data-host-path": file.path } });
		const sizer = preview.createDiv({ cls: "markdown-preview-sizer markdown-preview-section" });
		sizer.createDiv({ cls: "inline-title", text: file.basename });
		const doc = await renderMarkdownWithProcessors(this.app, this.app.processors, text, sizer, file.path);
		this.rendered.set(view, { path: file.path, text, doc });
		this.renders++;
	}

	private onClick(evt: MouseEvent): void {
		const target = evt.target instanceof Element ? evt.target.closest("a") : null;
		if (!target || !target.closest(".markdown-preview-view")) return;
		evt.preventDefault();
		if (!target.hasClass("internal-link")) return;
		const href = target.getAttribute("data-href") ?? "";
		const source = target.closest(".markdown-preview-view")?.getAttribute("data-host-path") ?? "";
		void this.app.workspace.openLinkText(href, source, Keymap.isModEvent(evt));
	}
}
