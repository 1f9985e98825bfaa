import { findByPrefix, treeKeyAction, TypeAhead } from "../../src/tree-view/keyboard";

function key(k: string, init: Partial<KeyboardEvent> = {}): KeyboardEvent {
	return { key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init } as KeyboardEvent;
}

test("maps the tree keys to actions and leaves the others alone", () => {
	expect(treeKeyAction(key("ArrowDown"))).toEqual({ type: "move", to: "next" });
	expect(treeKeyAction(key("End"))).toEqual({ type: "move", to: "last" });
	expect(treeKeyAction(key("Enter", { ctrlKey: true }))).toEqual({ type: "open" });
	expect(treeKeyAction(key("F10", { shiftKey: true }))).toEqual({ type: "menu" });
	expect(treeKeyAction(key("F10"))).toBeNull();
	expect(treeKeyAction(key("a"))).toEqual({ type: "type", char: "a" });
	expect(treeKeyAction(key("a", { metaKey: true }))).toBeNull();
	expect(treeKeyAction(key(" "))).toBeNull();
	expect(treeKeyAction(key("Tab"))).toBeNull();
});

test("type-ahead accumulates quickly typed letters and forgets after a pause", () => {
	const t = new TypeAhead(500);
	expect(t.push("G", 0)).toBe("g");
	expect(t.push("o", 300)).toBe("go");
	expect(t.push("x", 900)).toBe("x");
	t.reset();
	expect(t.push("É", 901)).toBe("e");
});

test("prefix search wraps, keeps the row while typing on, and cycles on a repeated letter", () => {
	const titles = ["Alpha", "Beta", "Échelle", "Alpine", "albatross"];
	const at = (i: number): string => titles[i];
	expect(findByPrefix(5, at, 0, "a")).toBe(3);
	expect(findByPrefix(5, at, 4, "a")).toBe(0);
	expect(findByPrefix(5, at, 3, "alp")).toBe(3);
	expect(findByPrefix(5, at, 0, "e")).toBe(2);
	expect(findByPrefix(5, at, 3, "aa")).toBe(4);
	expect(findByPrefix(5, at, 0, "z")).toBe(-1);
	expect(findByPrefix(0, at, 0, "a")).toBe(-1);
});
