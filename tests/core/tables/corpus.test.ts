import * as fs from "fs";
import * as path from "path";
import { detectComparison } from "../../../src/core/tables/comparison";
import { parseTables } from "../../../src/core/tables/parse";

const repoRoot = path.resolve(__dirname, "../../..");
const candidates = [process.env.TOPIC_TREE_CORPUS, path.resolve(repoRoot, "../shared/corpus/blog-vault")];
const corpus = candidates.find((dir): dir is string => !!dir && fs.existsSync(dir));
if (!corpus) console.log("Skipping the tables corpus test: no corpus at TOPIC_TREE_CORPUS or ../shared/corpus/blog-vault");
const describeCorpus = corpus ? describe : describe.skip;

function markdownFiles(dir: string): string[] {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? markdownFiles(path.join(dir, e.name)) : e.name.endsWith(".md") ? [path.join(dir, e.name)] : []))
		.sort();
}

type Expected = [file: string, line: number, orientation: "items-in-columns" | "items-in-rows" | null, itemsOrReason: string[] | string];

/** Every table of the corpus, judged by reading it. */
const EXPECTED: Expected[] = [
	["notes/black_yapf.md", 65, "items-in-columns", ["Black", "yapf"]],
	["notes/difference_between_borda_count_and_reciprocial_rank_fussion.md", 209, "items-in-columns", ["Borda Count", "Reciprocal Rank"]],
	["notes/difference_between_borda_count_and_reciprocial_rank_fussion.md", 218, "items-in-columns", ["Borda Count", "Reciprocal Rank"]],
	["notes/fin_trading_algorithms_algotrading_crypto.md", 86, null, "single value column"],
	["notes/git_push_force_and_force_with_lease.md", 100, "items-in-rows", ["`git push --force`", "`git push --force-with-lease`"]],
	["notes/how_to_count_tokens.md", 54, null, "single value column"],
	["notes/linux_for_old_x86_laptop_windows_like.md", 62, "items-in-rows", ["Lubuntu", "Linux Mint Xfce", "Zorin OS Lite", "Peppermint OS", "LXLE"]],
	["notes/mlops_vs_model_ops.md", 27, "items-in-columns", ["MLOps", "ModelOps"]],
	["notes/understanding_bhattacharyya_distance and_coefficient_for_probability_distributions.md", 109, null, "no comparison signal"],
	["notes/using-mlflowragas-integration-without-tracing.md", 126, "items-in-rows", ["**Static data** (Option 1)", "**predict_fn with @mlflow.trace**", "**predict_fn without tracing** (Option 2)"]],
	["posts/2018/2018-03-22-top-ranked-zsh-plugins.md", 46, null, "glossary (a descriptive column)"],
	["posts/2019/2019-07-14-top_cli_tools_2019.md", 40, null, "glossary (a descriptive column)"],
	["posts/2019/2019-08-23-cli-toolbelt-for-datascience.md", 36, null, "single value column"],
	["posts/2019/2019-08-23-cli-toolbelt-for-datascience.md", 65, null, "single row"],
	["posts/2021/2021-11-28-top-ranked-zsh-plugins-2021.md", 45, null, "more than 10 items"],
	["posts/2021/2021-11-28-top-ranked-zsh-plugins-2021.md", 93, null, "glossary (a descriptive column)"],
	["posts/2021/2021-11-28-top-ranked-zsh-plugins-2021.md", 106, null, "glossary (a descriptive column)"],
	["posts/2021/2021-11-28-top-ranked-zsh-plugins-2021.md", 126, null, "glossary (a descriptive column)"],
	["posts/2023/2023-01-30-top-ranked-zsh-plugins-2023.md", 50, null, "glossary (a descriptive column)"],
	["posts/2023/2023-01-30-top-ranked-zsh-plugins-2023.md", 91, null, "glossary (a descriptive column)"],
	["posts/2023/2023-01-30-top-ranked-zsh-plugins-2023.md", 105, null, "glossary (a descriptive column)"],
	["posts/2023/2023-01-30-top-ranked-zsh-plugins-2023.md", 128, null, "glossary (a descriptive column)"],
	["posts/2023/2023-01-30-top-ranked-zsh-plugins-2023.md", 147, null, "glossary (a descriptive column)"],
	["posts/2023/2023-01-30-top-ranked-zsh-plugins-2023.md", 164, null, "glossary (a descriptive column)"],
	["posts/2023/2023-06-05-best_vector_database_for_storing_embeddings_for_ai.md", 288, null, "more than 10 items"],
	["posts/2024/2024-06-07-rank_flow_for_retriever_visual_evaluation.md", 74, null, "mostly numeric"],
	["posts/2026/2026-02-26_rag_index_versioning_observability_explainability.md", 138, null, "no comparison signal"],
	["posts/2026/2026-02-26_rag_index_versioning_observability_explainability.md", 200, null, "header cells look like attributes"],
	["posts/2026/2026-02-26_rag_index_versioning_observability_explainability.md", 356, null, "no comparison signal"],
];

describeCorpus("tables in the blog-vault corpus", () => {
	const root = corpus ?? "";
	const files = corpus ? markdownFiles(root) : [];
	const found = files.flatMap((file) => {
		const rel = path.relative(root, file).split(path.sep).join("/");
		return parseTables(fs.readFileSync(file, "utf8")).map((table) => ({ rel, table }));
	});

	it("parses every note without throwing", () => {
		expect(files).toHaveLength(323);
		for (const file of files) expect(() => parseTables(fs.readFileSync(file, "utf8"))).not.toThrow();
	});

	it("finds exactly the tables listed, and none inside code fences", () => {
		expect(found.map(({ rel, table }) => `${rel}:${table.line}`)).toEqual(EXPECTED.map(([file, line]) => `${file}:${line}`));
	});

	it.each(EXPECTED)("%s:%i is detected as %s", (file, line, orientation, itemsOrReason) => {
		const hit = found.find(({ rel, table }) => rel === file && table.line === line);
		expect(hit).toBeDefined();
		const d = detectComparison(hit!.table);
		expect(d.comparison?.orientation ?? null).toBe(orientation);
		if (typeof itemsOrReason === "string") expect(d.reason).toBe(itemsOrReason);
		else expect(d.comparison?.items).toEqual(itemsOrReason);
	});

	it("merges the wrapped rows of the Black/yapf criteria table", () => {
		const hit = found.find(({ rel }) => rel === "notes/black_yapf.md")!;
		const c = detectComparison(hit.table).comparison!;
		expect(c.criteria).toEqual(["Formatting rules", "Speed", "Output readability", "Integration with CI/CD pipelines<br>and pre-commit hooks", "Community support"]);
		expect(c.values[2]).toEqual(["Sometimes harder to read due<br>to strict rules", "More readable due to customization<br>of formatting rules"]);
	});

	it("reads the ragged vector database table without trailing pipes", () => {
		const hit = found.find(({ rel, table }) => rel.endsWith("best_vector_database_for_storing_embeddings_for_ai.md") && table.line === 288)!;
		expect(hit.table.rows).toHaveLength(16);
		expect(hit.table.rows[0]).toEqual(["Chroma", "High", "High", "High", "High", "Yes", "Local/Cloud"]);
	});
});
