/**
 * `topic-tree`: the headless command over a vault folder, built on the same core as the plugin.
 *
 *   topic-tree tree [VAULT] [--root NOTE] [--depth N] [--json] [--unlinked]
 *   topic-tree check [VAULT] [--json] [--strict]
 *   topic-tree tables FILE [--json]
 */
import { parseArgs } from "util";
import { runCheck, runTables, runTree, type Output } from "./commands";
import { CONFIG_OPTIONS, CONFIG_USAGE, configFlagsOf } from "./config";

export const USAGE = `Usage:
  topic-tree tree [VAULT] [--root NOTE] [--depth N] [--json] [--unlinked]
                                                             print the topic tree; --unlinked lists the
                                                             notes with no parent and no child
  topic-tree check [VAULT] [--json] [--strict]                 list hierarchy problems; exit 1 on errors
  topic-tree tables FILE [--json]                              list the tables of one note
VAULT defaults to the current folder.
${CONFIG_USAGE}`;

/** Parse argv (without node and script) and run; returns what to print and the exit code. */
export function run(argv: string[], progress?: (line: string) => void): Output {
	const [command, ...rest] = argv;
	let parsed;
	try {
		parsed = parseArgs({
			args: rest,
			allowPositionals: true,
			options: {
				root: { type: "string" },
				depth: { type: "string" },
				json: { type: "boolean", default: false },
				unlinked: { type: "boolean", default: false },
				strict: { type: "boolean", default: false },
				help: { type: "boolean", short: "h", default: false },
				...CONFIG_OPTIONS,
			},
		});
	} catch (e) {
		return { out: [], err: [`topic-tree: ${(e as Error).message}`, USAGE], code: 2 };
	}
	const { values, positionals } = parsed;
	if (values.help || command === "help" || command === "--help" || command === "-h") return { out: [USAGE], err: [], code: 0 };
	const target = positionals[0] ?? ".";
	const config = configFlagsOf(values);
	if (typeof config === "string") return { out: [], err: [`topic-tree: ${config}`], code: 2 };
	switch (command) {
		case "tree": {
			let depth: number | undefined;
			if (values.depth !== undefined) {
				depth = Number(values.depth);
				if (!Number.isInteger(depth) || depth < 0) return { out: [], err: [`topic-tree: --depth wants a whole number, got "${values.depth}"`], code: 2 };
			}
			return runTree({ vault: target, root: values.root, depth, json: values.json, config, unlinked: values.unlinked }, progress);
		}
		case "check":
			return runCheck({ vault: target, json: values.json, strict: values.strict, config }, progress);
		case "tables":
			if (!positionals[0]) return { out: [], err: ["topic-tree: tables needs a FILE", USAGE], code: 2 };
			return runTables(positionals[0], values.json === true);
		default:
			return { out: [], err: [command ? `topic-tree: unknown command "${command}"` : "topic-tree: no command given", USAGE], code: 2 };
	}
}

function main(): void {
	const tty = process.stderr.isTTY === true;
	const progress = tty ? (line: string) => process.stderr.write(`\r\x1b[K${line}`) : undefined;
	const result = run(process.argv.slice(2), progress);
	if (tty) process.stderr.write("\r\x1b[K");
	if (result.out.length) process.stdout.write(result.out.join("\n") + "\n");
	if (result.err.length) process.stderr.write(result.err.join("\n") + "\n");
	process.exitCode = result.code;
}

if (require.main === module) main();
