/**
 * *Import from Breadcrumbs* (settings tab): reads Breadcrumbs' settings, shows which field lists
 * would change and how, and applies them only when confirmed. A missing or malformed file gives
 * a notice and changes nothing.
 */
import { Modal, Notice, Setting, type App } from "obsidian";
import type { DataStore } from "../context";
import { describeChanges, planBreadcrumbsImport, type ImportPlan } from "./adopt";

/** Reads Breadcrumbs' settings and opens the preview, or says why it cannot. */
export async function importFromBreadcrumbs(app: App, store: DataStore, done?: () => void): Promise<void> {
	const plan = await planBreadcrumbsImport(app, store.data.settings);
	if (!plan.ok) {
		new Notice(plan.message);
		return;
	}
	if (plan.changes.length === 0) {
		new Notice("Breadcrumbs' fields are already in use; nothing to change.");
		return;
	}
	new ImportModal(app, plan, () => {
		store.updateSettings(plan.fields);
		new Notice("Breadcrumbs' fields imported.");
		done?.();
	}).open();
}

class ImportModal extends Modal {
	constructor(
		app: App,
		private readonly plan: Extract<ImportPlan, { ok: true }>,
		private readonly apply: () => void,
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle("Import from Breadcrumbs");
		contentEl.createEl("p", { text: "These field lists would change:" });
		const list = contentEl.createEl("ul", { cls: "topic-tree-import-changes" });
		for (const line of describeChanges(this.plan.changes)) list.createEl("li", { text: line });
		for (const note of this.plan.notes) contentEl.createEl("p", { text: note, cls: "setting-item-description" });
		new Setting(contentEl)
			.addButton((button) =>
				button
					.setButtonText("Import")
					.setCta()
					.onClick(() => {
						this.apply();
						this.close();
					}),
			)
			.addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()));
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
