/**
 * Without a DOM (jest's node environment) the double still builds apps, vaults and plugins;
 * elements it would create become placeholders that throw a clear error when used.
 */

const SAFE_KEYS = new Set(["then", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "constructor", "tagName", "@@__IMMUTABLE_ITERABLE__@@", "@@__IMMUTABLE_RECORD__@@"]);

/** Whether a document is available. */
export function hasDom(): boolean {
	return typeof document !== "undefined";
}

/** A stand-in element that throws on use, naming what needed the DOM. */
export function missingElement<T extends object = HTMLElement>(what: string): T {
	const message = `${what} needs a DOM: add the docblock /** @jest-environment jsdom */ to the test file`;
	return new Proxy({} as T, {
		get(_target, key) {
			if (typeof key === "symbol" || SAFE_KEYS.has(key)) return undefined;
			throw new Error(message);
		},
		set() {
			throw new Error(message);
		},
	});
}

/** A new `div` (with classes, inside `parent` when given), or a throwing placeholder without a DOM. */
export function makeDiv(what: string, cls?: string, parent?: HTMLElement | null): HTMLElement {
	if (!hasDom()) return missingElement(what);
	return createDiv({ cls, parent: parent ?? undefined });
}
