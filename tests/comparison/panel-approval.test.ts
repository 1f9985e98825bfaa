/** @jest-environment jsdom */
/**
 * Approval tests: the panel's DOM for representative tables, serialised as normalised,
 * pretty-printed HTML and compared with `__approved__/<name>.approved.html`. When the file is
 * missing or differs, `<name>.received.html` is written next to it and the test fails: inspect
 * it, and if it is right, rename it to `.approved.html`.
 */
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_PANEL_STATE, type PanelState } from "../../src/core/tables/panel-model";
import type { PanelOptions } from "../../src/comparison/panel";
import { comparisonOf, mount, prettyHtml, type Mounted } from "./panel-helpers";

const APPROVED = path.resolve(__dirname, "__approved__");
const fixture = fs.readFileSync(path.resolve(__dirname, "../fixtures/tables/comparisons.md"), "utf8");

/** The fixture's table whose header is at 1-based `line`. */
function fixtureTable(line: number): string {
	const lines = fixture.split("\n").slice(line - 1);
	const end = lines.findIndex((l) => l.trim() === "");
	return lines.slice(0, end < 0 ? undefined : end).join("\n");
}

function verify(name: string, html: string): void {
	const approvedPath = path.join(APPROVED, `${name}.approved.html`);
	const receivedPath = path.join(APPROVED, `${name}.received.html`);
	const approved = fs.existsSync(approvedPath) ? fs.readFileSync(approvedPath, "utf8") : null;
	if (approved === html) {
		if (fs.existsSync(receivedPath)) fs.unlinkSync(receivedPath);
		return;
	}
	fs.mkdirSync(APPROVED, { recursive: true });
	fs.writeFileSync(receivedPath, html);
	throw new Error(
		approved === null
			? `No approved file for "${name}": inspect ${receivedPath} and rename it to ${name}.approved.html`
			: `"${name}" differs from its approved file: compare ${receivedPath} with ${approvedPath}`,
	);
}

let m: Mounted | null = null;

afterEach(async () => {
	m?.panel.unload();
	await m?.app.dispose();
	m = null;
	document.body.empty();
});

async function approve(name: string, md: string, state: Partial<PanelState> = {}, options: Partial<PanelOptions> = {}, files: Record<string, string> = {}): Promise<void> {
	m = mount(comparisonOf(md), { renderMarkdown: undefined, state: { ...DEFAULT_PANEL_STATE, hidden: [], order: [], ...state }, ...options }, files);
	await m.panel.whenRendered();
	verify(name, prettyHtml(m.el.querySelector(".topic-tree-panel") as HTMLElement));
}

describe("approved panel HTML", () => {
	test("items in columns with an empty corner, an item linking to its note and a criterion to a heading", async () => {
		await approve("items-in-columns", fixtureTable(3), {}, { caption: "MLOps vs ModelOps", headings: [{ heading: "Scope", line: 9 }] }, { "MLOps.md": "" });
	});

	test("items in rows, shown as cards", async () => {
		await approve("items-in-rows-cards", fixtureTable(17), { view: "cards" }, { caption: "Experiment trackers" });
	});

	test("continuation rows merged into line breaks, in the By criterion view", async () => {
		await approve("continuation-rows-by-criterion", fixtureTable(9), { view: "criterion", tab: "delivery model" }, { caption: "Message brokers" });
	});

	test("differences highlighted against a baseline, sorted, with markdown cells", async () => {
		const md = [
			"| Criteria | Postgres | MySQL | SQLite |",
			"|---|---|---|---|",
			"| License | PostgreSQL | GPL | Public domain |",
			"| Latency | 12 ms | 9 ms | **1.5 s** |",
			"| Type | Relational | relational | Relational |",
			"| Docs | [site](https://postgresql.org) | `man mysql` | <img src=x onerror=alert(1)> |",
		].join("\n");
		await approve("differences-baseline", md, { highlight: true, baseline: "mysql", sortBy: { criterion: "latency", descending: false } }, { caption: "Databases" });
	});
});
