/**
 * Chromium for the real-browser tests: Debian's /usr/bin/chromium (or $TOPIC_TREE_CHROMIUM)
 * driven by playwright-core, headless, with a fresh profile per launch. Never downloads a browser;
 * without one the run fails, saying how to install it.
 */
import { existsSync, mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext } from "playwright-core";

/** The browser binary. */
export const CHROMIUM = process.env.TOPIC_TREE_CHROMIUM ?? "/usr/bin/chromium";

/** Command-line flags: headless, no sandbox (containers), nothing that phones home. */
export const CHROMIUM_ARGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
];

/** The window size of every page, and of the committed screenshots. */
export const VIEWPORT = { width: 1280, height: 800 };

/** Throws, loudly, when the browser is missing: the suite never skips for want of it. */
export function requireChromium(): void {
	if (existsSync(CHROMIUM)) return;
	throw new Error(
		[
			`The real-browser tests need Chromium at ${CHROMIUM}, and it is not there.`,
			"Install it with:  sudo apt-get update && sudo apt-get install -y chromium",
			"(or point TOPIC_TREE_CHROMIUM at a Chromium binary). The tests never download a browser.",
		].join("\n"),
	);
}

/** A launched browser with its own throw-away profile. */
export interface Browser {
	context: BrowserContext;
	close(): Promise<void>;
}

/** Launches Chromium with a fresh `--user-data-dir`. */
export async function launchBrowser(): Promise<Browser> {
	requireChromium();
	const profile = mkdtempSync(path.join(os.tmpdir(), "topic-tree-e2e-"));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: VIEWPORT,
		deviceScaleFactor: 1,
		locale: "en-US",
		colorScheme: "light",
	});
	// Notes link images on the web; the tests never go there (and need no network): such requests get an empty answer.
	await context.route(
		(url) => url.hostname !== "127.0.0.1" && url.protocol !== "data:",
		(route) => route.fulfill({ status: 200, body: "" }),
	);
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
