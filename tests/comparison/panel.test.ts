/** @jest-environment jsdom */
import axe from "axe-core";
import { clickMenuItem, lastMenu, liveCounts, Notice, resetMenus } from "../obsidian-double";
import type { Comparison } from "../../src/core/tables/comparison";
import { DEFAULT_PANEL_STATE, type PanelView } from "../../src/core/tables/panel-model";
import { action, click, comparisonOf, mount, press, texts, wait, type Mounted } from "./panel-helpers";

const DATABASES = comparisonOf(
	[
		"|  | PostgreSQL | MySQL | SQLite |",
		"|---|---|---|---|",
		"| License | PostgreSQL License | GPL | Public domain |",
		"| Latency | 12 ms | 900 µs | 1.5 s |",
		"| Type | Relational | relational | **Relational** |",
		"| Server | yes | yes | no |",
		"| Released | 1996 | 1995 | 2000 |",
	].join("\n"),
);

const TOOLS = comparisonOf(["| Tool | License | Hosting |", "|---|---|---|", "| MLflow | Apache-2.0 | Self-hosted |", "| Neptune | Proprietary | SaaS |"].join("\n"));

let m: Mounted;

afterEach(async () => {
	m?.panel.unload();
	await m?.app.dispose();
	document.body.empty();
	resetMenus();
	Notice.reset();
});

const headerItems = (el: HTMLElement) => texts(el, ".topic-tree-panel-body thead th.topic-tree-panel-item .topic-tree-panel-name");
const rowCriteria = (el: HTMLElement) => texts(el, ".topic-tree-panel-body tbody th .topic-tree-panel-name");
const body = (el: HTMLElement) => el.querySelector(".topic-tree-panel-body") as HTMLElement;
const last = <T>(xs: T[]): T => xs[xs.length - 1];

describe("table view", () => {
	test("a native table with caption, item column headers and criterion row headers", () => {
		m = mount(DATABASES);
		const table = body(m.el).querySelector("table") as HTMLTableElement;
		expect(table.caption?.textContent).toBe("Databases");
		expect(Array.from(table.querySelectorAll("thead th")).map((th) => th.getAttribute("scope"))).toEqual(["col", "col", "col"]);
		expect(headerItems(m.el)).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
		expect(Array.from(table.querySelectorAll("tbody th")).every((th) => th.getAttribute("scope") === "row")).toBe(true);
		expect(rowCriteria(m.el)).toEqual(["License", "Latency", "Type", "Server", "Released"]);
		expect(texts(table, "tbody tr:first-child td")).toEqual(["PostgreSQL License", "GPL", "Public domain"]);
		// The empty corner is a plain cell, not an empty header.
		expect(table.querySelector("thead tr > :first-child")?.tagName).toBe("TD");
		expect(table.parentElement?.hasClass("topic-tree-panel-scroll")).toBe(true);
	});

	test("an items-in-rows table keeps items as rows; Transpose swaps and reports the state", () => {
		m = mount(TOOLS);
		const table = () => body(m.el).querySelector("table") as HTMLTableElement;
		expect(texts(table(), "thead th")).toEqual(["Tool", "License", "Hosting"]);
		expect(texts(table(), "tbody th")).toEqual(["MLflow", "Neptune"]);
		const transpose = action(m.el, "transpose");
		expect(transpose.getAttribute("aria-pressed")).toBe("false");
		click(transpose);
		expect(transpose.getAttribute("aria-pressed")).toBe("true");
		expect(texts(table(), "thead th")).toEqual(["Tool", "MLflow", "Neptune"]);
		expect(texts(table(), "tbody th")).toEqual(["License", "Hosting"]);
		expect(last(m.states).transposed).toBe(true);
	});

	test("merged continuation rows show as line breaks", () => {
		const c = comparisonOf(["| Criteria | A | B |", "|---|---|---|", "| Model | log based | queue |", "| | pull | push |"].join("\n"));
		m = mount(c);
		const cell = body(m.el).querySelector("tbody td") as HTMLElement;
		expect(cell.querySelectorAll("br")).toHaveLength(1);
		expect(cell.textContent).toBe("log basedpull");
	});
});

