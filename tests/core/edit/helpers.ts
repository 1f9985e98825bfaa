/** Shared helpers of the text-edit tests: line-by-line comparison and link matchers. */
import type { LinkRef } from "../../../src/core/types";
import { DEFAULT_PARSE_SETTINGS } from "../../../src/core/types";
import type { AddParentOptions, Placement } from "../../../src/core/edit/parents";

/** The lines of a text with their endings attached, so that a changed ending shows as a changed line. */
export function linesWithEndings(text: string): string[] {
	return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * Asserts that `after` equals `before` except for the given 1-based lines of `before`, which were
 * replaced by `replacement` (any number of lines).
 */
export function expectOnlyLinesReplaced(before: string, after: string, from: number, count: number, replacement: string): void {
	const lines = linesWithEndings(before);
	const expected = lines.slice(0, from - 1).join("") + replacement + lines.slice(from - 1 + count).join("");
	expect(after).toBe(expected);
}

/** A matcher for links to `name` (case-insensitive, `.md` ignored). */
export function linkTo(name: string): (link: LinkRef) => boolean {
	return (link) => link.target.toLowerCase().replace(/\.md$/, "") === name.toLowerCase();
}

/** Options of addParent with the default settings. */
export function placed(placement: Placement, field = "up"): AddParentOptions {
	return { field, placement, parseSettings: DEFAULT_PARSE_SETTINGS };
}
