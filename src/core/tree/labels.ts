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

/** Case-folded labels by node object (nodes are replaced, never changed, when a note changes): no string is folded twice. */
const foldedLabels: Record<RowLabel, WeakMap<LabelledNode, string>> = { title: new WeakMap(), filename: new WeakMap(), both: new WeakMap() };

function foldedLabelOf(node: LabelledNode, mode: RowLabel): string {
	const cache = foldedLabels[mode];
	let key = cache.get(node);
	if (key === undefined) {
		key = labelOf(node, mode).toLowerCase();
		cache.set(node, key);
	}
	return key;
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
 * The rows' nodes grouped by label (case-folded), in one pass: cheap enough for every flatten
 * (a filter keystroke over 100,000 rows). The texts are made per row, when a row is drawn.
 */
export class RowLabelIndex {
	private readonly groups = new Map<string, LabelledNode[]>();
	/** What tells apart the nodes of a group, computed when one of them is first drawn. */
	private readonly apart = new Map<LabelledNode[], Map<string, string>>();

	constructor(
		nodes: Iterable<LabelledNode>,
		private readonly mode: RowLabel,
	) {
		// A node shown under two parents is in its group twice: repeats are dropped when a group is first used.
		for (const node of nodes) this.add(node);
	}

	/** Adds a row's node (rows were added). */
	add(node: LabelledNode): void {
		const key = foldedLabelOf(node, this.mode);
		const group = this.groups.get(key);
		if (group === undefined) this.groups.set(key, [node]);
		else {
			group.push(node);
			this.apart.delete(group);
		}
	}

	/** Takes out one row of a node, found by its label as `node` has it now; false when no row of it has that label. */
	remove(node: LabelledNode): boolean {
		const key = foldedLabelOf(node, this.mode);
		const group = this.groups.get(key);
		const at = group === undefined ? -1 : group.findIndex((held) => held.id === node.id);
		if (group === undefined || at === -1) return false;
		group.splice(at, 1);
		this.apart.delete(group);
		if (group.length === 0) this.groups.delete(key);
		return true;
	}

	/** A node's text; `active`: the open note, whose row also shows a file name that differs from its title. */
	textOf(node: LabelledNode, active: boolean): RowText {
		const mode = this.mode;
		const label = labelOf(node, mode);
		const showName = node.path !== undefined && mode !== "filename" && (mode === "both" || active);
		const name = showName && node.path !== undefined ? fileNameOf(node.path) : "";
		const text: RowText = { label, muted: name !== "" && name !== label ? name : "" };
		const group = this.groups.get(foldedLabelOf(node, mode));
		if (group === undefined || group.length < 2 || node.path === undefined) return text;
		let apart = this.apart.get(group);
		if (apart === undefined) {
			const ids = new Set<string>();
			const notes = group.filter((n) => n.path !== undefined && !ids.has(n.id) && ids.add(n.id) !== undefined);
			const values = notes.length < 2 ? [] : tellApart(notes, mode);
			apart = new Map(notes.map((n, i) => [n.id, values[i]]));
			this.apart.set(group, apart);
		}
		const tell = apart.get(node.id);
		if (tell === undefined) return text;
		// With the file name shown already and telling the rows apart, keep it; else add what does.
		if (text.muted === "" || tell === text.muted) text.muted = tell;
		else if (tell !== fileNameOf(node.path)) text.muted = `${text.muted} · ${tell}`;
		return text;
	}
}

/** The text of every distinct node among the rows (see `RowLabelIndex`). */
export function rowTexts(nodes: Iterable<LabelledNode>, mode: RowLabel, activeId: string | null): Map<string, RowText> {
	const list = [...nodes];
	const index = new RowLabelIndex(list, mode);
	const texts = new Map<string, RowText>();
	for (const node of list) if (!texts.has(node.id)) texts.set(node.id, index.textOf(node, node.id === activeId));
	return texts;
}
