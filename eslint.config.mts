// Lint: Obsidian's recommended set for the plugin, with the Node-only parts (the command,
// scripts, tests) allowed their built-ins, and src/core/ kept free of `obsidian`.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	globalIgnores([
		"node_modules/",
		"main.js",
		"dist/",
		"coverage/",
		"test-artifacts/",
		"example-vault/",
		"docs/",
		"**/*.approved.*",
	]),
	...obsidianmd.configs.recommended,
	{
		// Other plugins' names keep their capitals in UI text (the import from Breadcrumbs, Templater's folder).
		files: ["src/**/*.ts"],
		rules: { "obsidianmd/ui/sentence-case": ["warn", { brands: ["Breadcrumbs", "Templater"] }] },
	},
	{
		languageOptions: {
			globals: { ...globals.browser },
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mts", "esbuild.config.mjs", "version-bump.mjs", "jest.config.js", "jest.e2e.config.js", "scripts/*.mjs"],
					// The build, demo, preview and bench scripts are plain .mjs files outside tsconfig.
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
				},
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// The core is pure TypeScript: no Obsidian, no Node built-ins.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/core/ must not depend on Obsidian; put glue outside core." }],
					patterns: [{ group: ["node:*", "fs", "path", "os", "child_process"], message: "src/core/ must run on mobile: no Node built-ins." }],
				},
			],
		},
	},
	{
		// Node-only code: the command-line tool, build scripts and tests.
		files: ["src/cli/**/*.ts", "scripts/**", "tests/**/*.ts", "*.mjs", "*.js", "*.mts"],
		languageOptions: { globals: { ...globals.node, ...globals.jest } },
		rules: {
			// Terminal output is the point of these files.
			"obsidianmd/rule-custom-message": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"no-console": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			// These files work on vault folders on disk, not through a Vault: the folder name is data.
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
	{
		// The test double parses YAML with js-yaml because Obsidian's own parseYaml is js-yaml:
		// the double must read front matter the way the app does.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { allowed: ["js-yaml"] }] },
	},
]);
