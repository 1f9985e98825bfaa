/**
 * The host's `MarkdownRenderer.render`: markdown-it (CommonMark + GFM tables and strikethrough)
 * with Obsidian's syntax on top: wiki links `[[a|b]]` as `a.internal-link[data-href]` (marked
 * `is-unresolved` when no note matches), embeds, `==highlights==`, `#tags`, `%%comments%%`,
 * callouts and task lists. Output goes through `sanitizeHTMLToDom`, never innerHTML.
 */
import MarkdownIt, { type StateInline } from "markdown-it";
import { getLinkpath, sanitizeHTMLToDom, setIcon, setMarkdownRenderer, type App } from "../../obsidian-double";

const md = new MarkdownIt({ html: true, breaks: true, linkify: false });

function escapeHtml(text: string): string {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

interface WikiLink {
	target: string;
	alias: string | null;
	embed: boolean;
}

md.inline.ruler.before("link", "wikilink", (state: StateInline, silent: boolean) => {
	const src = state.src;
	let pos = state.pos;
	const embed = src.charCodeAt(pos) === 0x21 && src.startsWith("[[", pos + 1);
	if (embed) pos++;
	if (!src.startsWith("[[", pos)) return false;
	const end = src.indexOf("]]", pos + 2);
	if (end < 0 || end > state.posMax) return false;
	const inner = src.slice(pos + 2, end);
	if (inner.trim() === "" || inner.includes("\n") || inner.includes("[[")) return false;
	if (!silent) {
		const bar = inner.search(/\\?\|/);
		const target = (bar < 0 ? inner : inner.slice(0, bar)).trim();
		const alias = bar < 0 ? null : inner.slice(bar).replace(/^\\?\|/, "");
		const token = state.push("wikilink", "", 0);
		token.meta = { target, alias, embed } satisfies WikiLink;
	}
	state.pos = end + 2;
	return true;
});

md.renderer.rules.wikilink = (tokens, idx) => {
	const { target, alias, embed } = tokens[idx].meta as unknown as WikiLink;
	const text = alias ?? target.replace(/#\^?/g, " > ");
	const link = `<a data-href="${escapeHtml(target)}" href="${escapeHtml(target)}" class="internal-link" target="_blank" rel="noopener nofollow">${escapeHtml(text)}</a>`;
	return embed ? `<span class="internal-embed" src="${escapeHtml(target)}" alt="${escapeHtml(text)}">${link}</span>` : link;
};

md.inline.ruler.before("emphasis", "highlight", (state: StateInline, silent: boolean) => {
	const start = state.pos;
	if (!state.src.startsWith("==", start)) return false;
	const end = state.src.indexOf("==", start + 2);
	if (end < 0 || end === start + 2 || end > state.posMax) return false;
	if (!silent) {
		state.push("mark_open", "mark", 1);
		const max = state.posMax;
		state.pos = start + 2;
		state.posMax = end;
		state.md.inline.tokenize(state);
		state.posMax = max;
		state.push("mark_close", "mark", -1);
	}
	state.pos = end + 2;
	return true;
});

md.inline.ruler.before("emphasis", "comment", (state: StateInline) => {
	const start = state.pos;
	if (!state.src.startsWith("%%", start)) return false;
	const end = state.src.indexOf("%%", start + 2);
	state.pos = end < 0 ? state.posMax : end + 2;
	return true;
});

const TAG = /^#([\p{L}\p{N}_/-]+)/u;

md.inline.ruler.before("emphasis", "tag", (state: StateInline, silent: boolean) => {
	const start = state.pos;
	if (state.src.charCodeAt(start) !== 0x23) return false;
	if (start > 0 && !/\s/.test(state.src[start - 1])) return false;
	const m = TAG.exec(state.src.slice(start, state.posMax));
	if (!m || /^\d+$/.test(m[1])) return false;
	if (!silent) state.push("tag", "", 0).content = m[1];
	state.pos = start + m[0].length;
	return true;
});

md.renderer.rules.tag = (tokens, idx) => {
	const tag = escapeHtml(tokens[idx].content);
	return `<a href="#${tag}" class="tag" target="_blank" rel="noopener nofollow">#${tag}</a>`;
};

/** Obsidian's callout types: the icon and the colour (`--callout-color` RGB) of each. */
const CALLOUTS: Record<string, { icon: string; color: string }> = {
	note: { icon: "pencil", color: "8, 109, 221" },
	info: { icon: "info", color: "8, 109, 221" },
	todo: { icon: "circle-check", color: "8, 109, 221" },
	abstract: { icon: "clipboard-list", color: "0, 191, 188" },
	summary: { icon: "clipboard-list", color: "0, 191, 188" },
	tip: { icon: "flame", color: "0, 191, 188" },
	success: { icon: "check", color: "8, 185, 78" },
	question: { icon: "circle-help", color: "236, 117, 0" },
	warning: { icon: "triangle-alert", color: "236, 117, 0" },
	failure: { icon: "x", color: "233, 49, 71" },
	danger: { icon: "zap", color: "233, 49, 71" },
	bug: { icon: "bug", color: "233, 49, 71" },
	example: { icon: "list", color: "120, 82, 238" },
	quote: { icon: "quote", color: "158, 158, 158" },
};

const CALLOUT = /^ {0,3}>\s*\[!([^\]]+)\]([+-]?)[ \t]*(.*)$/;
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Obsidian's finishing touches on rendered HTML: links, task checkboxes. */
function decorate(app: App, el: HTMLElement, sourcePath: string): void {
	for (const a of Array.from(el.querySelectorAll("a"))) {
		if (a.hasClass("tag") || a.hasClass("internal-link")) continue;
		const href = a.getAttribute("href") ?? "";
		if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
			a.addClass("external-link");
			a.setAttr("target", "_blank");
			a.setAttr("rel", "noopener nofollow");
		} else if (href !== "" && !href.startsWith("#")) {
			a.addClass("internal-link");
			a.setAttr("data-href", decodeURI(href));
		}
	}
	for (const a of Array.from(el.querySelectorAll("a.internal-link"))) {
		const href = a.getAttribute("data-href") ?? "";
		const linkpath = getLinkpath(href);
		if (linkpath !== "" && !app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)) a.addClass("is-unresolved");
	}
	for (const li of Array.from(el.querySelectorAll("li"))) {
		const first = li.firstChild;
		const text = first?.nodeType === Node.TEXT_NODE ? (first.textContent ?? "") : "";
		const m = /^\[(.)\]\s?/.exec(text);
		if (!first || !m) continue;
		first.textContent = text.slice(m[0].length);
		li.addClass("task-list-item");
		li.setAttr("data-task", m[1]);
		const box = createEl("input", { cls: "task-list-item-checkbox", type: "checkbox" });
		box.checked = m[1] !== " ";
		li.prepend(box);
		li.parentElement?.addClass("contains-task-list");
	}
}

