/**
 * Stands in for src/core/yaml-default.ts in main.js (see esbuild.config.mjs): the plugin ships no
 * YAML parser of its own. Every plugin caller passes Obsidian's `parseYaml`; one that forgot
 * would see its notes' front matter reported invalid with this message, never a crash.
 */
export function defaultYamlParser(): never {
	throw new Error("Topic Tree read this front matter without Obsidian's YAML parser");
}
