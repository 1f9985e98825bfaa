import { canonicalKey, stripKeyFormatting } from "../../../src/core/fields/canonical";

describe("canonicalKey", () => {
	test.each([
		["up", "up"],
		["Up", "up"],
		["  UP  ", "up"],
		["**up**", "up"],
		["__up__", "up"],
		["*up*", "up"],
		["_up_", "up"],
		["~~up~~", "up"],
		["==up==", "up"],
		["***up***", "up"],
		["** Up Link **", "up-link"],
		["Parent   Topic", "parent-topic"],
		["Parent\tTopic", "parent-topic"],
		["Статус", "статус"],
		["Übergeordnet", "übergeordnet"],
		["ΘΈΜΑ", "θέμα"],
		["上位", "上位"],
		["🎯 Goal", "🎯-goal"],
		["my_key-2", "my_key-2"],
	])("%j → %j", (key, expected) => {
		expect(canonicalKey(key)).toBe(expected);
	});

	test("does not depend on the locale (Turkish dotted I stays i + combining dot, not ı)", () => {
		expect(canonicalKey("TITLE")).toBe("title");
		expect(canonicalKey("İ")).toBe("i\u0307");
	});

	test("unbalanced markers are kept", () => {
		expect(stripKeyFormatting("**up")).toBe("**up");
		expect(stripKeyFormatting("*up**")).toBe("up*");
		expect(canonicalKey("a*b")).toBe("a*b");
	});

	test("a key made only of markers is not emptied", () => {
		expect(stripKeyFormatting("**")).toBe("**");
		expect(stripKeyFormatting("****")).toBe("**");
		expect(canonicalKey("____")).toBe("__");
	});
});
