import { cellMode, escapeBlockStart, labelOf } from "../../src/comparison/panel-cells";

describe("cellMode", () => {
	test.each([
		["12 ms", "text"],
		["$1,200 and $50", "text"],
		["Weights & Biases", "text"],
		["C# and F#", "text"],
		["#1 choice", "text"],
		["snake-case, 50% off", "text"],
		["- ", "text"],
		["line one<br>line two", "text"],
		["**bold**", "markdown"],
		["[[Note]]", "markdown"],
		["[site](https://x.org)", "markdown"],
		["see https://x.org", "markdown"],
		["`code`", "markdown"],
		["a ==mark== b", "markdown"],
		["~~gone~~", "markdown"],
		["has #tag", "markdown"],
		["AT&amp;T", "markdown"],
		["$x^2$", "markdown"],
		["H<sub>2</sub>O", "markdown"],
		["<https://example.org/a?b=c>", "markdown"],
		["<img src=x onerror=alert(1)>", "literal"],
		["<span onclick=x>hi</span>", "literal"],
		["<script>alert(1)</script>", "literal"],
		["<b class=x>b</b>", "literal"],
	])("%p is %s", (md, mode) => {
		expect(cellMode(md)).toBe(mode);
	});
});

test("escapeBlockStart keeps list, heading and quote markers inline", () => {
	expect(escapeBlockStart("- **a**")).toBe("\\- **a**");
	expect(escapeBlockStart("# of **users**")).toBe("\\# of **users**");
	expect(escapeBlockStart("1. **first**")).toBe("1\\. **first**");
	expect(escapeBlockStart("> *quoted*")).toBe("\\> *quoted*");
	expect(escapeBlockStart("**a** - b")).toBe("**a** - b");
});

test("labelOf gives plain text, else the source, else a placeholder", () => {
	expect(labelOf("**Cost**")).toBe("Cost");
	expect(labelOf("<img src=x>")).toBe("<img src=x>");
	expect(labelOf("  ")).toBe("Untitled");
});
