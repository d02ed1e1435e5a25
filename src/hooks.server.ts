import type { Handle } from '@sveltejs/kit';
import { defaultLanguage, isLanguage } from '$lib/i18n/languages';

/** Every prerendered page declares its language on <html>, which screen readers and hyphenation rely on. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = isLanguage(event.params.lang) ? event.params.lang : defaultLanguage;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
