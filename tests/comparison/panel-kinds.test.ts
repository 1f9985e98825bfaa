/** @jest-environment jsdom */
/**
 * The panel on real kinds of values, as a user sees it: yes/no as icon, text and colour class;
 * numbers right-aligned with the lowest and highest marked; prose left unmarked and said so;
 * baseline cells that read "same as baseline" or "differs"; unnamed criteria in every view;
 * Transpose turning the criteria into items; the More menu of a narrow pane.
 */
import { clickMenuItem, lastMenu, resetMenus } from "../obsidian-double";
import { DEFAULT_PANEL_STATE, type PanelView } from "../../src/core/tables/panel-model";
import { action, click, comparisonOf, mount, texts, type Mounted } from "./panel-helpers";

const QUEUES = comparisonOf(
	[
		"| Feature | Queue | Kafka | Pub/Sub |",
		"|---|---|---|---|",
		"| Replay | ❌ No | ✅ | no |",
		"| Latency | Low | Medium | low |",
		"| Throughput | 1,000/s | 1M/s | 50k/s |",
		"| Model | Pull | Pull | Push |",
		"| How it scales | Add consumers and let the broker spread the work | Add partitions and consumers in a group | Managed by the provider, nothing to do |",
	].join("\n"),
);

const HEADERLESS = comparisonOf(["| Kafka | RabbitMQ |", "|---|---|", "| Pull-based model | Push-based model |", "| better throughput with the same resources | worse performance |"].join("\n"));

let m: Mounted | null = null;

afterEach(async () => {
	m?.panel.unload();
	await m?.app.dispose();
	m = null;
	resetMenus();
});

const body = (el: HTMLElement) => el.querySelector(".topic-tree-panel-body") as HTMLElement;
const row = (el: HTMLElement, key: string) => Array.from(body(el).querySelectorAll<HTMLElement>(`tr[data-criterion="${key}"] td`));

describe("value kinds in cells", () => {
	test("✓/✗ values show an icon, their text and a colour class, never the bare mark", () => {
		m = mount(QUEUES);
		const replay = row(m.el, "replay");
		expect(replay.map((td) => [...td.classList].filter((c) => c.startsWith("is-")).join(" "))).toEqual(["is-no", "is-yes", "is-no"]);
		expect(replay.map((td) => td.querySelector(".topic-tree-panel-verdict-icon svg")?.getAttribute("data-icon"))).toEqual(["x", "check", "x"]);
		expect(replay.map((td) => td.querySelector(".topic-tree-panel-verdict-text")?.textContent)).toEqual(["No", "Yes", "no"]);
	});

	test("numbers are right-aligned, the lowest and highest marked, with a bar to scale", () => {
		m = mount(QUEUES);
		const through = row(m.el, "throughput");
		expect(through.every((td) => td.hasClass("is-number"))).toBe(true);
		expect(through.map((td) => td.querySelector(".topic-tree-panel-extreme")?.textContent ?? null)).toEqual(["lowest", "highest", null]);
		expect(through.map((td) => td.querySelector<HTMLElement>(".topic-tree-panel-bar")?.style.getPropertyValue("--topic-tree-share"))).toEqual(["0%", "100%", "5%"]);
		expect(row(m.el, "model").some((td) => td.hasClass("is-number"))).toBe(false);
	});

	test("Highlight differences marks comparable criteria only and says what it compared", () => {
		m = mount(QUEUES, { state: { ...DEFAULT_PANEL_STATE, highlight: true, hidden: ["kafka"] } });
		// ❌ No equals no, Low equals low: same; Pull/Push and the throughputs differ; prose is unmarked.
		expect(row(m.el, "replay").map((td) => td.hasClass("is-same"))).toEqual([true, true]);
		expect(row(m.el, "latency").map((td) => td.hasClass("is-same"))).toEqual([true, true]);
		expect(row(m.el, "model").map((td) => td.hasClass("is-different"))).toEqual([true, true]);
		const prose = row(m.el, "how it scales");
		expect(prose.some((td) => td.hasClass("is-different") || td.hasClass("is-same") || td.querySelector(".topic-tree-panel-diff"))).toBe(false);
		expect(m.el.querySelector(".topic-tree-panel-summary")?.textContent).toBe("4 criteria compared · 1 prose");
		click(action(m.el, "highlight"));
		expect(m.el.querySelector(".topic-tree-panel-summary")?.textContent).toBe("");
	});

	test("Only differences hides equal comparable criteria and keeps differing prose", () => {
		m = mount(QUEUES, { state: { ...DEFAULT_PANEL_STATE, hidden: ["kafka"] } });
		click(action(m.el, "only-differences"));
		expect(texts(body(m.el), "tbody th .topic-tree-panel-name")).toEqual(["Throughput", "Model", "How it scales"]);
		expect(m.el.querySelector(".topic-tree-panel-count")?.textContent).toBe("3 of 5 criteria");
	});

	test("against a baseline, each comparable cell reads 'same as baseline' or 'differs'", () => {
		m = mount(QUEUES, { state: { ...DEFAULT_PANEL_STATE, baseline: "queue" } });
		const replay = row(m.el, "replay");
		expect(replay.map((td) => td.querySelector(".topic-tree-sr-only")?.textContent ?? null)).toEqual([null, "differs", "same as baseline"]);
		expect(row(m.el, "how it scales").some((td) => td.querySelector(".topic-tree-sr-only"))).toBe(false);
	});
});

