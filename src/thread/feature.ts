/** The thread commands: *New child note* (and, once sequences exist, *New next note*). */
import { Component, TFile, type Command, type Plugin } from "obsidian";
import type { TopicTreeHost } from "../context";
import { NoteNameModal } from "./name-modal";
import { createChildNote, newNoteFolder } from "./new-note";

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
				if (!checking) this.newChild(path);
				return true;
			},
		});
	}

	/** Asks for a name and creates the child note of `parentPath`. */
	newChild(parentPath: string): void {
		const title = this.host.index.core.graph.getNode(parentPath)?.title ?? parentPath;
		const folder = newNoteFolder(this.host, parentPath);
		const hint = `Its parent will be ${title}. It goes in ${folder === "" ? "the vault's root folder" : folder}.`;
		new NoteNameModal(this.host.app, "New child note", hint, async (name) => {
			const result = await createChildNote(this.host, parentPath, name);
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
