import { Notice } from "../obsidian-double";
import { ParentWriter } from "../../src/writes/parent-writer";
import { buildHost, type TestHost } from "../tree-view/host";

let h: TestHost;
let stop: () => void;

/** Builds the host, keeps the index in sync with vault writes, and returns a writer. */
function setup(files: Record<string, string>, settings: Record<string, unknown> = {}): ParentWriter {
	h = buildHost(files, { data: { settings } });
	stop = h.index.watch();
	return new ParentWriter(h.host);
}

const parentsOf = (path: string) => h.index.core.graph.parentsOf(path).map((e) => e.parent).sort();

beforeEach(() => Notice.reset());
afterEach(async () => {
	stop();
	await h.app.dispose();
});

describe("set parent", () => {
	test("appends to the child's parent field, says so, and the index follows", async () => {
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": "# Kid\r\nup:: [[A]]  \r\nbody\r\n" });
		expect(await writer.setParent("Kid.md", "B.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("# Kid\r\nup:: [[A]], [[B]]  \r\nbody\r\n");
		expect(Notice.messages).toEqual(["Parent set: B"]);
		await h.app.flush();
		expect(parentsOf("Kid.md")).toEqual(["A.md", "B.md"]);
	});

	test("a note whose name is not unique is linked by its path", async () => {
		const writer = setup({ "x/Topic.md": "", "y/Topic.md": "", "Kid.md": "text\n" });
		expect(await writer.setParent("Kid.md", "y/Topic.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("text\nup:: [[y/Topic]]\n");
	});

	test("a ghost topic is linked by its title", async () => {
		const writer = setup({ "Other.md": "up:: [[Languages]]\n", "Kid.md": "" });
		expect(await writer.setParent("Kid.md", "ghost:languages")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("up:: [[Languages]]\n");
	});

	test("the placement setting decides where the link goes; the first parent field names it", async () => {
		const writer = setup({ "P.md": "", "Kid.md": "up:: [[Q]]\n" }, { parentPlacement: "frontmatter", parentFields: ["parent", "up"] });
		expect(await writer.setParent("Kid.md", "P.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe('---\nparent:\n  - "[[P]]"\n---\nup:: [[Q]]\n');
	});

	test("an existing parent is not written twice", async () => {
		const writer = setup({ "A.md": "", "Kid.md": "up:: [[a]]\n" });
		expect(await writer.setParent("Kid.md", "A.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe("up:: [[a]]\n");
		expect(Notice.messages).toEqual(["Already a parent: A"]);
	});

	test("a note is never its own parent", async () => {
		const writer = setup({ "Kid.md": "" });
		expect(await writer.setParent("Kid.md", "Kid.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe("");
	});

	test("a refused edit leaves the file untouched and says why", async () => {
		const writer = setup({ "P.md": "", "Kid.md": "---\nup: [broken\n---\n" }, { parentPlacement: "frontmatter" });
		expect(await writer.setParent("Kid.md", "P.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe("---\nup: [broken\n---\n");
		expect(Notice.messages).toEqual(["Kid: the front matter is not plain YAML that can be edited; nothing was written"]);
		expect(h.app.vault.writes).toEqual([]);
	});
});

describe("remove parent", () => {
	test("removes the link from the child's field line, keeping the others", async () => {
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": "intro\nup:: [[A]], [[B]]\nend" });
		expect(await writer.removeParent("Kid.md", "A.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("intro\nup:: [[B]]\nend");
		expect(Notice.messages).toEqual([]);
		await h.app.flush();
		expect(parentsOf("Kid.md")).toEqual(["B.md"]);
	});

	test("a parent from the front matter", async () => {
		const writer = setup({ "A.md": "", "Kid.md": "---\nup:\n  - \"[[A]]\"\ntags: [x]\n---\nbody\n" });
		expect(await writer.removeParent("Kid.md", "A.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("---\ntags: [x]\n---\nbody\n");
	});

	test("a parent declared by the parent's down:: field is removed there; the child is untouched", async () => {
		const writer = setup({ "P.md": "# P\ndown:: [[Kid]], [[Other]]\n", "Kid.md": "kid\n", "Other.md": "" });
		expect(await writer.removeParent("Kid.md", "P.md")).toBe(true);
		expect(h.app.vault.textOf("P.md")).toBe("# P\ndown:: [[Other]]\n");
		expect(h.app.vault.textOf("Kid.md")).toBe("kid\n");
		await h.app.flush();
		expect(parentsOf("Kid.md")).toEqual([]);
	});

	test("every declaration of the parent goes, so the parent really disappears", async () => {
		const writer = setup({ "P.md": "down:: [[Kid]]\n", "Kid.md": "---\nup: '[[P]]'\n---\nup:: [[P]]\n" });
		expect(await writer.removeParent("Kid.md", "P.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("---\n---\n");
		expect(h.app.vault.textOf("P.md")).toBe("");
		await h.app.flush();
		expect(parentsOf("Kid.md")).toEqual([]);
	});

	test("a ghost parent", async () => {
		const writer = setup({ "Kid.md": "up:: [[Missing]], [[Also missing]]\n" });
		expect(await writer.removeParent("Kid.md", "ghost:missing")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("up:: [[Also missing]]\n");
	});

	test("when the note changed since it was indexed nothing is written and a notice says so", async () => {
		const writer = setup({ "A.md": "", "Kid.md": "up:: [[A]]\n" });
		stop();
		await h.app.vault.modify(h.app.vault.fileAt("Kid.md"), "new first line\nup:: [[A]]\n");
		const writes = h.app.vault.writes.length;
		expect(await writer.removeParent("Kid.md", "A.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe("new first line\nup:: [[A]]\n");
		expect(h.app.vault.writes.length).toBe(writes);
		expect(Notice.messages).toEqual(["Kid changed since it was indexed; nothing was written"]);
		stop = () => undefined;
	});

	test("a note that is not a parent gives false without writing", async () => {
		const writer = setup({ "A.md": "", "Kid.md": "text\n" });
		expect(await writer.removeParent("Kid.md", "A.md")).toBe(false);
		expect(h.app.vault.writes).toEqual([]);
	});
});

describe("reparent", () => {
	test("rewrites the link in place; nothing else changes", async () => {
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": "x [up:: [[A|the a]]] y\r\nmore  " });
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("x [up:: [[B]]] y\r\nmore  ");
		await h.app.flush();
		expect(parentsOf("Kid.md")).toEqual(["B.md"]);
	});

	test("in front matter, keeping the quoting", async () => {
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": "---\nup:\n  - '[[A]]'\n  - '[[C]]'\n---\n" });
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("---\nup:\n  - '[[B]]'\n  - '[[C]]'\n---\n");
	});

	test("to a parent the note already has: the old link just goes", async () => {
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": "up:: [[A]], [[B]]\n" });
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("up:: [[B]]\n");
	});

	test("from a parent's down:: field: removed there, and the child gets the new parent", async () => {
		const writer = setup({ "A.md": "down:: [[Kid]]\n", "B.md": "", "Kid.md": "kid\n" });
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(true);
		expect(h.app.vault.textOf("A.md")).toBe("");
		expect(h.app.vault.textOf("Kid.md")).toBe("kid\nup:: [[B]]\n");
		await h.app.flush();
		expect(parentsOf("Kid.md")).toEqual(["B.md"]);
	});

	test("to a ghost topic", async () => {
		const writer = setup({ "A.md": "", "Other.md": "up:: [[Someday]]", "Kid.md": "up:: [[A]]\n" });
		expect(await writer.reparent("Kid.md", "A.md", "ghost:someday")).toBe(true);
		expect(h.app.vault.textOf("Kid.md")).toBe("up:: [[Someday]]\n");
	});

	test("when the line changed underneath, the file is left as it is", async () => {
		const writer = setup({ "A.md": "", "B.md": "", "Kid.md": "up:: [[A]]\n" });
		stop();
		stop = () => undefined;
		await h.app.vault.modify(h.app.vault.fileAt("Kid.md"), "up:: [[C]]\n");
		expect(await writer.reparent("Kid.md", "A.md", "B.md")).toBe(false);
		expect(h.app.vault.textOf("Kid.md")).toBe("up:: [[C]]\n");
		expect(Notice.messages).toEqual(["Kid changed since it was indexed; nothing was written"]);
	});
});
