/** Jest: ts-jest over tests/, with `obsidian` replaced by the shared test double. */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/tests"],
	testMatch: ["**/*.test.ts"],
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
	moduleNameMapper: {
		"^obsidian$": "<rootDir>/tests/__mocks__/obsidian.ts",
	},
	setupFiles: ["<rootDir>/tests/jest.setup.ts"],
	testTimeout: 30000,
	// Two workers on the 2-core CI machine; a worker that grew past 1 GB (the 100k-note view
	// tests) is restarted between files instead of running out of heap.
	maxWorkers: 2,
	workerIdleMemoryLimit: "1GB",
};
