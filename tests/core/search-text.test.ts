import { HierarchyGraph } from "../../src/core/graph";
import { searchText } from "../../src/core/search-text";
import type { ParsedNote, TopicNode } from "../../src/core/types";

const node = (extra: Partial<TopicNode> = {}): TopicNode => ({ id: "a/Über.md", kind: "note", title: "Über Café", path: "a/Über.md", aliases: ["Crème"], tags: ["Topic/Sub"], mtime: 0, ctime: 0, ...extra });

describe("searchText", () => {
	it("is the folded title, aliases, tags and path, one per line", () => {
		expect(searchText(node())).toBe("uber cafe\ncreme\ntopic/sub\na/uber.md");
		expect(searchText({ id: "ghost:x", kind: "ghost", title: "MLOps", aliases: [], tags: [], mtime: 0, ctime: 0 })).toBe("mlops");
	});

	it("is kept on the node, and a copy with another title makes its own", () => {
		const original = node();
		expect(searchText(original)).toBe(searchText(original));
		const renamed = { ...original, title: "Zebra" };
		expect(searchText(renamed)).toBe("zebra\ncreme\ntopic/sub\na/uber.md");
		expect(searchText(original)).toBe("uber cafe\ncreme\ntopic/sub\na/uber.md");
	});

	it("leaves the node's keys, equality and JSON as they were", () => {
		const held = node();
		searchText(held);
		expect(Object.keys(held)).toEqual(Object.keys(node()));
		expect(held).toStrictEqual(node());
		expect(JSON.stringify(held)).toBe(JSON.stringify(node()));
	});

	it("works on a frozen node, without keeping it", () => {
		expect(searchText(Object.freeze(node()))).toBe("uber cafe\ncreme\ntopic/sub\na/uber.md");
	});

	it("follows a note's new title in the graph (a changed note is a new node)", () => {
		const graph = new HierarchyGraph();
		const parsed = (title: string): ParsedNote => ({ path: "n.md", title, aliases: [], tags: [], frontmatter: {}, relations: [], problems: [] });
		graph.upsert(parsed("Alpha"));
		expect(searchText(graph.getNode("n.md")!)).toBe("alpha\nn.md");
		graph.upsert(parsed("Beta"));
		expect(searchText(graph.getNode("n.md")!)).toBe("beta\nn.md");
	});
});

describe("a ghost's search text", () => {
	it("is there on a retitled ghost (a new object: its title as the first note naming it writes it)", () => {
		const graph = new HierarchyGraph();
		const naming = (path: string, target: string): ParsedNote => ({
			path,
			title: path,
			aliases: [],
			tags: [],
			frontmatter: {},
			relations: [{ kind: "parent", field: "up", link: { target, embed: false, kind: "wiki" }, source: "inline", line: 1 }],
			problems: [],
		});
		graph.upsert(naming("b.md", "Machine Learning Ops"));
		graph.upsert(naming("a.md", "Machine learning ops"));
		const id = [...graph.nodes()].find((node) => node.kind === "ghost")!.id;
		const before = graph.getNode(id)!;
		expect(before.title).toBe("Machine learning ops");
		graph.remove("a.md");
		const after = graph.getNode(id)!;
		expect(after).not.toBe(before);
		expect(after.title).toBe("Machine Learning Ops");
		expect(searchText(after)).toBe("machine learning ops");
	});
});
