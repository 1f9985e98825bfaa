/**
 * Loads a built plugin the way Obsidian does: main.js is evaluated as a CommonJS module whose
 * `require` knows only `obsidian` (here: the shared test double). Requiring anything else throws,
 * which also proves the bundle needs no Node built-ins (Obsidian mobile has none).
 */
import type * as O from "obsidian";
import * as obsidian from "../../obsidian-double";
import type { App, Plugin } from "../../obsidian-double";

type PluginClass = new (app: O.App, manifest: O.PluginManifest) => O.Plugin;
type Factory = (module: { exports: Record<string, unknown> }, exports: Record<string, unknown>, require: (id: string) => unknown) => void;

const FACTORY = "topicTreeHostPluginFactory";

/** `require` inside main.js. */
function pluginRequire(id: string): unknown {
	if (id === "obsidian") return obsidian;
	throw new Error(`main.js requires "${id}", which Obsidian does not give plugins: only "obsidian" can be required (Node built-ins do not exist on mobile)`);
}

/** Evaluates main.js through a script element (as a function of module, exports, require) and returns its exports. */
function evaluate(code: string, id: string): Record<string, unknown> {
	const script = activeDocument.head.createEl("script", { text: `window.${FACTORY} = function (module, exports, require) {\n${code}\n};\n//# sourceURL=plugin:${id}` });
	script.remove();
	const holder = window as unknown as Record<string, Factory | undefined>;
	const factory = holder[FACTORY];
	delete holder[FACTORY];
	if (!factory) throw new Error("main.js could not be evaluated (see the console for its syntax error)");
	const module = { exports: {} as Record<string, unknown> };
	factory(module, module.exports, pluginRequire);
	return module.exports;
}

/** Instantiates the default export with `(app, manifest)`, registers it as enabled and runs `onload`. */
export async function loadBuiltPlugin(app: App, code: string, manifest: O.PluginManifest): Promise<Plugin> {
	const exports = evaluate(code, manifest.id);
	const PluginCtor = (exports.default ?? exports) as unknown;
	if (typeof PluginCtor !== "function") throw new Error("main.js has no default export class");
	const plugin = new (PluginCtor as PluginClass)(app as unknown as O.App, manifest) as unknown as Plugin;
	app.plugins.plugins[manifest.id] = plugin;
	app.plugins.enabledPlugins.add(manifest.id);
	plugin.load();
	await plugin._onloadResult;
	await app.flush();
	return plugin;
}
