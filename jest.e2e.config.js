/**
 * Jest for the real-browser tests (`npm run test:e2e`): the built plugin in Chromium against the
 * browser host (tests/e2e/). Node environment, one worker (one browser at a time), TypeScript via
 * ts-jest like the unit tests. The global setup fails the run when Chromium is missing.
 */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/tests/e2e"],
	testMatch: ["**/*.e2e.ts"],
	transform: {
		"^.+\\.ts$": [
			"ts-jest",
			{
				tsconfig: {
					module: "commonjs",
					target: "ES2021",
					esModuleInterop: true,
					isolatedModules: true,
					skipLibCheck: true,
					strict: true,
				},
				diagnostics: false,
			},
		],
	},
	globalSetup: "<rootDir>/tests/e2e/support/global-setup.ts",
	globalTeardown: "<rootDir>/tests/e2e/support/global-teardown.ts",
	maxWorkers: 1,
	testTimeout: 60000,
	slowTestThreshold: 20,
	verbose: true,
};