describe("views", () => {
	test("the view switcher is a group of toggle buttons; Cards shows one card per item", () => {
		m = mount(DATABASES);
		const buttons = Array.from(m.el.querySelectorAll<HTMLElement>('[data-action="view"]'));
		expect(buttons.map((b) => [b.textContent, b.getAttribute("aria-pressed")])).toEqual([
			["Table", "true"],
			["Cards", "false"],
			["By criterion", "false"],
		]);
		click(buttons[1]);
		expect(buttons.map((b) => b.getAttribute("aria-pressed"))).toEqual(["false", "true", "false"]);
		expect(last(m.states).view).toBe("cards");
		const cards = Array.from(body(m.el).querySelectorAll<HTMLElement>(".topic-tree-panel-card"));
		expect(cards).toHaveLength(3);
		const first = cards[0];
		expect(first.getAttribute("role")).toBe("group");
		expect(document.getElementById(first.getAttribute("aria-labelledby") ?? "")?.textContent).toBe("PostgreSQL");
		expect(texts(first, "dt")).toEqual(["License", "Latency", "Type", "Server", "Released"]);
		expect(texts(first, "dd")[1]).toBe("12 ms");
		expect(body(m.el).querySelector("table")).toBeNull();
	});

	test("By criterion: a tablist whose tab panel shows every item's value side by side", () => {
		m = mount(DATABASES, { state: { ...DEFAULT_PANEL_STATE, view: "criterion" } });
		const tablist = body(m.el).querySelector('[role="tablist"]') as HTMLElement;
		const tabs = Array.from(tablist.querySelectorAll<HTMLElement>('[role="tab"]'));
		expect(tabs.map((t) => t.textContent)).toEqual(["License", "Latency", "Type", "Server", "Released"]);
		expect(tabs.map((t) => t.getAttribute("aria-selected"))).toEqual(["true", "false", "false", "false", "false"]);
		expect(tabs.map((t) => t.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1", "-1"]);
		const panel = body(m.el).querySelector('[role="tabpanel"]') as HTMLElement;
		expect(tabs[0].getAttribute("aria-controls")).toBe(panel.id);
		expect(panel.getAttribute("aria-labelledby")).toBe(tabs[0].id);
		expect(texts(panel, "dt .topic-tree-panel-name")).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
		expect(texts(panel, "dd")).toEqual(["PostgreSQL License", "GPL", "Public domain"]);
	});

	test("tabs: Right/Left move and activate with wrapping, Home/End go to the ends, focus follows", () => {
		m = mount(DATABASES, { state: { ...DEFAULT_PANEL_STATE, view: "criterion" } });
		const selected = () => body(m.el).querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') as HTMLElement;
		selected().focus();
		press(selected(), "ArrowRight");
		expect(selected().textContent).toBe("Latency");
		expect(document.activeElement).toBe(selected());
		expect(selected().getAttribute("tabindex")).toBe("0");
		expect(texts(body(m.el), '[role="tabpanel"] dd')).toEqual(["12 ms", "900 µs lowest", "1.5 s highest"]);
		expect(last(m.states).tab).toBe("latency");
		press(selected(), "End");
		expect(selected().textContent).toBe("Released");
		press(selected(), "ArrowRight");
		expect(selected().textContent).toBe("License");
		press(selected(), "ArrowLeft");
		expect(selected().textContent).toBe("Released");
		press(selected(), "Home");
		expect(selected().textContent).toBe("License");
		expect(document.activeElement).toBe(selected());
		expect(body(m.el).querySelectorAll('[role="tab"][tabindex="0"]')).toHaveLength(1);
	});

	test("clicking a tab activates it", () => {
		m = mount(DATABASES, { state: { ...DEFAULT_PANEL_STATE, view: "criterion" } });
		click(action(m.el, "tab", '[data-criterion="server"]'));
		expect(texts(body(m.el), '[role="tabpanel"] dd')).toEqual(["yes", "yes", "no"]);
	});

	test("the automatic view is Cards in a narrow pane and Table in a wide one", () => {
		const observers: Array<(entries: Array<{ contentRect: { width: number } }>) => void> = [];
		class FakeObserver {
			constructor(cb: (entries: Array<{ contentRect: { width: number } }>) => void) {
				observers.push(cb);
			}
			observe(): void {}
			disconnect(): void {}
		}
		const w = window as unknown as { ResizeObserver?: unknown };
		w.ResizeObserver = FakeObserver;
		try {
			m = mount(DATABASES, { narrowWidth: 500 });
			expect(body(m.el).querySelector("table")).not.toBeNull();
			observers[0]([{ contentRect: { width: 320 } }]);
			expect(body(m.el).querySelector(".topic-tree-panel-cards")).not.toBeNull();
			expect(action(m.el, "view", '[data-view="cards"]').getAttribute("aria-pressed")).toBe("true");
			observers[0]([{ contentRect: { width: 900 } }]);
			expect(body(m.el).querySelector("table")).not.toBeNull();
			expect(m.states).toEqual([]);
		} finally {
			delete w.ResizeObserver;
		}
	});
});

describe("differences", () => {
	test("Highlight differences marks differing cells with a class, an icon and hidden text", () => {
		m = mount(DATABASES);
		const toggle = action(m.el, "highlight");
		expect(body(m.el).querySelectorAll(".is-different")).toHaveLength(0);
		click(toggle);
		expect(toggle.getAttribute("aria-pressed")).toBe("true");
		const licence = body(m.el).querySelectorAll('tr[data-criterion="license"] td');
		for (const td of Array.from(licence)) {
			expect(td.hasClass("is-different")).toBe(true);
			expect(td.querySelector("svg.svg-icon")).not.toBeNull();
			expect(td.querySelector(".topic-tree-sr-only")?.textContent).toBe("differs");
		}
		// Equal once case and formatting are ignored: not marked.
		const type = Array.from(body(m.el).querySelectorAll('tr[data-criterion="type"] td'));
		expect(type.some((td) => td.hasClass("is-different"))).toBe(false);
		expect(last(m.states).highlight).toBe(true);
	});

	test("pinning a baseline marks its column and compares every value with it", () => {
		m = mount(DATABASES, { state: { ...DEFAULT_PANEL_STATE, highlight: true } });
		click(action(m.el, "item-menu", '[data-item="mysql"]'));
		expect(lastMenu()?.titles()).toEqual(["MySQL", "Hide MySQL", "Move MySQL left", "Move MySQL right", "---", "Pin MySQL as baseline"]);
		clickMenuItem("Pin MySQL as baseline");
		expect(last(m.states).baseline).toBe("mysql");
		const header = body(m.el).querySelector('th[data-item="mysql"]') as HTMLElement;
		expect(header.hasClass("is-baseline")).toBe(true);
		expect(header.querySelector(".topic-tree-panel-baseline-mark")?.textContent).toBe("Baseline");
		expect(header.querySelector(".topic-tree-panel-baseline-mark svg")).not.toBeNull();
		const server = Array.from(body(m.el).querySelectorAll('tr[data-criterion="server"] td'));
		expect(server.map((td) => td.hasClass("is-different"))).toEqual([false, false, true]);
		click(action(m.el, "item-menu", '[data-item="mysql"]'));
		clickMenuItem("Unpin MySQL as baseline");
		expect(body(m.el).querySelector(".topic-tree-panel-baseline-mark")).toBeNull();
	});

	test("Only differences hides criteria whose values are all equal and updates the count", () => {
		m = mount(DATABASES);
		const count = m.el.querySelector(".topic-tree-panel-count") as HTMLElement;
		expect(count.getAttribute("aria-live")).toBe("polite");
		expect(count.textContent).toBe("5 of 5 criteria");
		click(action(m.el, "only-differences"));
		expect(rowCriteria(m.el)).toEqual(["License", "Latency", "Server", "Released"]);
		expect(count.textContent).toBe("4 of 5 criteria");
		expect(action(m.el, "only-differences").getAttribute("aria-pressed")).toBe("true");
	});
});

describe("items", () => {
	test("the Items menu: a checkbox per item toggles it; the count reads 2 of 3 items; the last one cannot be hidden", () => {
		m = mount(DATABASES);
		const itemsCount = () => m?.el.querySelector(".topic-tree-panel-items-count")?.textContent;
		expect(itemsCount()).toBe("3 items");
		click(action(m.el, "items"));
		expect(lastMenu()?.titles()).toEqual(["Show items", "PostgreSQL", "MySQL", "SQLite", "---", "Show all items"]);
		const checks = () => (lastMenu()?.items ?? []).filter((i) => "checked" in i && i.checked !== null).map((i) => ("checked" in i ? i.checked : null));
		expect(checks()).toEqual([true, true, true]);
		clickMenuItem("MySQL");
		expect(headerItems(m.el)).toEqual(["PostgreSQL", "SQLite"]);
		expect(last(m.states).hidden).toEqual(["mysql"]);
		expect(itemsCount()).toBe("2 of 3 items");
		expect(action(m.el, "items").getAttribute("aria-label")).toBe("Items: 2 of 3 items shown");
		click(action(m.el, "items"));
		expect(checks()).toEqual([true, false, true]);
		clickMenuItem("SQLite");
		expect(headerItems(m.el)).toEqual(["PostgreSQL"]);
		click(action(m.el, "items"));
		const postgres = lastMenu()?.items.find((i) => "title" in i && i.title === "PostgreSQL");
		expect(postgres && "disabled" in postgres && postgres.disabled).toBe(true);
		click(action(m.el, "item-menu", '[data-item="postgresql"]'));
		expect(() => clickMenuItem("Hide PostgreSQL")).not.toThrow();
		expect(headerItems(m.el)).toEqual(["PostgreSQL"]);
		click(action(m.el, "item-menu", '[data-item="postgresql"]'));
		expect(lastMenu()?.titles()[0]).toBe("PostgreSQL");
		click(action(m.el, "items"));
		clickMenuItem("Show all items");
		expect(headerItems(m.el)).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
	});

	test("move left and right reorder the columns", () => {
		m = mount(DATABASES);
		click(action(m.el, "item-menu", '[data-item="sqlite"]'));
		clickMenuItem("Move SQLite left");
		expect(headerItems(m.el)).toEqual(["PostgreSQL", "SQLite", "MySQL"]);
		expect(last(m.states).order).toEqual(["postgresql", "sqlite", "mysql"]);
		click(action(m.el, "item-menu", '[data-item="postgresql"]'));
		const moveLeft = lastMenu()?.items.find((i) => "title" in i && i.title === "Move PostgreSQL left");
		expect(moveLeft && "disabled" in moveLeft && moveLeft.disabled).toBe(true);
		clickMenuItem("Move PostgreSQL right");
		expect(headerItems(m.el)).toEqual(["SQLite", "PostgreSQL", "MySQL"]);
	});

	test("items laid out as rows move up and down", () => {
		m = mount(TOOLS);
		click(action(m.el, "item-menu", '[data-item="neptune"]'));
		expect(lastMenu()?.titles()).toContain("Move Neptune up");
		clickMenuItem("Move Neptune up");
		expect(texts(body(m.el), "tbody th .topic-tree-panel-name")).toEqual(["Neptune", "MLflow"]);
	});

	test("right-clicking an item header opens its menu", () => {
		m = mount(DATABASES);
		const name = body(m.el).querySelector('th[data-item="mysql"] .topic-tree-panel-name') as HTMLElement;
		name.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 5, clientY: 6 }));
		expect(lastMenu()?.titles()).toContain("Pin MySQL as baseline");
		expect(lastMenu()?.shownAt).toEqual({ x: 5, y: 6 });
	});
});

