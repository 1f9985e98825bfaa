/**
 * Parent writes on awkward files: CRLF, a byte order mark, mixed line endings, front matter and
 * inline fields together, names a wiki link cannot hold, and notes that changed after they were
 * indexed. Every write goes through `Vault.process`; whole texts are compared, so any byte
 * changed outside the edited field fails the test.
 */
import { Notice } from "../obsidian-double";
import { ParentWriter } from "../../src/writes/parent-writer";
import { safeLink } from "../../src/core/link-format";
import { parseLinks } from "../../src/core/links";
import { buildHost, type TestHost } from "../tree-view/host";

let h: TestHost;
let stop: () => void = () => undefined;
let processCalls: number;
let modifyCalls: number;

/** A host over `files` kept in sync with its writes; counts `process` and `modify` calls. */
function setup(files: Record<string, string>, settings: Record<string, unknown> = {}): ParentWriter {
	h = buildHost(files, { data: { settings } });
	stop = h.index.watch();
	processCalls = 0;
	modifyCalls = 0;
	const vault = h.app.vault;
	const process = vault.process.bind(vault);
	const modify = vault.modify.bind(vault);
	vault.process = (file, fn, options) => {
		processCalls++;
		return process(file, fn, options);
	};
	vault.modify = (file, data, options) => {
		modifyCalls++;
		return modify(file, data, options);
	};
	return new ParentWriter(h.host);
}

/** Changes a note behind the index's back: the index keeps the old lines. */
async function changeUnderneath(path: string, next: string): Promise<void> {
	stop();
	stop = () => undefined;
	await h.app.vault.modify(h.app.vault.fileAt(path), next);
	modifyCalls = 0;
}

/** The note a written link points at, as the plugin resolves it (Obsidian's `getFirstLinkpathDest`). */
function resolvedByApp(link: string): string | null {
	const [ref] = parseLinks(link).links;
	return ref ? (h.app.metadataCache.getFirstLinkpathDest(ref.target, "Kid.md")?.path ?? null) : null;
}

const parentsOf = (path: string) => h.index.core.graph.parentsOf(path).map((e) => e.parent).sort();

beforeEach(() => Notice.reset());
afterEach(async () => {
	stop();
	stop = () => undefined;
	await h.app.dispose();
	expect(modifyCalls).toBe(0);
});

const BOM = "\uFEFF";

