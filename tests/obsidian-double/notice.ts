import { hasDom } from "./nodom";
import { missingElement } from "./nodom";

/**
 * Fake of `O.Notice`: every message is recorded in `Notice.messages` (text content) and the live
 * notices in `Notice.shown`; under a DOM a `.notice` appears in `.notice-container` in
 * `document.body`. Notices do not time out in the double (no timers); `hide()` removes one.
 */
export class Notice {
	/** Double only: every message shown, in order (text content). */
	static messages: string[] = [];
	/** Double only: notices not yet hidden. */
	static shown: Notice[] = [];

	/** `Notice.noticeEl` */
	noticeEl: HTMLElement;
	/** `Notice.containerEl` */
	containerEl: HTMLElement;
	/** `Notice.messageEl` */
	messageEl: HTMLElement;
	/** Double only: the text of the current message. */
	message = "";
	/** Double only: the requested duration. */
	readonly duration: number | undefined;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.duration = duration;
		if (hasDom()) {
			const container = document.body.querySelector(".notice-container") ?? document.body.createDiv({ cls: "notice-container" });
			this.containerEl = (container as HTMLElement).createDiv({ cls: "notice" });
			this.noticeEl = this.containerEl;
			this.messageEl = this.containerEl.createDiv({ cls: "notice-message" });
		} else {
			this.containerEl = this.noticeEl = this.messageEl = missingElement("A notice element");
		}
		this.setMessage(message);
		Notice.shown.push(this);
	}

	/** `Notice.setMessage` */
	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		Notice.messages.push(this.message);
		if (hasDom()) this.messageEl.setText(message);
		return this;
	}

	/** `Notice.hide` */
	hide(): void {
		const index = Notice.shown.indexOf(this);
		if (index >= 0) Notice.shown.splice(index, 1);
		if (hasDom()) this.containerEl.remove();
	}

	/** Double only: clear `messages` and hide every notice. */
	static reset(): void {
		for (const n of [...Notice.shown]) n.hide();
		Notice.messages = [];
	}
}
