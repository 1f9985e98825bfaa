/**
 * What the browser host exposes to the real-browser tests as `window.topicTreeE2E` (types only
 * on the test side: `page.evaluate` callbacks run in the page).
 */
import type * as Double from "../../obsidian-double";

/** The host's test hooks. */
export interface HostApi {
	/** The in-memory app the plugin runs in. */
	app: Double.App;
	/** The `obsidian` module the plugin's `require` returns (the shared test double). */
	obsidian: typeof Double;
	/** The loaded plugin (the default export of main.js), once loaded. */
	plugin: Double.Plugin | null;
	/** Uncaught errors and unhandled rejections, in order. */
	errors: string[];
	/** Icon ids asked for that the page has no SVG for. */
	missingIcons: string[];
	/** Start-up finished: the plugin is loaded, the layout ready, the first note open. */
	ready: boolean;
	/** The current text of a note, or null when there is no such file. */
	readNote(path: string): string | null;
	/** Waits until the app's queued work, the reading view's renders and two animation frames are done. */
	settle(): Promise<void>;
	/** How many times a note was rendered in Reading view. */
	renderCount(): number;
}

declare global {
	interface Window {
		/** Set by tests/e2e/host/host.ts. */
		topicTreeE2E?: HostApi;
	}
}
