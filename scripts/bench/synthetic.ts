/**
 * A deterministic synthetic vault for benchmarks: realistic 2–6 KB notes with front matter in
 * several styles, prose, lists, code blocks, `up::` fields at the end, some `down::` lists,
 * bracketed fields and comparison tables. Topics form a hierarchy about six levels deep with
 * some ghost parents, several parents per note and a few cycles, as real vaults do.
 */
import type { NoteSource } from "../../src/core/topic-index";

/** Small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = (
	"model data pipeline feature store registry serving monitoring drift training experiment tracking " +
	"deployment latency throughput batch stream orchestration versioning lineage metadata schema " +
	"validation evaluation metric baseline inference endpoint container cluster scaling cost governance " +
	"reproducibility artifact dataset label annotation embedding vector retrieval prompt agent workflow"
).split(" ");

const FOLDERS = ["topics", "tools", "concepts", "projects", "journal", "archive/2024", "archive/2025"];

function pick<T>(r: () => number, xs: readonly T[]): T {
	return xs[Math.floor(r() * xs.length)];
}

function sentence(r: () => number): string {
	const n = 8 + Math.floor(r() * 14);
	const words: string[] = [];
	for (let i = 0; i < n; i++) words.push(pick(r, WORDS));
	const s = words.join(" ");
	return s[0].toUpperCase() + s.slice(1) + ".";
}

function paragraph(r: () => number): string {
	const n = 3 + Math.floor(r() * 4);
	const out: string[] = [];
	for (let i = 0; i < n; i++) out.push(sentence(r));
	return out.join(" ");
}

export function noteName(i: number): string {
	return `note-${i.toString(36)}`;
}

export function notePathOf(i: number): string {
	return `${FOLDERS[i % FOLDERS.length]}/${noteName(i)}.md`;
}

function frontmatter(r: () => number, i: number): string {
	const style = i % 4;
	const tags = [pick(r, WORDS), pick(r, WORDS)];
	if (style === 0) return `---\ntitle: "${pick(r, WORDS)} ${pick(r, WORDS)} ${i}"\ntags: [${tags.join(", ")}]\naliases:\n  - ${pick(r, WORDS)}-${i}\ncreated: 2024-0${1 + (i % 9)}-1${i % 10}\n---\n`;
	if (style === 1) return `---\nTitle: ${pick(r, WORDS)} notes ${i}\nDate: 2023-02-0${1 + (i % 9)}\nTags: ${tags.join(", ")}\nStatus: published\nSlug: ${noteName(i)}\n---\n`;
	if (style === 2) return `---\ntags:\n  - ${tags[0]}\n  - ${tags[1]}\nstatus: draft\n---\n`;
	return "";
}

function table(r: () => number): string {
	const items = ["Alpha", "Beta", "Gamma", "Delta"].slice(0, 2 + Math.floor(r() * 3));
	const lines = [`|   | ${items.join(" | ")} |`, `|---|${items.map(() => "---").join("|")}|`];
	for (const c of ["Scope", "Focus", "Cost", "Latency"]) lines.push(`| ${c} | ${items.map(() => `${pick(r, WORDS)} ${pick(r, WORDS)}`).join(" | ")} |`);
	return lines.join("\n");
}

/** Note i of an n-note vault: parent chosen among lower indices so the hierarchy is ~6 deep. */
export function syntheticNote(i: number, n: number, seed = 42): NoteSource {
	const r = rng(seed * 1_000_003 + i);
	const parts: string[] = [frontmatter(r, i), `# ${noteName(i)}\n`];
	const target = 2000 + Math.floor(r() * 4000);
	let size = parts.join("").length;
	while (size < target) {
		const kind = r();
		let block: string;
		if (kind < 0.6) block = paragraph(r);
		else if (kind < 0.75) block = `- ${sentence(r)}\n- ${sentence(r)}\n- ${sentence(r)}`;
		else if (kind < 0.85) block = "```python\nfor x in data:\n    print(x)  # up:: [[not-a-field]]\n```";
		else if (kind < 0.92) block = table(r);
		else block = `## ${pick(r, WORDS)}\n\n${paragraph(r)} [related:: [[${noteName(Math.floor(r() * n))}]]]`;
		parts.push(block + "\n\n");
		size += block.length + 2;
	}
	const level = Math.max(1, Math.floor(n / 6 ** 5));
	const parents: string[] = [];
	if (i > 0) {
		const span = Math.max(1, Math.floor(i / 6));
		parents.push(noteName(Math.floor(r() * Math.min(span + level, i))));
		if (r() < 0.1) parents.push(noteName(Math.floor(r() * i)));
	}
	if (r() < 0.05) parents.push(`MOC_${pick(r, WORDS)}`);
	if (i > 10 && r() < 0.002) parents.push(noteName(i + 1 < n ? i + 1 : 0));
	for (const p of parents) parts.push(`up:: [[${p}]]\n`);
	return { path: notePathOf(i), text: parts.join(""), stat: { mtime: 1_700_000_000_000 + i * 1000, ctime: 1_690_000_000_000 + i * 1000 } };
}

export function syntheticVault(n: number, seed = 42): NoteSource[] {
	const notes: NoteSource[] = [];
	for (let i = 0; i < n; i++) notes.push(syntheticNote(i, n, seed));
	return notes;
}
