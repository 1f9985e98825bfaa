/**
 * The Bases feature: registers the "Topic tree" and "Compare" view types with Obsidian Bases
 * (when the app has Bases views and Bases is on; see register.ts).
 */
import { Component, type BasesAllOptions, type Plugin } from "obsidian";
import type { TopicTreeHost } from "../context";
import { BASES_COMPARE_VIEW, BASES_TREE_VIEW, OPTION_CONTEXT, OPTION_COUNT, OPTION_ROLLUP } from "./constants";
import { BasesCompareRenderer, type CompareViewDeps } from "./compare-view";
import { registerBasesViews, type BasesViewType } from "./register";
import { BasesTreeRenderer } from "./tree-view";

/** Replaceable parts (tests pass a synchronous markdown renderer). */
export interface BasesFeatureDeps {
	renderMarkdown?: CompareViewDeps["renderMarkdown"];
}

/** Options of the Topic tree view, shown in the Bases view menu. */
export function treeViewOptions(): BasesAllOptions[] {
	return [
		{ type: "toggle", key: OPTION_CONTEXT, displayName: "Show ancestors outside the base", default: true },
		{ type: "toggle", key: OPTION_COUNT, displayName: "Count entries below each branch", default: true },
		{
			type: "dropdown",
			key: OPTION_ROLLUP,
			displayName: "Roll-up of number columns",
			default: "sum",
			options: { none: "None", sum: "Sum", min: "Minimum", max: "Maximum" },
		},
	];
}

/** Registers the Bases views. */
export class BasesFeature extends Component {
	/** Ids of the view types Bases accepted (empty without Bases). */
	registered: string[] = [];

	constructor(
		private readonly plugin: Plugin,
		private readonly host: TopicTreeHost,
		private readonly deps: BasesFeatureDeps = {},
	) {
		super();
	}

	onload(): void {
		const host = this.host;
		const types: BasesViewType[] = [
			{
				id: BASES_TREE_VIEW,
				name: "Topic tree",
				icon: "list-tree",
				options: treeViewOptions,
				create: (containerEl, options) => new BasesTreeRenderer(containerEl, host, options),
			},
			{
				id: BASES_COMPARE_VIEW,
				name: "Compare",
				icon: "table-2",
				options: () => [],
				create: (containerEl, options) =>
					new BasesCompareRenderer(
						containerEl,
						{
							app: host.app,
							hoverSource: host.hoverSource,
							renderMarkdown: this.deps.renderMarkdown,
							titleOf: (path) => host.index.core.graph.getNode(path)?.title,
							onIndexUpdated: (callback) => {
								const ref = host.index.on("updated", callback);
								return () => host.index.offref(ref);
							},
						},
						options,
					),
			},
		];
		this.registered = registerBasesViews(this.plugin, types);
		this.register(() => (this.registered = []));
	}
}
