/** @jest-environment jsdom */
/**
 * The trail as the loaded plugin wires it: the live index's graph gives the ← previous /
 * next → links of a `next::` / `prev::` sequence, and an edit to the sequence shows up.
 */
import TopicTreePlugin from "../../src/main";
import { createApp, loadPlugin, MarkdownView, unloadPlugin } from "../obsidian-double";

const FILES = {
	"Book.md": "# Book\n",
	"Chapter 1.md": "up:: [[Book]]\nnext:: [[Chapter 2]]\n",
	"Chapter 2.md": "up:: [[Book]]\n",
	"Chapter 3.md": "up:: [[Book]]\nprev:: [[Chapter 2]]\n",
};

async function settle(app: ReturnType<typeof createApp>): Promise<void> {
	for (let i = 0; i < 3; i++) {
		await app.flush();
		await new Promise((resolve) => window.setTimeout(resolve, 0));
	}
}

/** Waits (a bounded number of rounds) for the live index to apply pending changes and redraw. */
async function until(app: ReturnType<typeof createApp>, test: () => boolean): Promise<void> {
	for (let i = 0; i < 40 && !test(); i++) {
		await settle(app);
		await new Promise((resolve) => window.setTimeout(resolve, 60));
	}
}

test("the trail of a chapter: Book › Chapter 2, then ← Chapter 1 and Chapter 3 →; a new step appears", async () => {
	const app = createApp(FILES, { layoutReady: true });
	const plugin = await loadPlugin(app, TopicTreePlugin, { id: "topic-tree", name: "Topic Tree" });
	await until(app, () => plugin.host?.index.status.state === "ready");
	const leaf = app.workspace.getLeaf(false);
	await leaf.openFile(app.vault.fileAt("Chapter 2.md"));
	await settle(app);
	const trail = () => (leaf.view as MarkdownView).containerEl.querySelector(".topic-tree-trail");
	const words = () => Array.from(trail()?.querySelectorAll(".topic-tree-trail-path > *, .topic-tree-trail-sequence a") ?? [], (el) => el.textContent);
	expect(words()).toEqual(["Book", "›", "Chapter 2", "← Chapter 1", "Chapter 3 →"]);
	await app.vault.modify(app.vault.fileAt("Chapter 1.md"), "up:: [[Book]]\n");
	await until(app, () => !words().includes("← Chapter 1"));
	expect(words()).toEqual(["Book", "›", "Chapter 2", "Chapter 3 →"]);
	await unloadPlugin(plugin);
	expect(trail()).toBeNull();
	await app.dispose();
});
