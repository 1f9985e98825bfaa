/** The thread commands: *New child note* and *New next note*. */
import { Component, TFile, type Command, type Plugin } from "obsidian";
import type { TopicTreeHost } from "../context";
import { NoteNameModal } from "./name-modal";
import { createLinkedNote, newNoteFolder, type NewNoteKind } from "./new-note";

export class ThreadFeature extends Component {
	constructor(
		private readonly plugin: Plugin,
		private readonly host: TopicTreeHost,
	) {
		super();
	}

	onload(): void {
		this.add({
			id: "new-child-note",
			name: "New child note…",
			checkCallback: (checking) => {
				const path = this.activeNote();
				if (path === null) return false;
				if (!checking) this.newNote(path, "child");
				return true;
			},
		});
		this.add({
			id: "new-next-note",
			name: "New next note…",
			checkCallback: (checking) => {
				const path = this.activeNote();
				if (path === null || this.host.store.data.settings.prevFields.length === 0) return false;
				if (!checking) this.newNote(path, "next");
				return true;
			},
		});
	}

	/** Asks for a name and creates the child, or the next note, of the note at `fromPath`. */
	newNote(fromPath: string, kind: NewNoteKind): void {
		const title = this.host.index.core.graph.getNode(fromPath)?.title ?? fromPath;
		const folder = newNoteFolder(this.host, fromPath);
		const where = `It goes in ${folder === "" ? "the vault's root folder" : folder}.`;
		const hint = kind === "child" ? `Its parent will be ${title}. ${where}` : `It comes after ${title} in its sequence. ${where}`;
		new NoteNameModal(this.host.app, kind === "child" ? "New child note" : "New next note", hint, async (name) => {
			const result = await createLinkedNote(this.host, fromPath, name, kind);
			return result.ok ? null : result.message;
		}).open();
	}

	/** The active markdown note that is in the index, or null. */
	private activeNote(): string | null {
		const file = this.host.app.workspace.getActiveFile();
		if (!(file instanceof TFile) || file.extension !== "md") return null;
		return this.host.index.core.graph.getNode(file.path) ? file.path : null;
	}

	/** Adds a command and removes it again when the feature unloads. */
	private add(command: Command): void {
		this.plugin.addCommand(command);
		this.register(() => this.plugin.removeCommand(command.id));
	}
}
