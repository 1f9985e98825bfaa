/**
 * The commands' modals: a fuzzy picker of topics (notes and ghost topics) and the list of
 * hierarchy problems.
 */
import { FuzzySuggestModal, renderMatches, setIcon, SuggestModal, type App, type FuzzyMatch } from "obsidian";
import type { Problem, Severity, TopicNode } from "../core/types";

/** What a topic picker shows and does. */
export interface TopicPickerOptions {
	/** The topics to choose from, in the order shown before anything is typed. */
	items: TopicNode[];
	placeholder: string;
	onChoose: (node: TopicNode, evt: MouseEvent | KeyboardEvent) => void;
}

/** Fuzzy picker over topics: each row shows the title, and the path or "Ghost topic". */
export class TopicPicker extends FuzzySuggestModal<TopicNode> {
	constructor(
		app: App,
		private readonly options: TopicPickerOptions,
	) {
		super(app);
		this.setPlaceholder(options.placeholder);
		this.emptyStateText = "No matching topics.";
	}

	getItems(): TopicNode[] {
		return this.options.items;
	}

	getItemText(node: TopicNode): string {
		return node.title;
	}

	renderSuggestion(match: FuzzyMatch<TopicNode>, el: HTMLElement): void {
		const node = match.item;
		el.addClass("mod-complex", "topic-tree-picker-item");
		const content = el.createDiv({ cls: "suggestion-content" });
		renderMatches(content.createDiv({ cls: "suggestion-title" }), node.title, match.match.matches);
		content.createDiv({ cls: "suggestion-note", text: node.kind === "ghost" ? "Ghost topic" : (node.path ?? "") });
	}

	onChooseItem(node: TopicNode, evt: MouseEvent | KeyboardEvent): void {
		this.options.onChoose(node, evt);
	}
}

const SEVERITY_ICON: Record<Severity, string> = { error: "x-circle", warning: "alert-triangle", info: "info" };
const SEVERITY_LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

/** `path:line — message` (`path — message` for problems of the whole note). */
export function problemText(problem: Problem): string {
	const where = problem.line > 0 ? `${problem.path}:${problem.line}` : problem.path;
	return `${where} — ${problem.message}`;
}

/** The hierarchy's problems; choosing one opens its note at its line. */
export class ProblemsModal extends SuggestModal<Problem> {
	constructor(
		app: App,
		private readonly problems: readonly Problem[],
		private readonly onChoose: (problem: Problem, evt: MouseEvent | KeyboardEvent) => void,
	) {
		super(app);
		this.limit = Math.max(this.limit, problems.length);
		this.setPlaceholder("Filter hierarchy problems");
		this.emptyStateText = "No matching problems.";
	}

	getSuggestions(query: string): Problem[] {
		const terms = query.toLowerCase().split(/\s+/).filter((t) => t.length > 0);
		return this.problems.filter((problem) => {
			const text = `${problemText(problem)} ${problem.code} ${problem.severity}`.toLowerCase();
			return terms.every((term) => text.includes(term));
		});
	}

	renderSuggestion(problem: Problem, el: HTMLElement): void {
		el.addClass("topic-tree-problem", `mod-${problem.severity}`);
		const icon = el.createSpan({ cls: "topic-tree-problem-icon", attr: { "aria-label": SEVERITY_LABEL[problem.severity] } });
		setIcon(icon, SEVERITY_ICON[problem.severity]);
		el.createSpan({ cls: "topic-tree-problem-text", text: problemText(problem) });
	}

	onChooseSuggestion(problem: Problem, evt: MouseEvent | KeyboardEvent): void {
		this.onChoose(problem, evt);
	}
}
