/**
 * `topic-tree`: the headless command over a vault folder, built on the same core as the plugin.
 *
 *   topic-tree tree [VAULT] [--root NOTE] [--depth N] [--json] [--unlinked]
 *   topic-tree check [VAULT] [--json] [--strict]
 *   topic-tree tables FILE [--json]
 */
import { parseCommandLine } from "./args";
import { escapeLine } from "./escape";
import { runCheck, runTables, runTree, type Output } from "./commands";
import { CONFIG_USAGE, configFlagsOf } from "./config";

export const USAGE = `Usage:
  topic-tree tree [VAULT] [--root NOTE] [--depth N] [--json] [--unlinked]
                                                             print the topic tree; --unlinked lists the
                                                             notes with no parent and no child
  topic-tree check [VAULT] [--json] [--strict]                 list hierarchy problems; exit 1 on errors
  topic-tree tables FILE [--json]                              list the tables of one note
  --max-note-size SIZE (any command): skip notes larger than SIZE (default 50M)
VAULT defaults to the current folder.
${CONFIG_USAGE}`;

/**
 * Parse argv (without node and script) and run; returns the exit code, the messages and, unless
 * `write` is given, the output lines. With `write`, output lines go to it as they are made. Text
 * lines are escaped (see escape.ts); JSON is passed on as it is.
 */
export function run(argv: string[], progress?: (line: string) => void, write?: (line: string) => void): Output {
	const line = parseCommandLine(argv);
	if (line.kind === "help") return { out: [USAGE], err: [], code: 0 };
	if (line.kind === "refused") return { out: [], err: [`topic-tree: ${escapeLine(line.message)}`, USAGE], code: 2 };
	const { command, values } = line;
	const target = line.operand ?? ".";
	const json = values.json === true;
	const maxNoteBytes = values["max-note-size"] as number | undefined;
	const config = configFlagsOf(values);
	if (typeof config === "string") return { out: [], err: [`topic-tree: ${escapeLine(config)}`, USAGE], code: 2 };
	const out: string[] = [];
	const sink = write ?? ((text: string) => out.push(text));
	const emit = json ? sink : (text: string) => sink(escapeLine(text));
	let result: Output;
	switch (command) {
		case "tree":
			result = runTree({ vault: target, root: values.root as string | undefined, depth: values.depth as number | undefined, json, maxNoteBytes, config, unlinked: values.unlinked === true }, progress, emit);
			break;
		case "check":
			result = runCheck({ vault: target, json, strict: values.strict === true, maxNoteBytes, config }, progress, emit);
			break;
		default:
			result = runTables(target, json, emit, maxNoteBytes);
	}
	return { out: [...result.out, ...out], err: result.err.map(escapeLine), code: result.code };
}

function main(): void {
	const tty = process.stderr.isTTY === true;
	const progress = tty ? (line: string) => process.stderr.write(`\r\x1b[K${line}`) : undefined;
	// Output lines are written in chunks as they come, so a large tree is never held whole.
	let chunk = "";
	const flush = () => {
		if (chunk !== "") process.stdout.write(chunk);
		chunk = "";
	};
	const write = (line: string) => {
		if (tty && chunk === "") process.stderr.write("\r\x1b[K");
		chunk += line + "\n";
		if (chunk.length >= 1 << 16) flush();
	};
	const result = run(process.argv.slice(2), progress, write);
	flush();
	if (tty) process.stderr.write("\r\x1b[K");
	if (result.out.length) process.stdout.write(result.out.join("\n") + "\n");
	if (result.err.length) process.stderr.write(result.err.join("\n") + "\n");
	process.exitCode = result.code;
}

if (require.main === module) main();
