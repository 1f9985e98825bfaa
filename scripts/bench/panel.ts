/**
 * `npm run bench:panel`: time to first render of a comparison panel for a 200-criterion,
 * 8-item table in jsdom (the figure: under 50 ms). Uses the shared obsidian test double
 * and a synchronous markdown renderer, so it measures the panel's own DOM work. Reports the
 * median of 15 renders and the number of table cells drawn at first render.
 */
import { installJsdom } from "./jsdom-env";

async function main(): Promise<void> {
	const win = await installJsdom();
	const { createApp } = await import("../../tests/obsidian-double");
	const { ComparisonPanel } = await import("../../src/comparison/panel");
	const { DEFAULT_PANEL_STATE } = await import("../../src/core/tables/panel-model");
	const items = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta"];
	const criteria = Array.from({ length: 200 }, (_, i) => `Criterion ${i + 1}`);
	const values = criteria.map((_, i) => items.map((it, j) => (j % 3 === 0 ? `same ${i}` : `${it} value ${i} **bold** \`code\``)));
	const comparison = { orientation: "items-in-columns" as const, items, criteria, values, corner: "" };
	const app = createApp({});
	const times: number[] = [];
	let cells = 0;
	for (let run = 0; run < 15; run++) {
		const container = win.document.body.createDiv();
		const t0 = performance.now();
		const panel = new ComparisonPanel(container, {
			app: app as never,
			sourcePath: "bench.md",
			comparison,
			caption: "Bench",
			state: { ...DEFAULT_PANEL_STATE, highlight: true },
			onState: () => undefined,
			renderMarkdown: (md: string, el: HTMLElement) => {
				el.setText(md);
				return Promise.resolve();
			},
		});
		panel.load();
		times.push(performance.now() - t0);
		cells = container.querySelectorAll("td").length;
		await panel.whenRendered();
		panel.unload();
		container.remove();
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(times.length / 2)];
	const result = { criteria: criteria.length, items: items.length, first_render_ms: Math.round(median * 100) / 100, cells_at_first_render: cells };
	if (process.argv.includes("--json")) console.log(JSON.stringify(result));
	else console.log(`panel 200 criteria × 8 items: first render ${result.first_render_ms} ms (median of 15), ${cells} cells drawn, the rest progressively`);
	await app.dispose();
	process.exit(0);
}

void main();
