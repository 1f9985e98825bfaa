/**
 * The command line of `topic-tree`, checked before anything is read: which options each command
 * takes, how many operands, and what each value must look like. Everything is table-driven: a
 * new option is one row of {@link OPTIONS} (its kind says how its value is checked), a new
 * command one row of {@link COMMANDS}. An argument that does not fit is refused with a message;
 * the caller prints it with the usage line and exits 2. Nothing is silently ignored.
 */
import { parseArgs } from "util";

/**
 * How an option's value is read: `flag` takes none; `text` any non-empty text; `list` a
 * comma-separated list, which may be empty (`--child-field ""` turns child fields off); `count` a
 * whole number (0, 1, 2…); `size` a byte count with an optional K, M or G.
 */
export type ValueKind = "flag" | "text" | "list" | "count" | "size";

export interface OptionSpec {
	kind: ValueKind;
	short?: string;
	/** May be given more than once (values collected in order); otherwise a second use is refused. */
	multiple?: boolean;
	/** Commands that take it; every command when absent. */
	commands?: readonly string[];
	/** What the value names, for messages (`--root wants a note name`). */
	wants?: string;
}

export interface CommandSpec {
	/** The operand's name in messages and usage: `VAULT` or `FILE`. */
	operand: string;
	/** Whether the operand must be given (`tables FILE`) or has a default (`tree [VAULT]`). */
	required: boolean;
	/** Plural noun for the operand in messages ("folders", "files"). */
	noun: string;
}

/** The commands that read a whole vault and so its configuration. */
const VAULT_COMMANDS: readonly string[] = ["tree", "check"];

export const OPTIONS: Readonly<Record<string, OptionSpec>> = {
	root: { kind: "text", commands: ["tree"], wants: "a note name" },
	depth: { kind: "count", commands: ["tree"] },
	json: { kind: "flag" },
	unlinked: { kind: "flag", commands: ["tree"] },
	strict: { kind: "flag", commands: ["check"] },
	// The vault's configuration (config.ts): field lists, exclusions, where the configuration is.
	"parent-field": { kind: "list", commands: VAULT_COMMANDS },
	"child-field": { kind: "list", commands: VAULT_COMMANDS },
	"related-field": { kind: "list", commands: VAULT_COMMANDS },
	"next-field": { kind: "list", commands: VAULT_COMMANDS },
	"prev-field": { kind: "list", commands: VAULT_COMMANDS },
	"sibling-field": { kind: "list", commands: VAULT_COMMANDS },
	exclude: { kind: "text", multiple: true, commands: VAULT_COMMANDS, wants: "a folder, note path or pattern" },
	"config-dir": { kind: "text", commands: VAULT_COMMANDS, wants: "a folder name inside the vault" },
	"no-config": { kind: "flag", commands: VAULT_COMMANDS },
	"max-note-size": { kind: "size" },
	help: { kind: "flag", short: "h" },
};

export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
	tree: { operand: "VAULT", required: false, noun: "folders" },
	check: { operand: "VAULT", required: false, noun: "folders" },
	tables: { operand: "FILE", required: true, noun: "files" },
};

/** Option values after checking: counts and sizes as numbers, repeatable options as lists. */
export type OptionValues = Record<string, string | number | boolean | string[] | undefined>;

export type CommandLine =
	| { kind: "help" }
	| { kind: "run"; command: string; operand: string | undefined; values: OptionValues }
	| { kind: "refused"; message: string };

const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Reads `argv` (without node and script): a command, at most one operand and the options it takes. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
	const [command, ...rest] = argv;
	let parsed: ReturnType<typeof parseWithTokens>;
	try {
		parsed = parseWithTokens(rest);
	} catch (e) {
		return refused((e as Error).message);
	}
	if (parsed.values.help === true || command === "help" || command === "--help" || command === "-h") return { kind: "help" };
	if (command === undefined) return refused("no command given");
	const spec = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
	if (spec === undefined) return refused(`unknown command "${command}"`);

	const seen = new Set<string>();
	for (const token of parsed.tokens) {
		if (token.kind !== "option") continue;
		const option = OPTIONS[token.name];
		if (option.commands !== undefined && !option.commands.includes(command)) return refused(`${command} does not take --${token.name}`);
		if (seen.has(token.name) && option.multiple !== true) return refused(`--${token.name} is given twice`);
		seen.add(token.name);
	}
	const values: OptionValues = {};
	for (const [name, raw] of Object.entries(parsed.values)) {
		const checked = checkValue(name, OPTIONS[name], raw);
		if (typeof checked === "object" && checked !== null && "refused" in checked) return refused(checked.refused);
		values[name] = checked;
	}

	const operands = parsed.positionals;
	if (operands.length > 1) {
		const listed = operands.map((p) => JSON.stringify(p)).join(", ");
		return refused(`${command} takes one ${spec.operand}, got ${operands.length} ${spec.noun}: ${listed}`);
	}
	if (spec.required && operands.length === 0) return refused(`${command} needs a ${spec.operand}`);
	return { kind: "run", command, operand: operands[0], values };
}

function parseWithTokens(args: string[]) {
	const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
	for (const [name, spec] of Object.entries(OPTIONS)) {
		options[name] = { type: spec.kind === "flag" ? "boolean" : "string" };
		if (spec.short !== undefined) options[name].short = spec.short;
		if (spec.multiple === true) options[name].multiple = true;
	}
	return parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
}

type Checked = OptionValues[string] | { refused: string };

function checkValue(name: string, spec: OptionSpec, raw: unknown): Checked {
	if (spec.kind === "flag") return raw === true;
	const list = Array.isArray(raw) ? (raw as unknown[]) : [raw];
	const out: Array<string | number> = [];
	for (const value of list) {
		const text = String(value);
		const checked = checkOne(name, spec, text);
		if (typeof checked === "object") return checked;
		out.push(checked);
	}
	if (spec.multiple === true) return out.map(String);
	return out[0];
}

function checkOne(name: string, spec: OptionSpec, text: string): string | number | { refused: string } {
	switch (spec.kind) {
		case "count":
			// Digits only: `Number` would also take "", " ", "1e3", "0x10" and "2.0".
			if (/^[0-9]+$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
			return { refused: `--${name} wants a whole number, got ${JSON.stringify(text)}` };
		case "size": {
			const m = /^([0-9]+)([kmg]?)b?$/i.exec(text);
			const bytes = m ? Number(m[1]) * UNITS[m[2].toLowerCase()] : NaN;
			if (Number.isSafeInteger(bytes) && bytes > 0) return bytes;
			return { refused: `--${name} wants a size in bytes such as 1048576, 500K, 50M or 2G, got ${JSON.stringify(text)}` };
		}
		case "list":
			return text;
		default:
			if (text.trim() !== "") return text;
			return { refused: `--${name} wants ${spec.wants ?? "a value"}, got ${JSON.stringify(text)}` };
	}
}

function refused(message: string): CommandLine {
	return { kind: "refused", message };
}
