import type { Handle } from '@sveltejs/kit';
import { version } from '$app/environment';
import { defaultLanguage, isLanguage } from '$lib/i18n/languages';

/**
 * Every prerendered page declares its language on <html>, which screen readers and hyphenation rely on, and the build
 * it belongs to: the service worker keeps a page it has not stored yet only if it is of its own build.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = isLanguage(event.params.lang) ? event.params.lang : defaultLanguage;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%version%', version) });
};
