import { subtreeOutline } from "../../../src/core/tree/outline";
import { TreeModel } from "../../../src/core/tree/TreeModel";
import { FakeView, ghost, note } from "./fakeView";

/** Topics/ML.md ─┬─ Topics/NLP.md ── Notes/BERT.md ── Topics/ML.md (cycle)
 *                └─ ghost:Vision */
function topics(): FakeView {
	return new FakeView(
		[note("Topics/ML.md"), note("Topics/NLP.md"), note("Notes/BERT.md"), ghost("Vision")],
		[
			{ child: "Topics/NLP.md", parent: "Topics/ML.md" },
			{ child: "ghost:vision", parent: "Topics/ML.md" },
			{ child: "Notes/BERT.md", parent: "Topics/NLP.md" },
			{ child: "Topics/ML.md", parent: "Notes/BERT.md" },
		],
	);
}

describe("subtreeOutline", () => {
	it("writes the subtree as tab-indented wiki links, ghosts included, cycles marked once", () => {
		const view = topics();
		expect(subtreeOutline(new TreeModel(view), view, "Topics/ML.md")).toBe(
			"- [[Topics/ML]]\n\t- [[Topics/NLP]]\n\t\t- [[Notes/BERT]]\n\t\t\t- [[Topics/ML]] (cycle)\n\t- [[Vision]]\n",
		);
	});

	it("stops at maxDepth", () => {
		const view = topics();
		const model = new TreeModel(view);
		expect(subtreeOutline(model, view, "Topics/ML.md", { maxDepth: 1 })).toBe("- [[Topics/ML]]\n\t- [[Topics/NLP]]\n\t- [[Vision]]\n");
		expect(subtreeOutline(model, view, "Topics/ML.md", { maxDepth: 0 })).toBe("- [[Topics/ML]]\n");
	});

	it("lets the caller write each link, and follows the model's sort and ghost settings", () => {
		const view = topics();
		const model = new TreeModel(view, { showGhosts: false, descending: true });
		const text = subtreeOutline(model, view, "Topics/NLP.md", { linkText: (node) => `[[${node.title}]]` });
		expect(text).toBe("- [[NLP]]\n\t- [[BERT]]\n\t\t- [[ML]]\n\t\t\t- [[NLP]] (cycle)\n");
		expect(subtreeOutline(model, view, "missing.md")).toBe("");
	});
});
