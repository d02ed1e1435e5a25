import { isLanguage } from '$lib/i18n/languages';

export interface NotStoredTarget {
	/** The address asked for, on this site only. */
	path: string;
	/** Its language, when it is one of ours. */
	lang?: string;
	/** The same page in the reader's current language. */
	stay: string;
}

/** Reads the `?page=` the service worker passed; anything not an address on this site is ignored. */
export function notStoredTarget(asked: string | null, currentLang: string): NotStoredTarget | undefined {
	if (!asked?.startsWith('/') || asked.startsWith('//')) return undefined;
	const path = new URL(asked, 'http://x').pathname;
	const [, first = '', ...rest] = path.split('/');
	const lang = isLanguage(first) ? first : undefined;
	return { path, lang, stay: lang ? `/${currentLang}/${rest.join('/')}` : `/${currentLang}/` };
}
