/**
 * Harness for the comparison integration tests: a test host over the obsidian double, a bare
 * plugin with the `ComparisonFeature` loaded into it, and helpers to render a note as Reading
 * view does (sections, code blocks, post processors) and to read what the user sees.
 *
 *   const env = await setup({ "db.md": NOTE });
 *   const doc = await renderNote(env, "db.md");
 *   panels(doc.el)                 // the panels shown, in order
 */
import type * as O from "obsidian";
import { ComparisonFeature } from "../../src/comparison/feature";
import { MOUNT_CLASS, SOURCE_TABLE_CLASS } from "../../src/comparison/post-processor";
import { Plugin, loadPlugin, pluginDouble, renderMarkdownWithProcessors, type InitialFile, type RenderedDocument } from "../obsidian-double";
import { buildHost, type TestHost } from "../tree-view/host";

/** A plugin that registers nothing itself: the feature under test is added to it. */
export class BarePlugin extends Plugin {
	onload(): void {}
}

/** What the tests work with. */
export interface Env {
	h: TestHost;
	plugin: O.Plugin;
	feature: ComparisonFeature;
}

const live: Env[] = [];

/** A host over `files`, a loaded plugin and the comparison feature loaded into it. Call `teardown` after each test. */
export async function setup(files: Record<string, InitialFile>, data?: unknown): Promise<Env> {
	const h = buildHost(files, { data });
	const plugin = await loadPlugin(h.app, BarePlugin as unknown as new (app: O.App, manifest: O.PluginManifest) => O.Plugin);
	const feature = new ComparisonFeature(plugin, h.host, { sidebarRefreshMs: 0 });
	plugin.addChild(feature);
	const env = { h, plugin, feature };
	live.push(env);
	return env;
}

/** Unloads every plugin set up since the last call, closes its leaves and empties the document. */
export async function teardown(): Promise<void> {
	for (const env of live.splice(0)) await env.h.app.dispose();
	document.body.empty();
}

/** Waits for pending promises, the double's scheduled events and zero-delay timers. */
export async function settle(env: Env): Promise<void> {
	for (let i = 0; i < 4; i++) {
		await env.h.app.flush();
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
}

/** Renders a note of the vault as Reading view would, in a fresh element attached to the document. */
export async function renderNote(env: Env, path: string): Promise<RenderedDocument> {
	const file = env.h.app.vault.getFileByPath(path);
	if (!file) throw new Error(`No file ${path}`);
	const el = document.body.createDiv({ cls: "markdown-preview-view" });
	const doc = await renderMarkdownWithProcessors(env.h.app, pluginDouble(env.plugin), env.h.app.vault.textOf(file), el, path);
	await settle(env);
	return doc;
}

/** The panels inside `el`, in order. */
export function panels(el: HTMLElement): HTMLElement[] {
	return Array.from(el.querySelectorAll<HTMLElement>(".topic-tree-panel"));
}

/** The post processor's mounts inside `el`, in order. */
export function mounts(el: HTMLElement): HTMLElement[] {
	return Array.from(el.querySelectorAll<HTMLElement>(`.${MOUNT_CLASS}`));
}

/** Markdown tables of the note as rendered (not the panels' own tables). */
export function noteTables(el: HTMLElement): HTMLTableElement[] {
	return Array.from(el.querySelectorAll("table")).filter((t) => !t.closest(".topic-tree-panel"));
}

/** Whether the note's table is hidden behind its panel. */
export function isHidden(table: HTMLElement): boolean {
	return table.classList.contains(SOURCE_TABLE_CLASS);
}

/** The button with this visible text inside `el`; throws when absent. */
export function button(el: HTMLElement, text: string): HTMLButtonElement {
	const found = Array.from(el.querySelectorAll("button")).find((b) => b.textContent?.trim() === text);
	if (!found) throw new Error(`No button "${text}"; buttons: ${Array.from(el.querySelectorAll("button"), (b) => b.textContent?.trim()).join(", ")}`);
	return found;
}

/** Keys (normalised names) of the items a panel shows, in display order. */
export function itemKeys(panel: HTMLElement): string[] {
	return Array.from(panel.querySelectorAll<HTMLElement>(".topic-tree-panel-body [data-action='item-menu']"), (el) => el.getAttribute("data-item") ?? "");
}

/** Clicks an element as a user would. */
export function click(el: Element, init: MouseEventInit = {}): void {
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ...init }));
}
