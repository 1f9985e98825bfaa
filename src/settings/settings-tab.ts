/**
 * The settings tab. Every control applies its change at once through the store (the live index
 * re-parses when fields change); text inputs that name fields apply after a pause in typing or
 * when they lose focus, so typing `upp` does not re-index the vault three times.
 */
import { debounce, Notice, PluginSettingTab, Setting, type App, type Debouncer, type Plugin, type TextAreaComponent, type TextComponent } from "obsidian";
import type { DataStore } from "../context";
import { globProblems } from "../core/glob";
import type { SortKey } from "../core/tree";
import type { ParentPlacement, RowLabel, TopicTreeSettings, UnlinkedPlacement } from "./settings";
import { importFromBreadcrumbs } from "../config/import-modal";

/** Pause in typing after which a text setting is applied. */
export const TEXT_APPLY_DELAY_MS = 500;

/** The default sort, worded like Obsidian's file explorer (dates new to old, as the view then sorts them). */
const SORT_LABELS: Record<SortKey, string> = {
	title: "Title (A to Z)",
	filename: "File name (A to Z)",
	modified: "Modified time (new to old)",
	created: "Created time (new to old)",
	manual: "Manual order",
};

const UNLINKED_LABELS: Record<UnlinkedPlacement, string> = {
	group: "In a collapsed group at the end",
	hidden: "Hidden (the filter still finds them)",
	roots: "Among the other top-level topics",
};

const ROW_LABELS: Record<RowLabel, string> = {
	title: "Title",
	filename: "File name",
	both: "Title and file name",
};

const PLACEMENT_LABELS: Record<ParentPlacement, string> = {
	auto: "Existing field, else front matter, else end of note",
	inline: "Inline field",
	frontmatter: "Front matter property",
};

type ListKey = "parentFields" | "childFields" | "relatedFields" | "nextFields" | "prevFields" | "siblingFields";

/** `up, parent ,, Up` → `["up", "parent", "Up"]`: trimmed, empty entries and exact repeats dropped. */
export function parseFieldList(value: string): string[] {
	return [...new Set(value.split(",").map((name) => name.trim()).filter((name) => name.length > 0))];
}

/** One folder or pattern per line → trimmed entries without leading or trailing slashes. */
export function parseFolderList(value: string): string[] {
	const folders = value.split(/\r?\n/).map((line) => line.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, ""));
	return [...new Set(folders.filter((folder) => folder.length > 0))];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** The plugin's tab in Obsidian's settings window. */
export class TopicTreeSettingTab extends PluginSettingTab {
	/** Text inputs with edits that may be waiting for their pause: applied when the tab closes. */
	private readonly deferred: { debouncer: Debouncer<[], void>; finish: () => void }[] = [];
	/** The field list inputs, refreshed after an import. */
	private readonly fieldInputs = new Map<ListKey, TextComponent>();

	constructor(
		app: App,
		plugin: Plugin,
		private readonly store: DataStore,
	) {
		super(app, plugin);
	}

