import { loadGuide } from '$lib/content/guide';
import { defaultLanguage, isLanguage } from '$lib/i18n/languages';
import type { LayoutLoad } from './$types';

// Every page is static: prerendered at build time and served from any static host.
export const prerender = true;
// Folders with index.html work on every static host without rewrite rules.
export const trailingSlash = 'always';

// The start page only sends the visitor on; every other page, an error page too, draws with its language's
// messages, which arrive with the language's index (see src/lib/i18n/vite-plugin.ts).
export const load = (async ({ params, route }) => {
	if (route.id !== '/') await loadGuide(isLanguage(params.lang) ? params.lang : defaultLanguage);
}) satisfies LayoutLoad;
