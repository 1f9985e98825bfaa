/** @jest-environment jsdom */
/**
 * The double's `sanitizeHTMLToDom` (Obsidian's runs DOMPurify; so does the double, and with it the
 * browser preview host, which renders note HTML through it). Active content never survives: not
 * only `<script>` and `on*` handlers, but frames, plugins, script URLs and forms that post to them.
 */
import { sanitizeHTMLToDom } from "./index";

/** The HTML of the sanitised fragment. */
function clean(html: string): string {
	const div = createDiv();
	div.append(sanitizeHTMLToDom(html));
	return div.innerHTML;
}

const HOSTILE: Array<[string, string]> = [
	["a script", "<p>a</p><script>window.__pwned = 1</script>"],
	["an event handler", '<img src="x.png" onerror="window.__pwned = 1">'],
	["an iframe with srcdoc", '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>'],
	["a javascript: link", '<a href="javascript:window.__pwned=1">click</a>'],
	["a javascript: link with entities and tabs", '<a href="java&#x09;script&colon;window.__pwned=1">click</a>'],
	["an object with a data: URL", '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>'],
	["an embed with a data: URL", '<embed src="data:text/html,<script>parent.__pwned=1</script>">'],
	["a form posting to javascript:", '<form action="javascript:window.__pwned=1"><button>go</button></form>'],
	["a button with formaction", '<button formaction="javascript:window.__pwned=1">go</button>'],
	["an SVG with a script link", '<svg><a xlink:href="javascript:window.__pwned=1"><text>x</text></a></svg>'],
	["a meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">'],
];

describe("sanitizeHTMLToDom double", () => {
	test.each(HOSTILE)("removes %s", (_name, html) => {
		const out = clean(html);
		expect(out).not.toMatch(/<(script|iframe|object|embed|meta)\b/i);
		expect(out).not.toMatch(/\son\w+=/i);
		// Attribute values as the browser reads them: tabs and newlines inside a scheme are ignored.
		expect(out.replace(/[\t\n\r]/g, "")).not.toMatch(/srcdoc|javascript|data:text/i);
		expect(out).not.toMatch(/<form[^>]*action=/i);
	});

	test("keeps ordinary markup: text, links, images, tables, formatting", () => {
		const html = '<p>Hi <strong>there</strong> <a href="https://example.com">site</a> <img src="pic.png" alt="pic"></p><table><tr><td>1</td></tr></table>';
		const out = clean(html);
		expect(out).toContain('<a href="https://example.com">site</a>');
		expect(out).toContain('<img src="pic.png" alt="pic">');
		expect(out).toContain("<strong>there</strong>");
		expect(out).toContain("<td>1</td>");
	});

	test("nothing hostile ran while sanitising", () => {
		for (const [, html] of HOSTILE) clean(html);
		expect((window as unknown as Record<string, unknown>).__pwned).toBeUndefined();
	});
});
