/**
 * "README documents every setting and command": the names the plugin shows, read from its source
 * (commands from `addCommand` files, settings from the settings tab), and the README sections
 * they must appear in. Pure functions over file contents; a test checks that what is read here
 * matches what the loaded plugin actually registers.
 */
import type { Check, SourceFile } from "./release-check-lib";

/** A command as registered: id (without the plugin prefix) and the name shown in the palette. */
export interface CommandName {
	id: string;
	name: string;
}

/** The value of a string literal at the start of `code` (after spaces), or null. */
export function stringLiteral(code: string): string | null {
	const m = /^\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`([^`$\\]*)`)/.exec(code);
	if (!m) return null;
	if (m[1] !== undefined) return JSON.parse(`"${m[1]}"`) as string;
	if (m[2] !== undefined) return JSON.parse(`"${m[2].replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
	return m[3];
}

/**
 * Index just past the end of the expression list starting at `start` (inside a call's parentheses):
 * the position of the closing bracket that ends it. Strings, templates and comments are skipped.
 */
function scanTo(code: string, start: number, stopAtSemicolon: boolean): number {
	let depth = 0;
	for (let i = start; i < code.length; i++) {
		const c = code[i];
		if (c === '"' || c === "'" || c === "`") {
			for (i++; i < code.length && code[i] !== c; i++) if (code[i] === "\\") i++;
		} else if (c === "/" && code[i + 1] === "/") {
			i = code.indexOf("\n", i);
			if (i < 0) return code.length;
		} else if (c === "/" && code[i + 1] === "*") {
			i = code.indexOf("*/", i + 2) + 1;
			if (i <= 0) return code.length;
		} else if (c === "(" || c === "[" || c === "{") depth++;
		else if (c === ")" || c === "]" || c === "}") {
			if (depth === 0) return i;
			depth--;
		} else if (c === ";" && depth === 0 && stopAtSemicolon) return i;
	}
	return code.length;
}

/** The top-level arguments of the call whose `(` is at `open`, as source text. */
export function callArguments(code: string, open: number): string[] {
	const end = scanTo(code, open + 1, false);
	const args: string[] = [];
	let from = open + 1;
	let depth = 0;
	for (let i = open + 1; i < end; i++) {
		const c = code[i];
		if (c === '"' || c === "'" || c === "`") {
			for (i++; i < end && code[i] !== c; i++) if (code[i] === "\\") i++;
		} else if (c === "(" || c === "[" || c === "{") depth++;
		else if (c === ")" || c === "]" || c === "}") depth--;
		else if (c === "," && depth === 0) {
			args.push(code.slice(from, i).trim());
			from = i + 1;
		}
	}
	const last = code.slice(from, end).trim();
	if (last !== "") args.push(last);
	return args;
}

/**
 * Commands registered in `files`: in every file that calls `addCommand`, object literals with
 * string `id` and `name`, and `[id, name, …]` tuples fed to a loop (as the sibling commands are).
 */
