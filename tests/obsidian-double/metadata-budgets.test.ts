/**
 * The double's `computeMetadata` on hostile notes, with the core's budgets (issue 16): YAML alias
 * bombs and self-referencing aliases in front matter, and a line of 100,000 nested `[[`. Before,
 * the first never finished, the second overflowed the stack and the third took a minute; the
 * tests' hosts index every note through it, so a hostile fixture stalled the suite. Work is
 * counted (characters read and searched), never timed; a hang fails on the test timeout.
 */
import { MAX_VALUES } from "../../src/core/yaml-values";
import { countStringWork } from "../helpers/string-work";
import { computeMetadata } from "./index";

/** Generous for work that takes milliseconds; the old double took minutes or never finished. */
const HANG = 20_000;

/**
 * Runs `run` as a test body that fails when it ran past the test's timeout: jest cannot stop a
 * synchronous run, but yielding to the timers afterwards lets its expired timeout fire first.
 */
function finishing(run: () => void): () => Promise<void> {
	return async () => {
		run();
		await new Promise((resolve) => setTimeout(resolve, 0));
	};
}

/** `a0` holds one link; each `a{k}` lists `a{k-1}` twice, so `a{levels}` stands for 2^levels links. */
function aliasBomb(levels: number): string {
	const lines = ["---", 'a0: &a0 ["[[Target]]"]'];
	for (let k = 1; k <= levels; k++) lines.push(`a${k}: &a${k} [*a${k - 1}, *a${k - 1}]`);
	lines.push("---", "body");
	return lines.join("\n");
}

describe("front matter aliases", () => {
	test(
		"an alias bomb finishes, with a bounded number of front matter links",
		finishing(() => {
			const { cache } = computeMetadata(aliasBomb(60));
			expect(cache.frontmatter?.a60).toBeDefined();
			const links = cache.frontmatterLinks ?? [];
			expect(links.length).toBeGreaterThan(0);
			expect(links.length).toBeLessThanOrEqual(61 * MAX_VALUES);
			expect(links[0]).toMatchObject({ key: "a0.0", link: "Target" });
		}),
		HANG,
	);

	test("a list that contains itself does not overflow the stack; its links are read once", () => {
		const { cache } = computeMetadata('---\nup: &x ["[[Parent]]", *x, "[[Other]]"]\nmap: &m {self: *m, link: "[[Deep]]"}\n---\n');
		const links = (cache.frontmatterLinks ?? []).map((l) => `${l.key} ${l.link}`);
		expect(links).toEqual(["up.0 Parent", "up.2 Other", "map.link Deep"]);
	});

	test("ordinary front matter links keep Obsidian's keys", () => {
		const { cache } = computeMetadata('---\nup: "[[A]]"\nrelated:\n  - "[[B]]"\n  - "[[C|see C]]"\n---\n');
		expect((cache.frontmatterLinks ?? []).map((l) => [l.key, l.link, l.displayText])).toEqual([
			["up", "A", "A"],
			["related.0", "B", "B"],
			["related.1", "C", "see C"],
		]);
	});
});

describe("nested brackets in the body", () => {
	const nested = (n: number): string => "[[".repeat(n) + "x" + "]]".repeat(n) + "\n";

	test(
		"100,000 nested [[ finish, and the innermost link is found",
		finishing(() => {
			const { cache } = computeMetadata(nested(100_000));
			expect((cache.links ?? []).map((l) => l.link)).toEqual(["x"]);
		}),
		HANG,
	);

	test("the work grows linearly with the nesting (counted, not timed)", () => {
		const small = countStringWork(() => computeMetadata(nested(10_000)));
		const large = countStringWork(() => computeMetadata(nested(100_000)));
		expect(large / small).toBeLessThan(12);
	});

	test("markdown links next to hostile text stay linear and are still found", () => {
		const hostile = (n: number): string => "[](a".repeat(n) + " [real](note.md) " + "[".repeat(n) + "t](b)\n";
		const small = countStringWork(() => computeMetadata(hostile(10_000)));
		let links: string[] = [];
		const large = countStringWork(() => {
			links = (computeMetadata(hostile(100_000)).cache.links ?? []).map((l) => l.link);
		});
		expect(large / small).toBeLessThan(12);
		expect(links).toEqual(["note.md", "b"]);
	});
});
