/**
 * The languages the app is published in: the one place to add a language. Adding one means its entry here, its code
 * in `locales` of project.inlang/settings.json, `messages/<code>.json` and `content/<code>/` (see the README's
 * checklist). A language may be published before every page is translated: missing pages show the English text
 * with a note, and `npm run i18n:status` says how far each language has come.
 */
export const languages = [
	// reviewed: a native speaker has read the whole edition. Until then the switcher and the About page say, in that
	// language, that the translation is new and how to report a mistake.
	{ code: 'en', name: 'English', reviewed: true },
	{ code: 'ru', name: 'Русский', reviewed: true },
	{ code: 'kk', name: 'Қазақша', reviewed: false },
	{ code: 'uz', name: 'Oʻzbekcha', reviewed: false },
	{ code: 'ky', name: 'Кыргызча', reviewed: false },
	{ code: 'tg', name: 'Тоҷикӣ', reviewed: false },
	{ code: 'tk', name: 'Türkmençe', reviewed: false }
] as const;

export type Language = (typeof languages)[number]['code'];

/** The language every page and message exists in, and the one missing text falls back to. */
export const defaultLanguage: Language = 'en';

export const languageCodes: readonly Language[] = languages.map((l) => l.code);

export function isReviewed(code: string): boolean {
	return languages.find((l) => l.code === code)?.reviewed ?? false;
}

export function isLanguage(code: string | undefined): code is Language {
	return languages.some((l) => l.code === code);
}

/** The first of the visitor's preferred languages that we publish, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLanguage(base)) return base;
	}
	return defaultLanguage;
}
