/**
 * An independent reader of relation fields for the real-vault tests: plain line matching, none
 * of the core's scanner or link parser, so that a mistake in either shows up as a difference.
 * Gives `"line kind target"` for every link of every configured field (wiki and markdown links;
 * template placeholders and empty links left out).
 */
import type { ParseSettings, RelationKind } from "../../src/core/types";

function kinds(settings: ParseSettings): Map<string, RelationKind> {
	const map = new Map<string, RelationKind>();
	const add = (names: string[], kind: RelationKind) => {
		for (const name of names) {
			const key = name.trim().toLowerCase().replace(/\s+/g, "-");
			if (!map.has(key)) map.set(key, kind);
		}
	};
	add(settings.parentFields, "parent");
	add(settings.childFields, "child");
	add(settings.relatedFields, "related");
	add(settings.nextFields, "next");
	add(settings.prevFields, "prev");
	add(settings.siblingFields, "sibling");
	return map;
}

/** Link targets of a value: `[[t#h|a]]` gives `t`; `[a](t.md)` gives `t.md` (decoded). */
export function linksIn(value: string): string[] {
	const out: string[] = [];
	const re = /\[\[([^[\]]*?)\]\]|\[[^[\]]*\]\(<?([^()<>]+?)>?\)/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(value)) !== null) {
		let target: string;
		if (m[1] !== undefined) {
			target = m[1].split("|")[0];
			const hash = target.indexOf("#");
			if (hash >= 0) target = target.slice(0, hash);
		} else {
			if (/^[a-z][a-z0-9+.-]*:/i.test(m[2])) continue;
			try {
				target = decodeURIComponent(m[2]);
			} catch {
				target = m[2];
			}
			const hash = target.indexOf("#");
			if (hash >= 0) target = target.slice(0, hash);
		}
		target = target.trim();
		if (target === "" || target.includes("{{") || target.includes("<%")) continue;
		out.push(target);
	}
	return out;
}

const FULL_LINE = /^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?(?:\[.\]\s+)?(?:#+\s+)?([^:[\]()`]+?)::(.*)$/;
const BRACKETED = /[[(]([^[\]():`]+?)::([^\])]*)[\])]/g;

export function independentDeclarations(rawText: string, settings: ParseSettings): string[] {
	const fields = kinds(settings);
	const kindOf = (key: string) => fields.get(key.replace(/[*_]/g, "").trim().toLowerCase().replace(/\s+/g, "-"));
	const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
	const lines = text.split(/\r?\n/);
	const out: string[] = [];
	let i = 0;
	if (lines[0]?.trimEnd() === "---") {
		let end = 1;
		while (end < lines.length && !/^(---|\.\.\.)\s*$/.test(lines[end])) end++;
		if (end < lines.length) {
			for (let k = 1; k < end; k++) {
				const key = /^([^\s#-][^:]*):(.*)$/.exec(lines[k]);
				if (!key) continue;
				const kind = kindOf(key[1]);
				if (!kind) continue;
				let value = key[2];
				for (let c = k + 1; c < end && /^\s/.test(lines[c]); c++) value += "\n" + lines[c];
				for (const target of linksIn(value)) out.push(`${k + 1} ${kind} ${target}`);
			}
			i = end + 1;
		}
	}
	let fence: string | null = null;
	for (; i < lines.length; i++) {
		const line = lines[i];
		const opener = /^\s*(?:>\s*)*(?:[-*+]\s+)?(`{3,}|~{3,})/.exec(line);
		if (fence !== null) {
			// A closing fence has nothing after it (CommonMark): "```SAS" inside a block is content.
			const closes = opener && opener[1][0] === fence[0] && opener[1].length >= fence.length && line.slice(opener[0].length).trim() === "";
			if (closes) fence = null;
			continue;
		}
		if (opener) {
			fence = opener[1];
			continue;
		}
		const plain = line.replace(/`[^`]*`/g, " ").replace(/<!--.*?-->/g, " ").replace(/%%/g, " ");
		const full = FULL_LINE.exec(plain);
		const kind = full ? kindOf(full[1]) : undefined;
		if (full && !/[[(]/.test(full[1])) {
			if (kind) for (const target of linksIn(full[2])) out.push(`${i + 1} ${kind} ${target}`);
			continue;
		}
		for (const m of plain.matchAll(BRACKETED)) {
			const k = kindOf(m[1]);
			if (k) for (const target of linksIn(m[2])) out.push(`${i + 1} ${k} ${target}`);
		}
	}
	return out;
}
