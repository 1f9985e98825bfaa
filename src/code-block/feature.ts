/**
 * Registers the `topic-tree` code block. Blocks still on screen when the feature unloads are
 * unloaded with it (they listen to the index); afterwards the handler does nothing.
 */
import { Component, type Plugin } from "obsidian";
import type { TopicTreeHost } from "../context";
import { createTreeBlockProcessor, TREE_BLOCK_LANGUAGE, type TreeBlockChild } from "./tree-block";

export class TreeBlockFeature extends Component {
	private active = false;
	private readonly blocks = new Set<TreeBlockChild>();

	constructor(
		private readonly plugin: Plugin,
		private readonly host: TopicTreeHost,
	) {
		super();
	}

	onload(): void {
		this.active = true;
		this.register(() => (this.active = false));
		this.register(() => {
			for (const block of [...this.blocks]) block.unload();
			this.blocks.clear();
		});
		const track = (block: TreeBlockChild): void => {
			this.blocks.add(block);
			block.register(() => this.blocks.delete(block));
		};
		this.plugin.registerMarkdownCodeBlockProcessor(TREE_BLOCK_LANGUAGE, createTreeBlockProcessor(this.host, () => this.active, track));
	}

	/** Blocks currently drawn (tests). */
	get liveBlocks(): number {
		return this.blocks.size;
	}
}