describe("sorting", () => {
	test("sortable criteria have a sort button; sorting sets aria-sort and reorders the items", () => {
		m = mount(DATABASES);
		const header = (key: string) => body(m.el).querySelector(`tr[data-criterion="${key}"] th`) as HTMLElement;
		expect(header("latency").getAttribute("aria-sort")).toBe("none");
		expect(header("license").hasAttribute("aria-sort")).toBe(false);
		expect(header("license").querySelector('[data-action="sort"]')).toBeNull();
		click(action(m.el, "sort", '[data-criterion="latency"]'));
		expect(header("latency").getAttribute("aria-sort")).toBe("ascending");
		expect(headerItems(m.el)).toEqual(["MySQL", "PostgreSQL", "SQLite"]);
		expect(last(m.states).sortBy).toEqual({ criterion: "latency", descending: false });
		click(action(m.el, "sort", '[data-criterion="latency"]'));
		expect(header("latency").getAttribute("aria-sort")).toBe("descending");
		expect(headerItems(m.el)).toEqual(["SQLite", "PostgreSQL", "MySQL"]);
		expect(header("released").getAttribute("aria-sort")).toBe("none");
	});

	test("in an items-as-rows table the criterion column header carries aria-sort", () => {
		const c = comparisonOf(["| Tool | Stars | Price |", "|---|---|---|", "| A | 1,200 | $5 |", "| B | 300 | $50 |", "| C | 2k | free |"].join("\n"));
		m = mount(c);
		click(action(m.el, "sort", '[data-criterion="stars"]'));
		expect(body(m.el).querySelector('thead th[data-criterion="stars"]')?.getAttribute("aria-sort")).toBe("ascending");
		expect(texts(body(m.el), "tbody th .topic-tree-panel-name")).toEqual(["B", "A", "C"]);
		expect(body(m.el).querySelector('thead th[data-criterion="price"]')?.hasAttribute("aria-sort")).toBe(false);
	});

	test("the Sort menu lists only number and date criteria and can stop sorting", () => {
		m = mount(DATABASES);
		click(action(m.el, "sort-menu"));
		expect(lastMenu()?.titles()).toEqual(["Sort items by", "Latency", "Released"]);
		clickMenuItem("Released");
		expect(headerItems(m.el)).toEqual(["MySQL", "PostgreSQL", "SQLite"]);
		click(action(m.el, "sort-menu"));
		clickMenuItem("Do not sort");
		expect(headerItems(m.el)).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
		expect(last(m.states).sortBy).toBeNull();
	});

	test("the sort button keeps focus across the redraw", () => {
		m = mount(DATABASES);
		const button = action(m.el, "sort", '[data-criterion="latency"]');
		button.focus();
		click(button);
		expect(document.activeElement?.getAttribute("data-criterion")).toBe("latency");
		expect(document.activeElement?.getAttribute("data-action")).toBe("sort");
	});
});

