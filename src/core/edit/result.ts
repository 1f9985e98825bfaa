/** What an edit gives back, and the error it throws when the note's shape does not allow it. */

/** The result of a successful edit. */
export interface EditResult {
	text: string;
	/** 1-based line of the edited field (the key's line in front matter). */
	line: number;
}

/** Thrown when the note's shape does not allow the edit (e.g. front matter that is not plain YAML). */
export class EditRefused extends Error {}
