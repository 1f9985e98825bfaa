import { compileExclusion } from "../../src/index/exclusion";

describe("compileExclusion", () => {
	it("excludes nothing without rules", () => {
		expect(compileExclusion(undefined, []).excludes("a.md")).toBe(false);
		expect(compileExclusion("not an array", []).excludes("a.md")).toBe(false);
	});

	it("treats Obsidian's plain filters as path prefixes", () => {
		const rules = compileExclusion(["Templates/", "Daily"], []);
		expect(rules.excludes("Templates/t.md")).toBe(true);
		expect(rules.excludes("Daily/2024-01-01.md")).toBe(true);
		expect(rules.excludes("Daily notes.md")).toBe(true);
		expect(rules.excludes("Notes/Templates/t.md")).toBe(false);
	});

	it("treats /regex/ filters as regular expressions and ignores invalid ones", () => {
		const rules = compileExclusion(["/\\.excalidraw\\.md$/", "/[/", 42, ""], []);
		expect(rules.excludes("draw/a.excalidraw.md")).toBe(true);
		expect(rules.excludes("draw/a.md")).toBe(false);
	});

	it("matches the plugin's folders at a folder boundary only", () => {
		const rules = compileExclusion([], ["/Archive/", "  ", "a\\b"]);
		expect(rules.excludes("Archive/x.md")).toBe(true);
		expect(rules.excludes("Archive/deep/x.md")).toBe(true);
		expect(rules.excludes("Archive old/x.md")).toBe(false);
		expect(rules.excludes("Archived.md")).toBe(false);
		expect(rules.excludes("a/b/c.md")).toBe(true);
	});
});