describe("filter", () => {
	test("typing filters criteria after a pause, with a live count; Escape clears at once", async () => {
		m = mount(DATABASES);
		const input = m.el.querySelector('input[type="search"]') as HTMLInputElement;
		expect(input.getAttribute("aria-label")).toBe("Filter criteria");
		input.value = "lat";
		input.dispatchEvent(new Event("input", { bubbles: true }));
		expect(rowCriteria(m.el)).toHaveLength(5);
		await wait(220);
		expect(rowCriteria(m.el)).toEqual(["Latency"]);
		expect(m.el.querySelector(".topic-tree-panel-count")?.textContent).toBe("1 of 5 criteria");
		expect(last(m.states).filter).toBe("lat");
		press(input, "Escape");
		expect(input.value).toBe("");
		expect(rowCriteria(m.el)).toHaveLength(5);
	});

	test("no match shows a message quoting the filter as text", () => {
		m = mount(DATABASES, { state: { ...DEFAULT_PANEL_STATE, filter: "<b>zzz</b>" } });
		expect(body(m.el).querySelector("table")).toBeNull();
		expect(body(m.el).querySelector(".topic-tree-panel-empty")?.textContent).toBe('No criteria match "<b>zzz</b>".');
		expect(body(m.el).querySelector("b")).toBeNull();
		expect((m.el.querySelector('input[type="search"]') as HTMLInputElement).value).toBe("<b>zzz</b>");
	});
});

