import fc from "fast-check";
import { createApp, getFrontMatterInfo } from "./index";
import type { App, TFile } from "./index";

function fileOf(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`missing ${path}`);
	return file;
}

describe("FileManager.processFrontMatter double", () => {
	test("rewrites only the YAML block and keeps the body byte for byte", async () => {
		const body = "\n# Title\n\n---\nnot: front matter\n---\n\ttabs and trailing spaces  \n";
		const app = createApp({ "n.md": `---\ntitle: Old\ntags:\n  - a\n---${body}` });
		const file = fileOf(app, "n.md");
		await app.fileManager.processFrontMatter(file, (fm) => {
			fm.title = "New";
			(fm.tags as string[]).push("b");
			fm.up = "[[Parent]]";
		});
		const text = await app.vault.read(file);
		expect(text).toBe(`---\ntitle: New\ntags:\n  - a\n  - b\nup: "[[Parent]]"\n---${body}`);
	});

	test("body preservation holds for arbitrary bodies and edits (property)", async () => {
		await fc.assert(
			fc.asyncProperty(fc.string(), fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.oneof(fc.string(), fc.integer(), fc.boolean())), async (bodyTail, edits) => {
				const body = `\n${bodyTail}`;
				const app = createApp({ "n.md": `---\nkeep: 1\n---${body}` });
				const file = fileOf(app, "n.md");
				await app.fileManager.processFrontMatter(file, (fm) => Object.assign(fm, edits));
				const text = await app.vault.read(file);
				const info = getFrontMatterInfo(text);
				expect(info.exists).toBe(true);
				expect(text.slice(info.to + 3)).toBe(body);
			}),
			{ numRuns: 100 },
		);
	});

	test("adds front matter to a note without one, leaves the note alone when nothing is added", async () => {
		const app = createApp({ "n.md": "Body\n", "m.md": "Untouched" });
		await app.fileManager.processFrontMatter(fileOf(app, "n.md"), (fm) => {
			fm.up = ["[[A]]", "[[B]]"];
		});
		expect(await app.vault.read(fileOf(app, "n.md"))).toBe('---\nup:\n  - "[[A]]"\n  - "[[B]]"\n---\nBody\n');
		await app.fileManager.processFrontMatter(fileOf(app, "m.md"), () => undefined);
		expect(await app.vault.read(fileOf(app, "m.md"))).toBe("Untouched");
		expect(app.vault.writes.map((w) => w.path)).toEqual(["n.md", "m.md"]);
	});

	test("rejects on invalid YAML without touching the file", async () => {
		const app = createApp({ "n.md": "---\na: [oops\n---\nbody" });
		const file = fileOf(app, "n.md");
		await expect(app.fileManager.processFrontMatter(file, () => undefined)).rejects.toThrow();
		expect(await app.vault.read(file)).toBe("---\na: [oops\n---\nbody");
	});

	test("front matter dates stay strings (core schema), as in Obsidian", async () => {
		const app = createApp({ "n.md": "---\ndate: 2024-01-02\n---\n" });
		expect(app.metadataCache.getCache("n.md")?.frontmatter?.date).toBe("2024-01-02");
		await app.fileManager.processFrontMatter(fileOf(app, "n.md"), (fm) => expect(fm.date).toBe("2024-01-02"));
	});
});

describe("FileManager links double", () => {
	test("renameFile updates wiki, markdown and front matter links that resolved to the file", async () => {
		const app = createApp({
			"topics/Old.md": "# Old",
			"a.md": '---\nup: "[[Old]]"\n---\nup:: [[Old|alias]] and [[topics/Old#Part]] and [t](topics/Old.md) and [[Other]]',
			"Other.md": "",
		});
		await app.fileManager.renameFile(fileOf(app, "topics/Old.md"), "topics/New Name.md");
		await app.flush();
		expect(await app.vault.read(fileOf(app, "a.md"))).toBe('---\nup: "[[New Name]]"\n---\nup:: [[New Name|alias]] and [[New Name#Part]] and [t](topics/New%20Name.md) and [[Other]]');
		expect(app.metadataCache.resolvedLinks["a.md"]).toEqual({ "topics/New Name.md": 4, "Other.md": 1 });
	});

	test("renameFile leaves links alone when link updating is off", async () => {
		const app = createApp({ "Old.md": "", "a.md": "[[Old]]" }, { updateLinksOnRename: false });
		await app.fileManager.renameFile(fileOf(app, "Old.md"), "New.md");
		expect(await app.vault.read(fileOf(app, "a.md"))).toBe("[[Old]]");
	});

	test("generateMarkdownLink follows the useMarkdownLinks setting", () => {
		const app = createApp({ "f/Note.md": "", "g/Note.md": "", "img.png": "" });
		const note = fileOf(app, "f/Note.md");
		expect(app.fileManager.generateMarkdownLink(note, "f/x.md")).toBe("[[f/Note]]");
		expect(app.fileManager.generateMarkdownLink(note, "x.md", "#H", "alias")).toBe("[[f/Note#H|alias]]");
		expect(app.fileManager.generateMarkdownLink(fileOf(app, "img.png"), "x.md", undefined, "pic")).toBe("![[img.png|pic]]");
		expect(app.fileManager.generateMarkdownLink(fileOf(app, "img.png"), "x.md")).toBe("![[img.png]]");
		app.vault.setConfig("useMarkdownLinks", true);
		expect(app.fileManager.generateMarkdownLink(note, "x.md")).toBe("[Note](f/Note.md)");
	});

	test("trashFile removes the file and fires delete", async () => {
		const app = createApp({ "a.md": "" });
		const deleted: string[] = [];
		app.vault.on("delete", (f) => deleted.push(f.path));
		await app.fileManager.trashFile(fileOf(app, "a.md"));
		expect(deleted).toEqual(["a.md"]);
		expect(app.vault.writes).toEqual([{ op: "trash", path: "a.md" }]);
	});
});