describe("unnamed criteria", () => {
	test.each(["table", "cards", "criterion"] as PanelView[])("a comparison without a criteria column shows Point 1, Point 2 in the %s view", (view) => {
		m = mount(HEADERLESS, { state: { ...DEFAULT_PANEL_STATE, view } });
		const names = texts(body(m.el), view === "criterion" ? '[role="tab"]' : view === "cards" ? ".topic-tree-panel-card-row dt" : "tbody th");
		expect(names.slice(0, 2)).toEqual(["Point 1", "Point 2"]);
		if (view !== "criterion") expect(body(m.el).querySelector(".topic-tree-panel-name.is-unnamed")).not.toBeNull();
		expect(texts(body(m.el), view === "table" ? "thead .topic-tree-panel-name" : ".topic-tree-panel-name").filter((n) => n === "Kafka")).not.toHaveLength(0);
	});
});

describe("tools", () => {
	test("Transpose makes the criteria the items: they are hidden from the Items menu, and the count follows", () => {
		m = mount(QUEUES, { state: { ...DEFAULT_PANEL_STATE, hidden: ["kafka"] } });
		click(action(m.el, "transpose"));
		expect(m.el.querySelector(".topic-tree-panel-items-count")?.textContent).toBe("5 items");
		expect(m.el.querySelector(".topic-tree-panel-count")?.textContent).toBe("3 of 3 criteria");
		click(action(m.el, "items"));
		expect(lastMenu()?.titles()).toEqual(["Show items", "Replay", "Latency", "Throughput", "Model", "How it scales", "---", "Show all items"]);
		clickMenuItem("How it scales");
		expect(m.el.querySelector(".topic-tree-panel-items-count")?.textContent).toBe("4 of 5 items");
		expect(texts(body(m.el), "thead .topic-tree-panel-item .topic-tree-panel-name")).toEqual(["Replay", "Latency", "Throughput", "Model"]);
		expect(texts(body(m.el), "tbody th .topic-tree-panel-name")).toEqual(["Queue", "Kafka", "Pub/Sub"]);
	});

	test("the More menu offers the tools with their state, and runs them", () => {
		m = mount(QUEUES);
		click(action(m.el, "more"));
		expect(lastMenu()?.titles()).toEqual(["Highlight differences", "Only differences", "Transpose", "Sort items…", "---", "Copy as Markdown", "Copy as CSV", "Reset"]);
		clickMenuItem("Only differences");
		expect(action(m.el, "only-differences").getAttribute("aria-pressed")).toBe("true");
		click(action(m.el, "more"));
		const only = lastMenu()?.items.find((i) => "title" in i && i.title === "Only differences");
		expect(only && "checked" in only && only.checked).toBe(true);
		clickMenuItem("Sort items…");
		expect(lastMenu()?.titles()).toContain("Throughput");
	});
});