describe("copy", () => {
	let written: string[];
	beforeEach(() => {
		written = [];
		Object.defineProperty(navigator, "clipboard", {
			configurable: true,
			value: { writeText: (text: string) => (written.push(text), Promise.resolve()) },
		});
	});
	afterEach(() => {
		Object.defineProperty(navigator, "clipboard", { configurable: true, value: undefined });
	});

	test("Copy as Markdown writes the current view as a table", async () => {
		m = mount(DATABASES, { state: { ...DEFAULT_PANEL_STATE, hidden: ["mysql"], filter: "lat" } });
		click(action(m.el, "copy-markdown"));
		await wait(0);
		expect(written).toEqual(["|  | PostgreSQL | SQLite |\n| --- | --- | --- |\n| Latency | 12 ms | 1.5 s |"]);
		expect(Notice.messages).toEqual(["Copied as Markdown"]);
	});

	test("Copy as CSV writes plain text rows", async () => {
		m = mount(TOOLS);
		click(action(m.el, "copy-csv"));
		await wait(0);
		expect(written).toEqual(["Tool,License,Hosting\r\nMLflow,Apache-2.0,Self-hosted\r\nNeptune,Proprietary,SaaS"]);
		expect(Notice.messages).toEqual(["Copied as CSV"]);
	});

	test("a refused clipboard says so", async () => {
		Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: () => Promise.reject(new Error("denied")) } });
		m = mount(TOOLS);
		click(action(m.el, "copy-csv"));
		await wait(0);
		expect(Notice.messages).toEqual(["Could not copy to the clipboard."]);
	});
});

