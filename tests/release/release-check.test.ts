/**
 * The release check's rules (scripts/release-check-lib.ts) on good and broken fixtures: each
 * broken one fails its check with a message that says what is wrong.
 */
import * as fs from "fs";
import * as path from "path";
import {
	MAIN_JS_BUDGET,
	bareEslintDisables,
	checkChangelog,
	checkEslintDisables,
	checkManifest,
	checkOutputs,
	checkVersions,
	formatReport,
	type Check,
	type OutputFile,
} from "../../scripts/release-check-lib";
import { REPO_ROOT } from "../helpers/corpus";

const GOOD_MANIFEST = {
	id: "topic-tree",
	name: "Topic Tree",
	version: "1.2.3",
	minAppVersion: "1.7.2",
	description: "Browse your notes as a topic tree built from parent fields and front matter.",
	author: "Topic Tree contributors",
	isDesktopOnly: false,
};

/** The failed checks, as "label: detail". */
function failures(checks: readonly Check[]): string[] {
	return checks.filter((c) => !c.ok).map((c) => `${c.label}: ${c.detail ?? ""}`);
}

function manifestWith(changes: Record<string, unknown>): Record<string, unknown> {
	return { ...GOOD_MANIFEST, ...changes };
}

describe("checkManifest", () => {
	test("a manifest that follows the rules passes every check", () => {
		expect(failures(checkManifest(GOOD_MANIFEST))).toEqual([]);
		expect(failures(checkManifest(manifestWith({ authorUrl: "https://example.com", fundingUrl: { "Buy me a coffee": "https://example.com/coffee" } })))).toEqual([]);
	});

	test.each([
		["an uppercase id with a space", { id: "Topic Tree" }, /id uses only lowercase.*id "Topic Tree"/],
		["an id containing obsidian", { id: "obsidian-topic-tree" }, /does not contain "obsidian".*obsidian-topic-tree/],
		["an id ending with plugin", { id: "topic-tree-plugin" }, /nor end with "plugin".*topic-tree-plugin/],
		["a name containing Obsidian", { name: "Obsidian Topic Tree" }, /name contains neither.*"Obsidian Topic Tree"/],
		["a description without a period", { description: "Browse your notes as a topic tree" }, /ends with a period/],
		["a description starting with This plugin", { description: "This plugin shows a topic tree." }, /does not start with "This plugin"/],
		["a description naming Obsidian", { description: "A topic tree for Obsidian notes." }, /mentions neither "Obsidian"/],
		["a description over 250 characters", { description: `${"A".repeat(250)}.` }, /10 to 250 characters.*251 characters/],
		["a description with special characters", { description: "Build a tree from up:: fields 🌳." }, /only letters, digits.*found ":" "🌳"/],
		["an email address as author", { author: "me@example.com" }, /author is a name.*me@example.com/],
		["a version with a v prefix", { version: "v1.2.3" }, /version is x\.y\.z.*"v1\.2\.3"/],
		["a two-part minAppVersion", { minAppVersion: "1.7" }, /minAppVersion is x\.y\.z.*"1\.7"/],
		["isDesktopOnly as a string", { isDesktopOnly: "false" }, /missing or wrong type: isDesktopOnly/],
		["an empty author", { author: "" }, /missing or wrong type: author/],
		["an unknown key", { homepage: "https://example.com" }, /no other keys.*unknown keys: homepage/],
		["an authorUrl that is not a URL", { authorUrl: "example.com" }, /authorUrl is a web address.*"example.com"/],
		["a fundingUrl pointing to Obsidian's pricing", { fundingUrl: "https://obsidian.md/pricing" }, /fundingUrl is a web address/],
	])("%s fails with a readable message", (_what, changes, message) => {
		const failed = failures(checkManifest(manifestWith(changes)));
		expect(failed).toHaveLength(1);
		expect(failed[0]).toMatch(message);
	});

	test("a missing field is named", () => {
		const { minAppVersion: _dropped, ...rest } = GOOD_MANIFEST;
		expect(failures(checkManifest(rest)).join("\n")).toMatch(/missing or wrong type: minAppVersion/);
	});

	test("something that is not an object fails once", () => {
		expect(failures(checkManifest([GOOD_MANIFEST]))).toEqual(["is a JSON object: manifest.json is not a JSON object"]);
	});
});

describe("checkVersions", () => {
	const pkg = { name: "topic-tree", version: "1.2.3" };

	test("agreeing files pass", () => {
		expect(failures(checkVersions(GOOD_MANIFEST, pkg, { "1.0.0": "1.5.0", "1.2.3": "1.7.2" }))).toEqual([]);
	});

	test("package.json and manifest.json disagreeing is reported with both versions", () => {
		expect(failures(checkVersions(GOOD_MANIFEST, { version: "1.2.4" }, { "1.2.3": "1.7.2" }))).toEqual([
			'package.json version equals manifest.json version: package.json "1.2.4", manifest.json "1.2.3"',
		]);
	});

	test("a version missing from versions.json is reported", () => {
		expect(failures(checkVersions(GOOD_MANIFEST, pkg, { "1.0.0": "1.5.0" }))).toEqual(["versions.json maps 1.2.3 to minAppVersion 1.7.2: versions.json has no entry for 1.2.3"]);
	});

	test("an entry naming another app version is reported", () => {
		expect(failures(checkVersions(GOOD_MANIFEST, pkg, { "1.2.3": "1.5.0" }))).toEqual(['versions.json maps 1.2.3 to minAppVersion 1.7.2: versions.json maps 1.2.3 to "1.5.0"']);
	});

	test("keys and values that are not x.y.z are listed", () => {
		expect(failures(checkVersions(GOOD_MANIFEST, pkg, { "1.2.3": "1.7.2", "v0.9": "1.0.0", "0.8.0": 1 }))).toEqual([
			'versions.json maps x.y.z versions to x.y.z app versions: invalid entries: "v0.9": "1.0.0", "0.8.0": 1',
		]);
	});

	test("the repository's own manifest.json, package.json and versions.json agree", () => {
		const json = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), "utf8"));
		expect(failures(checkVersions(json("manifest.json"), json("package.json"), json("versions.json")))).toEqual([]);
	});
});

