/**
 * The trail feature: a trail at the top of every open markdown note (Reading view, Live Preview,
 * Source mode), one `LeafTrail` per leaf. Follows the workspace (`layout-change`,
 * `active-leaf-change`, `file-open`), the live index (`updated`: only trails that show a changed
 * node redraw) and the settings; Reading view's post processor also asks for a check, since
 * Obsidian may draw a note's preview after the workspace events. Unloading removes every trail.
 */
import { Component, MarkdownView, type Plugin, type WorkspaceLeaf } from "obsidian";
import type { SequenceOf } from "../core/trail";
import type { TopicTreeHost } from "../context";
import { LeafTrail } from "./leaf-trail";

/** An update that changed no node: trails are placed, and drawn only when new or showing another note. */
const NOTHING: ReadonlySet<string> = new Set();

/** Replaceable parts (tests, and the sequence links once next/previous relations exist). */
export interface TrailFeatureDeps {
	/** Runs *Set parent* for the note at `path`. */
	setParent: (path: string) => void;
	/** ← / → neighbours of a note in a sequence. */
	sequence?: SequenceOf;
}

export class TrailFeature extends Component {
	private readonly trails = new Map<WorkspaceLeaf, LeafTrail>();
	private pending = 0;
	private active = false;

	constructor(
		private readonly plugin: Plugin,
		private readonly host: TopicTreeHost,
		private readonly deps: TrailFeatureDeps,
	) {
		super();
	}

	onload(): void {
		const { workspace } = this.host.app;
		this.active = true;
		this.register(() => (this.active = false));
		this.registerEvent(workspace.on("layout-change", () => this.syncAll(NOTHING)));
		this.registerEvent(workspace.on("active-leaf-change", () => this.syncAll(NOTHING)));
		this.registerEvent(workspace.on("file-open", () => this.syncAll(NOTHING)));
		this.registerEvent(this.host.index.on("updated", (changed) => this.syncAll(changed)));
		this.registerEvent(this.host.store.on("settings", () => this.syncAll(null)));
		this.plugin.registerMarkdownPostProcessor(() => this.schedule());
		this.register(() => window.clearTimeout(this.pending));
		workspace.onLayoutReady(() => this.syncAll(null));
	}

	onunload(): void {
		this.trails.clear();
	}

	/** The trail of a leaf, if it has one (tests). */
	trailOf(leaf: WorkspaceLeaf): LeafTrail | undefined {
		return this.trails.get(leaf);
	}

	/** Places and, where needed, redraws the trail of every markdown leaf; drops trails of closed leaves. */
	syncAll(changed: ReadonlySet<string> | null): void {
		if (!this.active) return;
		const seen = new Set<WorkspaceLeaf>();
		for (const leaf of this.host.app.workspace.getLeavesOfType("markdown")) {
			const view = leaf.view;
			if (!(view instanceof MarkdownView)) continue;
			seen.add(leaf);
			let trail = this.trails.get(leaf);
			if (trail && trail.view !== view) {
				this.removeChild(trail);
				trail = undefined;
			}
			if (!trail) {
				trail = this.addChild(new LeafTrail(view, { host: this.host, setParent: this.deps.setParent, sequence: this.deps.sequence }));
				this.trails.set(leaf, trail);
			}
			trail.sync(changed);
		}
		for (const [leaf, trail] of this.trails) {
			if (seen.has(leaf)) continue;
			this.removeChild(trail);
			this.trails.delete(leaf);
		}
	}

	/** A check soon after Reading view drew sections (coalesced). */
	private schedule(): void {
		if (this.pending !== 0 || !this.active) return;
		this.pending = window.setTimeout(() => {
			this.pending = 0;
			this.syncAll(NOTHING);
		}, 50);
	}
}