describe("links", () => {
	test("a criterion named like a heading of the note links to it", () => {
		m = mount(DATABASES, { headings: [{ heading: "Latency", line: 12 }] });
		const link = body(m.el).querySelector('tr[data-criterion="latency"] a.internal-link') as HTMLElement;
		expect(link.getAttribute("data-href")).toBe("#Latency");
		expect(body(m.el).querySelector('tr[data-criterion="license"] a')).toBeNull();
		click(link);
		expect(m.app.workspace.openedLinks.map((l) => [l.linktext, l.sourcePath])).toEqual([["#Latency", "Notes/Compare.md"]]);
	});

	test("an item that names a note links to it, with hover preview", () => {
		m = mount(DATABASES, {}, { "DB/PostgreSQL.md": "# PostgreSQL" });
		const link = body(m.el).querySelector('th[data-item="postgresql"] a.internal-link') as HTMLElement;
		expect(link.getAttribute("data-href")).toBe("PostgreSQL");
		expect(body(m.el).querySelector('th[data-item="mysql"] a')).toBeNull();
		link.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		const hover = m.app.workspace.triggered.filter((t) => t.name === "hover-link");
		expect(hover).toHaveLength(1);
		expect(hover[0].args[0]).toMatchObject({ source: "topic-tree", hoverParent: m.panel, targetEl: link, linktext: "PostgreSQL", sourcePath: "Notes/Compare.md" });
		click(link, { ctrlKey: true });
		expect(m.app.workspace.openedLinks.map((l) => [l.linktext, l.newLeaf])).toEqual([["PostgreSQL", "tab"]]);
	});

	test("resolveItem can be injected", () => {
		m = mount(TOOLS, { resolveItem: (name) => (name === "Neptune" ? "Tools/Neptune.md" : null), hoverSource: "custom" });
		const link = body(m.el).querySelector("a.internal-link") as HTMLElement;
		expect(link.textContent).toBe("Neptune");
		link.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(m.app.workspace.triggered.find((t) => t.name === "hover-link")?.args[0]).toMatchObject({ source: "custom" });
	});
});

