/** Edits of inline fields in place: append a link to a value, add a field line, remove an emptied field. */
import type { FieldSpan } from "./inline";
import { isBlank, lineOf, removeLine, splice, textEol, textStart } from "./lines";
import type { EditResult } from "./result";

/** Appends `, link` to a field's value (or writes the link into an empty value). */
export function appendToField(text: string, span: FieldSpan, linkText: string): string {
	if (span.valueEnd === span.valueStart) {
		const pad = span.valueStart === span.colons + 2 ? " " : "";
		return splice(text, span.valueStart, span.valueStart, pad + linkText);
	}
	const sep = text[span.valueEnd - 1] === "," ? " " : ", ";
	return splice(text, span.valueEnd, span.valueEnd, sep + linkText);
}

/** Adds `line` as the note's last line, keeping its line endings and whether it ends with one. */
export function appendLine(text: string, line: string): EditResult {
	const bodyStart = textStart(text);
	if (text.length === bodyStart) return { text: text + line + "\n", line: 1 };
	const eol = textEol(text);
	const last = text.endsWith("\n");
	const result = last ? text + line + eol : text + eol + line;
	return { text: result, line: lineOf(result, result.length - (last ? eol.length : 0)) };
}

/** Removes a field whose last link went: the whole line, or the bracketed field with its spacing. */
export function emptyField(text: string, span: FieldSpan): string {
	const line = span.lineSpan;
	if (span.open === undefined || span.close === undefined) {
		const lineText = text.slice(line.start, line.end);
		const unsafe = lineText.includes("<!--") || lineText.includes("-->") || (lineText.split("%%").length - 1) % 2 === 1;
		return unsafe ? splice(text, span.valueStart, span.valueEnd, "") : removeLine(text, line);
	}
	const a = span.open;
	const b = span.close + 1;
	let p = a;
	while (p > line.start && isBlank(text[p - 1])) p--;
	let q = b;
	while (q < line.end && isBlank(text[q])) q++;
	let from = a;
	let to = b;
	if (q === line.end) from = p;
	else if (p === line.start || p < a) to = q;
	const rest = text.slice(line.start, from) + text.slice(to, line.end);
	if (rest.trim() === "") return removeLine(text, line);
	return splice(text, from, to, "");
}
