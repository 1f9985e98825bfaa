/**
 * The `topic-tree` command over the example vault, temporary folders and (when present) the
 * blog corpus: its output, its JSON contract and its exit codes.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import type { TreeJson } from "../../src/cli/commands";
import { describeCorpus, EXAMPLE_VAULT } from "../helpers/corpus";

function tree(args: string[]): TreeJson {
	const result = run(["tree", ...args, "--json"]);
	expect(result.code).toBe(0);
	return JSON.parse(result.out.join("\n")) as TreeJson;
}

function tmpVault(files: Record<string, string>): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topic-tree-cli-"));
	for (const [rel, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		fs.writeFileSync(path.join(dir, rel), text);
	}
	return dir;
}

/** The hierarchy the example vault's author intended, child → parent. */
const EXAMPLE_EDGES: Array<[string, string]> = [
	["mlops.md", "ghost:moc_machine_learning"],
	["concepts/technical-debt-in-ml.md", "ghost:moc_machine_learning"],
	["tools/great-expectations.md", "ghost:data-quality"],
	["mlops-tools.md", "mlops.md"],
	["concepts/ml-lifecycle.md", "mlops.md"],
	["concepts/mlops-maturity-levels.md", "mlops.md"],
	["concepts/mlops-vs-modelops.md", "mlops.md"],
	["concepts/reproducibility.md", "mlops.md"],
	["topics/experiment-tracking.md", "mlops.md"],
	["topics/model-registry.md", "mlops.md"],
	["topics/feature-store.md", "mlops.md"],
	["topics/model-serving.md", "mlops.md"],
	["topics/model-monitoring.md", "mlops.md"],
	["topics/ci-cd-for-ml.md", "mlops.md"],
	["topics/pipeline-orchestration.md", "mlops.md"],
	["topics/data-versioning.md", "mlops.md"],
	["topics/data-versioning.md", "concepts/reproducibility.md"],
	["tools/mlflow.md", "topics/experiment-tracking.md"],
	["tools/weights-and-biases.md", "topics/experiment-tracking.md"],
	["tools/feast.md", "topics/feature-store.md"],
	["concepts/training-serving-skew.md", "topics/feature-store.md"],
	["concepts/training-serving-skew.md", "topics/model-serving.md"],
	["topics/deployment-strategies.md", "topics/model-serving.md"],
	["topics/batch-vs-online-inference.md", "topics/model-serving.md"],
	["tools/triton-inference-server.md", "topics/model-serving.md"],
	["tools/bentoml.md", "topics/model-serving.md"],
	["topics/model-monitoring.md", "concepts/data-drift.md"],
	["concepts/data-drift.md", "topics/model-monitoring.md"],
	["concepts/concept-drift.md", "concepts/data-drift.md"],
	["tools/evidently.md", "topics/model-monitoring.md"],
	["concepts/ml-testing.md", "topics/ci-cd-for-ml.md"],
	["tools/dvc.md", "topics/data-versioning.md"],
	["tools/airflow.md", "topics/pipeline-orchestration.md"],
	["tools/kubeflow.md", "topics/pipeline-orchestration.md"],
	["tools/prefect.md", "topics/pipeline-orchestration.md"],
	["tools/dagster.md", "topics/pipeline-orchestration.md"],
	["tools/orchestrators-compared.md", "topics/pipeline-orchestration.md"],
];