describe("cell content", () => {
	const HTML = "<img src=x onerror=alert(1)>";
	const risky: Comparison = {
		orientation: "items-in-columns",
		corner: "",
		items: ["Safe", HTML],
		criteria: ["Logo", "Style"],
		values: [
			[HTML, "<span onclick=x>hi</span>"],
			["**bold** and `code`", "- dash<br>two"],
		],
	};

	test("HTML in cells and names shows as text, never as elements", () => {
		m = mount(risky, { renderMarkdown: undefined });
		expect(m.el.querySelector("img")).toBeNull();
		expect(m.el.querySelector("span[onclick]")).toBeNull();
		const cells = texts(body(m.el), 'tr[data-criterion="logo"] td');
		expect(cells).toEqual([HTML, "<span onclick=x>hi</span>"]);
		expect(texts(body(m.el), "thead th .topic-tree-panel-name")[1]).toBe(HTML);
	});

	test("markdown in cells goes through the renderer; block markers stay inline text", async () => {
		m = mount(risky, { renderMarkdown: undefined });
		await m.panel.whenRendered();
		const style = body(m.el).querySelectorAll('tr[data-criterion="style"] td');
		expect(style[0].querySelector("strong")?.textContent).toBe("bold");
		expect(style[0].querySelector("code")?.textContent).toBe("code");
		expect(style[1].querySelector("ul, li")).toBeNull();
		expect(style[1].querySelector("br")).not.toBeNull();
	});

	test("plain cells skip the renderer, markdown cells use it with a short-lived component", async () => {
		const seen: string[] = [];
		const components = new Set<unknown>();
		m = mount(DATABASES, {
			renderMarkdown: (md, el, component) => {
				seen.push(md);
				components.add(component);
				el.setText(md);
				return Promise.resolve();
			},
		});
		const initial = new Set(seen);
		expect(initial).toEqual(new Set(["**Relational**"]));
		click(action(m.el, "highlight"));
		const [first, second] = Array.from(components) as Array<{ loaded: boolean }>;
		expect(first.loaded).toBe(false);
		expect(second.loaded).toBe(true);
		await m.panel.whenRendered();
		// The print table draws later, with a component of its own that lives as long as the panel.
		expect(components.size).toBe(3);
		m.panel.unload();
		expect((Array.from(components) as Array<{ loaded: boolean }>).some((c) => c.loaded)).toBe(false);
	});

	test("a failing renderer leaves the source text", async () => {
		m = mount(risky, { renderMarkdown: () => Promise.reject(new Error("boom")) });
		await m.panel.whenRendered();
		expect(texts(body(m.el), 'tr[data-criterion="style"] td')[0]).toBe("**bold** and `code`");
	});
});

describe("state", () => {
	test("Reset restores the default state and clears the filter box", async () => {
		m = mount(DATABASES, {
			state: { ...DEFAULT_PANEL_STATE, view: "cards", hidden: ["mysql"], highlight: true, transposed: true, filter: "l", sortBy: { criterion: "latency", descending: true } },
		});
		click(action(m.el, "reset"));
		expect(last(m.states)).toEqual(DEFAULT_PANEL_STATE);
		expect((m.el.querySelector('input[type="search"]') as HTMLInputElement).value).toBe("");
		expect(headerItems(m.el)).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
		expect(rowCriteria(m.el)).toHaveLength(5);
		expect(action(m.el, "highlight").getAttribute("aria-pressed")).toBe("false");
	});

	test("setState redraws without reporting; getState returns a copy", () => {
		m = mount(DATABASES);
		m.panel.setState({ ...DEFAULT_PANEL_STATE, hidden: ["sqlite"], filter: "type" });
		expect(headerItems(m.el)).toEqual(["PostgreSQL", "MySQL"]);
		expect(rowCriteria(m.el)).toEqual(["Type"]);
		expect((m.el.querySelector('input[type="search"]') as HTMLInputElement).value).toBe("type");
		expect(m.states).toEqual([]);
		const s = m.panel.getState();
		s.hidden.push("postgresql");
		expect(m.panel.getState().hidden).toEqual(["sqlite"]);
	});

	test("every change reports a fresh copy of the state", () => {
		m = mount(DATABASES);
		click(action(m.el, "highlight"));
		click(action(m.el, "only-differences"));
		expect(m.states.map((s) => [s.highlight, s.onlyDifferences])).toEqual([
			[true, false],
			[true, true],
		]);
		expect(m.states[0]).not.toBe(m.states[1]);
	});

	test("unloading removes the panel and its listeners", () => {
		const before = liveCounts();
		m = mount(DATABASES);
		expect(liveCounts().domListeners).toBeGreaterThan(before.domListeners);
		m.panel.unload();
		expect(m.el.querySelector(".topic-tree-panel")).toBeNull();
		expect(liveCounts().domListeners).toBe(before.domListeners);
		expect(liveCounts().components).toBe(before.components);
	});
});

