/**
 * A stand-in for Obsidian's Bases view of a `.base` file: a toolbar with the file's views (one
 * button each, like the Bases view switcher) and, below it, the chosen view drawn by the view
 * type a plugin registered with `registerBasesView`. The query runs in the double
 * (`baseSpecFromFile`: a small subset of Bases filters; see tests/obsidian-double/README.md).
 * Query: `?file=<name>.base&view=<index>`.
 */
import type * as O from "obsidian";
import { FileView, TFile, baseSpecFromFile, openBaseView, parseYaml, type App, type OpenedBase, type WorkspaceLeaf } from "../../obsidian-double";

/** The view type of `.base` files. */
export const BASES_FILE_VIEW = "bases";

/** The views listed in a `.base` file. */
function viewsOf(text: string): Array<{ type: string; name: string }> {
	const config = (parseYaml(text) ?? {}) as { views?: Array<{ type?: unknown; name?: unknown }> };
	const text_ = (v: unknown, fallback: string): string => (typeof v === "string" ? v : fallback);
	return (config.views ?? []).map((v) => ({ type: text_(v.type, "table"), name: text_(v.name, text_(v.type, "View")) }));
}

/** A `.base` file open in a tab. */
export class BasesFileView extends FileView {
	private opened: OpenedBase<unknown> | null = null;
	private text = "";
	current = 0;

	getViewType(): string {
		return BASES_FILE_VIEW;
	}

	getIcon(): string {
		return "layout-list";
	}

	async onLoadFile(file: O.TFile): Promise<void> {
		this.text = file instanceof TFile ? await this.app.vault.read(file) : "";
		const wanted = Number(new URLSearchParams(window.location.search).get("view") ?? "0");
		this.show(Number.isInteger(wanted) ? wanted : 0);
	}

	async onUnloadFile(): Promise<void> {
		this.opened?.close();
		this.opened = null;
	}

	async onClose(): Promise<void> {
		this.opened?.close();
		this.opened = null;
	}

	/** Draws the toolbar and view `index` of the file. */
	show(index: number): void {
		this.opened?.close();
		this.opened = null;
		const root = this.contentEl;
		root.empty();
		root.addClass("host-bases");
		const views = viewsOf(this.text);
		this.current = Math.max(0, Math.min(index, views.length - 1));
		const toolbar = root.createDiv({ cls: "bases-toolbar", attr: { role: "toolbar", "aria-label": "Base views" } });
		views.forEach((view, i) => {
			const button = toolbar.createEl("button", { cls: "bases-toolbar-item", text: view.name, attr: { "aria-pressed": String(i === this.current), "data-view-type": view.type } });
			button.addEventListener("click", () => this.show(i));
		});
		const app = this.app;
		const { type, spec } = baseSpecFromFile(app, this.text, this.current);
		if (!app.bases.views.has(type)) {
			root.createDiv({ cls: "bases-unknown", text: `No view type "${type}" is registered.` });
			return;
		}
		const container = root.createDiv({ cls: "bases-view-container" });
		this.opened = openBaseView(app, type, spec, container);
	}
}

/** Registers the `.base` file view in the host. */
export function installBasesFileView(app: App): void {
	app.viewRegistry.registerView(BASES_FILE_VIEW, (leaf) => new BasesFileView(leaf as unknown as WorkspaceLeaf) as unknown as O.View);
	app.viewRegistry.registerExtensions(["base"], BASES_FILE_VIEW);
}
