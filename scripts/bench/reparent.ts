/** The one-note edit the benchmarks time: a note's parent link re-pointed. */
import type { NoteSource } from "../../src/core/topic-index";

/** The note with another parent: its first `<field>::` link re-pointed, or one added. */
export function reparented(note: NoteSource, parent: string, field = "up"): NoteSource {
	const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	const line = new RegExp(`${escaped}:: \\[\\[[^\\]]*\\]\\]`);
	const text = line.test(note.text) ? note.text.replace(line, `${field}:: [[${parent}]]`) : `${note.text}\n${field}:: [[${parent}]]\n`;
	return { ...note, text };
}
