/** @jest-environment jsdom */
import { renderHighlighted } from "../../src/tree-view/rows";

describe("highlighted titles", () => {
	test("an unchanged title keeps its elements (a click's mousedown target must survive a re-render)", () => {
		const el = document.body.createDiv();
		renderHighlighted(el, "Tecnica Pomodoro", [[0, 7]]);
		const span = el.querySelector(".topic-tree-match");
		expect(span?.textContent).toBe("Tecnica");
		renderHighlighted(el, "Tecnica Pomodoro", [[0, 7]]);
		expect(el.querySelector(".topic-tree-match")).toBe(span);
		renderHighlighted(el, "Tecnica Pomodoro", [[8, 16]]);
		expect(el.querySelector(".topic-tree-match")).not.toBe(span);
		expect(el.querySelector(".topic-tree-match")?.textContent).toBe("Pomodoro");
		renderHighlighted(el, "Tecnica Pomodoro", []);
		expect(el.textContent).toBe("Tecnica Pomodoro");
		expect(el.querySelector(".topic-tree-match")).toBeNull();
	});
});
