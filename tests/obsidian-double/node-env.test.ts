import { Plugin } from "obsidian";
import { Notice, createApp, liveCounts, loadPlugin, resetLiveCounts, unloadPlugin } from "./index";

class HeadlessPlugin extends Plugin {
	onload(): void {
		this.registerEvent(this.app.vault.on("create", () => undefined));
		this.addRibbonIcon("tree", "Tree", () => undefined);
		this.addCommand({ id: "x", name: "X", callback: () => new Notice("Ran") });
	}
}

describe("the double without a DOM (jest node environment)", () => {
	test("apps, vaults and plugins work; elements throw a clear error only when used", async () => {
		expect(typeof document).toBe("undefined");
		resetLiveCounts();
		const app = createApp({ "a.md": "[[b]]" });
		expect(app.metadataCache.unresolvedLinks["a.md"]).toEqual({ b: 1 });
		const plugin = await loadPlugin(app, HeadlessPlugin, { id: "headless" });
		expect(app.commands.executeCommandById("headless:x")).toBe(true);
		expect(Notice.messages).toContain("Ran");
		expect(() => app.workspace.leftRibbon.containerEl.addClass("x")).toThrow("needs a DOM: add the docblock /** @jest-environment jsdom */");
		await unloadPlugin(plugin);
		expect(liveCounts()).toEqual({ eventRefs: 0, domListeners: 0, intervals: 0, components: 0 });
	});
});
