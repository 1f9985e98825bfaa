/** `topic-tree tree`: unlinked notes counted at the end or listed with --unlinked, and the vault's excluded paths honoured. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import type { TreeJson } from "../../src/cli/commands";

function tmpVault(files: Record<string, string>): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topic-tree-unlinked-"));
	for (const [rel, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		fs.writeFileSync(path.join(dir, rel), text);
	}
	return dir;
}

const FILES = {
	"Hub.md": "# Hub\n",
	"Child.md": "up:: [[Hub]]\n",
	"Loose 1.md": "nothing\n",
	"Loose 2.md": "nothing\n",
	"Drawing.excalidraw.md": "up:: [[Hub]]\n",
	"Daily/2024-01-01.md": "up:: [[Hub]]\n",
};

describe("topic-tree tree: unlinked notes and excluded paths", () => {
	it("ends the text tree with the count of unlinked notes, and leaves drawings out by default", () => {
		const dir = tmpVault(FILES);
		const result = run(["tree", dir]);
		expect(result.code).toBe(0);
		expect(result.out).toEqual(["Hub", "├── 2024-01-01", "└── Child", "2 unlinked notes (--unlinked to list them)"]);
	});

	it("counts Excalidraw drawings in no hierarchy apart, whatever their name, and lists them nowhere", () => {
		const drawing = "---\nexcalidraw-plugin: parsed\ntags: [excalidraw]\n---\n# Excalidraw Data\n";
		const dir = tmpVault({ ...FILES, "Sketch.md": drawing, "Other sketch (draw).md": drawing, "Placed sketch.md": drawing.replace("# Excalidraw", "up:: [[Hub]]\n# Excalidraw") });
		expect(run(["tree", dir]).out).toEqual(["Hub", "├── 2024-01-01", "├── Child", "└── Placed sketch", "2 unlinked notes (--unlinked to list them)", "2 Excalidraw drawings in no hierarchy, not listed"]);
		expect(run(["tree", dir, "--unlinked"]).out.slice(-4)).toEqual(["Unlinked notes (2):", "Loose 1", "Loose 2", "2 Excalidraw drawings in no hierarchy, not listed"]);
	});

	it("--unlinked lists them after the tree", () => {
		const result = run(["tree", tmpVault(FILES), "--unlinked"]);
		expect(result.out).toEqual(["Hub", "├── 2024-01-01", "└── Child", "", "Unlinked notes (2):", "Loose 1", "Loose 2"]);
	});

	it("--json keeps every node, unlinked ones included", () => {
		const result = run(["tree", tmpVault(FILES), "--json"]);
		const json = JSON.parse(result.out.join("\n")) as TreeJson;
		expect(json.nodes.map((n) => n.id)).toEqual(["Child.md", "Daily/2024-01-01.md", "Hub.md", "Loose 1.md", "Loose 2.md"]);
	});

	it("honours the plugin's excluded paths and Obsidian's excluded files saved in the vault", () => {
		const dir = tmpVault({
			...FILES,
			".obsidian/app.json": JSON.stringify({ userIgnoreFilters: ["Loose 2.md"] }),
			".obsidian/plugins/topic-tree/data.json": JSON.stringify({ settings: { excludedPaths: ["Daily/*"] } }),
		});
		expect(run(["tree", dir]).out).toEqual(["Hub", "├── Child", "└── Drawing.excalidraw", "1 unlinked note (--unlinked to list them)"]);
		const old = tmpVault({ ...FILES, ".obsidian/plugins/topic-tree/data.json": JSON.stringify({ settings: { excludedFolders: ["Daily"] } }) });
		expect(run(["tree", old]).out).toEqual(["Hub", "└── Child", "2 unlinked notes (--unlinked to list them)"]);
	});
});
