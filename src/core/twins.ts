/**
 * Unicode twins: two files whose paths differ in bytes but are equal once composed (`Café.md`
 * written with a precomposed `é` and with `e` + a combining accent, as macOS writes names). Every
 * id in the core is the composed (NFC) path, so such files would share one node, and the second
 * one read would silently replace the first. Instead one of them holds the id (the one whose path
 * is already composed, else the first in code-unit order, whatever order they come in), and the
 * note carries a `duplicate-path` problem naming every twin and saying that the others' links are
 * not read. The others' parses are kept, so that when the holder goes, the next takes over.
 */
import { clip } from "./quote";
import type { IndexedNote, NoteStat, Problem } from "./types";

export const DUPLICATE_PATH = "duplicate-path";

/** A twin that does not hold the id: its parse and file times, kept for when it takes over. */
export interface Shadowed {
	note: IndexedNote;
	stat?: NoteStat;
}

/** The path as the caller gave it, with '/' separators and no leading '/', but not composed. */
export function rawPath(path: string): string {
	return path.replace(/\\/g, "/").replace(/^\/+/, "");
}

/** Which of two twins of the id `id` holds it: negative when `a` does. */
export function compareTwins(a: string, b: string, id: string): number {
	if ((a === id) !== (b === id)) return a === id ? -1 : 1;
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The twin of `raws` that holds the id. */
export function firstTwin(raws: Iterable<string>, id: string): string | undefined {
	let best: string | undefined;
	for (const raw of raws) if (best === undefined || compareTwins(raw, best, id) < 0) best = raw;
	return best;
}

/** The note as parsed, without a `duplicate-path` problem added before. */
export function withoutTwinProblem<N extends IndexedNote>(note: N): N {
	return note.problems.some((p) => p.code === DUPLICATE_PATH) ? { ...note, problems: note.problems.filter((p) => p.code !== DUPLICATE_PATH) } : note;
}

/** The held note with the problem naming its twins (none: the note as it is). */
export function withTwinProblem<N extends IndexedNote>(note: N, holder: string, others: readonly string[]): N {
	const clean = withoutTwinProblem(note);
	if (others.length === 0) return clean;
	const sorted = [...others].sort((a, b) => compareTwins(a, b, note.path));
	const names = [holder, ...sorted].map((raw) => `"${clip(raw)}" (${formOf(raw)})`);
	const rest = sorted.length === 1 ? "the second is not: its links are not read" : "the others are not: their links are not read";
	const problem: Problem = {
		path: note.path,
		line: 1,
		severity: "warning",
		code: DUPLICATE_PATH,
		message: `${names.join(" and ")} are one name once Unicode-composed; the first is read, ${rest}. Rename one of them`,
	};
	return { ...clean, problems: [...clean.problems, problem] };
}

/** How a path is written: composed, decomposed, or neither. */
function formOf(raw: string): string {
	if (raw === raw.normalize("NFC")) return "composed, NFC";
	if (raw === raw.normalize("NFD")) return "decomposed, NFD";
	return "mixed form";
}
