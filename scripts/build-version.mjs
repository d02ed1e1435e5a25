// The build's version, from its content: a hash of every file the build reads (code, content, messages, static
// files, settings, locked dependencies) and of the build settings. Two builds of different content get two versions;
// the same content built twice gets the same one, so a rebuild without changes offers readers no update.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build reads. Generated code (Paraglide's output) follows from `messages/` and is left out. */
export const versionInputs = [
	'src',
	'content',
	'messages',
	'static',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json',
	'scripts/build-offline.mjs'
];
const generated = ['src/lib/paraglide'];

function* walk(path) {
	if (!existsSync(path) || generated.includes(path)) return;
	if (statSync(path).isDirectory()) {
		for (const name of readdirSync(path).sort()) yield* walk(join(path, name));
	} else yield path;
}

/**
 * @param {{ root?: string, settings?: Record<string, string> }} [options] `settings`: build settings that change the
 * output (the site's address).
 * @returns {string} `<package version>-<10 hex digits>`, e.g. `0.1.0-3f9a2c1b7d`
 */
export function buildVersion({ root = '.', settings = {} } = {}) {
	const hash = createHash('sha256');
	for (const input of versionInputs) {
		for (const file of walk(join(root, input))) {
			hash.update(`${file.slice(root.length)}\0`);
			hash.update(readFileSync(file));
			hash.update('\0');
		}
	}
	hash.update(JSON.stringify(settings));
	const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	return `${version}-${hash.digest('hex').slice(0, 10)}`;
}
