import { decodeReferences, hasScriptLink, isScriptUrl, normaliseForScheme } from "../../../src/core/tables/link-guard";

describe("the link guard reads schemes the way a browser does", () => {
	test("character references are decoded, also without ';' and encoded twice", () => {
		expect(decodeReferences("&#106;avascript&colon;")).toBe("javascript:");
		expect(decodeReferences("&#x6A;&#X61;vascript")).toBe("javascript");
		expect(decodeReferences("&#106avascript")).toBe("javascript");
		expect(decodeReferences("&amp;#106;avascript")).toBe("javascript");
		expect(decodeReferences("java&Tab;script&NewLine;")).toBe("java\tscript\n");
		expect(decodeReferences("&unknown; &amp")).toBe("&unknown; &");
	});

	test("tabs, line breaks, spaces and control characters are dropped, case folded", () => {
		expect(normaliseForScheme("\u0001 Java\tScript\u0000:")).toBe("javascript:");
		expect(normaliseForScheme("jav\u200bascript:")).toBe("javascript:");
	});

	test.each([
		"javascript:alert(1)",
		"JAVASCRIPT:alert(1)",
		"&#106;avascript:alert(1)",
		"javascript&colon;alert(1)",
		"java&Tab;script:alert(1)",
		"\u0001\u0002javascript:alert(1)",
		" vbscript:msgbox(1)",
		"data:text/html;base64,PHNjcmlwdD4=",
	])("%j is a script URL", (url) => {
		expect(isScriptUrl(url)).toBe(true);
	});

	test.each(["https://example.org", "#heading", "Note.md", "obsidian://open?vault=x", "mailto:a@b.c", "datasheet.pdf", "my-javascript:notes"])("%j is not", (url) => {
		expect(isScriptUrl(url)).toBe(false);
	});

	test.each([
		"[x](&#106;avascript:alert(1))",
		"[x](javascript&colon;alert(1))",
		"[x](java&Tab;script:alert(1))",
		"[x](\u0001javascript:alert(1))",
		"[x](\u0000\u001fjavascript:alert(1))",
		"[x][r]<br>[r]: javascript:alert(1)",
		"[r]: javascript:alert(1)",
		"[r]:&#32;&#106;avascript:alert(1)",
		"<java&#115;cript:alert(1)>",
		'<a href="java&#09;script:alert(1)">x</a>',
		"![x](data:image/svg+xml;base64,PHN2Zz4=)",
	])("cell markdown %j holds a link to script", (md) => {
		expect(hasScriptLink(md)).toBe(true);
	});

	test.each(["Data: relational", "[site](https://example.org)", "JavaScript: the language", "[[Note]]", "Use `javascript:void(0)` with care"])("cell markdown %j does not", (md) => {
		expect(hasScriptLink(md)).toBe(false);
	});
});
