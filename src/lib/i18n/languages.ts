/**
 * The languages the app is published in. Adding one means: its code here and in project.inlang/settings.json,
 * `messages/<code>.json`, and `content/<code>/`.
 */
export const languages = [{ code: 'en', name: 'English' }] as const;

export type Language = (typeof languages)[number]['code'];

export const defaultLanguage: Language = 'en';

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
