/**
 * gray-matter as the core's YAML parser, hardened: engines that refuse code, and always an options
 * object, so gray-matter's never-emptied global cache is bypassed. The command-line tool, the
 * tests and the benchmarks read front matter with it (it is the core's default, through
 * yaml-default.ts); the plugin passes Obsidian's `parseYaml` instead, and main.js ships neither
 * gray-matter nor its js-yaml (see esbuild.config.mjs).
 *
 * YAML blocks go straight to gray-matter's own YAML engine, the function `matter()` itself would
 * call, with the same input and the same rules `matter()` applies around it (an empty block is
 * `{}` without parsing: frontmatter.ts applies that rule before any parser is called); this skips
 * its per-call wrapper (a Buffer copy of the block, a file object with four defined properties,
 * options merged twice), about a third of the front matter time. Should gray-matter ever stop
 * exposing that engine, blocks go through `matter()` and its refusing engines.
 */
import matter from "gray-matter";
import type { YamlParser } from "./frontmatter";

function refuse(): object {
	throw new Error("code in front matter is never run");
}

/**
 * A closing delimiter that never occurs in a note: gray-matter gets only the opening fence and
 * the block, so it takes the whole block as front matter even when a line inside it starts with
 * `---` (which gray-matter's own closing search would stop at).
 */
const NO_CLOSE = "\u0000topic-tree-end\u0000";

/** Options for every `matter()` call: never cached, code refused, only YAML read. */
const MATTER_OPTIONS = {
	engines: { js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse, json: refuse, toml: refuse },
	delimiters: ["---", NO_CLOSE] as [string, string],
};

/** A gray-matter engine as `matter.engines` holds it (not declared in its typings). */
type EngineParse = (input: string) => unknown;

/** gray-matter's YAML engine (its bundled js-yaml 3 `safeLoad`), or null if gray-matter ever stops exposing it. */
const YAML_ENGINE: EngineParse | null = (() => {
	const engines = (matter as unknown as { engines?: Record<string, { parse?: unknown } | undefined> }).engines;
	const parse = engines?.yaml?.parse;
	return typeof parse === "function" ? (parse as EngineParse) : null;
})();

/**
 * Parses a YAML block (the text between the fences, after the opening fence's newline) exactly as
 * `matter()` does with a `---` fence; throws js-yaml's exception, whose `mark.line` counts from
 * the block's first line, on invalid YAML.
 */
export const grayMatterYaml: YamlParser = (yaml) => (YAML_ENGINE === null ? matter("---" + yaml, MATTER_OPTIONS).data : YAML_ENGINE(yaml));
