/**
 * Asks for the name of a new note: a text field, Create and Cancel. Enter creates. The answer is
 * checked by `submit`, which returns a message to show (the modal stays open) or null (done).
 */
import { Modal, Setting, type App } from "obsidian";

export class NoteNameModal extends Modal {
	private value = "";
	private messageEl: HTMLElement | null = null;
	private busy = false;

	constructor(
		app: App,
		private readonly heading: string,
		private readonly hint: string,
		private readonly submit: (name: string) => Promise<string | null>,
	) {
		super(app);
	}

	onOpen(): void {
		this.titleEl.setText(this.heading);
		this.contentEl.createEl("p", { cls: "setting-item-description", text: this.hint });
		new Setting(this.contentEl).setName("Name").addText((text) => {
			text.setPlaceholder("Untitled").onChange((value) => {
				this.value = value;
				this.showMessage(null);
			});
			text.inputEl.addEventListener("keydown", (evt) => {
				if (evt.key !== "Enter" || evt.isComposing) return;
				evt.preventDefault();
				void this.create();
			});
			window.setTimeout(() => text.inputEl.focus(), 0);
		});
		this.messageEl = this.contentEl.createDiv({ cls: "topic-tree-thread-message", attr: { role: "alert" } });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText("Create")
					.setCta()
					.onClick(() => void this.create()),
			);
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private async create(): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		try {
			const message = await this.submit(this.value);
			if (message === null) this.close();
			else this.showMessage(message);
		} finally {
			this.busy = false;
		}
	}

	private showMessage(text: string | null): void {
		this.messageEl?.setText(text ?? "");
	}
}
