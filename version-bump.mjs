// Bumps manifest.json and versions.json to the version npm just wrote into package.json.
// Run through `npm version patch|minor|major`.
import { readFileSync, writeFileSync } from "fs";

const targetVersion = process.env.npm_package_version;
if (!targetVersion) {
	console.error("version-bump: run me through `npm version`");
	process.exit(1);
}
const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
manifest.version = targetVersion;
writeFileSync("manifest.json", JSON.stringify(manifest, null, "\t") + "\n");

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
if (!Object.values(versions).includes(minAppVersion) || !versions[targetVersion]) {
	versions[targetVersion] = minAppVersion;
}
writeFileSync("versions.json", JSON.stringify(versions, null, "\t") + "\n");
