/**
 * The slice of js-yaml (v3 or v4; both have these) that the double uses. js-yaml ships no types
 * and no @types package is installed.
 */
declare module "js-yaml" {
	/** A js-yaml schema object. */
	export interface Schema {
		readonly __schema?: never;
	}
	export const CORE_SCHEMA: Schema;
	export function load(text: string, options?: { schema?: Schema; filename?: string }): unknown;
	export function dump(value: unknown, options?: { lineWidth?: number; quotingType?: "'" | '"'; noRefs?: boolean; schema?: Schema }): string;
	export class YAMLException extends Error {}
}
