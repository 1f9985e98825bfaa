/**
 * Runs before every test file, in node and jsdom environments alike: Obsidian's language extras
 * always, its DOM helpers only when a DOM exists (tests opt in with `@jest-environment jsdom`).
 */
import { installDomHelpers, installLanguageExtras } from "./obsidian-double/dom";

installLanguageExtras();
if (typeof window !== "undefined" && typeof document !== "undefined") installDomHelpers(window);
