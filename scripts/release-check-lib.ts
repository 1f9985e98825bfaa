/**
 * The release check's rules as pure functions over file contents (no file system, no process):
 * `scripts/release-check-main.ts` reads the files and prints the checklist, the tests feed fixtures.
 *
 * Manifest rules, and where they come from:
 * - docs.obsidian.md, Reference › Manifest: required `id`, `name`, `version` (semver `x.y.z`),
 *   `minAppVersion`, `description`, `author` (strings), `isDesktopOnly` (boolean); optional
 *   `authorUrl` (a URL) and `fundingUrl` (a URL or an object of URLs); the id can't contain "obsidian".
 * - docs.obsidian.md, Releasing › Submission requirements for plugins: description of at most 250
 *   characters, ending with a period, no emoji or special characters, not starting with "This is a
 *   plugin"; `fundingUrl` only for financial support.
 * - obsidianmd/obsidian-releases, .github/workflows/validate-plugin-entry.yml (the bot that reviews
 *   submissions): id only `[a-z0-9-_]`, not starting with "obsidian" nor ending with "plugin";
 *   name not containing "Obsidian" nor ending with "Plugin"; no email address as author; `authorUrl`
 *   not https://obsidian.md; `fundingUrl` not https://obsidian.md/pricing; version of digits and dots.
 * - eslint-plugin-obsidianmd, rule `validate-manifest`: no keys besides the ones above; "obsidian"
 *   and "plugin" in none of id, name, description; description 10–250 characters, starting with a
 *   capital letter, ending with a period, made only of letters, digits, spaces and . , ! ? ' " -
 */

/** One line of the checklist. */
export interface Check {
	/** The group it is printed under: "manifest.json", "versions", "outputs", "README.md"… */
	section: string;
	/** What is required, phrased so that ✓ reads as "this holds". */
	label: string;
	ok: boolean;
	/** Why it failed, or a figure worth seeing when it passed (the bundle size). */
	detail?: string;
}

/**
 * Largest main.js accepted, in bytes. It was 200 KB while the plugin had the tree, panels and
 * commands; the real-vault settings, Breadcrumbs import, value kinds, Bases views, trail and code
 * block took it to about 280 KB, all of it minified code of our own (no library is bundled).
 * The budget keeps about 40 KB of room and still fails on an accidental dependency.
 */
export const MAIN_JS_BUDGET = 320_000;