export function commandNames(files: readonly SourceFile[]): CommandName[] {
	const found = new Map<string, string>();
	for (const file of files) {
		if (!file.text.includes("addCommand(")) continue;
		const patterns = [
			/\bid:\s*(["'])([\w-]+)\1\s*,\s*name:\s*/g,
			/\[\s*(["'])([a-z0-9]+(?:-[a-z0-9]+)+)\1\s*,\s*/g,
		];
		for (const pattern of patterns) {
			for (const m of file.text.matchAll(pattern)) {
				const name = stringLiteral(file.text.slice((m.index ?? 0) + m[0].length));
				if (name !== null && !found.has(m[2])) found.set(m[2], name);
			}
		}
		for (const m of file.text.matchAll(/\bname:\s*(["'])((?:(?!\1).)+)\1\s*,\s*id:\s*(["'])([\w-]+)\3/g)) {
			if (!found.has(m[4])) found.set(m[4], m[2]);
		}
	}
	return [...found].map(([id, name]) => ({ id, name }));
}

/** The statement starting at `start`: up to its `;` (or the enclosing block's end). */
function statementAt(code: string, start: number): string {
	return code.slice(start, scanTo(code, start, true));
}

/** Parameter names of a method signature's parameter list, in order. */
function parameterNames(list: string): string[] {
	return callArguments(`(${list})`, 0).map((p) => /^(?:(?:private|public|protected|readonly)\s+)*(\w+)/.exec(p)?.[1] ?? "");
}

/** The method whose body contains `position`: its name and parameter names (the nearest signature before it). */
function enclosingMethod(code: string, position: number): { name: string; params: string[] } | null {
	const signature = /^[ \t]*(?:(?:private|protected|public|static|async)\s+)*(\w+)\s*\(([^()]*)\)\s*(?::\s*[^{;]+)?\{/gm;
	let found: { name: string; params: string[] } | null = null;
	for (const m of code.matchAll(signature)) {
		if ((m.index ?? 0) > position) break;
		if (!["if", "for", "while", "switch", "catch", "function"].includes(m[1])) found = { name: m[1], params: parameterNames(m[2]) };
	}
	return found;
}

/**
 * Names of the settings in a settings tab's source: every `new Setting(…)` that is not a heading,
 * with its `setName` argument. A literal is taken as is; a parameter of a helper method (such as
 * `fieldList(containerEl, key, "Parent fields", …)`) is read from each call of that helper.
 */
export function settingNames(source: string): string[] {
	const found: { at: number; name: string }[] = [];
	for (const m of source.matchAll(/\bnew Setting\(/g)) {
		const at = m.index ?? 0;
		const statement = statementAt(source, at);
		if (/\.setHeading\(\s*\)/.test(statement)) continue;
		const setName = statement.indexOf(".setName(");
		if (setName < 0) continue;
		const [arg] = callArguments(statement, setName + ".setName".length);
		const literal = arg === undefined ? null : stringLiteral(arg);
		if (literal !== null) {
			found.push({ at, name: literal });
			continue;
		}
		const method = arg !== undefined && /^\w+$/.test(arg) ? enclosingMethod(source, at) : null;
		const index = method ? method.params.indexOf(arg) : -1;
		if (!method || index < 0) continue;
		for (const call of source.matchAll(new RegExp(`\\bthis\\.${method.name}\\(`, "g"))) {
			const value = callArguments(source, (call.index ?? 0) + call[0].length - 1)[index];
			const name = value === undefined ? null : stringLiteral(value);
			if (name !== null) found.push({ at: call.index ?? 0, name });
		}
	}
	found.push(...declaredSettingNames(source));
	// In the order they appear on the tab: a helper's settings where it is called.
	return [...new Set(found.sort((x, y) => x.at - y.at).map((f) => f.name))];
}

/**
 * Settings declared as data (src/settings/definitions.ts): `name: "…"` properties, and calls of
 * helper functions that take a `name` parameter and put it in the object they return (`name,`).
 * Headings are `heading:` properties, so they are not read.
 */
function declaredSettingNames(source: string): { at: number; name: string }[] {
	const found: { at: number; name: string }[] = [];
	for (const m of source.matchAll(/\bname:\s*/g)) {
		const name = stringLiteral(source.slice((m.index ?? 0) + m[0].length));
		if (name !== null) found.push({ at: m.index ?? 0, name });
	}
	for (const m of source.matchAll(/^function (\w+)(?:<[^(]*>)?\(/gm)) {
		const params = callArguments(source, (m.index ?? 0) + m[0].length - 1).map((param) => param.trim().replace(/[?:].*$/s, "").trim());
		const index = params.indexOf("name");
		if (index < 0) continue;
		for (const call of source.matchAll(new RegExp(`(?<![\\w.])${m[1]}\\(`, "g"))) {
			if (call.index === m.index + "function ".length) continue;
			const value = callArguments(source, (call.index ?? 0) + call[0].length - 1)[index];
			const name = value === undefined ? null : stringLiteral(value);
			if (name !== null) found.push({ at: call.index ?? 0, name });
		}
	}
	return found;
}

/** The text under the README heading `title` (any level from ##), up to the next heading of that level or higher; null when absent. */
export function readmeSection(readme: string, title: string): string | null {
	const heading = new RegExp(`^(#{2,6})\\s+${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "im").exec(readme);
	if (!heading) return null;
	const start = heading.index + heading[0].length;
	const next = new RegExp(`^#{2,${heading[1].length}}\\s`, "m").exec(readme.slice(start));
	return readme.slice(start, next ? start + next.index : readme.length);
}

/** Lowercase, without markdown emphasis, code marks, quotes and ellipses, single spaces. */
export function normalizeName(text: string): string {
	return text
		.toLowerCase()
		.replace(/…|\.\.\./g, "")
		.replace(/[`*_"'“”‘’]/g, "")
		.replace(/\s+/g, " ")
		.trim();
}

/** Checks that README's Commands section names every command and its Settings section every setting. */
export function checkReadme(readme: string | null, commands: readonly string[], settings: readonly string[]): Check[] {
	const S = "README.md";
	const checks: Check[] = [];
	for (const [title, names] of [
		["Commands", commands],
		["Settings", settings],
	] as const) {
		const kind = title.toLowerCase();
		const label = `the ${title} section names all ${names.length} ${kind}`;
		const section = readme === null ? null : readmeSection(readme, title);
		if (section === null) {
			checks.push({ section: S, label, ok: false, detail: readme === null ? "README.md is missing" : `no "## ${title}" section` });
			continue;
		}
		const text = normalizeName(section);
		const missing = names.filter((name) => !text.includes(normalizeName(name)));
		checks.push(missing.length === 0 ? { section: S, label, ok: true } : { section: S, label, ok: false, detail: `missing: ${missing.join("; ")}` });
	}
	return checks;
}
