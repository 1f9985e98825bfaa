import type * as O from "obsidian";

/** Fake of `O.Editor`'s concrete helpers; `BufferEditor` supplies the rest. */
export abstract class Editor {
	/** `Editor.getDoc` */
	getDoc(): this {
		return this;
	}
	abstract getValue(): string;
	abstract setValue(content: string): void;
	abstract getLine(line: number): string;
	abstract lineCount(): number;
	abstract getCursor(string?: "from" | "to" | "head" | "anchor"): O.EditorPosition;
	abstract setSelection(anchor: O.EditorPosition, head?: O.EditorPosition): void;
	abstract replaceRange(replacement: string, from: O.EditorPosition, to?: O.EditorPosition, origin?: string): void;
	abstract getSelection(): string;

	/** `Editor.setLine` */
	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	/** `Editor.somethingSelected` */
	somethingSelected(): boolean {
		return this.getSelection() !== "";
	}

	/** `Editor.setCursor` */
	setCursor(pos: O.EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.setSelection(p, p);
	}

	/** `Editor.processLines` */
	processLines<T>(read: (line: number, lineText: string) => T | null, write: (line: number, lineText: string, value: T | null) => O.EditorChange | void, ignoreEmpty = false): void {
		const changes: O.EditorChange[] = [];
		for (let i = 0; i < this.lineCount(); i++) {
			const text = this.getLine(i);
			if (ignoreEmpty && text.trim() === "") continue;
			const change = write(i, text, read(i, text));
			if (change) changes.push(change);
		}
		for (const change of changes.reverse()) this.replaceRange(change.text, change.from, change.to);
	}
}

function clampPos(lines: string[], pos: O.EditorPosition): O.EditorPosition {
	const line = Math.min(Math.max(pos.line, 0), lines.length - 1);
	return { line, ch: Math.min(Math.max(pos.ch, 0), lines[line].length) };
}

function comparePos(a: O.EditorPosition, b: O.EditorPosition): number {
	return a.line - b.line || a.ch - b.ch;
}

/**
 * A plain-text `Editor` over a string: every method of `O.Editor` works on the text; scrolling and
 * focus are recorded, not drawn. `onChange` runs after each edit (the view saves through it).
 */
export class BufferEditor extends Editor implements O.Editor {
	/** Double only: calls of `scrollIntoView`, most recent last. */
	readonly scrolls: { range: O.EditorRange; center?: boolean }[] = [];
	/** Double only: commands passed to `exec`. */
	readonly executed: O.EditorCommandName[] = [];
	private lines: string[];
	private anchor: O.EditorPosition = { line: 0, ch: 0 };
	private head: O.EditorPosition = { line: 0, ch: 0 };
	private focused = false;
	private readonly history: string[] = [];
	private readonly future: string[] = [];

	constructor(
		text = "",
		private readonly onChange: (editor: BufferEditor) => void = () => undefined,
	) {
		super();
		this.lines = text.split("\n");
	}

