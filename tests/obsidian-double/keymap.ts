import type * as O from "obsidian";
import { Platform } from "./util";

/** Fake of `O.Scope`: records handlers; `handleKey` runs the first that matches (double only). */
export class Scope implements O.Scope {
	/** Double only: registered handlers, in order. */
	readonly handlers: (O.KeymapEventHandler & { func: O.KeymapEventListener })[] = [];

	constructor(readonly parent?: O.Scope) {}

	/** `Scope.register` */
	register(modifiers: O.Modifier[] | null, key: string | null, func: O.KeymapEventListener): O.KeymapEventHandler {
		const handler = { scope: this, modifiers: modifiers ? [...modifiers].sort().join(",") : null, key, func };
		this.handlers.push(handler);
		return handler;
	}

	/** `Scope.unregister` */
	unregister(handler: O.KeymapEventHandler): void {
		const index = this.handlers.indexOf(handler as (typeof this.handlers)[number]);
		if (index >= 0) this.handlers.splice(index, 1);
	}

	/** Double only: dispatch a key event to matching handlers; false when one returned false (handled). */
	handleKey(evt: KeyboardEvent): boolean {
		const mods = eventModifiers(evt).sort().join(",");
		for (const h of [...this.handlers].reverse()) {
			if (h.key !== null && h.key.toLowerCase() !== evt.key.toLowerCase()) continue;
			if (h.modifiers !== null && h.modifiers !== mods) continue;
			if (h.func(evt, { modifiers: mods, key: evt.key, vkey: evt.key }) === false) return false;
		}
		return true;
	}
}

function eventModifiers(evt: MouseEvent | KeyboardEvent | TouchEvent): O.Modifier[] {
	const mods: O.Modifier[] = [];
	if (Keymap.isModifier(evt, "Mod")) mods.push("Mod");
	if (evt.ctrlKey && Platform.isMacOS) mods.push("Ctrl");
	if (evt.metaKey && !Platform.isMacOS) mods.push("Meta");
	if (evt.shiftKey) mods.push("Shift");
	if (evt.altKey) mods.push("Alt");
	return mods;
}

/** Fake of `O.Keymap`: a scope stack; `isModEvent` like Obsidian (Mod is Cmd on macOS, Ctrl elsewhere). */
export class Keymap implements O.Keymap {
	/** Double only: pushed scopes, innermost last. */
	readonly scopes: O.Scope[] = [];

	/** `Keymap.pushScope` */
	pushScope(scope: O.Scope): void {
		this.scopes.push(scope);
	}

	/** `Keymap.popScope` */
	popScope(scope: O.Scope): void {
		const index = this.scopes.lastIndexOf(scope);
		if (index >= 0) this.scopes.splice(index, 1);
	}

	/** `Keymap.isModifier` */
	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: O.Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}

	/** `Keymap.isModEvent`: Mod+Alt+Shift → "window", Mod+Alt → "split", Mod or middle click → "tab", else false. */
	static isModEvent(evt?: O.UserEvent | null): O.PaneType | boolean {
		if (!evt) return false;
		const middle = "button" in evt && evt.type !== "mousemove" && evt.button === 1;
		const mod = Keymap.isModifier(evt, "Mod");
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod || middle) return "tab";
		return false;
	}
}