describe("large tables", () => {
	const items = Array.from({ length: 8 }, (_, j) => `Item ${j}`);
	const criteria = Array.from({ length: 200 }, (_, i) => `Criterion ${i}`);
	const big: Comparison = {
		orientation: "items-in-columns",
		corner: "",
		items,
		criteria,
		values: criteria.map((_, i) => items.map((_, j) => (i % 5 === 0 ? `**${i * j} ms**` : `${i * j} ms`))),
	};

	test("the first rows draw at once, the rest in later slices, in order, up to a Show all step", async () => {
		m = mount(big);
		const rows = () => body(m.el).querySelectorAll("tbody tr").length;
		expect(rows()).toBeGreaterThanOrEqual(10);
		expect(rows()).toBeLessThan(100);
		expect(m.el.querySelector(".topic-tree-panel-count")?.textContent).toBe("200 of 200 criteria");
		await m.panel.whenRendered();
		expect(rows()).toBe(100);
		expect(rowCriteria(m.el)).toEqual(criteria.slice(0, 100));
		const showAll = action(m.el, "show-all-criteria");
		expect(showAll.textContent).toBe("Show all 200 criteria");
		click(showAll);
		await m.panel.whenRendered();
		expect(rows()).toBe(200);
		expect(body(m.el).querySelector('[data-action="show-all-criteria"]')).toBeNull();
		expect(rowCriteria(m.el)).toEqual(criteria);
		expect(m.el.querySelectorAll(".topic-tree-panel-print tbody tr")).toHaveLength(200);
	});

	test("a redraw drops queued rows of the previous view", async () => {
		m = mount(big);
		click(action(m.el, "show-all-criteria"));
		click(action(m.el, "view", '[data-view="cards"]'));
		await m.panel.whenRendered();
		expect(body(m.el).querySelector("table")).toBeNull();
		expect(body(m.el).querySelectorAll(".topic-tree-panel-card-row")).toHaveLength(8 * 200);
		const firstCard = body(m.el).querySelector(".topic-tree-panel-card") as HTMLElement;
		expect(texts(firstCard, "dt").slice(0, 3)).toEqual(["Criterion 0", "Criterion 1", "Criterion 2"]);
	});

	test("focus on a sort button far down the table comes back once its row is drawn", async () => {
		m = mount(big);
		click(action(m.el, "show-all-criteria"));
		await m.panel.whenRendered();
		const button = action(m.el, "sort", '[data-criterion="criterion 150"]');
		button.focus();
		click(button);
		await m.panel.whenRendered();
		expect(document.activeElement?.getAttribute("data-criterion")).toBe("criterion 150");
	});

	test("unloading stops the queue", async () => {
		m = mount(big);
		m.panel.unload();
		await m.panel.whenRendered();
		expect(m.el.querySelector(".topic-tree-panel")).toBeNull();
	});
});

describe("accessibility", () => {
	test.each(["table", "cards", "criterion"])("axe finds no violations in the %s view with differences, a baseline and a sort", async (view) => {
		m = mount(DATABASES, {
			state: { ...DEFAULT_PANEL_STATE, view: view as PanelView, highlight: true, baseline: "mysql", sortBy: { criterion: "latency", descending: false } },
			headings: [{ heading: "License", line: 3 }],
		});
		await m.panel.whenRendered();
		// jsdom has no layout: contrast is checked in the browser tests.
		const results = await axe.run(m.el, { rules: { "color-contrast": { enabled: false } } });
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
	});
});

describe("print", () => {
	test("a static full table in source layout, whatever the state", async () => {
		m = mount(DATABASES, { state: { ...DEFAULT_PANEL_STATE, view: "cards", hidden: ["mysql"], filter: "lat", transposed: true } });
		await m.panel.whenRendered();
		const print = m.el.querySelector(".topic-tree-panel-print table") as HTMLElement;
		expect(texts(print, "thead th")).toEqual(["PostgreSQL", "MySQL", "SQLite"]);
		expect(print.querySelector("thead tr > :first-child")?.tagName).toBe("TD");
		expect(texts(print, "tbody th")).toEqual(["License", "Latency", "Type", "Server", "Released"]);
	});
});