describe("checkOutputs", () => {
	const file = (name: string, text: string | null): OutputFile => ({ name, text, bytes: text === null ? 0 : Buffer.byteLength(text) });
	const main = 'var o=require("obsidian"),v=require("@codemirror/view");module.exports=class{};';

	test("three files present, main.js small and requiring only what Obsidian provides: pass, with the size shown", () => {
		const checks = checkOutputs([file("main.js", main), file("manifest.json", "{}"), file("styles.css", ".a{}")]);
		expect(failures(checks)).toEqual([]);
		expect(checks.find((c) => c.label.startsWith("main.js is under"))?.detail).toBe(`${Buffer.byteLength(main)} bytes`);
	});

	test("a missing or empty file is reported", () => {
		expect(failures(checkOutputs([file("main.js", main), file("manifest.json", ""), file("styles.css", null)]))).toEqual([
			"manifest.json exists and is not empty: empty",
			"styles.css exists and is not empty: missing",
		]);
	});

	test("main.js over the budget fails with its size and the excess", () => {
		const big = main + " ".repeat(MAIN_JS_BUDGET);
		const failed = failures(checkOutputs([file("main.js", big)]));
		expect(failed).toEqual([`main.js is under ${MAIN_JS_BUDGET.toLocaleString("en-US")} bytes: ${Buffer.byteLength(big).toLocaleString("en-US")} bytes, ${(Buffer.byteLength(big) - MAIN_JS_BUDGET + 1).toLocaleString("en-US")} over`]);
	});

	test("main.js requiring a Node module fails and names it", () => {
		expect(failures(checkOutputs([file("main.js", `${main}require("fs");require('path');`)]))).toEqual([
			"main.js requires only obsidian, electron, @codemirror/* and @lezer/*: also requires fs, path",
		]);
	});
});

describe("checkChangelog", () => {
	const HEAD = "# Changelog\n\nAll notable changes.\n\n";

	test("an Unreleased or current-version section with entries passes", () => {
		expect(checkChangelog(`${HEAD}## [Unreleased]\n\n### Added\n- Release check.\n`, "1.2.3").ok).toBe(true);
		expect(checkChangelog(`${HEAD}## [1.2.3] - 2026-01-01\n\n- Fixed a thing.\n\n## [1.0.0]\n- First.\n`, "1.2.3").ok).toBe(true);
	});

	test("no section for the version lists the sections there are", () => {
		expect(checkChangelog(`${HEAD}## [1.0.0]\n- First.\n`, "1.2.3")).toMatchObject({ ok: false, detail: "sections found: 1.0.0" });
	});

	test("an empty section, or no CHANGELOG at all, fails", () => {
		expect(checkChangelog(`${HEAD}## [Unreleased]\n\n## [1.0.0]\n- First.\n`, "1.2.3")).toMatchObject({ ok: false, detail: "the Unreleased section has no entries" });
		expect(checkChangelog(null, "1.2.3")).toMatchObject({ ok: false, detail: "CHANGELOG.md is missing" });
	});
});

describe("eslint-disable comments", () => {
	// Built from parts so this file itself holds no directive.
	const disable = "eslint-" + "disable";

	test("directives without a -- reason are found with their line; those with one are not", () => {
		const text = [
			`// ${disable}-next-line no-console -- the CLI prints`,
			`console.log(1); // ${disable}-line no-console`,
			`/* ${disable} no-console */`,
			`/* ${disable} no-console -- generated file */`,
			`// ${disable}-next-line`,
			`const note = "see ${disable} in the docs";`,
		].join("\n");
		expect(bareEslintDisables([{ path: "src/a.ts", text }])).toEqual(["src/a.ts:2", "src/a.ts:3", "src/a.ts:5"]);
		expect(checkEslintDisables([{ path: "src/a.ts", text }])).toMatchObject({ ok: false, detail: "without a reason: src/a.ts:2, src/a.ts:3, src/a.ts:5" });
	});

	test("files without any directive pass", () => {
		expect(checkEslintDisables([{ path: "src/b.ts", text: "export const b = 1;\n" }]).ok).toBe(true);
	});
});

describe("formatReport", () => {
	test("groups checks by section, marks each ✓ or ✗ with its detail, and counts the failures", () => {
		const report = formatReport([
			{ section: "versions", label: "package.json agrees", ok: true },
			{ section: "outputs", label: "main.js is small", ok: true, detail: "10 bytes" },
			{ section: "outputs", label: "styles.css exists", ok: false, detail: "missing" },
		]);
		expect(report.split("\n")).toEqual(["", "versions", "  ✓ package.json agrees", "", "outputs", "  ✓ main.js is small (10 bytes)", "  ✗ styles.css exists (missing)", "", "1 of 3 checks failed."]);
	});
});
