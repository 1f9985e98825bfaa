import fc from "fast-check";
import { Keymap, Platform, debounce, normalizePath, parseLinktext, prepareFuzzySearch, prepareSimpleSearch } from "./index";

describe("debounce double (Obsidian's semantics)", () => {
	beforeEach(() => jest.useFakeTimers());
	afterEach(() => jest.useRealTimers());

	test("without resetTimer it fires once, timeout ms after the first call, with the latest arguments", () => {
		const calls: number[] = [];
		const d = debounce((n: number) => calls.push(n), 100);
		d(1);
		jest.advanceTimersByTime(60);
		d(2);
		jest.advanceTimersByTime(40);
		expect(calls).toEqual([2]);
		jest.advanceTimersByTime(200);
		expect(calls).toEqual([2]);
	});

	test("with resetTimer every call restarts the wait", () => {
		const calls: number[] = [];
		const d = debounce((n: number) => calls.push(n), 100, true);
		d(1);
		jest.advanceTimersByTime(60);
		d(2);
		jest.advanceTimersByTime(60);
		expect(calls).toEqual([]);
		jest.advanceTimersByTime(40);
		expect(calls).toEqual([2]);
	});

	test("cancel drops the pending call; run runs it now and returns its value", () => {
		const calls: number[] = [];
		const d = debounce((n: number) => {
			calls.push(n);
			return n * 10;
		}, 100);
		d(1).cancel();
		jest.advanceTimersByTime(500);
		expect(calls).toEqual([]);
		expect(d(3).run()).toBe(30);
		expect(d.run()).toBeUndefined();
		jest.advanceTimersByTime(500);
		expect(calls).toEqual([3]);
	});

	test("property: the callback runs once per quiet period, with the last arguments of that period", () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 250 }), { minLength: 1, maxLength: 20 }), (gaps) => {
				const calls: number[] = [];
				const d = debounce((n: number) => calls.push(n), 100, true);
				const expected: number[] = [];
				gaps.forEach((gap, i) => {
					d(i);
					jest.advanceTimersByTime(gap);
					if (gap >= 100) expected.push(i);
				});
				jest.advanceTimersByTime(1000);
				if (gaps[gaps.length - 1] < 100) expected.push(gaps.length - 1);
				expect(calls).toEqual(expected);
			}),
		);
	});
});

describe("small API functions", () => {
	test("normalizePath", () => {
		expect(normalizePath("//a\\b//c/")).toBe("a/b/c");
		expect(normalizePath("")).toBe("/");
		expect(normalizePath("a\u00a0b")).toBe("a b");
		expect(normalizePath("e\u0301.md")).toBe("\u00e9.md");
	});

	test("parseLinktext", () => {
		expect(parseLinktext("a/b#h#i")).toEqual({ path: "a/b", subpath: "#h#i" });
		expect(parseLinktext("#^blk")).toEqual({ path: "", subpath: "#^blk" });
	});

	test("fuzzy search matches characters in order; simple search needs every word", () => {
		expect(prepareFuzzySearch("tt")("Topic Tree")?.matches).toEqual([
			[0, 1],
			[6, 7],
		]);
		expect(prepareFuzzySearch("xyz")("Topic Tree")).toBeNull();
		const near = prepareFuzzySearch("top")("Topic")?.score ?? -Infinity;
		const far = prepareFuzzySearch("top")("T o p")?.score ?? -Infinity;
		expect(near).toBeGreaterThan(far);
		expect(prepareSimpleSearch("tree topic")("Topic Tree")?.matches).toEqual([
			[0, 5],
			[6, 10],
		]);
		expect(prepareSimpleSearch("tree graph")("Topic Tree")).toBeNull();
	});

	test("Keymap.isModEvent: Ctrl (Cmd on macOS) → tab, +Alt → split, +Alt+Shift → window, middle click → tab", () => {
		const ev = (o: Partial<MouseEvent>): MouseEvent => ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, button: 0, type: "click", ...o }) as MouseEvent;
		expect(Keymap.isModEvent(ev({}))).toBe(false);
		expect(Keymap.isModEvent(ev({ ctrlKey: true }))).toBe("tab");
		expect(Keymap.isModEvent(ev({ ctrlKey: true, altKey: true }))).toBe("split");
		expect(Keymap.isModEvent(ev({ ctrlKey: true, altKey: true, shiftKey: true }))).toBe("window");
		expect(Keymap.isModEvent(ev({ button: 1, type: "auxclick" }))).toBe("tab");
		expect(Keymap.isModEvent(ev({ metaKey: true }))).toBe(false);
		Platform.isMacOS = true;
		try {
			expect(Keymap.isModEvent(ev({ metaKey: true }))).toBe("tab");
			expect(Keymap.isModEvent(ev({ ctrlKey: true }))).toBe(false);
		} finally {
			Platform.isMacOS = false;
		}
	});
});