describe("topic-tree tree --json over the example vault", () => {
	const json = tree([EXAMPLE_VAULT]);

	test("finds exactly the parent links the notes declare", () => {
		const pairs = new Set(json.edges.map((e) => `${e.child}\u0000${e.parent}`));
		const edges = [...pairs].map((p) => p.split("\u0000")).sort();
		expect(edges).toEqual([...EXAMPLE_EDGES].sort());
	});

	test("lists one edge record per declaration: a link written in the child and in the parent appears twice", () => {
		const both = json.edges.filter((e) => e.child === "topics/experiment-tracking.md" && e.parent === "mlops.md");
		expect(both.map((e) => [e.declaredAs, e.declaredIn, e.field])).toEqual([
			["child", "mlops.md", "down"],
			["parent", "topics/experiment-tracking.md", "up"],
		]);
	});

	test("lists every note and the two ghost topics, with display titles", () => {
		const notes = json.nodes.filter((n) => n.kind === "note");
		expect(notes).toHaveLength(35);
		const ghosts = json.nodes.filter((n) => n.kind === "ghost").map((n) => [n.id, n.title, n.path]);
		expect(ghosts.sort()).toEqual([
			["ghost:data-quality", "data-quality", null],
			["ghost:moc_machine_learning", "MOC_Machine_Learning", null],
		]);
		expect(json.nodes.find((n) => n.id === "tools/mlflow.md")).toMatchObject({ kind: "note", path: "tools/mlflow.md" });
	});

	test("ignores fields in code blocks and inline code", () => {
		const ids = json.nodes.map((n) => n.id);
		expect(ids).not.toContain("ghost:not-a-parent");
		expect(ids).not.toContain("ghost:parent-note");
	});

	test("records provenance: field, source and line", () => {
		const fm = json.edges.find((e) => e.child === "concepts/reproducibility.md");
		expect(fm).toMatchObject({ field: "up", source: "frontmatter", line: 3 });
		const inline = json.edges.find((e) => e.child === "tools/dvc.md");
		expect(inline).toMatchObject({ field: "up", source: "inline", line: 39 });
		const down = json.edges.find((e) => e.child === "topics/model-registry.md");
		expect(down?.parent).toBe("mlops.md");
	});

	test("reports the cycle and the self-parent", () => {
		expect(json.cycles.map((c) => [...c].sort())).toEqual([["concepts/data-drift.md", "topics/model-monitoring.md"]]);
		const codes = json.problems.map((p) => `${p.path}:${p.code}`);
		expect(codes).toContain("tools/weights-and-biases.md:self-parent");
		expect(codes).toContain("tools/kubeflow.md:invalid-frontmatter");
	});

	test("--root prints one subtree and --depth limits it", () => {
		const sub = tree([EXAMPLE_VAULT, "--root", "pipeline-orchestration"]);
		expect(sub.nodes.map((n) => n.id).sort()).toEqual(
			["topics/pipeline-orchestration.md", "tools/airflow.md", "tools/dagster.md", "tools/kubeflow.md", "tools/orchestrators-compared.md", "tools/prefect.md"].sort(),
		);
		const shallow = tree([EXAMPLE_VAULT, "--root", "mlops.md", "--depth", "1"]);
		expect(shallow.nodes.map((n) => n.id)).not.toContain("tools/mlflow.md");
		expect(shallow.nodes.map((n) => n.id)).toContain("topics/experiment-tracking.md");
	});
});

describe("topic-tree tree (text)", () => {
	test("prints an indented tree with ghosts and cycles marked", () => {
		const result = run(["tree", EXAMPLE_VAULT]);
		expect(result.code).toBe(0);
		const text = result.out.join("\n");
		expect(text).toMatch(/^MOC_Machine_Learning \[ghost\]$/m);
		expect(text).toMatch(/^[├└]── MLOps$/m);
		expect(text).toMatch(/Model monitoring.*\[cycle\]/i);
		expect(text).toMatch(/↻ .*\[cycle: already above\]/);
		// children are indented under their parent
		const lines = text.split("\n");
		const i = lines.findIndex((l) => /[├└]── Pipeline orchestration/i.test(l));
		const column = (l: string) => l.search(/[├└]── /);
		const children = lines.slice(i + 1, i + 6);
		expect(children.map((l) => l.replace(/^[│ ]*[├└]── /, "")).sort()).toEqual(["Apache Airflow", "dagster", "kubeflow", "Orchestrators compared", "Prefect"].sort());
		for (const l of children) expect(column(l)).toBe(column(lines[i]) + 4);
	});

	test("a missing root is a usage error", () => {
		const result = run(["tree", EXAMPLE_VAULT, "--root", "no-such-topic"]);
		expect(result.code).toBe(2);
		expect(result.err.join("\n")).toContain("no note or topic named");
	});
});

describe("topic-tree check", () => {
	test("prints path:line: severity: message (code) and exits 1 on errors", () => {
		const result = run(["check", EXAMPLE_VAULT]);
		expect(result.code).toBe(1);
		const lines = result.out;
		expect(lines.some((l) => /^tools\/weights-and-biases\.md:42: error: .* \(self-parent\)$/.test(l))).toBe(true);
		expect(lines.some((l) => /: error: .*\(cycle\)$/.test(l))).toBe(true);
		expect(lines.some((l) => /^tools\/great-expectations\.md:32: warning: .*\(unresolved-parent\)$/.test(l))).toBe(true);
		expect(lines.some((l) => /^tools\/kubeflow\.md:\d+: warning: .*\(invalid-frontmatter\)$/.test(l))).toBe(true);
	});

	test("exit 0 without errors, 1 with --strict when there are warnings", () => {
		const dir = tmpVault({ "a.md": "up:: [[b]]\n", "b.md": "up:: [[missing]]\n" });
		expect(run(["check", dir]).code).toBe(0);
		expect(run(["check", dir, "--strict"]).code).toBe(1);
		const clean = tmpVault({ "a.md": "up:: [[b]]\n", "b.md": "# b\n" });
		expect(run(["check", clean, "--strict"]).code).toBe(0);
	});

	test("--json prints the problems as objects", () => {
		const result = run(["check", EXAMPLE_VAULT, "--json"]);
		const parsed = JSON.parse(result.out.join("\n")) as { problems: Array<Record<string, unknown>> };
		expect(parsed.problems.length).toBeGreaterThan(0);
		for (const p of parsed.problems) expect(Object.keys(p).sort()).toEqual(["code", "line", "message", "path", "severity"]);
	});
});

