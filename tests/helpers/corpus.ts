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

/** The shared real vault the first-screen checks open (a Johnny-Decimal vault with a hub note and 449 unlinked notes), or null. */
export function realVaultDir(): string | null {
	const dir = path.resolve(REPO, "../shared/corpus/real-vaults/DavidPnb_obsidian-notes");
	return fs.existsSync(dir) ? dir : null;
}
