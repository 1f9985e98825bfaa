import { comparisonKey, criterionKind, levelOf, valueKind, verdictOf, verdictText } from "../../../src/core/tables/value-kinds";

describe("valueKind", () => {
	test.each([
		["", "empty"],
		["-", "empty"],
		["N/A", "empty"],
		["✅", "yes-no"],
		["❌ No", "yes-no"],
		["✓", "yes-no"],
		["✗", "yes-no"],
		["⚠️ Reversible if salt leaks", "yes-no"],
		["Yes", "yes-no"],
		["**no**", "yes-no"],
		["Yes (manual)", "yes-no"],
		["partial", "yes-no"],
		["Low", "level"],
		["Very high", "level"],
		["Medium (wakes all threads)", "level"],
		["12 ms", "number"],
		["$1,200", "number"],
		["45%", "number"],
		["2023-01-02", "date"],
		["Jan 2023", "date"],
		["Pull", "label"],
		["Whole map", "label"],
		["No support for HTTP2", "label"],
		["Keeps track of state in a state file and plans changes before applying them", "prose"],
		["line one<br>line two", "prose"],
	])("%s is %s", (md, kind) => {
		expect(valueKind(md)).toBe(kind);
	});
});

describe("verdicts and levels", () => {
	test("marks and words read as verdicts, the rest of the text is kept", () => {
		expect(verdictOf("✅ Yes (cloud-managed)")).toBe("yes");
		expect(verdictOf("❌")).toBe("no");
		expect(verdictOf("false")).toBe("no");
		expect(verdictOf("⚠️ Sometimes")).toBe("partial");
		expect(verdictOf("Nothing")).toBeNull();
		expect(verdictText("✅ Yes (cloud-managed)")).toBe("Yes (cloud-managed)");
		expect(verdictText("❌")).toBe("");
	});

	test("levels rank none < low < medium < high, with very/extremely one step further", () => {
		expect(levelOf("Extremely low")).toBeLessThan(levelOf("Low")!);
		expect(levelOf("Low")).toBeLessThan(levelOf("Medium")!);
		expect(levelOf("moderate")).toBe(levelOf("Medium"));
		expect(levelOf("High")).toBeLessThan(levelOf("Very high")!);
		expect(levelOf("Highly extensible")).toBeNull();
	});
});

describe("criterionKind", () => {
	test("one typed kind across the values, blanks ignored", () => {
		expect(criterionKind(["✅", "❌", "", "✅ Yes"])).toBe("yes-no");
		expect(criterionKind(["Low", "High", "Medium"])).toBe("level");
		expect(criterionKind(["8 bytes", "16 bytes", "-"])).toBe("number");
		expect(criterionKind(["2019", "2021-03-01"])).toBe("date");
	});

	test("mixed short values are labels; mostly prose makes prose; nothing is empty", () => {
		expect(criterionKind(["Yes", "Usually no", "No"])).toBe("label");
		expect(criterionKind(["Pull", "Push", "A long sentence that explains how the broker pushes to consumers"])).toBe("label");
		expect(criterionKind(["Pull", "A long sentence that explains how consumers pull", "A long sentence that explains how the broker pushes"])).toBe("prose");
		expect(criterionKind(["", "-"])).toBe("empty");
	});
});

describe("comparisonKey: equal meaning, equal key", () => {
	test("verdicts, levels, numbers and labels", () => {
		expect(comparisonKey("✅", "yes-no")).toBe(comparisonKey("Yes", "yes-no"));
		expect(comparisonKey("✅", "yes-no")).not.toBe(comparisonKey("❌", "yes-no"));
		expect(comparisonKey("moderate", "level")).toBe(comparisonKey("Medium", "level"));
		expect(comparisonKey("1 s", "number")).toBe(comparisonKey("1,000 ms", "number"));
		expect(comparisonKey("**Pull**", "label")).toBe(comparisonKey("pull", "label"));
	});
});
