/**
 * Jest's stand-in for the `obsidian` module (see jest.config.js `moduleNameMapper`): the shared,
 * documented test double in tests/obsidian-double/. Type-checking still uses the real
 * obsidian.d.ts; import double-only helpers from "tests/obsidian-double" directly.
 */
export * from "../obsidian-double/index";