	private get settings(): TopicTreeSettings {
		return this.store.data.settings;
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		this.deferred.length = 0;

		new Setting(containerEl).setName("Hierarchy").setHeading();
		this.fieldList(containerEl, "parentFields", "Parent fields", "Comma-separated field names whose links point to the note's parents, as in up:: [[note]]. At least one is needed.");
		this.fieldList(containerEl, "childFields", "Child fields", "Comma-separated field names whose links point to the note's children, as in down:: [[note]]. May be empty.");
		this.fieldList(containerEl, "relatedFields", "Related fields", "Comma-separated field names whose links point to related notes, shown apart from the tree. May be empty.");
		this.fieldList(containerEl, "nextFields", "Next fields", "Comma-separated field names whose link names the note that comes after this one in a sequence (chapters, lectures, weeks), as in next:: [[note]]. May be empty.");
		this.fieldList(containerEl, "prevFields", "Previous fields", "Comma-separated field names whose link names the note that comes before this one, as in prev:: [[note]]. May be empty.");
		this.fieldList(containerEl, "siblingFields", "Sibling fields", "Comma-separated field names whose links name explicit siblings, as in sibling:: [[note]]. May be empty.");
		new Setting(containerEl)
			.setName("Import from Breadcrumbs")
			.setDesc("Use the fields set in Breadcrumbs in this vault. Shows what would change first.")
			.addButton((button) =>
				button.setButtonText("Import…").onClick(() => {
					void importFromBreadcrumbs(this.app, this.store, () => {
						for (const [key, input] of this.fieldInputs) input.setValue(this.settings[key].join(", "));
					});
				}),
			);
		new Setting(containerEl)
			.setName("Title property")
			.setDesc("Front matter property shown as the note's title in the tree; notes without it show their file name.")
			.addText((text) => {
				text.setPlaceholder("Title").setValue(this.settings.titleProperty);
				this.deferText(text, (value, final) => {
					const name = value.trim();
					if (name === "" && !final) return;
					const next = name === "" ? "title" : name;
					if (name === "") text.setValue(next);
					if (next !== this.settings.titleProperty) this.store.updateSettings({ titleProperty: next });
				});
			});
		new Setting(containerEl)
			.setName("Read fields inside comments")
			.setDesc("Also read fields written inside %% comments %%, which reading view hides.")
			.addToggle((toggle) =>
				toggle.setValue(this.settings.readFieldsInComments).onChange((value) => this.store.updateSettings({ readFieldsInComments: value })),
			);

		new Setting(containerEl).setName("Tree").setHeading();
		// A list with a bad pattern is not applied: the message under the setting says which entry and why.
		const setting = new Setting(containerEl)
			.setName("Excluded paths")
			.setDesc("One per line: a folder, a note, or a pattern such as *.excalidraw.md or Daily/*. These notes are left out of the tree, in addition to the vault's excluded files.");
		const message = setting.descEl.createDiv({ cls: "topic-tree-setting-error topic-tree-hidden", attr: { role: "alert" } });
		setting.addTextArea((area) => {
			area.setPlaceholder("Templates\n*.excalidraw.md").setValue(this.settings.excludedPaths.join("\n"));
			this.deferText(area, (value) => {
				const entries = parseFolderList(value);
				const problems = globProblems(entries);
				message.toggleClass("topic-tree-hidden", problems.length === 0);
				message.setText(problems.length === 0 ? "" : `Not applied until mended: ${problems.join("; ")}.`);
				if (problems.length === 0 && !sameList(entries, this.settings.excludedPaths)) this.store.updateSettings({ excludedPaths: entries });
			});
		});
		new Setting(containerEl)
			.setName("Unlinked notes")
			.setDesc("Where notes with no parent and no child go.")
			.addDropdown((dropdown) => {
				for (const [key, label] of Object.entries(UNLINKED_LABELS)) dropdown.addOption(key, label);
				dropdown.setValue(this.settings.unlinkedNotes).onChange((value) => this.store.updateSettings({ unlinkedNotes: value as UnlinkedPlacement }));
			});
		new Setting(containerEl)
			.setName("Row label")
			.setDesc("What each row shows. With title and file name, the file name follows the title, muted, when they differ.")
			.addDropdown((dropdown) => {
				for (const [key, label] of Object.entries(ROW_LABELS)) dropdown.addOption(key, label);
				dropdown.setValue(this.settings.rowLabel).onChange((value) => this.store.updateSettings({ rowLabel: value as RowLabel }));
			});
		new Setting(containerEl)
			.setName("Leave out template folders")
			.setDesc("Leave out the template folders of the core plugin and of Templater: their placeholder links are not topics.")
			.addToggle((toggle) =>
				toggle.setValue(this.settings.leaveOutTemplateFolders).onChange((value) => this.store.updateSettings({ leaveOutTemplateFolders: value })),
			);
		new Setting(containerEl)
			.setName("Default sort")
			.setDesc("How topics are ordered under their parent. The tree's sort menu changes it for the view.")
			.addDropdown((dropdown) => {
				for (const [key, label] of Object.entries(SORT_LABELS)) dropdown.addOption(key, label);
				dropdown.setValue(this.settings.defaultSort).onChange((value) => {
					const sort = value as SortKey;
					this.store.updateView({ sort, descending: sort === "modified" || sort === "created" });
					this.store.updateSettings({ defaultSort: sort });
				});
			});
		new Setting(containerEl)
			.setName("Show ghost topics")
			.setDesc("Show parents that are linked but have no note yet, in italics, so you can create them.")
			.addToggle((toggle) => toggle.setValue(this.settings.showGhosts).onChange((value) => this.store.updateSettings({ showGhosts: value })));
		new Setting(containerEl)
			.setName("Follow active note")
			.setDesc("Highlight the open note in the tree and expand its ancestors.")
			.addToggle((toggle) =>
				toggle.setValue(this.settings.followActiveNote).onChange((value) => this.store.updateSettings({ followActiveNote: value })),
			);

		new Setting(containerEl).setName("Editing").setHeading();
		new Setting(containerEl)
			.setName("Where new parent links go")
			.setDesc("Where setting a parent from the tree writes the link.")
			.addDropdown((dropdown) => {
				for (const [key, label] of Object.entries(PLACEMENT_LABELS)) dropdown.addOption(key, label);
				dropdown
					.setValue(this.settings.parentPlacement)
					.onChange((value) => this.store.updateSettings({ parentPlacement: value as ParentPlacement }));
			});
		new Setting(containerEl)
			.setName("Folder for notes created from ghost topics")
			.setDesc("Leave empty to create them at the root of the vault.")
			.addText((text) => {
				text.setPlaceholder("Folder/subfolder").setValue(this.settings.ghostFolder);
				this.deferText(text, (value) => {
					const folder = value.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
					if (folder !== this.settings.ghostFolder) this.store.updateSettings({ ghostFolder: folder });
				});
			});
	}

	hide(): void {
		for (const { finish } of this.deferred) finish();
		this.deferred.length = 0;
		super.hide();
	}

	/** A comma-separated field list. The parent list may not end up empty: it reverts with a notice. */
	private fieldList(containerEl: HTMLElement, key: ListKey, name: string, desc: string): void {
		new Setting(containerEl)
			.setName(name)
			.setDesc(desc)
			.addText((text) => {
				this.fieldInputs.set(key, text);
				text.setPlaceholder(key === "parentFields" ? "up" : "").setValue(this.settings[key].join(", "));
				this.deferText(text, (value, final) => {
					const names = parseFieldList(value);
					if (key === "parentFields" && names.length === 0) {
						if (!final) return;
						text.setValue(this.settings.parentFields.join(", "));
						new Notice("At least one parent field is needed; the previous fields are kept.");
						return;
					}
					if (!sameList(names, this.settings[key])) this.store.updateSettings({ [key]: names });
				});
			});
	}

	/**
	 * Apply a text input after a pause in typing, or at once when it loses focus. `apply` gets the
	 * value and whether this is the final word (blur, tab closed) rather than a pause.
	 */
	private deferText(component: TextComponent | TextAreaComponent, apply: (value: string, final: boolean) => void): void {
		const debouncer = debounce(() => apply(component.getValue(), false), TEXT_APPLY_DELAY_MS, true);
		const finish = (): void => {
			debouncer.cancel();
			apply(component.getValue(), true);
		};
		this.deferred.push({ debouncer, finish });
		component.onChange(() => {
			debouncer();
		});
		component.inputEl.addEventListener("blur", finish);
	}
}
