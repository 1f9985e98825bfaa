/**
 * Locating the shared blog corpus (323 real notes). Tests that use it call `corpusDir()` and skip,
 * saying so, when it is absent: the corpus lives outside the repository.
 */
import * as fs from "fs";
import * as path from "path";

const REPO = path.resolve(__dirname, "../..");

/** The corpus folder, or null when it is not on this machine. */
export function corpusDir(): string | null {
	const candidates = [process.env.TOPIC_TREE_CORPUS, path.resolve(REPO, "../shared/corpus/blog-vault")];
	for (const c of candidates) if (c && fs.existsSync(c)) return c;
	return null;
}

/** `describe` when the corpus is present, else `describe.skip` with a message on the console. */
export function describeCorpus(name: string, fn: (dir: string) => void): void {
	const dir = corpusDir();
	if (!dir) {
		console.warn(`SKIPPED "${name}": the blog corpus is absent (looked in $TOPIC_TREE_CORPUS and ../shared/corpus/blog-vault)`);
		describe.skip(name, () => {
			test("needs the corpus", () => undefined);
		});
		return;
	}
	describe(name, () => fn(dir));
}

export const REPO_ROOT = REPO;
export const EXAMPLE_VAULT = path.join(REPO, "example-vault");

/** The shared real vaults (`../shared/corpus/real-vaults`, or `$TOPIC_TREE_REAL_VAULTS`), or null (with a message) when absent. */
export function realVaultsDir(): string | null {
	const candidates = [process.env.TOPIC_TREE_REAL_VAULTS, path.resolve(REPO, "../shared/corpus/real-vaults")];
	for (const c of candidates) if (c && fs.existsSync(c)) return c;
	console.warn("SKIPPED real-vault tests: ../shared/corpus/real-vaults is absent (or set $TOPIC_TREE_REAL_VAULTS)");
	return null;
}

/** The five shared real vaults' folder names (see SOURCES.md there). */
export const REAL_VAULTS = [
	"DavidPnb_obsidian-notes",
	"kuku0508_kuku_note_ver_2",
	"Rarstyak_Fate-Condensed-SRD",
	"100oylz_Graph_Theory_NoteBook",
	"E1psycongr00_hg_obsidian",
] as const;
/** The shared real vault the first-screen checks open (a Johnny-Decimal vault with a hub note and 449 unlinked notes), or null. */
export function realVaultDir(): string | null {
	const dir = path.resolve(REPO, "../shared/corpus/real-vaults/DavidPnb_obsidian-notes");
	return fs.existsSync(dir) ? dir : null;
}
