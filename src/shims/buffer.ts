/**
 * A minimal `Buffer` for the plugin bundle. gray-matter calls `Buffer.from(str)` and checks
 * `Buffer.isBuffer(x)`; Obsidian mobile has no Node `Buffer`. esbuild injects this module in
 * place of the global (see esbuild.config.mjs). Only what gray-matter uses is provided: a byte
 * array that turns back into its string.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface ShimBytes extends Uint8Array {
	toString(): string;
}

function from(value: string | ArrayLike<number>): ShimBytes {
	const bytes = (typeof value === "string" ? encoder.encode(value) : Uint8Array.from(value)) as ShimBytes;
	bytes.toString = () => decoder.decode(bytes);
	return bytes;
}

function isBuffer(value: unknown): boolean {
	return value instanceof Uint8Array;
}

export const Buffer = { from, isBuffer };
