import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Paraglide compiles each message into one function holding every language's text, so each language added would
 * grow the first download of every reader. In the browser build, this plugin moves the text of the messages the
 * whole app shares into one module per language (`content/<lang>/_messages.js`, fetched with that language's
 * navigation index), and leaves in each message module only a lookup. Pages are prerendered from Paraglide's own
 * functions, untouched. Messages that only a lazily loaded part shows (named by prefix) keep all their languages:
 * they travel in that part's chunk, which a reader downloads later or only offline.
 */
export interface MessagesPluginOptions {
	/** Where Paraglide writes its output. */
	outdir: string;
	languages: readonly string[];
	baseLanguage: string;
	/** Prefixes of messages only lazily loaded code shows (`planner_`). */
	lazyPrefixes: readonly string[];
}

const languageMessages = /\/content\/([a-z]{2,3})\/_messages\.js$/;

export function birgeMessages({ outdir, languages, baseLanguage, lazyPrefixes }: MessagesPluginOptions): Plugin {
	const messagesDir = resolve(outdir, 'messages');
	const lookup = resolve('src/lib/i18n/loaded-messages.ts');
	const isShared = (key: string) => !lazyPrefixes.some((prefix) => key.startsWith(`${prefix}_`));
	const moduleOf = (lang: string) => resolve('content', lang, '_messages.js');

	return {
		name: 'birge-messages',
		enforce: 'post',
		resolveId(id) {
			const lang = languageMessages.exec(id)?.[1];
			return lang && languages.includes(lang) ? moduleOf(lang) : undefined;
		},
		load(id) {
			const lang = languageMessages.exec(id)?.[1];
			if (!lang || id !== moduleOf(lang)) return;
			const keys = readdirSync(messagesDir)
				.filter((f) => f.endsWith('.js') && !f.startsWith('_'))
				.map((f) => f.slice(0, -3))
				.filter(isShared)
				.sort();
			const entries = keys.map((key) => {
				const source = readFileSync(join(messagesDir, `${key}.js`), 'utf8');
				return `\t${key}: ${definition(source, lang, key, baseLanguage)}`;
			});
			return `import * as registry from ${JSON.stringify(resolve(outdir, 'registry.js'))};\nexport const messages = {\n${entries.join(',\n')}\n};\n`;
		},
		transform(code, id, options) {
			if (options?.ssr || !id.startsWith(messagesDir)) return;
			const key = /\/messages\/(\w+)\.js$/.exec(id)?.[1];
			if (!key || key.startsWith('_') || !isShared(key)) return;
			return [
				`import { loadedMessage } from ${JSON.stringify(lookup)};`,
				`export const ${key} = /* @__PURE__ */ loadedMessage(${JSON.stringify(key)});`
			].join('\n');
		}
	};
}

/**
 * The function Paraglide compiled for one language of one message, as source. A message not translated yet is
 * compiled as an alias of the base language's function; that one is used instead.
 */
export function definition(source: string, lang: string, key: string, baseLanguage: string): string {
	const start = source.indexOf(`\nconst ${lang}_${key} = `);
	if (start < 0) throw new Error(`Paraglide's output for "${key}" has no ${lang} function; has its format changed?`);
	const from = start + `\nconst ${lang}_${key} = `.length;
	const end = source.indexOf(';\n\n', from);
	if (end < 0) throw new Error(`Cannot find the end of ${lang}_${key} in Paraglide's output`);
	const body = source.slice(from, end).trim();
	if (/^\w+$/.test(body)) {
		const [aliasLang] = body.split('_');
		if (!aliasLang || aliasLang === lang) throw new Error(`${lang}_${key} is an alias of ${body}`);
		return definition(source, aliasLang, key, baseLanguage);
	}
	return body;
}