describe("reading folders", () => {
	test("reads .md files only and skips dot-folders", () => {
		const dir = tmpVault({
			"a.md": "up:: [[b]]\n",
			"notes.txt": "up:: [[c]]\n",
			".obsidian/x.md": "up:: [[d]]\n",
			".git/y.md": "up:: [[e]]\n",
		});
		const json = tree([dir]);
		expect(json.nodes.map((n) => n.id).sort()).toEqual(["a.md", "ghost:b"]);
	});

	test("survives a symbolic link loop and an unreadable file, and reports both", () => {
		const dir = tmpVault({ "sub/a.md": "up:: [[b]]\n", "b.md": "# b\n", "locked.md": "up:: [[b]]\n" });
		fs.symlinkSync(dir, path.join(dir, "sub", "loop"));
		fs.chmodSync(path.join(dir, "locked.md"), 0o000);
		const canRead = (() => {
			try {
				fs.readFileSync(path.join(dir, "locked.md"));
				return true;
			} catch {
				return false;
			}
		})();
		const result = run(["check", dir]);
		const text = [...result.out, ...result.err].join("\n");
		expect(text).toContain("symbolic link loop");
		if (!canRead) expect(text).toContain("locked.md");
		const json = tree([dir]);
		expect(json.edges.map((e) => [e.child, e.parent])).toContainEqual(["sub/a.md", "b.md"]);
		fs.chmodSync(path.join(dir, "locked.md"), 0o644);
	});

	test("a missing vault folder is a usage error", () => {
		expect(run(["tree", "/no/such/folder"]).code).toBe(2);
		expect(run(["frobnicate"]).code).toBe(2);
		expect(run(["--help"]).code).toBe(0);
	});
});

describe("topic-tree tables", () => {
	test("lists the tables of a note with the comparison model", () => {
		const file = path.join(EXAMPLE_VAULT, "concepts", "mlops-vs-modelops.md");
		const result = run(["tables", file, "--json"]);
		expect(result.code).toBe(0);
		const records = JSON.parse(result.out.join("\n")) as Array<{ line: number; comparison: boolean; orientation: string; items: string[]; criteria: string[]; values: string[][] }>;
		const first = records[0];
		expect(first.line).toBe(14);
		expect(first.comparison).toBe(true);
		expect(first.orientation).toBe("items-in-columns");
		expect(first.items).toEqual(["MLOps", "ModelOps"]);
		expect(first.criteria.slice(0, 3)).toEqual(["Scope", "Focus", "Culture"]);
		expect(first.values).toHaveLength(first.criteria.length);
		expect(first.values[0]).toHaveLength(2);
		const text = run(["tables", file]).out.join("\n");
		expect(text).toContain("line 14: comparison, items-in-columns: 2 items (MLOps, ModelOps)");
	});
});

describeCorpus("topic-tree over the blog corpus", (dir) => {
	const json = tree([dir]);

	test("finds every parent link the notes declare: 115 declarations of 113 edges from 109 notes, 111 to ghosts", () => {
		expect(json.edges).toHaveLength(115);
		const pairs = new Map(json.edges.map((e) => [`${e.child}>${e.parent}`, e]));
		expect(pairs.size).toBe(113);
		expect(new Set(json.edges.map((e) => e.child)).size).toBe(109);
		expect([...pairs.values()].filter((e) => e.parent.startsWith("ghost:"))).toHaveLength(111);
		expect(json.edges.every((e) => e.field === "up")).toBe(true);
		expect(json.edges.filter((e) => e.source === "frontmatter")).toHaveLength(1);
	});

	test("the stray bracket in [[MOC_Git]]] still links to MOC_Git", () => {
		const git = json.edges.filter((e) => e.child === "notes/git_pre_commit_hooks.md");
		expect([...new Set(git.map((e) => e.parent))]).toEqual(["ghost:moc_git"]);
		expect(json.nodes.find((n) => n.id === "ghost:moc_git")?.title).toBe("MOC_Git");
	});

	test("every note is a node and nothing throws", () => {
		expect(json.nodes.filter((n) => n.kind === "note")).toHaveLength(323);
	});
});