function renderCallout(app: App, el: HTMLElement, lines: string[], sourcePath: string, m: RegExpExecArray): void {
	const type = m[1].trim().toLowerCase();
	const style = CALLOUTS[type] ?? CALLOUTS.note;
	const callout = el.createDiv({ cls: "callout", attr: { "data-callout": type, "data-callout-fold": m[2] || null } });
	callout.setCssProps({ "--callout-color": style.color });
	const title = callout.createDiv({ cls: "callout-title" });
	setIcon(title.createDiv({ cls: "callout-icon" }), style.icon);
	title.createDiv({ cls: "callout-title-inner", text: m[3] || type.charAt(0).toUpperCase() + type.slice(1) });
	const body = lines.slice(1).map((l) => l.replace(/^ {0,3}> ?/, ""));
	if (body.some((l) => l.trim() !== "")) renderInto(app, callout.createDiv({ cls: "callout-content" }), body.join("\n"), sourcePath);
}

function renderInto(app: App, el: HTMLElement, markdown: string, sourcePath: string): void {
	const text = markdown.replace(FRONTMATTER, "");
	const trimmed = text.trim();
	if (trimmed === "") return;
	if (trimmed.startsWith("%%") && trimmed.endsWith("%%") && trimmed.indexOf("%%", 2) === trimmed.length - 2) return;
	const lines = text.split("\n");
	const callout = CALLOUT.exec(lines[0]);
	if (callout && lines.every((l) => /^ {0,3}>/.test(l) || l.trim() === "")) {
		renderCallout(app, el, lines, sourcePath, callout);
		return;
	}
	el.append(sanitizeHTMLToDom(md.render(text)));
	decorate(app, el, sourcePath);
}

/** Makes `MarkdownRenderer.render` (and the Reading view's sections) use markdown-it. */
export function installMarkdownRenderer(app: App): void {
	setMarkdownRenderer((_app, markdown, el, sourcePath) => {
		renderInto(app, el, markdown, sourcePath);
		return Promise.resolve();
	});
}
