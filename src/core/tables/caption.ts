/**
 * A table's caption from the lines around it: the title of the callout holding it, a caption
 * line right above it ("Table 2: Brokers", a bold or italic line, a short line ending in ":"),
 * or the nearest heading above. Markdown has no table captions; these are what readers use.
 */
import { plainText } from "./normalise";

const CALLOUT = /^\s*>\s*\[![^\]]+\][+-]?\s*(.*)$/;
const HEADING = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const TABLE_LABEL = /^\s*(?:table|tab\.)\s*\d*\s*[:.–—-]\s*(.+)$/i;
const EMPHASIS_LINE = /^\s*(\*\*|__|\*|_)(.+)\1\s*:?\s*$/;
const MAX_CAPTION = 120;

function clean(text: string): string {
	const plain = plainText(text).replace(/:$/, "").trim();
	return plain.length > MAX_CAPTION ? `${plain.slice(0, MAX_CAPTION - 1)}…` : plain;
}

/**
 * The caption of the table whose header is on 1-based `line` of `lines`, or null. Looks at the
 * closest non-blank line above (inside a callout: its title line), then at headings above.
 */
export function tableCaption(lines: readonly string[], line: number): string | null {
	let k = line - 2;
	const quoted = /^\s*>/.test(lines[line - 1] ?? "");
	// Inside a callout or quote: walk up its lines to its title.
	if (quoted) {
		while (k >= 0 && /^\s*>/.test(lines[k])) {
			const m = CALLOUT.exec(lines[k]);
			if (m) return m[1].trim() ? clean(m[1]) : null;
			k--;
		}
		k = line - 2;
	}
	while (k >= 0 && lines[k].trim() === "") k--;
	const above = k >= 0 ? lines[k] : "";
	if (!quoted && k >= line - 3) {
		const label = TABLE_LABEL.exec(above) ?? EMPHASIS_LINE.exec(above);
		if (label) return clean(label[label.length - 1]);
		if (above.trim().endsWith(":") && above.trim().length <= 80 && !/\|/.test(above)) return clean(above);
	}
	for (let j = line - 2; j >= 0; j--) {
		const m = HEADING.exec(lines[j]);
		if (m && m[1].trim() !== "") return clean(m[1]);
	}
	return null;
}
