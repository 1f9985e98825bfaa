/**
 * What a row says: the label (title or file name, as the *Row label* setting asks) and a muted
 * note beside it. Rows that share a label show what tells them apart (folder name, file name or
 * folder path); with *both*, and on the open note's row, a title that differs from the file name
 * shows the file name, so the row is recognisable as the open tab.
 */

/** The setting: title, file name, or title with the file name beside it. */
export type RowLabel = "title" | "filename" | "both";

/** What labelling needs of a node. */
export interface LabelledNode {
	id: string;
	title: string;
	/** Vault path of a note; none for a ghost topic. */
	path?: string;
}

/** A row's text: the label and the muted text after it ("" for none). */
export interface RowText {
	label: string;
	muted: string;
}

/** A note's file name without the folder and the `.md` extension. */
export function fileNameOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** A note's folder path ("" at the vault root). */
export function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

function labelOf(node: LabelledNode, mode: RowLabel): string {
	return mode === "filename" && node.path !== undefined ? fileNameOf(node.path) : node.title;
}

function distinct(values: readonly string[]): boolean {
	return new Set(values).size === values.length;
}

/** What tells apart nodes that share a label: their folders' names, else file names, else folder paths, else paths. */
function tellApart(nodes: readonly LabelledNode[], mode: RowLabel): string[] {
	const paths = nodes.map((node) => node.path ?? "");
	const folders = paths.map(folderOf);
	const folderNames = folders.map((folder) => (folder === "" ? "/" : folder.slice(folder.lastIndexOf("/") + 1)));
	if (distinct(folderNames)) return folderNames;
	if (mode !== "filename") {
		const names = paths.map(fileNameOf);
		if (distinct(names)) return names;
	}
	if (distinct(folders)) return folders.map((folder) => (folder === "" ? "/" : folder));
	return paths;
}

/**
 * The text of every distinct node among the rows. `activeId`: the open note, whose row also shows
 * its file name when the title differs from it.
 */
export function rowTexts(nodes: Iterable<LabelledNode>, mode: RowLabel, activeId: string | null): Map<string, RowText> {
	const texts = new Map<string, RowText>();
	const byLabel = new Map<string, LabelledNode[]>();
	for (const node of nodes) {
		if (texts.has(node.id)) continue;
		const label = labelOf(node, mode);
		const showName = node.path !== undefined && (mode === "both" || node.id === activeId) && mode !== "filename";
		const name = showName && node.path !== undefined ? fileNameOf(node.path) : "";
		texts.set(node.id, { label, muted: name !== "" && name !== label ? name : "" });
		const key = label.toLowerCase();
		const group = byLabel.get(key);
		if (group === undefined) byLabel.set(key, [node]);
		else group.push(node);
	}
	for (const group of byLabel.values()) {
		if (group.length < 2) continue;
		const notes = group.filter((node) => node.path !== undefined);
		if (notes.length < 2) continue;
		const apart = tellApart(notes, mode);
		notes.forEach((node, i) => {
			const text = texts.get(node.id);
			if (text === undefined) return;
			// With the file name shown already and telling the rows apart, keep it; else the folder.
			if (text.muted === "" || apart[i] !== fileNameOf(node.path ?? "")) text.muted = text.muted === "" || apart[i] === text.muted ? apart[i] : `${text.muted} · ${apart[i]}`;
		});
	}
	return texts;
}
