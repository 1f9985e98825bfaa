import { compilePaths, globProblem, globProblems } from "../../src/core/glob";

function excluded(entries: string[], paths: string[]): string[] {
	const matcher = compilePaths(entries);
	return paths.filter((path) => matcher.matches(path));
}

describe("excluded paths: folders and globs", () => {
	const paths = [
		"Archive/old.md",
		"Archive 2/kept.md",
		"Archive.md",
		"Daily/2024-01-01.md",
		"Daily/2024/02.md",
		"Notes/Daily/x.md",
		"Drawing 1.excalidraw.md",
		"Excalidraw/Sketch.excalidraw.md",
		"Notes/excalidraw.md",
		"Notes/a.md",
		"Notes/drafts/b.md",
		"Deep/x/drafts/c.md",
	];

	it("a folder entry leaves out the folder and everything below it, never a sibling sharing its first letters", () => {
		expect(excluded(["Archive"], paths)).toEqual(["Archive/old.md"]);
		expect(excluded(["/Archive/"], paths)).toEqual(["Archive/old.md"]);
		expect(excluded(["Notes\\drafts"], paths)).toEqual(["Notes/drafts/b.md"]);
	});

	it("a plain entry naming a note leaves out that note", () => {
		expect(excluded(["Archive.md"], paths)).toEqual(["Archive.md"]);
	});

	it("a glob without a slash matches a note's or a folder's name anywhere", () => {
		expect(excluded(["*.excalidraw.md"], paths)).toEqual(["Drawing 1.excalidraw.md", "Excalidraw/Sketch.excalidraw.md"]);
		expect(excluded(["draft?"], paths)).toEqual(["Notes/drafts/b.md", "Deep/x/drafts/c.md"]);
	});

	it("a glob with a slash matches from the vault root, and a matched folder takes its contents", () => {
		expect(excluded(["Daily/*"], paths)).toEqual(["Daily/2024-01-01.md", "Daily/2024/02.md"]);
		expect(excluded(["*/drafts"], paths)).toEqual(["Notes/drafts/b.md"]);
		expect(excluded(["**/drafts"], paths)).toEqual(["Notes/drafts/b.md", "Deep/x/drafts/c.md"]);
		expect(excluded(["Daily/**"], paths)).toEqual(["Daily/2024-01-01.md", "Daily/2024/02.md"]);
	});

	it("character classes, negated classes and literal dots", () => {
		expect(excluded(["Daily/2024-0[1-3]-*.md"], paths)).toEqual(["Daily/2024-01-01.md"]);
		expect(excluded(["[!AD]*.md"], ["Archive.md", "Notes/a.md", "x.md"])).toEqual(["Notes/a.md", "x.md"]);
		expect(excluded(["a.md"], ["abmd", "a.md"])).toEqual(["a.md"]);
		expect(excluded(["(x)+*.md"], ["(x)+y.md", "xxy.md"])).toEqual(["(x)+y.md"]);
	});

	it("matches case-sensitively, as vault paths are", () => {
		expect(excluded(["*.Excalidraw.md"], paths)).toEqual([]);
	});

	it("nothing matches with no entries, blank entries or only invalid ones", () => {
		expect(excluded([], paths)).toEqual([]);
		expect(excluded(["", "  ", "/"], paths)).toEqual([]);
		expect(excluded(["[abc"], paths)).toEqual([]);
	});
});

describe("excluded paths: validation", () => {
	it("accepts folders and well-formed globs", () => {
		expect(globProblems(["Templates", "*.excalidraw.md", "Daily/*", "**/drafts", "a/**/b", "[]]x", "[!a-z]", ""])).toEqual([]);
	});

	it("says what is wrong with an unclosed or unopened class", () => {
		expect(globProblem("Daily/[2024")).toMatch(/"\[" opens a character class that is never closed/);
		expect(globProblem("x]")).toMatch(/"\]" closes a character class that was never opened/);
		expect(globProblem("[a/b]")).toMatch(/never closed/);
	});

	it("says where ** may stand", () => {
		expect(globProblem("a**")).toMatch(/"\*\*" must stand alone between slashes/);
		expect(globProblem("***/x")).toMatch(/must stand alone/);
		expect(globProblem("**.md")).toMatch(/must stand alone/);
	});
});
