/** After the real-browser specs: stop the preview server the global setup started. */
import type { ChildProcess } from "child_process";
import { SERVER_KEY } from "./global-setup";

export default function globalTeardown(): void {
	const child = (globalThis as Record<string, unknown>)[SERVER_KEY] as ChildProcess | undefined;
	if (!child) return;
	child.stdin?.end();
	if (child.exitCode === null) child.kill();
}
