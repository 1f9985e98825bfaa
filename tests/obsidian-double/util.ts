import createDOMPurify, { type DOMPurify } from "dompurify";
import type * as O from "obsidian";

/** Fake of `O.apiVersion`: the version of the typings the double follows; `setApiVersion` changes it. */
export let apiVersion = "1.13.1";

/** Double only: pretend to be another app version (`requireApiVersion` follows); returns the previous one. */
export function setApiVersion(version: string): string {
	const previous = apiVersion;
	apiVersion = version;
	return previous;
}

/** Fake of `O.requireApiVersion`: compares dotted versions with `apiVersion`. */
export function requireApiVersion(version: string): boolean {
	const want = version.split(".").map(Number);
	const have = apiVersion.split(".").map(Number);
	for (let i = 0; i < Math.max(want.length, have.length); i++) {
		const diff = (have[i] ?? 0) - (want[i] ?? 0);
		if (diff !== 0) return diff > 0;
	}
	return true;
}

/** Fake of `O.Platform`: desktop, not macOS by default. Tests may change the fields. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

/**
 * Fake of `O.debounce`, with Obsidian's semantics: the first call starts the timer and later calls
 * only replace the arguments (so it fires `timeout` ms after the first call) unless `resetTimer`
 * restarts the timer on every call. `cancel()` drops a pending call; `run()` runs it now.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): O.Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: [...T] | null = null;
	const clear = (): void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
	};
	const run = (): V | void => {
		clear();
		if (pending === null) return;
		const args = pending;
		pending = null;
		return cb(...args);
	};
	const debounced = ((...args: [...T]) => {
		pending = args;
		if (resetTimer) clear();
		if (timer === null) timer = setTimeout(run, timeout);
		return debounced;
	}) as O.Debouncer<T, V>;
	debounced.cancel = () => {
		clear();
		pending = null;
		return debounced;
	};
	debounced.run = run;
	return debounced;
}

/** Fake of `O.prepareSimpleSearch`: every space-separated word must occur (case-insensitive). */
export function prepareSimpleSearch(query: string): (text: string) => O.SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
	return (text) => {
		const lower = text.toLowerCase();
		const matches: O.SearchMatches = [];
		for (const word of words) {
			const at = lower.indexOf(word);
			if (at < 0) return null;
			matches.push([at, at + word.length]);
		}
		matches.sort((a, b) => a[0] - b[0]);
		return { score: -matches.reduce((s, m) => s + m[0], 0) / Math.max(1, text.length), matches };
	};
}

/**
 * Fake of `O.prepareFuzzySearch`: the query's characters (spaces ignored) must appear in order,
 * case-insensitively; consecutive and early matches score higher. Scores are 0 or negative.
 */
export function prepareFuzzySearch(query: string): (text: string) => O.SearchResult | null {
	const chars = query.toLowerCase().replace(/\s+/g, "");
	return (text) => {
		if (chars === "") return { score: 0, matches: [] };
		const lower = text.toLowerCase();
		const matches: O.SearchMatches = [];
		let from = 0;
		let gaps = 0;
		for (const ch of chars) {
			const at = lower.indexOf(ch, from);
			if (at < 0) return null;
			const last = matches[matches.length - 1];
			if (last && last[1] === at) last[1] = at + 1;
			else {
				if (last) gaps += at - last[1];
				matches.push([at, at + 1]);
			}
			from = at + 1;
		}
		return { score: -(gaps + matches[0][0] * 0.1 + (matches.length - 1)), matches };
	};
}

/** Fake of `O.sortSearchResults`: best score first. */
export function sortSearchResults(results: O.SearchResultContainer[]): void {
	results.sort((a, b) => b.match.score - a.match.score);
}

/** Fake of `O.renderMatches`: text with matched ranges in `span.suggestion-highlight`. */
export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: O.SearchMatches | null, offset = 0): void {
	const doc = el.ownerDocument ?? document;
	let at = 0;
	for (const [s, e] of matches ?? []) {
		const start = s + offset;
		const end = e + offset;
		if (start < 0 || end > text.length || start < at) continue;
		if (start > at) el.appendChild(doc.createTextNode(text.slice(at, start)));
		el.createSpan({ cls: "suggestion-highlight", text: text.slice(start, end) });
		at = end;
	}
	if (at < text.length) el.appendChild(doc.createTextNode(text.slice(at)));
}

/** Fake of `O.renderResults`. */
export function renderResults(el: HTMLElement, text: string, result: O.SearchResult, offset?: number): void {
	renderMatches(el, text, result.matches, offset);
}

/** Fake of `O.getLanguage`. */
export function getLanguage(): string {
	return "en";
}

/** The DOMPurify instance of the page's window, made on first use (there is none without a DOM). */
let purifier: DOMPurify | null = null;

/**
 * Fake of `O.sanitizeHTMLToDom`: DOMPurify with its defaults, as Obsidian uses it, so scripts,
 * handlers, frames, plugins, forms and `javascript:` or `data:` URLs never become live.
 */
export function sanitizeHTMLToDom(html: string): DocumentFragment {
	purifier ??= createDOMPurify(window);
	return purifier.sanitize(html, { RETURN_DOM_FRAGMENT: true });
}

/** Fake of `O.arrayBufferToBase64`. */
export function arrayBufferToBase64(buffer: ArrayBuffer): string {
	return btoa(Array.from(new Uint8Array(buffer), (b) => String.fromCharCode(b)).join(""));
}

/** Fake of `O.base64ToArrayBuffer`. */
export function base64ToArrayBuffer(base64: string): ArrayBuffer {
	return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer;
}
