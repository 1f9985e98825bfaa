/**
 * Registration of the Bases view types, guarded at run time: Bases views exist since Obsidian
 * 1.10 and `registerBasesView` returns false when the Bases core plugin is off. Everything that
 * touches Obsidian's Bases classes stays inside the guard below (the `BasesView` subclass is
 * declared there, so older apps never evaluate `extends BasesView`); the renderers receive plain
 * snapshots (src/bases/snapshot.ts).
 */
import {
	BasesView,
	NullValue,
	NumberValue,
	requireApiVersion,
	type BasesAllOptions,
	type BasesEntry,
	type BasesPropertyId,
	type Plugin,
	type QueryController,
	type Value,
} from "obsidian";
import type { BaseCell } from "../core/bases/types";
import type { BasesOptionsAccess, BasesRenderer, BasesSnapshot } from "./snapshot";

/** A view type to register: its id, name, icon, options and renderer. */
export interface BasesViewType {
	id: string;
	name: string;
	icon: string;
	options(): BasesAllOptions[];
	create(containerEl: HTMLElement, options: BasesOptionsAccess): BasesRenderer;
}

/** The minimum app version with Bases views. */
export const BASES_API_VERSION = "1.10.0";

/**
 * Registers each view type with Bases; returns the ids registered. Nothing is registered (and
 * nothing fails) on apps without Bases views or with Bases turned off.
 */
export function registerBasesViews(plugin: Plugin, types: readonly BasesViewType[]): string[] {
	const registered: string[] = [];
	if (requireApiVersion("1.10.0") && typeof plugin.registerBasesView === "function") {
		const cellOf = (value: Value | null): BaseCell => {
			if (value === null || value instanceof NullValue) return { text: "", number: null };
			const text = value.toString();
			const n = value instanceof NumberValue ? Number(text) : NaN;
			return { text, number: Number.isFinite(n) ? n : null };
		};
		const read = (view: BasesView): BasesSnapshot => {
			const order: BasesPropertyId[] = view.config.getOrder();
			return {
				columns: order.map((id) => ({ id, name: view.config.getDisplayName(id) })),
				entries: view.data.data.map((entry: BasesEntry) => ({
					path: entry.file.path,
					title: entry.file.basename,
					cells: order.map((id) => cellOf(entry.getValue(id))),
				})),
			};
		};

		/** A Bases view that hands each result to its renderer. */
		class TopicTreeBasesView extends BasesView {
			type: string;
			private readonly renderer: BasesRenderer;

			constructor(controller: QueryController, containerEl: HTMLElement, viewType: BasesViewType) {
				super(controller);
				this.type = viewType.id;
				this.renderer = this.addChild(
					viewType.create(containerEl, {
						get: (key) => this.config.get(key),
						set: (key, value) => this.config.set(key, value),
					}),
				);
			}

			onDataUpdated(): void {
				this.renderer.update(read(this));
			}
		}

		for (const viewType of types) {
			const ok = plugin.registerBasesView(viewType.id, {
				name: viewType.name,
				icon: viewType.icon,
				factory: (controller, containerEl) => new TopicTreeBasesView(controller, containerEl, viewType),
				options: () => viewType.options(),
			});
			if (ok) registered.push(viewType.id);
		}
	}
	return registered;
}
