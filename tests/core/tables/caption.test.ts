import { tableCaption } from "../../../src/core/tables/caption";

const at = (text: string): [string[], number] => {
	const lines = text.split("\n");
	return [lines, lines.findIndex((l) => l.includes("| A |")) + 1];
};

describe("tableCaption", () => {
	test.each([
		["# Brokers\n\nSome text.\n\n|  | A | B |\n|---|---|---|", "Brokers"],
		["## Old\n\nTable 2: Message brokers\n|  | A | B |\n|---|---|---|", "Message brokers"],
		["**Latency at a glance**\n\n|  | A | B |\n|---|---|---|", "Latency at a glance"],
		["How they differ:\n|  | A | B |\n|---|---|---|", "How they differ"],
		["# Note\n> [!tip] Editors compared\n> |  | A | B |\n> |---|---|---|", "Editors compared"],
	])("%j → %s", (text, caption) => {
		const [lines, line] = at(text);
		expect(tableCaption(lines, line)).toBe(caption);
	});

	test("nothing above: null; a long paragraph above is not a caption", () => {
		expect(tableCaption(...at("|  | A | B |\n|---|---|---|"))).toBeNull();
		expect(tableCaption(...at("This paragraph explains a lot of things and is not a caption of anything at all, really not.\n|  | A | B |\n|---|---|---|"))).toBeNull();
	});
});
