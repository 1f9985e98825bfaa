/**
 * `topic-tree`: the headless command over a vault folder, built on the same core as the plugin.
 *
 *   topic-tree tree [VAULT] [--root NOTE] [--depth N] [--json]
 *   topic-tree check [VAULT] [--json] [--strict]
 *   topic-tree tables FILE [--json]
 */
import { parseCommandLine } from "./args";
import { runCheck, runTables, runTree, type Output } from "./commands";

export const USAGE = `Usage:
  topic-tree tree [VAULT] [--root NOTE] [--depth N] [--json]   print the topic tree
  topic-tree check [VAULT] [--json] [--strict]                 list hierarchy problems; exit 1 on errors
  topic-tree tables FILE [--json]                              list the tables of one note
VAULT defaults to the current folder.`;

/** Parse argv (without node and script) and run; returns what to print and the exit code. */
export function run(argv: string[], progress?: (line: string) => void): Output {
	const line = parseCommandLine(argv);
	if (line.kind === "help") return { out: [USAGE], err: [], code: 0 };
	if (line.kind === "refused") return { out: [], err: [`topic-tree: ${line.message}`, USAGE], code: 2 };
	const { command, values } = line;
	const target = line.operand ?? ".";
	switch (command) {
		case "tree":
			return runTree({ vault: target, root: values.root as string | undefined, depth: values.depth as number | undefined, json: values.json === true }, progress);
		case "check":
			return runCheck({ vault: target, json: values.json === true, strict: values.strict === true }, progress);
		default:
			return runTables(target, values.json === true);
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
