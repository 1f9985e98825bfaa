/**
 * Bad input through the `topic-tree` command: `check` lists each problem of the hostile vault as
 * `path:line: severity: message (code)` and exits as the README says; `tree` still prints every
 * note. Names Windows cannot store (`|`) and generated vaults are written to temporary folders.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import type { TreeJson } from "../../src/cli/commands";
import { HOSTILE_VAULT, hostileFiles, IMG_PAYLOAD, manyParents, payloadRan } from "../helpers/hostile-vault";
import { runCli } from "../helpers/cli-process";

const made: string[] = [];

function tmpVault(files: Record<string, string>): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topic-tree-bad-"));
	made.push(dir);
	for (const [rel, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		fs.writeFileSync(path.join(dir, rel), text);
	}
	return dir;
}

afterAll(() => {
	for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe("topic-tree check over the hostile vault", () => {
	const result = run(["check", HOSTILE_VAULT]);

	test("exits 1: there are errors (cycles, a self-parent)", () => {
		expect(result.code).toBe(1);
		expect(result.err).toEqual([`${Object.keys(hostileFiles()).length} notes checked: 6 errors, 6 warnings, 0 info`]);
	});

	test.each([
		["Invalid YAML.md:4: warning: invalid front matter: missed comma between flow collection entries (invalid-frontmatter)"],
		['Code front matter.md:1: warning: front matter in "js" is code and is never run; its properties are ignored (refused-engine)'],
		["Self.md:1: error: up: 'Self' is the note itself (self-parent)"],
		["cycles/Two A.md:1: error: cycle: cycles/Two A → cycles/Two B → cycles/Two A (cycle)"],
		["cycles/Two B.md:1: error: cycle: cycles/Two A → cycles/Two B → cycles/Two A (cycle)"],
		["cycles/Three 3.md:1: error: cycle: cycles/Three 1 → cycles/Three 2 → cycles/Three 3 → cycles/Three 1 (cycle)"],
		["names/Caret link.md:1: warning: up: 'Hub^block1' does not exist yet; shown as a ghost topic (unresolved-parent)"],
		["names/Under RTL.md:2: warning: up: 'مرحبا 🌍' does not exist yet; shown as a ghost topic (unresolved-parent)"],
		[`HTML ghost child.md:1: warning: up: '${IMG_PAYLOAD}' does not exist yet; shown as a ghost topic (unresolved-parent)`],
	])("lists %s", (line) => {
		expect(result.out).toContain(line);
	});

	test("nothing else is reported: heading, alias and block links, duplicates and emoji names are fine", () => {
		expect(result.out).toHaveLength(12);
		const paths = result.out.map((line) => line.split(":")[0]);
		for (const fine of ["names/Heading link.md", "names/Alias link.md", "names/Block link.md", "Duplicate child.md", "names/🌱 Garden.md", "names/Sharp title.md"]) {
			expect(paths).not.toContain(fine);
		}
		expect(payloadRan()).toBe(false);
	});

	test("--json gives the same problems as records", () => {
		const json = JSON.parse(run(["check", HOSTILE_VAULT, "--json"]).out.join("\n")) as { problems: Array<{ path: string; line: number; code: string }> };
		expect(json.problems.map((p) => `${p.path}:${p.line}:${p.code}`)).toEqual(
			result.out.map((line) => {
				const [where, code] = [line.slice(0, line.indexOf(": ")), /\(([\w-]+)\)$/.exec(line)?.[1]];
				return `${where}:${code}`;
			}),
		);
	});

	test("without the errors, warnings alone exit 0, and 1 with --strict", () => {
		const files = hostileFiles();
		for (const path of Object.keys(files)) if (path.startsWith("cycles/") || path === "Self.md") delete files[path];
		const dir = tmpVault(files);
		expect(run(["check", dir]).code).toBe(0);
		expect(run(["check", dir, "--strict"]).code).toBe(1);
	});
});

describe("topic-tree tree over the hostile vault", () => {
	test("every note is printed; HTML titles and RTL names are printed as written", () => {
		const result = run(["tree", HOSTILE_VAULT]);
		expect(result.code).toBe(0);
		const text = result.out.join("\n");
		expect(text).toContain(`├── ${IMG_PAYLOAD}\n`);
		expect(text).toMatch(/^<img src=x onerror=alert\(1\)> \[ghost\]$/m);
		expect(text).toContain("├── C# | F# ^notes\n");
		expect(text).toMatch(/🌱 Garden\n│ {3}└── שלום עולם\n│ {7}└── Under RTL/);
		expect(text).toMatch(/^Two A \[cycle\]\n└── Two B \[cycle\]\n {4}└── ↻ Two A \[cycle: already above\]$/m);
		const json = JSON.parse(run(["tree", HOSTILE_VAULT, "--json"]).out.join("\n")) as TreeJson;
		expect(json.nodes.filter((n) => n.kind === "note")).toHaveLength(Object.keys(hostileFiles()).length);
	});

	test("notes with the same title under one parent are told apart by their paths", () => {
		const text = run(["tree", HOSTILE_VAULT]).out.join("\n");
		expect(text).toContain("├── Topic (a/Topic.md)\n│   └── Duplicate child\n");
		expect(text).toContain("└── Topic (b/Topic.md)\n    └── Duplicate child");
		expect(run(["tree", HOSTILE_VAULT, "--root", "b/Topic.md"]).out).toEqual(["Topic", "└── Duplicate child"]);
	});

	test("--root finds a note by a name with `#`, `|`, emoji or right-to-left text", () => {
		expect(run(["tree", HOSTILE_VAULT, "--root", "C# | F# ^notes"]).out).toEqual(["C# | F# ^notes"]);
		expect(run(["tree", HOSTILE_VAULT, "--root", "שלום עולם"]).out).toEqual(["שלום עולם", "└── Under RTL"]);
		expect(run(["tree", HOSTILE_VAULT, "--root", "מרחבא"]).code).toBe(2);
	});
});

describe("topic-tree tables on hostile notes", () => {
	test("HTML in cells and names is printed as written", () => {
		const result = run(["tables", path.join(HOSTILE_VAULT, "Tables.md")]);
		expect(result.code).toBe(0);
		expect(result.out).toEqual([`line 5: comparison, items-in-columns: 2 items (PostgreSQL, ${IMG_PAYLOAD}) by 4 criteria (Logo, Link, Entity, Safe tags)`]);
	});

	test("`---js` front matter is skipped, never run; the tables after it are read", () => {
		const dir = tmpVault({ "js.md": "---js\n{ a: (globalThis.__topicTreeHostile = 1) }\n| x | y |\n|---|---|\n---\n| Tool | Licence |\n|---|---|\n| A | MIT |\n" });
		const result = run(["tables", path.join(dir, "js.md"), "--json"]);
		const records = JSON.parse(result.out.join("\n")) as Array<{ line: number }>;
		expect(records.map((r) => r.line)).toEqual([6]);
		expect(payloadRan()).toBe(false);
	});
});

describe("generated vaults", () => {
	test("1,000 parents: no problem, and the note is printed under each parent", () => {
		const dir = tmpVault(manyParents(1000, true));
		expect(run(["check", dir])).toMatchObject({ code: 0, out: [] });
		const lines = run(["tree", dir]).out;
		expect(lines.filter((l) => l === "└── Kid")).toHaveLength(1000);
		const json = JSON.parse(run(["tree", dir, "--json"]).out.join("\n")) as TreeJson;
		expect(json.edges.filter((e) => e.child === "Kid.md")).toHaveLength(1000);
		expect(new Set(json.edges.map((e) => e.line))).toEqual(new Set([3]));
	});

	test("file names with `#`, `|` and `^` are read; links to them follow Obsidian's link syntax", () => {
		const dir = tmpVault({
			"a#b.md": "# a#b\n",
			"x|y.md": "# x|y\n",
			"k^1.md": "# k^1\n",
			"Kid.md": "up:: [[a#b]]\nup:: [[x|y]]\nup:: [[k^1]]\n",
		});
		const json = JSON.parse(run(["tree", dir, "--json"]).out.join("\n")) as TreeJson;
		expect(json.nodes.filter((n) => n.kind === "note").map((n) => n.id).sort()).toEqual(["Kid.md", "a#b.md", "k^1.md", "x|y.md"]);
		// `#` starts a heading and `|` an alias, so those two links name `a` and `x`; `^` is part of a name.
		expect(json.edges.map((e) => e.parent).sort()).toEqual(["ghost:a", "ghost:x", "k^1.md"]);
		expect(run(["check", dir]).out).toEqual([
			"Kid.md:1: warning: up: 'a' does not exist yet; shown as a ghost topic (unresolved-parent)",
			"Kid.md:2: warning: up: 'x' does not exist yet; shown as a ghost topic (unresolved-parent)",
		]);
	});

	test("a long cycle: one error per member, exit 1, and the tree still ends", () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 50; i++) files[`c${i}.md`] = `up:: [[c${(i + 1) % 50}]]\n`;
		const dir = tmpVault(files);
		const result = run(["check", dir]);
		expect(result.code).toBe(1);
		expect(result.out).toHaveLength(50);
		// Each line names the eight notes from its own on, then counts the rest.
		const line = (i: number) => {
			const eight = Array.from({ length: 8 }, (_, k) => `c${(i + k) % 50}`).join(" → ");
			return `c${i}.md:1: error: cycle of 50 notes: ${eight} → … and 42 more → c${i} (cycle)`;
		};
		expect([...result.out].sort()).toEqual(Array.from({ length: 50 }, (_, i) => line(i)).sort());
		expect(run(["tree", dir]).out).toHaveLength(51);
	});

	test("CRLF and BOM notes: lines are counted as an editor shows them", () => {
		const dir = tmpVault({ "a.md": "\uFEFF---\r\ntags: [x\r\n---\r\n\r\nup:: [[a]]\r\n" });
		expect(run(["check", dir]).out).toEqual([
			"a.md:2: warning: invalid front matter: unexpected end of the stream within a flow collection (invalid-frontmatter)",
			"a.md:5: error: up: 'a' is the note itself (self-parent)",
		]);
	});
});

describe("arguments the command does not take", () => {
	const dir = () => tmpVault({ "a.md": "up:: [[b]]\n", "b.md": "" });

	test.each([[""], [" "], ["1e3"], ["0x10"], ["-1"], ["+3"], ["2.0"], ["3 "], ["٣"]])("--depth %j is refused with the usage line, exit 2", (value) => {
		const result = run(["tree", dir(), `--depth=${value}`]);
		expect(result.code).toBe(2);
		expect(result.out).toEqual([]);
		expect(result.err[0]).toBe(`topic-tree: --depth wants a whole number, got "${value}"`);
		expect(result.err[1]).toMatch(/^Usage:/);
	});

	test("--depth 0 and 007 are whole numbers", () => {
		expect(run(["tree", dir(), "--depth", "0"]).code).toBe(0);
		expect(run(["tree", dir(), "--depth", "007"]).out).toEqual(["b", "└── a"]);
	});

	test.each([
		[["tree", ".", "extra"], 'topic-tree: tree takes one VAULT, got 2 folders: ".", "extra"'],
		[["check", ".", "a", "b"], 'topic-tree: check takes one VAULT, got 3 folders: ".", "a", "b"'],
		[["tables", "a.md", "b.md"], 'topic-tree: tables takes one FILE, got 2 files: "a.md", "b.md"'],
		[["check", ".", "--root", "x"], "topic-tree: check does not take --root"],
		[["check", ".", "--depth", "3"], "topic-tree: check does not take --depth"],
		[["tables", "a.md", "--strict"], "topic-tree: tables does not take --strict"],
		[["tree", ".", "--strict"], "topic-tree: tree does not take --strict"],
		[["tree", ".", "--root", ""], 'topic-tree: --root wants a note name, got ""'],
		[["tree", ".", "--depth", "1", "--depth", "2"], "topic-tree: --depth is given twice"],
		[["tree", ".", "--bogus"], expect.stringMatching(/^topic-tree: Unknown option '--bogus'/)],
	])("%j is refused with the usage line, exit 2", (argv, message: unknown) => {
		const result = run(argv);
		expect(result).toMatchObject({ code: 2, out: [] });
		expect(result.err[0]).toEqual(message);
		expect(result.err[1]).toMatch(/^Usage:/);
	});

	test("each refusal is the first thing checked: nothing is read", () => {
		// A folder that does not exist would give "not a folder"; the argument error comes first.
		expect(run(["check", "/no/such/folder", "--root", "x"]).err[0]).toBe("topic-tree: check does not take --root");
	});
});

describe("control characters in titles, values and file names are printed escaped", () => {
	const FORGE = "x\nforged.md:7: error: cycle: forged (cycle)";
	const files = () =>
		tmpVault({
			"Kid.md": `---\nup: ${JSON.stringify(FORGE)}\n---\n`,
			"Forged title.md": `---\ntitle: ${JSON.stringify(FORGE)}\n---\nup:: [[Kid]]\n`,
			"Clear.md": "---\ntitle: \"Clear\\e[2J\\e]0;pwned\\u0007 \\u009b31m\\u202e end\"\n---\nup:: [[Kid]]\n",
			"tab\tand\rreturn.md": "up:: [[Kid]]\n",
			"Tables.md": "| Tool | Licence | Stars |\n|---|---|---|\n| A\u001b[31m | MIT | 3 |\n| B | GPL | 4 |\n",
		});

	test("check: a front matter value cannot forge a line, and every line is one problem", () => {
		const result = run(["check", files()]);
		expect(result.out).toEqual([`Kid.md:2: info: up: 'x\\nforged.md:7: error: cycle: forged (cycle)' does not name a note (ignored-value)`]);
		expect(result.out.join("\n")).not.toMatch(/^forged/m);
	});

	test("tree: terminal escapes (CSI, OSC, C1, bidi overrides) and line breaks never reach the terminal", () => {
		const dir = files();
		const text = run(["tree", dir]).out.join("\n");
		// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
		expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
		expect(text).toContain("Clear\\x1b[2J\\x1b]0;pwned\\x07 \\x9b31m\\u202e end");
		expect(text).toContain("tab\\tand\\rreturn");
		// A title over two lines is joined into one (issue 10), so the forged text stays inside its line.
		expect(text).toContain("└── x forged.md:7: error: cycle: forged (cycle)\n");
		expect(text).not.toMatch(/^forged/m);
		expect(text.split("\n")).toHaveLength(5);
	});

	test("--json is left as JSON: the values come back exactly", () => {
		const json = JSON.parse(run(["tree", files(), "--json"]).out.join("\n")) as TreeJson;
		expect(json.nodes.map((n) => n.title)).toContain("Clear\u001b[2J\u001b]0;pwned\u0007 \u009b31m\u202e end");
		expect(json.nodes.map((n) => n.id)).toContain("tab\tand\rreturn.md");
	});

	test("tables: cells are escaped too", () => {
		const dir = files();
		expect(run(["tables", path.join(dir, "Tables.md")]).out).toEqual(["line 1: comparison, items-in-rows: 2 items (A\\x1b[31m, B) by 2 criteria (Licence, Stars)"]);
	});

	test("messages on stderr are escaped: a file name with a line break", () => {
		const result = run(["tables", "no\nsuch\u001b[2J.md"]);
		expect(result.code).toBe(2);
		expect(result.err[0]).toMatch(/^topic-tree: cannot read no\\nsuch\\x1b\[2J\.md: /);
	});
});

describe("large and deep trees are printed line by line, without recursion", () => {
	/** Runs `tree` with a sink that counts lines and keeps a few, instead of holding every line. */
	const countLines = (argv: string[]) => {
		let count = 0;
		let last = "";
		const first: string[] = [];
		const result = run(argv, undefined, (line) => {
			if (count < 3) first.push(line);
			count++;
			last = line;
		});
		return { result, count, first, last };
	};

	test("130,000 empty notes: every note is printed", () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topic-tree-bad-"));
		made.push(dir);
		for (let i = 0; i < 130_000; i++) fs.writeFileSync(path.join(dir, `n${i}.md`), "");
		// Notes that link to nothing are only counted unless --unlinked lists them.
		expect(countLines(["tree", dir]).first).toEqual(["130,000 unlinked notes (--unlinked to list them)"]);
		const { result, count, first } = countLines(["tree", dir, "--unlinked"]);
		expect(result.code).toBe(0);
		expect(count).toBe(130_001);
		expect(first).toEqual(["Unlinked notes (130,000):", "n0", "n1"]);
		expect(result.err).toEqual(["130,000 notes, 0 ghost topics, 0 parent links, 0 cycles"]);
	}, 120_000);

	const chain = (n: number, cycle: boolean) => {
		const files: Record<string, string> = {};
		for (let i = 0; i < n; i++) files[`c${i}.md`] = i + 1 < n || cycle ? `up:: [[c${(i + 1) % n}]]\n` : "";
		return tmpVault(files);
	};

	test("a parent chain 10,000 deep: every level is printed, guides for the first 100 levels, then the level", () => {
		const { result, count, first, last } = countLines(["tree", chain(10_000, false)]);
		expect(result.code).toBe(0);
		expect(count).toBe(10_000);
		expect(first).toEqual(["c9999", "└── c9998", "    └── c9997"]);
		expect(last).toBe("[level 9999] └── c0");
	}, 60_000);

	test("a 10,000-note cycle: the walk ends where the cycle closes", () => {
		const { result, count, last } = countLines(["tree", chain(10_000, true)]);
		expect(result.code).toBe(0);
		expect(count).toBe(10_001);
		expect(last).toMatch(/^\[level 10000\] └── ↻ c\d+ \[cycle: already above\]$/);
	}, 60_000);

	test("--depth 3000 on a deep chain stops at level 3000, also with --json", () => {
		const dir = chain(5_000, false);
		const { count, last } = countLines(["tree", dir, "--depth", "3000"]);
		expect(count).toBe(3_001);
		expect(last).toBe("[level 3000] └── c1999");
		const json = JSON.parse(run(["tree", dir, "--depth", "3000", "--json"]).out.join("\n")) as TreeJson;
		expect(json.nodes).toHaveLength(3_001);
	}, 60_000);

	test("the real command streams a deep tree to a pipe", () => {
		const result = runCli(["tree", chain(10_000, false)], 60_000);
		expect(result.signal).toBeNull();
		expect(result.code).toBe(0);
		const lines = result.stdout.split("\n");
		expect(lines).toHaveLength(10_001);
		expect(lines[9_999]).toBe("[level 9999] └── c0");
	}, 90_000);
});

