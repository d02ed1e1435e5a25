import fs from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { typesetMessages } from './typography.js';

/**
 * `node:fs` as Paraglide's compiler reads it, except that `messages/<lang>.json` come back typeset (see
 * typography.js). Paraglide compiles the messages into code, so this is the one door through which their text
 * passes at build time; the files themselves stay plain for translators and for merges.
 * @param {string} [messagesDir]
 */
export function typesetMessagesFs(messagesDir = 'messages') {
	const dir = resolve(messagesDir);
	/**
	 * @template {string | Buffer} T
	 * @param {unknown} path
	 * @param {T} data
	 * @returns {T}
	 */
	const typesetIfMessages = (path, data) => {
		const file = resolve(String(path));
		if (dirname(file) !== dir || !file.endsWith('.json')) return data;
		const text = JSON.stringify(typesetMessages(JSON.parse(data.toString()), basename(file, '.json')), null, '\t');
		return /** @type {T} */ (typeof data === 'string' ? text : Buffer.from(text));
	};
	return {
		...fs,
		/** @type {typeof fs.readFileSync} */
		// @ts-expect-error: one wrapper for all of readFileSync's overloads
		readFileSync: (path, options) => typesetIfMessages(path, fs.readFileSync(path, options)),
		promises: {
			...fs.promises,
			/** @type {typeof fs.promises.readFile} */
			// @ts-expect-error: one wrapper for all of readFile's overloads
			readFile: async (path, options) => typesetIfMessages(path, await fs.promises.readFile(path, options))
		}
	};
}
