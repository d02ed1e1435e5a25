// Prints, for each language of the inlang project, how many guide pages and UI messages are translated.
// A page counts when content/<lang>/ has its file; a message when messages/<lang>.json has its key with a value
// other than the English one (names such as "Birge" are the same everywhere and count as translated).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
const base = settings.baseLocale;
const pages = (lang) =>
	existsSync(join('content', lang))
		? readdirSync(join('content', lang), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))
		: [];
const messages = (lang) => {
	const file = `messages/${lang}.json`;
	const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
	delete all.$schema;
	return all;
};
// Whether a native speaker has reviewed each language, as the registry records it (a plain read: this runs in Node
// without a TypeScript loader).
const registry = readFileSync('src/lib/i18n/languages.ts', 'utf8');
const reviewed = (lang) => new RegExp(`code: '${lang}',[^}]*reviewed: true`).test(registry);
// A name, a slide counter ("3 / 12") and a "{name}: {count}" label, which read the same in every language.
const sameEverywhere = new Set(['app_name', 'workshop_slide_position', 'share_plan_add_part']);

const basePages = pages(base);
const baseMessages = messages(base);
const rows = settings.locales.map((lang) => {
	const own = new Set(pages(lang));
	const translated = messages(lang);
	const done = Object.keys(baseMessages).filter(
		(key) => key in translated && (lang === base || sameEverywhere.has(key) || JSON.stringify(translated[key]) !== JSON.stringify(baseMessages[key]))
	);
	const missingPages = basePages.filter((p) => !own.has(p));
	return {
		language: lang,
		pages: `${basePages.length - missingPages.length}/${basePages.length}`,
		messages: `${done.length}/${Object.keys(baseMessages).length}`,
		reviewed: reviewed(lang) ? 'yes' : 'not yet',
		complete: missingPages.length === 0 && done.length === Object.keys(baseMessages).length ? 'yes' : 'no',
		missingPages,
		missingMessages: Object.keys(baseMessages).filter((k) => !done.includes(k))
	};
});

console.table(Object.fromEntries(rows.map(({ language, pages, messages, complete, reviewed }) => [language, { pages, messages, complete, reviewed }])));
for (const row of rows.filter((r) => r.complete === 'no')) {
	const list = (items) => (items.length > 8 ? `${items.slice(0, 8).join(', ')} and ${items.length - 8} more` : items.join(', '));
	if (row.missingPages.length) console.log(`${row.language}: pages still in ${base}: ${list(row.missingPages)}`);
	if (row.missingMessages.length) console.log(`${row.language}: messages still in ${base}: ${list(row.missingMessages)}`);
}
