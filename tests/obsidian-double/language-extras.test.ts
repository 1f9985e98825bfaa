import { installLanguageExtras } from "./dom";

describe("Obsidian's language extras (node environment, no DOM)", () => {
	test("are installed without a DOM", () => {
		expect(typeof document).toBe("undefined");
		installLanguageExtras();
		const list = [3, 1, 3, 2];
		expect(list.contains(2)).toBe(true);
		expect(list.first()).toBe(3);
		expect(list.last()).toBe(2);
		expect(list.unique()).toEqual([3, 1, 2]);
		list.remove(3);
		expect(list).toEqual([1, 2]);
		expect("topic tree".contains("tree")).toBe(true);
		expect(Math.clamp(5, 0, 3)).toBe(3);
		expect(Object.isEmpty({})).toBe(true);
	});

	test("are not enumerable, so for...in over arrays and strings is unaffected", () => {
		expect(Object.keys(Array.prototype)).toEqual([]);
		expect(Object.keys(String.prototype)).toEqual([]);
	});
});