describe("line endings and a byte order mark stay as they were", () => {
	test.each([
		["CRLF, existing field", "# Kid\r\nup:: [[A]]\r\nbody\r\n", "# Kid\r\nup:: [[A]], [[B]]\r\nbody\r\n"],
		["CRLF, new field at the end", "# Kid\r\nbody\r\n", "# Kid\r\nbody\r\nup:: [[B]]\r\n"],
		["CRLF without a final newline", "# Kid\r\nbody", "# Kid\r\nbody\r\nup:: [[B]]"],
		["BOM, existing field on line 1", `${BOM}up:: [[A]]\nbody\n`, `${BOM}up:: [[A]], [[B]]\nbody\n`],
		["BOM and CRLF, new field", `${BOM}# Kid\r\n`, `${BOM}# Kid\r\nup:: [[B]]\r\n`],
		["BOM, front matter property", `${BOM}---\r\nup:\r\n  - "[[A]]"\r\n---\r\nbody`, `${BOM}---\r\nup:\r\n  - "[[A]]"\r\n  - "[[B]]"\r\n---\r\nbody`],
		["mixed endings: only the field line changes", "a\r\nup:: [[A]]\nb\r\nc\n", "a\r\nup:: [[A]], [[B]]\nb\r\nc\n"],
		["mixed endings: a new line follows the last ending", "a\nb\r\n", "a\nb\r\nup:: [[B]]\r\n"],
	])("set parent: %s", async (_label, before, after) => {
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": before });
		expect(await writer.setParent("Kid.md", "B.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe(after);
		expect(processCalls).toBe(1);
		await h.app.flush();
		expect(parentsOf("Kid.md")).toContain("B.md");
	});

	test.each([
		["CRLF, one of two links", "# Kid\r\nup:: [[A]], [[B]]\r\nbody\r\n", "# Kid\r\nup:: [[B]]\r\nbody\r\n"],
		["CRLF, the only link: the line goes", "# Kid\r\nup:: [[A]]\r\nbody\r\n", "# Kid\r\nbody\r\n"],
		["BOM, the field on line 1", `${BOM}up:: [[A]]\r\nbody`, `${BOM}body`],
		["BOM, the last line without ending", `${BOM}x\r\nup:: [[A]]`, `${BOM}x`],
		["BOM and front matter", `${BOM}---\r\nup: "[[A]]"\r\ntags: [t]\r\n---\r\nbody\r\n`, `${BOM}---\r\ntags: [t]\r\n---\r\nbody\r\n`],
		["mixed endings", "a\nup:: [[A]]\r\nb\n", "a\nb\n"],
		["inside a sentence", "See [up:: [[A]]] here\r\n", "See here\r\n"],
	])("remove parent: %s", async (_label, before, after) => {
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": before });
		expect(await writer.removeParent("Kid.md", "A.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe(after);
		expect(processCalls).toBe(1);
	});

	test.each([
		["CRLF", "# Kid\r\nup:: [[A|the a]]  \r\nbody\r\n", "# Kid\r\nup:: [[B]]  \r\nbody\r\n"],
		["BOM", `${BOM}up:: [[A]]`, `${BOM}up:: [[B]]`],
		["BOM, CRLF, front matter list", `${BOM}---\r\nup:\r\n  - '[[A]]'\r\n---\r\n`, `${BOM}---\r\nup:\r\n  - '[[B]]'\r\n---\r\n`],
		["mixed endings", "x\r\nup:: [[A]]\ny\r\n", "x\r\nup:: [[B]]\ny\r\n"],
	])("re-parent: %s", async (_label, before, after) => {
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": before });
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe(after);
		expect(processCalls).toBe(1);
	});
});

describe("a note that changed after it was indexed", () => {
	test("remove parent: refused with a notice, the file byte for byte as it was", async () => {
		const writer = setup({ "A.md": "", "Kid.md": "up:: [[A]]\r\n" });
		const newer = `${BOM}inserted line\r\nup:: [[A]]\r\n`;
		await changeUnderneath("Kid.md", newer);
		expect(await writer.removeParent("Kid.md", "A.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe(newer);
		expect(Notice.messages).toEqual(["Kid changed since it was indexed; nothing was written"]);
	});

	test("re-parent: refused with a notice, the file byte for byte as it was", async () => {
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": "x\nup:: [[A]]\n" });
		const newer = "x\nup:: [[C]]\nup:: [[A]]\n";
		await changeUnderneath("Kid.md", newer);
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe(newer);
		expect(Notice.messages).toEqual(["Kid changed since it was indexed; nothing was written"]);
	});

	test("re-parent declared in the parent's down:: field that changed: refused, both files as they were", async () => {
		const writer = setup({ "A.md": "down:: [[Kid]]\n", "B.md": "", "Kid.md": "kid\n" });
		await changeUnderneath("A.md", "new\ndown:: [[Kid]]\n");
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(false);
		expect(h.app.vault.textOf("A.md")).toBe("new\ndown:: [[Kid]]\n");
		expect(h.app.vault.textOf("Kid.md")).toBe("kid\n");
		expect(Notice.messages).toEqual(["A changed since it was indexed; nothing was written"]);
	});

	test("set parent works on the text as it is at write time: nothing written since is lost", async () => {
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": "old\n" });
		await changeUnderneath("Kid.md", "new text\r\nup:: [[A]]\r\nmore\r\n");
		expect(await writer.setParent("Kid.md", "B.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("new text\r\nup:: [[A]], [[B]]\r\nmore\r\n");
	});

	test("set parent when the newer text already names the parent: refused with a notice, untouched", async () => {
		const writer = setup({ "B.md": "", "Kid.md": "old\n" });
		await changeUnderneath("Kid.md", "up:: [[b]]\r\n");
		expect(await writer.setParent("Kid.md", "B.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe("up:: [[b]]\r\n");
		expect(Notice.messages).toEqual(["Already a parent: B"]);
	});
});

describe("names a wiki link cannot hold", () => {
	test.each([
		["C# notes.md", "[C# notes](C%23%20notes.md)"],
		["x|y.md", "[x|y](x%7Cy.md)"],
		["[draft] plan.md", "[\\[draft\\] plan](%5Bdraft%5D%20plan.md)"],
		["k^1.md", "[[k^1]]"],
		["🌱 Garden.md", "[[🌱 Garden]]"],
		["שלום עולם.md", "[[שלום עולם]]"],
	])("set parent to %s writes %s, which resolves back to the note", async (parent, link) => {
		const writer = setup({ [parent]: "", "Kid.md": "text\n" });
		expect(await writer.setParent("Kid.md", parent)).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe(`text\nup:: ${link}\n`);
		expect(resolvedByApp(link)).toBe(parent);
		expect(await writer.setParent("Kid.md", parent)).toBe(false);
		expect(Notice.messages.pop()).toBe(`Already a parent: ${parent.slice(0, -3)}`);
	});

	test("re-parent to a note named with `#` keeps the link working", async () => {
		const writer = setup({ "A.md": "", "C# notes.md": "", "Kid.md": "up:: [[A]]\r\n" });
		expect(await writer.reparent("Kid.md", "A.md", "C# notes.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("up:: [C# notes](C%23%20notes.md)\r\n");
		expect(resolvedByApp("[C# notes](C%23%20notes.md)")).toBe("C# notes.md");
	});

	test("in front matter too", async () => {
		const writer = setup({ "C# notes.md": "", "Kid.md": "" }, { parentPlacement: "frontmatter" });
		expect(await writer.setParent("Kid.md", "C# notes.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe('---\nup:\n  - "[C# notes](C%23%20notes.md)"\n---\n');
	});

	test("safeLink: wiki form when it can, markdown form that parses back otherwise", () => {
		expect(safeLink("folder/a b", "a b", ".md")).toBe("[[folder/a b]]");
		const link = safeLink("f (1)/a#b", "a#b", ".md");
		expect(link).toBe("[a#b](f%20%281%29/a%23b.md)");
		expect(parseLinks(link).links).toEqual([{ target: "f (1)/a#b.md", display: "a#b", embed: false, kind: "markdown" }]);
	});
});
