/** Where the real-browser tests find and put things. */
import * as path from "path";

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, "../../..");

/** The built previews (one folder per vault) and what the tests write: test-artifacts/ is gitignored. */
export const ARTIFACTS = path.join(REPO_ROOT, "test-artifacts");
export const HOST_OUT = path.join(ARTIFACTS, "e2e-host");
export const SCREENSHOTS = path.join(ARTIFACTS, "screenshots");

/** The previews the global setup builds, by name: the example vault always, the blog corpus when present. */
export type HostName = "example" | "blog" | "real";

/** Environment variables the global setup sets for the specs. */
export const ENV_URL = "TOPIC_TREE_E2E_URL";
export const ENV_BLOG = "TOPIC_TREE_E2E_BLOG";
export const ENV_REAL = "TOPIC_TREE_E2E_REAL";
