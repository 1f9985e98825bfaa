import { createApp } from "./index";
import type { TAbstractFile, TFile } from "./index";

function fileOf(app: ReturnType<typeof createApp>, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`missing ${path}`);
	return file;
}

describe("Vault double", () => {
	test("builds folders and files from paths, with Obsidian's names", () => {
		const app = createApp({ "notes/sub/a.md": "A", "b.canvas": "{}", "/c.md/": "C" });
		const a = fileOf(app, "notes/sub/a.md");
		expect([a.name, a.basename, a.extension]).toEqual(["a.md", "a", "md"]);
		expect(a.parent?.path).toBe("notes/sub");
		expect(app.vault.getFolderByPath("notes")?.children.map((c) => c.path)).toEqual(["notes/sub"]);
		expect(app.vault.getRoot().isRoot()).toBe(true);
		expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["c.md", "notes/sub/a.md"]);
		expect(app.vault.getFiles()).toHaveLength(3);
		expect(app.vault.getAbstractFileByPath("notes/sub")).not.toBeNull();
		expect(a.stat.size).toBe(1);
	});

	test("fires create, modify, rename, delete synchronously with Obsidian's payloads", async () => {
		const app = createApp({ "a.md": "x" });
		const log: string[] = [];
		app.vault.on("create", (f) => log.push(`create ${f.path}`));
		app.vault.on("modify", (f) => log.push(`modify ${f.path}`));
		app.vault.on("rename", (f, old) => log.push(`rename ${old} -> ${f.path}`));
		app.vault.on("delete", (f) => log.push(`delete ${f.path}`));
		const created = app.vault.create("dir/new.md", "hello");
		expect(log).toEqual(["create dir", "create dir/new.md"]);
		const file = await created;
		await app.vault.modify(file, "changed");
		await app.vault.append(file, "!");
		await app.vault.rename(file, "other/moved.md");
		await app.fileManager.trashFile(file);
		expect(log).toEqual(["create dir", "create dir/new.md", "modify dir/new.md", "modify dir/new.md", "create other", "rename dir/new.md -> other/moved.md", "delete other/moved.md"]);
		expect(app.vault.getAbstractFileByPath("other/moved.md")).toBeNull();
	});

	test("renaming a folder moves its files and fires rename for each", async () => {
		const app = createApp({ "f/a.md": "", "f/g/b.md": "" });
		const renamed: [string, string][] = [];
		app.vault.on("rename", (f: TAbstractFile, old: string) => renamed.push([old, f.path]));
		const folder = app.vault.getFolderByPath("f");
		if (!folder) throw new Error("no folder");
		await app.vault.rename(folder, "h");
		expect(renamed).toEqual([["f", "h"], ["f/a.md", "h/a.md"], ["f/g", "h/g"], ["f/g/b.md", "h/g/b.md"]]);
		expect(await app.vault.read(fileOf(app, "h/g/b.md"))).toBe("");
		expect(app.vault.getAbstractFileByPath("f/a.md")).toBeNull();
	});

	test("errors like Obsidian: existing paths, missing files", async () => {
		const app = createApp({ "a.md": "" });
		await expect(app.vault.create("a.md", "")).rejects.toThrow("already exists");
		await expect(app.vault.createFolder("a.md")).rejects.toThrow();
		const a = fileOf(app, "a.md");
		await app.fileManager.trashFile(a);
		await expect(app.vault.modify(a, "x")).rejects.toThrow("does not exist");
	});

	test("process is atomic: concurrent read-modify-writes all land", async () => {
		const app = createApp({ "n.md": "" });
		const file = fileOf(app, "n.md");
		await Promise.all(Array.from({ length: 50 }, (_, i) => app.vault.process(file, (t) => `${t}${i},`)));
		expect((await app.vault.read(file)).split(",").filter((s) => s !== "")).toHaveLength(50);
		const naive = createApp({ "n.md": "" });
		const nf = fileOf(naive, "n.md");
		await Promise.all(Array.from({ length: 50 }, async (_, i) => naive.vault.modify(nf, `${await naive.vault.read(nf)}${i},`)));
		expect((await naive.vault.read(nf)).split(",").filter((s) => s !== "").length).toBeLessThan(50);
	});

	test("process resolves to the new text and a throwing fn writes nothing", async () => {
		const app = createApp({ "n.md": "a" });
		const file = fileOf(app, "n.md");
		await expect(app.vault.process(file, (t) => `${t}b`)).resolves.toBe("ab");
		await expect(
			app.vault.process(file, () => {
				throw new Error("nope");
			}),
		).rejects.toThrow("nope");
		expect(await app.vault.read(file)).toBe("ab");
		expect(app.vault.writes.map((w) => w.op)).toEqual(["modify"]);
	});

	test("metadata updates a microtask later: changed (file, text, cache), then resolve, then resolved", async () => {
		const app = createApp({ "a.md": "# Old", "b.md": "" });
		const a = fileOf(app, "a.md");
		const events: string[] = [];
		app.metadataCache.on("changed", (file, data, cache) => events.push(`changed ${file.path} ${data} ${cache.headings?.[0].heading ?? ""}`));
		app.metadataCache.on("resolve", (file) => events.push(`resolve ${file.path}`));
		app.metadataCache.on("resolved", () => events.push("resolved"));
		const write = app.vault.modify(a, "# New\n[[b]]");
		expect(events).toEqual([]);
		expect(app.metadataCache.getFileCache(a)?.headings?.[0].heading).toBe("Old");
		await write;
		await app.flush();
		expect(events).toEqual(["changed a.md # New\n[[b]] New", "resolve a.md", "resolved"]);
		expect(app.metadataCache.resolvedLinks["a.md"]).toEqual({ "b.md": 1 });
	});

	test("delete fires metadata deleted with the previous cache; rename keeps the cache without changed", async () => {
		const app = createApp({ "a.md": "# A", "b.md": "[[a]]" });
		const events: string[] = [];
		app.metadataCache.on("changed", (f) => events.push(`changed ${f.path}`));
		app.metadataCache.on("deleted", (f, prev) => events.push(`deleted ${f.path} ${prev?.headings?.[0].heading ?? "-"}`));
		await app.vault.rename(fileOf(app, "a.md"), "z.md");
		await app.flush();
		expect(app.metadataCache.getCache("z.md")?.headings?.[0].heading).toBe("A");
		expect(app.metadataCache.getCache("a.md")).toBeNull();
		expect(app.metadataCache.unresolvedLinks["b.md"]).toEqual({ a: 1 });
		await app.fileManager.trashFile(fileOf(app, "z.md"));
		await app.flush();
		expect(events).toEqual(["deleted z.md A"]);
		expect(app.metadataCache.getCache("z.md")).toBeNull();
	});

	test("copy, stat times from the clock, config and adapter", async () => {
		let now = 1000;
		const app = createApp({ "a.md": "text" }, { now: () => now, config: { userIgnoreFilters: ["tmp/"] } });
		const a = fileOf(app, "a.md");
		expect(a.stat).toEqual({ ctime: 1000, mtime: 1000, size: 4 });
		now = 2000;
		await app.vault.modify(a, "téxt");
		expect(a.stat).toEqual({ ctime: 1000, mtime: 2000, size: 5 });
		const copy = await app.vault.copy(a, "b.md");
		expect(await app.vault.read(copy)).toBe("téxt");
		expect(app.vault.getConfig("userIgnoreFilters")).toEqual(["tmp/"]);
		expect(await app.vault.adapter.exists("a.md")).toBe(true);
		await app.vault.adapter.write(`${app.vault.configDir}/x.json`, "{}");
		expect(await app.vault.adapter.read(`${app.vault.configDir}/x.json`)).toBe("{}");
	});
});
