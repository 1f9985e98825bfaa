import { sortKeys, sortValue } from "../../../src/core/tables/panel-model";

const num = (value: number) => ({ kind: "number", value });
const day = (y: number, m: number, d = 1) => ({ kind: "date", value: Date.UTC(y, m - 1, d) });

describe("sortValue", () => {
	test.each([
		["42", 42],
		["-3.5", -3.5],
		["−2", -2],
		["$1,200", 1200],
		["€ 15", 15],
		["15 €", 15],
		["1,234,567.5", 1234567.5],
		["45%", 45],
		["3.5x", 3.5],
		["10×", 10],
		["12 ms", 12],
		["1.5 s", 1500],
		["2 min", 120000],
		["900 µs", 0.9],
		["2 GB", 2e9],
		["512 MB", 5.12e8],
		["7B", 7e9],
		["1.2k", 1200],
		["$5m", 5e6],
		["~20 ms", 20],
		["< 10", 10],
		["100+", 100],
		["$10/mo", 10],
		["10–20 ms", 10],
		["$5 - $10", 5],
		["**12** ms", 12],
		["16 cores", 16],
	])("%s reads as the number %p", (md, value) => {
		expect(sortValue(md)).toEqual(num(value));
	});

	test.each([
		["2023-01-02", day(2023, 1, 2)],
		["2023/1/2", day(2023, 1, 2)],
		["2023-03", day(2023, 3)],
		["Jan 2023", day(2023, 1)],
		["September 2021", day(2021, 9)],
		["Sept. 2021", day(2021, 9)],
		["March 5, 2024", day(2024, 3, 5)],
		["5th March 2024", day(2024, 3, 5)],
		["2 Jan 2023", day(2023, 1, 2)],
		["Q3 2022", day(2022, 7)],
	])("%s reads as a date", (md, value) => {
		expect(sortValue(md)).toEqual(value);
	});

	test("a date with a time keeps the time", () => {
		expect(sortValue("2023-01-02 10:30")).toEqual({ kind: "date", value: Date.UTC(2023, 0, 2, 10, 30) });
	});

	test.each(["", "fast", "yes", "v2 beta", "2023-13-01", "Jan 40, 2023", "about fast", "1, 2, 3", "12 ms or 30 ms in practice"])("%p is text", (md) => {
		expect(sortValue(md)).toBeNull();
	});

	test("a bare year is a number", () => {
		expect(sortValue("2019")).toEqual(num(2019));
	});
});

describe("sortKeys", () => {
	test("numbers with units in one family compare by magnitude", () => {
		expect(sortKeys(["1.5 s", "900 ms", "2 min"])).toEqual({ kind: "number", keys: [1500, 900, 120000] });
	});

	test("blanks give null keys and do not stop sorting", () => {
		expect(sortKeys(["3", "—", "n/a", "", "1"])).toEqual({ kind: "number", keys: [3, null, null, null, 1] });
	});

	test("one text value makes the criterion unsortable", () => {
		expect(sortKeys(["3", "varies", "1"])).toBeNull();
	});

	test("fewer than two quantities do not sort", () => {
		expect(sortKeys(["3", "—"])).toBeNull();
	});

	test("bare years next to dates count as dates; other numbers next to dates do not sort", () => {
		expect(sortKeys(["2019", "Jan 2020"])).toEqual({ kind: "date", keys: [Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)] });
		expect(sortKeys(["12", "Jan 2020"])).toBeNull();
	});

	test("only years are numbers", () => {
		expect(sortKeys(["2019", "2001"])?.kind).toBe("number");
	});
});