	/** `Editor.refresh` */
	refresh(): void {}
	/** `Editor.getValue` */
	getValue(): string {
		return this.lines.join("\n");
	}
	/** `Editor.setValue` */
	setValue(content: string): void {
		this.edit(() => {
			this.lines = content.split("\n");
		});
	}
	/** Double only: replace the text without firing `onChange` (the file changed on disk). */
	load(content: string): void {
		this.lines = content.split("\n");
		this.anchor = clampPos(this.lines, this.anchor);
		this.head = clampPos(this.lines, this.head);
	}
	/** `Editor.getLine` */
	getLine(line: number): string {
		return this.lines[line] ?? "";
	}
	/** `Editor.lineCount` */
	lineCount(): number {
		return this.lines.length;
	}
	/** `Editor.lastLine` */
	lastLine(): number {
		return this.lines.length - 1;
	}
	/** `Editor.getSelection` */
	getSelection(): string {
		const [from, to] = this.ordered();
		return this.getRange(from, to);
	}
	/** `Editor.getRange` */
	getRange(from: O.EditorPosition, to: O.EditorPosition): string {
		const text = this.getValue();
		return text.slice(this.posToOffset(from), this.posToOffset(to));
	}
	/** `Editor.replaceSelection` */
	replaceSelection(replacement: string): void {
		const [from, to] = this.ordered();
		this.replaceRange(replacement, from, to);
		const end = this.offsetToPos(this.posToOffset(from) + replacement.length);
		this.setSelection(end, end);
	}
	/** `Editor.replaceRange` */
	replaceRange(replacement: string, from: O.EditorPosition, to?: O.EditorPosition): void {
		const text = this.getValue();
		const start = this.posToOffset(from);
		const end = to ? this.posToOffset(to) : start;
		this.edit(() => {
			this.lines = (text.slice(0, start) + replacement + text.slice(end)).split("\n");
		});
	}
	/** `Editor.getCursor` */
	getCursor(which: "from" | "to" | "head" | "anchor" = "head"): O.EditorPosition {
		const [from, to] = this.ordered();
		return { ...(which === "from" ? from : which === "to" ? to : which === "anchor" ? this.anchor : this.head) };
	}
	/** `Editor.listSelections` */
	listSelections(): O.EditorSelection[] {
		return [{ anchor: { ...this.anchor }, head: { ...this.head } }];
	}
	/** `Editor.setSelection` */
	setSelection(anchor: O.EditorPosition, head?: O.EditorPosition): void {
		this.anchor = clampPos(this.lines, anchor);
		this.head = clampPos(this.lines, head ?? anchor);
	}
	/** `Editor.setSelections`: keeps the main one only. */
	setSelections(ranges: O.EditorSelectionOrCaret[], main = 0): void {
		const range = ranges[main] ?? ranges[0];
		if (range) this.setSelection(range.anchor, range.head);
	}
	/** `Editor.focus` */
	focus(): void {
		this.focused = true;
	}
	/** `Editor.blur` */
	blur(): void {
		this.focused = false;
	}
	/** `Editor.hasFocus` */
	hasFocus(): boolean {
		return this.focused;
	}
	/** `Editor.getScrollInfo` */
	getScrollInfo(): { top: number; left: number } {
		return { top: 0, left: 0 };
	}
	/** `Editor.scrollTo` */
	scrollTo(): void {}
	/** `Editor.scrollIntoView`: recorded in `scrolls`. */
	scrollIntoView(range: O.EditorRange, center?: boolean): void {
		this.scrolls.push({ range, center });
	}
	/** `Editor.undo` */
	undo(): void {
		const previous = this.history.pop();
		if (previous === undefined) return;
		this.future.push(this.getValue());
		this.lines = previous.split("\n");
		this.onChange(this);
	}
	/** `Editor.redo` */
	redo(): void {
		const next = this.future.pop();
		if (next === undefined) return;
		this.history.push(this.getValue());
		this.lines = next.split("\n");
		this.onChange(this);
	}
	/** `Editor.exec`: recorded in `executed`; only `deleteLine` edits. */
	exec(command: O.EditorCommandName): void {
		this.executed.push(command);
		if (command === "deleteLine") {
			const line = this.head.line;
			this.edit(() => {
				this.lines.splice(line, 1);
				if (this.lines.length === 0) this.lines = [""];
			});
		}
	}
	/** `Editor.transaction`: applies `changes` from last to first, then the selection. */
	transaction(tx: O.EditorTransaction): void {
		if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection);
		const changes = [...(tx.changes ?? [])].sort((a, b) => comparePos(b.from, a.from));
		for (const change of changes) this.replaceRange(change.text, change.from, change.to);
		const selection = tx.selection ?? tx.selections?.[0];
		if (selection) this.setSelection(selection.from, selection.to);
	}
	/** `Editor.wordAt` */
	wordAt(pos: O.EditorPosition): O.EditorRange | null {
		const line = this.getLine(pos.line);
		const re = /[\p{L}\p{N}_]+/gu;
		for (let m = re.exec(line); m; m = re.exec(line)) {
			if (m.index <= pos.ch && pos.ch <= m.index + m[0].length) return { from: { line: pos.line, ch: m.index }, to: { line: pos.line, ch: m.index + m[0].length } };
		}
		return null;
	}
	/** `Editor.posToOffset` */
	posToOffset(pos: O.EditorPosition): number {
		const p = clampPos(this.lines, pos);
		let offset = 0;
		for (let i = 0; i < p.line; i++) offset += this.lines[i].length + 1;
		return offset + p.ch;
	}
	/** `Editor.offsetToPos` */
	offsetToPos(offset: number): O.EditorPosition {
		let rest = Math.max(0, offset);
		for (let line = 0; line < this.lines.length; line++) {
			if (rest <= this.lines[line].length) return { line, ch: rest };
			rest -= this.lines[line].length + 1;
		}
		const last = this.lines.length - 1;
		return { line: last, ch: this.lines[last].length };
	}

	private ordered(): [O.EditorPosition, O.EditorPosition] {
		return comparePos(this.anchor, this.head) <= 0 ? [this.anchor, this.head] : [this.head, this.anchor];
	}

	private edit(change: () => void): void {
		this.history.push(this.getValue());
		this.future.length = 0;
		change();
		this.anchor = clampPos(this.lines, this.anchor);
		this.head = clampPos(this.lines, this.head);
		this.onChange(this);
	}
}
