/**
 * The workspace's chrome, as Obsidian lays it out: a tab strip per split (titled tabs in the main
 * area, icon tabs in the sidebars), one visible leaf per split, the active main leaf following
 * clicks. The double's workspace does the work; this only shows it.
 */
import type * as O from "obsidian";
import { setIcon, type App, type WorkspaceLeaf, type WorkspaceParent } from "../../obsidian-double";

/** Class of leaves that are open but not the shown tab of their split. */
export const HIDDEN_LEAF = "host-hidden";

/** Tab strips and tab switching for the three splits. */
export class HostLayout {
	private readonly shown = new Map<WorkspaceParent, WorkspaceLeaf>();
	private readonly strips = new Map<WorkspaceParent, HTMLElement>();
	private queued = false;

	constructor(private readonly app: App) {}

	/** The splits, in screen order. */
	private get splits(): WorkspaceParent[] {
		const ws = this.app.workspace;
		return [ws.leftSplit, ws.rootSplit, ws.rightSplit];
	}

	/** Builds the strips and follows the workspace. */
	attach(): void {
		const ws = this.app.workspace;
		for (const split of this.splits) {
			const strip = createDiv({ cls: "workspace-tab-header-container" });
			split.containerEl.prepend(strip);
			this.strips.set(split, strip.createDiv({ cls: "workspace-tab-header-container-inner", attr: { role: "tablist" } }));
		}
		ws.on("layout-change", () => this.request());
		ws.on("active-leaf-change", (leaf) => {
			if (leaf) this.shown.set(leaf.parent, leaf);
			this.request();
		});
		ws.on("file-open", () => this.request());
		// A revealed leaf becomes its split's shown tab.
		const reveal = ws.revealLeaf.bind(ws);
		ws.revealLeaf = async (leaf) => {
			await reveal(leaf);
			this.show(leaf as unknown as WorkspaceLeaf);
		};
		// Clicking into a note makes its tab the active leaf, as in Obsidian.
		ws.rootSplit.containerEl.addEventListener(
			"mousedown",
			(evt) => {
				const leaf = this.leafOf(evt.target);
				if (leaf && leaf !== ws.activeLeaf) ws.setActiveLeaf(leaf as unknown as O.WorkspaceLeaf);
			},
			true,
		);
		this.refresh();
	}

	/** Shows `leaf` in its split. */
	show(leaf: WorkspaceLeaf): void {
		this.shown.set(leaf.parent, leaf);
		this.refresh();
	}

	private leafOf(target: EventTarget | null): WorkspaceLeaf | undefined {
		const el = target instanceof Element ? target.closest(".workspace-leaf") : null;
		return this.app.workspace.leaves.find((l) => l.containerEl === el);
	}

	private request(): void {
		if (this.queued) return;
		this.queued = true;
		queueMicrotask(() => {
			this.queued = false;
			this.refresh();
		});
	}

	/** Re-draws the strips and hides every leaf but the shown one of each split. */
	refresh(): void {
		const ws = this.app.workspace;
		if (ws.rootSplit.children.length === 0 && ws.layoutReady) {
			// Like Obsidian, the main area always has a tab.
			ws.getLeaf(false);
			return;
		}
		for (const split of this.splits) {
			const leaves = split.children;
			let shown = this.shown.get(split);
			if (!shown || !leaves.includes(shown)) {
				shown = leaves.includes(ws.activeLeaf as WorkspaceLeaf) ? (ws.activeLeaf as WorkspaceLeaf) : leaves[leaves.length - 1];
				if (shown) this.shown.set(split, shown);
				else this.shown.delete(split);
			}
			for (const leaf of leaves) leaf.containerEl.toggleClass(HIDDEN_LEAF, leaf !== shown);
			this.drawStrip(split, leaves, shown);
		}
	}

	private drawStrip(split: WorkspaceParent, leaves: WorkspaceLeaf[], shown: WorkspaceLeaf | undefined): void {
		const strip = this.strips.get(split);
		if (!strip) return;
		strip.empty();
		const main = split === this.app.workspace.rootSplit;
		for (const leaf of leaves) {
			const title = leaf.getDisplayText();
			const tab = strip.createDiv({
				cls: "workspace-tab-header tappable",
				attr: { role: "tab", "aria-selected": String(leaf === shown), "data-type": leaf.view.getViewType(), "aria-label": main ? null : title },
			});
			tab.toggleClass("is-active", leaf === shown);
			tab.toggleClass("mod-active", leaf === shown && leaf === this.app.workspace.activeLeaf);
			const inner = tab.createDiv({ cls: "workspace-tab-header-inner" });
			setIcon(inner.createDiv({ cls: "workspace-tab-header-inner-icon" }), leaf.getIcon() || "file");
			if (main) {
				inner.createDiv({ cls: "workspace-tab-header-inner-title", text: title });
				const close = inner.createDiv({ cls: "workspace-tab-header-inner-close-button", attr: { "aria-label": "Close" } });
				setIcon(close, "x");
				close.addEventListener("click", (evt) => {
					evt.stopPropagation();
					leaf.detach();
				});
			}
			tab.addEventListener("click", () => {
				if (main) this.app.workspace.setActiveLeaf(leaf as unknown as O.WorkspaceLeaf);
				this.show(leaf);
			});
		}
	}
}