describe("files: only regular files inside the vault are read, each up to a size limit", () => {
	// Each run is a real process with a time limit: before the fix a FIFO or /proc/kmsg hung the
	// command and /dev/zero ran it out of memory.
	const hasMkfifo = (() => {
		try {
			execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
			return true;
		} catch {
			return false;
		}
	})();
	const withFifo = hasMkfifo && process.platform !== "win32" ? test : test.skip;
	if (!hasMkfifo) console.warn("SKIPPED the FIFO tests: mkfifo is not available");

	const hostile = () => {
		const root = fs.mkdtempSync(path.join(os.tmpdir(), "topic-tree-files-"));
		made.push(root);
		const vault = path.join(root, "vault");
		const outside = path.join(root, "outside");
		fs.mkdirSync(path.join(vault, "inner"), { recursive: true });
		fs.mkdirSync(outside);
		fs.writeFileSync(path.join(vault, "Home.md"), "# Home\n");
		fs.writeFileSync(path.join(vault, "inner", "Kid.md"), "up:: [[Home]]\n");
		fs.writeFileSync(path.join(outside, "Secret.md"), "up:: [[Home]]\nsecret\n");
		fs.symlinkSync("/etc/passwd", path.join(vault, "passwd.md"));
		fs.symlinkSync("../outside", path.join(vault, "outdir"));
		fs.symlinkSync("/dev/zero", path.join(vault, "zero.md"));
		fs.symlinkSync("/proc/kmsg", path.join(vault, "kmsg.md"));
		fs.symlinkSync("inner", path.join(vault, "linked"));
		fs.symlinkSync("Home.md", path.join(vault, "Home link.md"));
		return { vault, outside };
	};

	test("symbolic links that leave the vault are not followed and are reported; links inside it are", () => {
		const { vault } = hostile();
		const result = runCli(["check", vault]);
		expect(result.signal).toBeNull();
		const lines = result.stdout.trim().split("\n").sort();
		expect(lines).toEqual([
			"kmsg.md:0: warning: symbolic link to a file outside the vault; not followed (outside-vault)",
			// A folder linked inside the vault is read once, where it is met first.
			"linked:0: warning: symbolic link loop: folder already visited, skipped (unreadable)",
			"outdir:0: warning: symbolic link to a folder outside the vault; not followed (outside-vault)",
			"passwd.md:0: warning: symbolic link to a file outside the vault; not followed (outside-vault)",
			"zero.md:0: warning: symbolic link to a file outside the vault; not followed (outside-vault)",
		]);
		const tree = JSON.parse(runCli(["tree", vault, "--json"]).stdout) as TreeJson;
		expect(tree.nodes.map((n) => n.id).sort()).toEqual(["Home link.md", "Home.md", "inner/Kid.md"]);
		expect(JSON.stringify(tree)).not.toContain("Secret");
		expect(JSON.stringify(tree)).not.toContain("root:");
	});

	withFifo("a FIFO named .md is reported, never opened; tables refuses it", () => {
		const { vault } = hostile();
		execFileSync("mkfifo", [path.join(vault, "pipe.md")]);
		const check = runCli(["check", vault]);
		expect(check.signal).toBeNull();
		expect(check.stdout).toContain("pipe.md:0: warning: not a regular file (a FIFO); not read (special-file)\n");
		const tree = runCli(["tree", vault]);
		expect(tree.signal).toBeNull();
		expect(tree.code).toBe(0);
		const tables = runCli(["tables", path.join(vault, "pipe.md")]);
		expect(tables.signal).toBeNull();
		expect(tables).toMatchObject({ code: 2, stdout: "" });
		expect(tables.stderr).toContain("not a regular file (a FIFO); not read");
	});

	test("tables on a device ends at once: /dev/zero is refused", () => {
		// (`tables` is not run on /proc/kmsg: run as root, reading it would take the kernel's messages.)
		const { vault } = hostile();
		const zero = runCli(["tables", path.join(vault, "zero.md")]);
		expect(zero.signal).toBeNull();
		expect(zero.code).toBe(2);
		expect(zero.stderr).toContain("not a regular file (a character device); not read");
	});

	test("a note over the size limit is reported, not read: a 600 MB sparse file, and --max-note-size", () => {
		const { vault } = hostile();
		const big = path.join(vault, "Big.md");
		fs.writeFileSync(big, "");
		fs.truncateSync(big, 600 * 1024 * 1024);
		fs.writeFileSync(path.join(vault, "Medium.md"), "up:: [[Home]]\n" + "x".repeat(3072 - 14));
		const result = runCli(["check", vault]);
		expect(result.signal).toBeNull();
		expect(result.stdout).toContain("Big.md:0: warning: 600 MB, over the 50 MB limit; not read (raise it with --max-note-size) (too-large)\n");
		const small = runCli(["check", vault, "--max-note-size", "2K"]);
		expect(small.stdout).toContain("Medium.md:0: warning: 3 KB, over the 2 KB limit; not read (raise it with --max-note-size) (too-large)\n");
		expect(small.stdout).not.toContain("Home.md:0:");
		const tree = JSON.parse(runCli(["tree", vault, "--json", "--max-note-size", "2K"]).stdout) as TreeJson;
		expect(tree.nodes.map((n) => n.id)).not.toContain("Medium.md");
		expect(tree.problems.filter((p) => p.code === "too-large").map((p) => p.path).sort()).toEqual(["Big.md", "Medium.md"]);
		const tables = runCli(["tables", big]);
		expect(tables.code).toBe(2);
		expect(tables.stderr).toContain("600 MB, over the 50 MB limit; not read");
	});

	test("--max-note-size wants a size", () => {
		for (const bad of ["0", "", "1.5M", "-3", "10Q", "0x10"]) {
			expect(run(["check", ".", `--max-note-size=${bad}`])).toMatchObject({ code: 2 });
		}
	});
});

test("check names both Unicode twins (composed and decomposed `Café.md`) in a duplicate-path warning", () => {
	const dir = tmpVault({ "Caf\u00e9.md": "up:: [[A]]\n", "Cafe\u0301.md": "up:: [[B]]\n", "A.md": "", "B.md": "" });
	expect(run(["check", dir]).out).toEqual([
		`Caf\u00e9.md:1: warning: "Caf\u00e9.md" (composed, NFC) and "Cafe\u0301.md" (decomposed, NFD) are one name once Unicode-composed; the first is read, the second is not: its links are not read. Rename one of them (duplicate-path)`,
	]);
});
