/**
 * The hostile fixture vault (tests/fixtures/hostile-vault/) and checks shared by the bad-input
 * tests of every layer: invalid YAML, `---js` front matter, cycles, a self-parent, duplicate
 * basenames, links with `#`, `|` and `^`, emoji and right-to-left names, HTML in titles, ghost
 * names and table cells.
 *
 *   hostileFiles()            // path → text, for the obsidian double's `createApp` / `buildHost`
 *   expectInert(el)           // no HTML from a note became live elements, handlers or scripts
 *   manyParents(1000)         // a note with 1,000 parents, generated
 */
import * as fs from "fs";
import * as path from "path";

/** The fixture folder on disk (the command-line tool reads it directly). */
export const HOSTILE_VAULT = path.resolve(__dirname, "../fixtures/hostile-vault");

/** The markup the notes hold in titles, ghost names and cells: it must show as text. */
export const IMG_PAYLOAD = "<img src=x onerror=alert(1)>";

/** The global the fixture's payloads (front matter code, cell handlers, scripts) would set if they ever ran. */
export const PWNED_FLAG = "__topicTreeHostile";

/** Every file of the hostile vault, by vault path ('/' separators), text as on disk. */
export function hostileFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (rel: string): void => {
		for (const entry of fs.readdirSync(path.join(HOSTILE_VAULT, rel), { withFileTypes: true })) {
			const child = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(child);
			else files[child] = fs.readFileSync(path.join(HOSTILE_VAULT, child), "utf8");
		}
	};
	walk("");
	return files;
}

/** Whether a payload of the fixture ever ran. */
export function payloadRan(): boolean {
	return (globalThis as Record<string, unknown>)[PWNED_FLAG] !== undefined;
}

/**
 * Asserts that nothing under `root` is live markup from a note: no `img`, `script`, `iframe` or
 * `object` element, no `on…` attribute on any element, no `javascript:` link, and no payload ran.
 * Fires `error` and `load` at every element first, as a failed image load would.
 */
export function expectInert(root: Element): void {
	const all = [root, ...Array.from(root.querySelectorAll("*"))];
	for (const el of all) {
		el.dispatchEvent(new Event("error"));
		el.dispatchEvent(new Event("load"));
	}
	expect(root.querySelectorAll("img, script, iframe, object, embed")).toHaveLength(0);
	const handlers = all.flatMap((el) => Array.from(el.attributes).filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`));
	expect(handlers).toEqual([]);
	const scripted = all.filter((el) => /^\s*javascript:/i.test(el.getAttribute("href") ?? ""));
	expect(scripted.map((el) => `${el.tagName.toLowerCase()}[href=${el.getAttribute("href")}]`)).toEqual([]);
	expect(payloadRan()).toBe(false);
}

/** A note `Kid.md` with `count` parents `P0000`… (notes when `asNotes`, else ghost topics), one inline field. */
export function manyParents(count: number, asNotes: boolean): Record<string, string> {
	const names = Array.from({ length: count }, (_, i) => `P${String(i).padStart(4, "0")}`);
	const files: Record<string, string> = { "Kid.md": `# Kid\n\nup:: ${names.map((n) => `[[${n}]]`).join(", ")}\n` };
	if (asNotes) for (const name of names) files[`parents/${name}.md`] = `# ${name}\n`;
	return files;
}
