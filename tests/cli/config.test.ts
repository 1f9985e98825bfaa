/** The command reads the vault's own configuration (issue 10), and flags override it. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import type { TreeJson } from "../../src/cli/commands";

function vault(files: Record<string, string>): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tt-config-"));
	for (const [rel, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		fs.writeFileSync(path.join(dir, rel), text);
	}
	return dir;
}

function json(args: string[]): { json: TreeJson; err: string[] } {
	const result = run(["tree", ...args, "--json"]);
	expect(result.code).toBe(0);
	return { json: JSON.parse(result.out.join("\n")) as TreeJson, err: result.err };
}

const NOTES = {
	"a.md": "parent::[[b]],[[c]]\nnext:: [[d]]\n",
	"b.md": "child:: [[a]]\n",
	"c.md": "",
	"d.md": "prev:: [[a]]\nsame:: [[c]]\n",
	"Templates/t.md": "parent:: [[{{title}}]]\nparent:: [[Template hub]]\n",
	"Archive/old.md": "parent:: [[b]]\n",
	"docs/doc.pdf": "",
	"e.md": "parent:: [[doc.pdf]]\n",
	"x.md/inside.png": "",
};

test("Breadcrumbs' fields are used when the vault has no Topic Tree settings, and stderr says so", () => {
	const dir = vault({
		...NOTES,
		".obsidian/plugins/breadcrumbs/data.json": JSON.stringify({ userHiers: [{ up: ["parent"], down: ["child"], same: ["same"], next: ["next"], prev: ["prev"] }] }),
		".obsidian/app.json": JSON.stringify({ userIgnoreFilters: ["Archive/"] }),
		".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
	});
	const { json: out, err } = json([dir]);
	expect(err.join("\n")).toMatch(/no Topic Tree settings in this vault; fields from Breadcrumbs \(\.obsidian\/plugins\/breadcrumbs\/data\.json, v3\): parent fields parent; child fields child/);
	// One record per declaration: a → b is declared in a (parent) and in b (child).
	expect(out.edges.filter((e) => e.child === "a.md" && e.parent === "b.md").map((e) => [e.declaredIn, e.declaredAs, e.field, e.line])).toEqual([
		["a.md", "parent", "parent", 1],
		["b.md", "child", "child", 1],
	]);
	expect(out.edges.filter((e) => e.child === "a.md").map((e) => e.parent)).toEqual(["b.md", "c.md", "b.md"]);
	// Sequences and siblings are links, never parent edges.
	expect(out.links).toEqual([
		{ kind: "next", from: "a.md", to: "d.md", field: "next", source: "inline", line: 2 },
		{ kind: "prev", from: "d.md", to: "a.md", field: "prev", source: "inline", line: 1 },
		{ kind: "sibling", from: "d.md", to: "c.md", field: "same", source: "inline", line: 2 },
	]);
	// Excluded files and the template folder are left out; the placeholder makes no ghost.
	const ids = out.nodes.map((n) => n.id);
	expect(ids).not.toContain("Archive/old.md");
	expect(ids).not.toContain("Templates/t.md");
	expect(ids.filter((id) => id.startsWith("ghost:"))).toEqual([]);
	// A PDF named as a parent is a file node; a folder named x.md is not a note.
	expect(out.nodes.find((n) => n.id === "docs/doc.pdf")).toEqual({ id: "docs/doc.pdf", kind: "file", title: "doc.pdf", path: "docs/doc.pdf" });
	expect(ids).not.toContain("x.md");
	expect(out.settings).toEqual({
		configDir: ".obsidian",
		fields: {
			parent: { names: ["parent"], from: "breadcrumbs" },
			child: { names: ["child"], from: "breadcrumbs" },
			sibling: { names: ["same"], from: "breadcrumbs" },
			next: { names: ["next"], from: "breadcrumbs" },
			prev: { names: ["prev"], from: "breadcrumbs" },
			related: { names: ["related"], from: "breadcrumbs" },
		},
		excluded: [
			{ path: "Archive/", from: "app.json" },
			{ path: "*.excalidraw.md", from: "default" },
			{ path: "Templates", from: "templates.json" },
		],
		leaveOutTemplateFolders: true,
	});
});

test("Topic Tree's own saved settings win over Breadcrumbs'; flags win over both", () => {
	const dir = vault({
		...NOTES,
		".obsidian/plugins/breadcrumbs/data.json": JSON.stringify({ userHiers: [{ up: ["up"], down: ["down"] }] }),
		".obsidian/plugins/topic-tree/data.json": JSON.stringify({ settings: { parentFields: ["parent"], childFields: [], leaveOutTemplateFolders: false } }),
	});
	const { json: own, err } = json([dir]);
	expect(err[0]).toBe("topic-tree: fields from .obsidian/plugins/topic-tree/data.json");
	expect(own.settings?.fields.parent).toEqual({ names: ["parent"], from: "topic-tree" });
	expect(own.nodes.map((n) => n.id)).toContain("Templates/t.md");
	expect(own.nodes.map((n) => n.id)).toContain("ghost:template hub");
	const { json: flagged } = json([dir, "--child-field", "child, down", "--exclude", "Templates", "--exclude", "Archive"]);
	expect(flagged.settings?.fields.child).toEqual({ names: ["child", "down"], from: "flag" });
	expect(flagged.settings?.excluded).toEqual([
		{ path: "*.excalidraw.md", from: "default" },
		{ path: "Templates", from: "flag" },
		{ path: "Archive", from: "flag" },
	]);
	expect(flagged.nodes.map((n) => n.id)).not.toContain("Archive/old.md");
	expect(flagged.edges.some((e) => e.declaredIn === "b.md" && e.declaredAs === "child")).toBe(true);
});

test("--no-config reads no file, --config-dir names another folder, and a malformed Breadcrumbs file is said and ignored", () => {
	const dir = vault({
		...NOTES,
		".config/plugins/breadcrumbs/data.json": "{ broken",
		".obsidian/plugins/breadcrumbs/data.json": JSON.stringify({ userHiers: [{ up: ["parent"] }] }),
	});
	const { json: bare, err } = json([dir, "--no-config"]);
	expect(bare.settings?.configDir).toBeNull();
	expect(bare.settings?.fields.parent).toEqual({ names: ["up"], from: "default" });
	// The notes use parent:: everywhere: the hint names it.
	expect(err.join("\n")).toMatch(/hint: these fields hold links but are not read as relations: parent \(4 notes\)/);
	const other = json([dir, "--config-dir", ".config"]);
	expect(other.err.join("\n")).toMatch(/\.config\/plugins\/breadcrumbs\/data\.json: Breadcrumbs' settings are not valid JSON .* Using the defaults\./);
	expect(other.json.settings?.fields.parent.from).toBe("default");
	expect(run(["tree", dir, "--config-dir", "../elsewhere"]).code).toBe(2);
});

test("the hint counts front matter keys holding links, read from each note's own front matter", () => {
	const topic = (parent: string) => `---\nbroader: "[[${parent}]]"\ntags: [x]\n---\nText.\n`;
	const dir = vault({ "a.md": topic("hub"), "b.md": topic("hub"), "c.md": topic("a"), "hub.md": "---\nbroader: plain words\n---\n" });
	const { err } = json([dir, "--no-config"]);
	expect(err.join("\n")).toMatch(/hint: these fields hold links but are not read as relations: broader \(3 notes\)/);
});

test("check words a missing child as unresolved-child", () => {
	const dir = vault({ "hub.md": "down:: [[missing]]\n" });
	const result = run(["check", dir]);
	expect(result.out).toEqual(["hub.md:1: warning: down: 'missing' names a child that does not exist; shown as a ghost topic (unresolved-child)"]);
});
