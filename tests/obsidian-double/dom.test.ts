/** @jest-environment jsdom */
import { installDomHelpers } from "./dom";

describe("Obsidian DOM helpers under jsdom", () => {
	beforeEach(() => document.body.empty());

	test("createEl applies DomElementInfo and appends to the receiver", () => {
		const parent = createDiv();
		const input = parent.createEl("input", { cls: ["a", "b c"], attr: { "data-x": 1, hidden: false, checked: true }, type: "text", value: "v", placeholder: "p", title: "Title" });
		expect(parent.firstChild).toBe(input);
		expect([...input.classList]).toEqual(["a", "b", "c"]);
		expect(input.getAttribute("data-x")).toBe("1");
		expect(input.hasAttribute("hidden")).toBe(false);
		expect(input.getAttribute("checked")).toBe("");
		expect(input.value).toBe("v");
		expect(input.placeholder).toBe("p");
		expect(input.title).toBe("Title");
		const link = parent.createEl("a", { href: "x.md", text: "Go", prepend: true });
		expect(parent.firstChild).toBe(link);
		expect(link.getAttribute("href")).toBe("x.md");
		expect(link.getText()).toBe("Go");
	});

	test("a string option is a class, a callback receives the element, parent wins over the receiver", () => {
		const other = createDiv();
		let seen: HTMLElement | null = null;
		const span = createDiv().createSpan("cls-one", (el) => (seen = el));
		expect(span.className).toBe("cls-one");
		expect(seen).toBe(span);
		const moved = createDiv().createDiv({ parent: other });
		expect(moved.parentElement).toBe(other);
		expect(createDiv().parentElement).toBeNull();
	});

	test("createSvg makes SVG-namespace elements", () => {
		const svg = createDiv().createSvg("svg", { cls: "icon", attr: { viewBox: "0 0 1 1" } });
		expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(svg.getAttribute("class")).toBe("icon");
	});

	test("text, classes and attributes helpers", () => {
		const el = createDiv({ text: "old" });
		el.setText("New");
		el.appendText("!");
		expect(el.getText()).toBe("New!");
		el.setText(createFragment((f) => f.createSpan({ text: "frag" })));
		expect(el.innerHTML).toBe("<span>frag</span>");
		el.addClass("a", "b");
		el.addClasses(["c"]);
		el.removeClass("a");
		el.removeClasses(["b"]);
		el.toggleClass(["d", "e"], true);
		el.toggleClass("c", false);
		expect(el.className).toBe("d e");
		expect(el.hasClass("d")).toBe(true);
		el.setAttr("aria-label", "x");
		el.setAttrs({ tabindex: 0, role: "button" });
		expect(el.getAttr("tabindex")).toBe("0");
		el.setAttr("role", null);
		expect(el.getAttr("role")).toBeNull();
	});

	test("empty, detach, insertAfter, indexOf, setChildrenInPlace", () => {
		const list = createDiv();
		const a = list.createDiv({ text: "a" });
		const c = list.createDiv({ text: "c" });
		const b = list.insertAfter(createDiv({ text: "b" }), a);
		expect(list.getText()).toBe("abc");
		expect(list.indexOf(b)).toBe(1);
		list.insertAfter(createDiv({ text: "0" }), null);
		expect(list.getText()).toBe("0abc");
		list.setChildrenInPlace([c, a]);
		expect(list.getText()).toBe("ca");
		c.detach();
		expect(list.getText()).toBe("a");
		list.empty();
		expect(list.childNodes.length).toBe(0);
	});

	test("find, findAll, findAllSelf, matchParent", () => {
		const root = createDiv({ cls: "item" });
		const inner = root.createDiv({ cls: "item" }).createSpan({ cls: "leaf" });
		expect(root.find(".leaf")).toBe(inner);
		expect(root.findAll(".item")).toHaveLength(1);
		expect(root.findAllSelf(".item")).toHaveLength(2);
		expect(inner.matchParent(".item")).toBe(inner.parentElement);
		expect(inner.matchParent(".item", inner)).toBeNull();
		expect(inner.matchParent(".missing")).toBeNull();
	});

	test("show, hide, toggle and isShown (attached and not hidden by an ancestor)", () => {
		const outer = document.body.createDiv();
		const inner = outer.createDiv();
		expect(inner.isShown()).toBe(true);
		outer.hide();
		expect(inner.isShown()).toBe(false);
		outer.show();
		inner.toggle(false);
		expect(inner.style.display).toBe("none");
		inner.toggle(true);
		expect(inner.isShown()).toBe(true);
		expect(createDiv().isShown()).toBe(false);
	});

	test("delegated on/off call the listener with the matching element", () => {
		const list = document.body.createDiv();
		const row = list.createDiv({ cls: "row" });
		const label = row.createSpan({ text: "x" });
		const seen: HTMLElement[] = [];
		const listener = (_ev: MouseEvent, target: HTMLElement): void => {
			seen.push(target);
		};
		list.on("click", ".row", listener);
		label.click();
		list.click();
		expect(seen).toEqual([row]);
		list.off("click", ".row", listener);
		label.click();
		expect(seen).toHaveLength(1);
	});

	test("onClickEvent, setCssProps, setCssStyles, doc/win, instanceOf, globals", () => {
		const el = document.body.createDiv();
		let clicks = 0;
		el.onClickEvent(() => clicks++);
		el.click();
		expect(clicks).toBe(1);
		el.setCssProps({ "--size": "3px" });
		el.setCssStyles({ color: "red" });
		expect(el.style.getPropertyValue("--size")).toBe("3px");
		expect(el.style.color).toBe("red");
		expect(el.doc).toBe(document);
		expect(el.win).toBe(window);
		expect(el.instanceOf(HTMLDivElement)).toBe(true);
		expect(el.instanceOf(HTMLSpanElement)).toBe(false);
		expect(activeDocument).toBe(document);
		expect(activeWindow).toBe(window);
		expect(fish("div")).toBe(el);
	});

	test("installing twice keeps the helpers working", () => {
		installDomHelpers(window);
		expect(createSpan({ text: "ok" }).getText()).toBe("ok");
	});
});
