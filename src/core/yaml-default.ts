/**
 * The core's default YAML parser: gray-matter's, for the command-line tool, the tests and the
 * benchmarks. The plugin passes Obsidian's `parseYaml` wherever it parses front matter, and its
 * build replaces this module with src/shims/yaml-default.ts (see esbuild.config.mjs), so main.js
 * holds neither gray-matter nor its js-yaml.
 */
export { grayMatterYaml as defaultYamlParser } from "./frontmatter-gray";
