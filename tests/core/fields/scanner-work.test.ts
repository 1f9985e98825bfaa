/**
 * The scanner's work grows linearly with the note on lines made to defeat it: unclosed bracketed
 * fields by the thousand, fields among many code spans. Work is counted as the characters read
 * and searched (see tests/helpers/string-work.ts), never as time.
 */
import { scanInlineFields } from "../../../src/core/fields/scanner";
import { countStringWork } from "../../helpers/string-work";

const scanWork = (text: string) => countStringWork(() => scanInlineFields(text));

describe("the scanner's work is linear in the note", () => {
	test.each([
		["`[up:: ` repeated, never closed", (n: number) => "[up:: ".repeat(n)],
		["`(up:: ` repeated, never closed", (n: number) => "(up:: ".repeat(n)],
		["unclosed fields, then as many closing brackets", (n: number) => "[up:: ".repeat(n) + "]".repeat(n)],
		["an unclosed field before each closed one", (n: number) => "[up:: [a:: b] ".repeat(n)],
		["a code span before each unclosed field", (n: number) => "`x` [up:: ".repeat(n)],
		["escaped brackets between unclosed fields", (n: number) => "[up:: \\] ".repeat(n)],
		["$$ math between fields on one long line", (n: number) => "$$a$$ [up:: a] ".repeat(n)],
		["escaped $$ between fields on one long line", (n: number) => "\\$$ [up:: a] ".repeat(n)],
		["$$ in code spans between fields on one long line", (n: number) => "`$$` [up:: a] ".repeat(n)],
		["`%%` between fields on one long line", (n: number) => "%% [up:: a] ".repeat(n)],
		["<pre> inside a long line between fields", (n: number) => "x <pre> [up:: a] ".repeat(n)],
		["indented code lines with fields", (n: number) => "a\n\n" + "    [up:: a] $$ `x`\n\n".repeat(n)],
		["indented list content with fields", (n: number) => "- a\n\n" + "    [up:: a] <pre>\n".repeat(n)],
	])("%s", (_name, make) => {
		const small = make(10_000);
		const large = make(20_000);
		const smallWork = scanWork(small);
		const largeWork = scanWork(large);
		// Twice the text, about twice the work (a quadratic scan does four times as much).
		expect(largeWork / smallWork).toBeLessThan(2.5);
		expect(largeWork).toBeLessThanOrEqual(20 * large.length);
	});

	test("the fields are still found", () => {
		expect(scanInlineFields("[up:: ".repeat(3) + "[up:: [[a]]]").map((f) => f.value)).toEqual(["[[a]]"]);
		expect(scanInlineFields("[up:: [a:: b] ".repeat(2)).map((f) => [f.key, f.value])).toEqual([
			["a", "b"],
			["a", "b"],
		]);
		expect(scanInlineFields("[up:: x".repeat(2) + "]".repeat(2)).map((f) => f.value)).toEqual(["x[up:: x]"]);
		expect(scanInlineFields("`x` [up:: a] `[b:: c]` (d:: `)` e)").map((f) => [f.key, f.value])).toEqual([
			["up", "a"],
			["d", "`)` e"],
		]);
	});
});