const SEMVER = /^\d+\.\d+\.\d+$/;
const DESCRIPTION_CHARACTERS = /^[A-Za-z0-9\s.,!?'"-]+$/;
const REQUIRED_STRINGS = ["id", "name", "version", "minAppVersion", "description", "author"] as const;
const OPTIONAL_KEYS = ["authorUrl", "fundingUrl"];

function check(section: string, label: string, ok: boolean, failure?: string): Check {
	return ok || failure === undefined ? { section, label, ok } : { section, label, ok, detail: failure };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: unknown): boolean {
	if (typeof value !== "string") return false;
	try {
		const url = new URL(value);
		return url.protocol === "https:" || url.protocol === "http:";
	} catch {
		return false;
	}
}

/** A string field of the manifest, or "" when absent or not a string. */
function text(manifest: Record<string, unknown>, key: string): string {
	const value = manifest[key];
	return typeof value === "string" ? value : "";
}

/** Checks manifest.json (parsed) against Obsidian's community plugin rules (see the file comment). */
export function checkManifest(manifest: unknown): Check[] {
	const S = "manifest.json";
	if (!isRecord(manifest)) return [check(S, "is a JSON object", false, "manifest.json is not a JSON object")];
	const checks: Check[] = [];
	const badTypes = [
		...REQUIRED_STRINGS.filter((key) => text(manifest, key).trim() === "").map((key) => `${key} (a non-empty string)`),
		...(typeof manifest.isDesktopOnly === "boolean" ? [] : ["isDesktopOnly (true or false)"]),
	];
	checks.push(check(S, "has id, name, version, minAppVersion, description, author and isDesktopOnly", badTypes.length === 0, `missing or wrong type: ${badTypes.join(", ")}`));
	const allowed = new Set<string>([...REQUIRED_STRINGS, "isDesktopOnly", ...OPTIONAL_KEYS]);
	const unknown = Object.keys(manifest).filter((key) => !allowed.has(key));
	checks.push(check(S, "has no other keys than the documented ones", unknown.length === 0, `unknown keys: ${unknown.join(", ")}`));

	const id = text(manifest, "id");
	checks.push(check(S, "id uses only lowercase letters, digits, dashes and underscores", /^[a-z0-9_-]+$/.test(id), `id "${id}"`));
	checks.push(check(S, 'id does not contain "obsidian" nor end with "plugin"', !/obsidian/i.test(id) && !/plugin$/i.test(id), `id "${id}"`));

	const name = text(manifest, "name");
	checks.push(check(S, 'name contains neither "Obsidian" nor "Plugin"', !/obsidian|plugin/i.test(name), `name "${name}"`));

	const description = text(manifest, "description");
	checks.push(check(S, "description is 10 to 250 characters long", description.length >= 10 && description.length <= 250, `${description.length} characters`));
	checks.push(check(S, "description starts with a capital letter and ends with a period", /^[A-Z]/.test(description) && description.endsWith("."), `"${description}"`));
	checks.push(
		check(S, 'description does not start with "This plugin" and mentions neither "Obsidian" nor "plugin"', !/^this (is a )?plugin/i.test(description) && !/obsidian|plugin/i.test(description), `"${description}"`),
	);
	const special = [...new Set([...description].filter((c) => !DESCRIPTION_CHARACTERS.test(c)))];
	checks.push(
		check(S, "description uses only letters, digits, spaces and . , ! ? ' \" -", special.length === 0, `found ${special.map((c) => JSON.stringify(c)).join(" ")}; the submission rules ask for no special characters`),
	);

	const author = text(manifest, "author");
	checks.push(check(S, "author is a name, not an email address", !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(author), `author "${author}"`));
	const version = text(manifest, "version");
	checks.push(check(S, "version is x.y.z", SEMVER.test(version), `version "${version}"`));
	const minAppVersion = text(manifest, "minAppVersion");
	checks.push(check(S, "minAppVersion is x.y.z", SEMVER.test(minAppVersion), `minAppVersion "${minAppVersion}"`));

	if ("authorUrl" in manifest) {
		const url = manifest.authorUrl;
		checks.push(check(S, "authorUrl is a web address other than obsidian.md", isHttpUrl(url) && !/^https?:\/\/obsidian\.md\/?$/.test(String(url)), `authorUrl ${JSON.stringify(url)}`));
	}
	if ("fundingUrl" in manifest) {
		const funding = manifest.fundingUrl;
		const urls = isRecord(funding) ? Object.values(funding) : [funding];
		const valid = urls.length > 0 && urls.every((url) => isHttpUrl(url) && !/^https?:\/\/obsidian\.md\/pricing\/?$/.test(String(url)));
		checks.push(check(S, "fundingUrl is a web address, or an object of them, other than Obsidian's pricing page", valid, `fundingUrl ${JSON.stringify(funding)}`));
	}
	return checks;
}

/** Checks that manifest.json, package.json and versions.json agree on the version. */
export function checkVersions(manifest: unknown, packageJson: unknown, versions: unknown): Check[] {
	const S = "versions";
	const m = isRecord(manifest) ? manifest : {};
	const version = text(m, "version");
	const minAppVersion = text(m, "minAppVersion");
	const packageVersion = isRecord(packageJson) ? text(packageJson, "version") : "";
	const checks = [check(S, "package.json version equals manifest.json version", packageVersion === version, `package.json "${packageVersion}", manifest.json "${version}"`)];
	if (!isRecord(versions)) {
		checks.push(check(S, "versions.json is an object of version → minAppVersion", false, "versions.json is not a JSON object"));
		return checks;
	}
	const badKeys = Object.entries(versions).filter(([key, value]) => !SEMVER.test(key) || typeof value !== "string" || !SEMVER.test(value));
	checks.push(check(S, "versions.json maps x.y.z versions to x.y.z app versions", badKeys.length === 0, `invalid entries: ${badKeys.map(([k, v]) => `"${k}": ${JSON.stringify(v)}`).join(", ")}`));
	const entry = versions[version];
	checks.push(
		check(
			S,
			`versions.json maps ${version || "the manifest version"} to minAppVersion ${minAppVersion}`,
			entry === minAppVersion,
			entry === undefined ? `versions.json has no entry for ${version}` : `versions.json maps ${version} to ${JSON.stringify(entry)}`,
		),
	);
	return checks;
}

/** A release file as found on disk: null when missing. */
export interface OutputFile {
	name: string;
	/** Its contents, or null when the file does not exist. */
	text: string | null;
	bytes: number;
}

/** Modules main.js may require at run time: Obsidian provides these. */
export function isProvidedModule(id: string): boolean {
	return id === "obsidian" || id === "electron" || id.startsWith("@codemirror/") || id.startsWith("@lezer/");
}

/** Checks the three release files: present, non-empty, main.js within budget and requiring only what Obsidian provides. */
export function checkOutputs(files: readonly OutputFile[]): Check[] {
	const S = "outputs";
	const checks: Check[] = [];
	for (const file of files) {
		checks.push(check(S, `${file.name} exists and is not empty`, file.text !== null && file.bytes > 0, file.text === null ? "missing" : "empty"));
	}
	const main = files.find((file) => file.name === "main.js");
	if (main?.text) {
		const size = `${main.bytes.toLocaleString("en-US")} bytes`;
		const within = main.bytes < MAIN_JS_BUDGET;
		checks.push({ section: S, label: `main.js is under ${MAIN_JS_BUDGET.toLocaleString("en-US")} bytes`, ok: within, detail: within ? size : `${size}, ${(main.bytes - MAIN_JS_BUDGET + 1).toLocaleString("en-US")} over` });
		const required = [...new Set([...main.text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))];
		const foreign = required.filter((id) => !isProvidedModule(id));
		checks.push(check(S, "main.js requires only obsidian, electron, @codemirror/* and @lezer/*", foreign.length === 0, `also requires ${foreign.join(", ")}`));
	}
	return checks;
}

/** Checks that CHANGELOG.md has a section for `version` or an Unreleased one, with at least one entry. */
export function checkChangelog(changelog: string | null, version: string): Check {
	const S = "CHANGELOG.md";
	const label = `has a section for ${version || "the version"} or Unreleased, with entries`;
	if (changelog === null) return check(S, label, false, "CHANGELOG.md is missing");
	const wanted = new Set(["unreleased", version.toLowerCase()]);
	const headings = [...changelog.matchAll(/^##\s+\[?([^\]\s]+)\]?.*$/gm)];
	const index = headings.findIndex((m) => wanted.has(m[1].toLowerCase()));
	if (index < 0) return check(S, label, false, `sections found: ${headings.map((m) => m[1]).join(", ") || "none"}`);
	const start = (headings[index].index ?? 0) + headings[index][0].length;
	const end = headings[index + 1]?.index ?? changelog.length;
	const hasEntries = /^\s*[-*]\s+\S/m.test(changelog.slice(start, end));
	return check(S, label, hasEntries, `the ${headings[index][1]} section has no entries`);
}

/** A source file: path relative to the repository, and contents. */
export interface SourceFile {
	path: string;
	text: string;
}

/** `eslint-disable` directives (any form) that give no `-- reason`, as `path:line`. */
export function bareEslintDisables(files: readonly SourceFile[]): string[] {
	const found: string[] = [];
	const directive = /(?:\/\/|\/\*)\s*eslint-disable(?:-next-line|-line)?(?=[\s*]|$)([^\n]*)/g;
	for (const file of files) {
		for (const m of file.text.matchAll(directive)) {
			const rest = m[1].split("*/")[0];
			if (!/\s--\s*\S/.test(rest)) found.push(`${file.path}:${file.text.slice(0, m.index).split("\n").length}`);
		}
	}
	return found;
}

/** Checks that no eslint-disable goes without a reason. */
export function checkEslintDisables(files: readonly SourceFile[]): Check {
	const bare = bareEslintDisables(files);
	return check("lint", "every eslint-disable in src/, tests/ and scripts/ gives a -- reason", bare.length === 0, `without a reason: ${bare.join(", ")}`);
}

/** Prints the checks grouped by section, ✓/✗ each, and a closing count. */
export function formatReport(checks: readonly Check[]): string {
	const lines: string[] = [];
	let section = "";
	for (const c of checks) {
		if (c.section !== section) {
			section = c.section;
			lines.push("", section);
		}
		lines.push(`  ${c.ok ? "✓" : "✗"} ${c.label}${c.detail ? ` (${c.detail})` : ""}`);
	}
	const failed = checks.filter((c) => !c.ok).length;
	lines.push("", failed === 0 ? `All ${checks.length} checks passed.` : `${failed} of ${checks.length} checks failed.`);
	return lines.join("\n");
}
