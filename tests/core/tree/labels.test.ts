import { fileNameOf, folderOf, RowLabelIndex, rowTexts, type LabelledNode } from "../../../src/core/tree/labels";

const note = (path: string, title?: string): LabelledNode => ({ id: path, path, title: title ?? fileNameOf(path) });

function texts(nodes: LabelledNode[], mode: "title" | "filename" | "both" = "title", active: string | null = null): string[] {
	const map = rowTexts(nodes, mode, active);
	return nodes.map((n) => {
		const t = map.get(n.id);
		return t ? (t.muted ? `${t.label} [${t.muted}]` : t.label) : "?";
	});
}

describe("row labels", () => {
	it("file and folder names of paths", () => {
		expect(fileNameOf("a/b/Note.md")).toBe("Note");
		expect(fileNameOf("Note.MD")).toBe("Note");
		expect(folderOf("a/b/Note.md")).toBe("a/b");
		expect(folderOf("Note.md")).toBe("");
	});

	it("rows sharing a title show their folder's name, muted; unique titles show nothing more", () => {
		expect(texts([note("Course A/README.md"), note("Course B/README.md"), note("Other.md")])).toEqual(["README [Course A]", "README [Course B]", "Other"]);
		expect(texts([note("README.md"), note("Docs/README.md")])).toEqual(["README [/]", "README [Docs]"]);
	});

	it("same folder: the file names tell the rows apart; same names: the folder paths", () => {
		expect(texts([note("OS/L5 Security.md", "Security"), note("OS/L9 Security.md", "Security")])).toEqual(["Security [L5 Security]", "Security [L9 Security]"]);
		expect(texts([note("A/x/Note.md"), note("B/x/Note.md")])).toEqual(["Note [A/x]", "Note [B/x]"]);
	});

	it("titles are compared without case; ghosts sharing a title are left alone", () => {
		expect(texts([note("a/Plan.md"), note("b/plan.md")])).toEqual(["Plan [a]", "plan [b]"]);
		expect(texts([{ id: "ghost:x", title: "X" }, note("X.md")])).toEqual(["X", "X"]);
	});

	it("file name mode labels by file name; both mode adds a differing file name", () => {
		const nodes = [note("Notes/2024-01-05 kafka.md", "Kafka"), note("Notes/Same.md", "Same")];
		expect(texts(nodes, "filename")).toEqual(["2024-01-05 kafka", "Same"]);
		expect(texts(nodes, "both")).toEqual(["Kafka [2024-01-05 kafka]", "Same"]);
	});

	it("one note shown under two parents is not a title shared with another note", () => {
		const x = note("a/X.md");
		const index = new RowLabelIndex([x, note("b/Y.md"), x], "title");
		expect(index.textOf(x, false)).toEqual({ label: "X", muted: "" });
		const other = note("c/X.md");
		const shared = new RowLabelIndex([x, other, x], "title");
		expect(shared.textOf(x, false)).toEqual({ label: "X", muted: "a" });
		expect(shared.textOf(other, false)).toEqual({ label: "X", muted: "c" });
	});

	it("the open note's row shows its file name when the title differs", () => {
		const nodes = [note("Notes/2024-01-05 kafka.md", "Kafka"), note("Notes/b.md", "Bee")];
		expect(texts(nodes, "title", "Notes/2024-01-05 kafka.md")).toEqual(["Kafka [2024-01-05 kafka]", "Bee"]);
	});
});
