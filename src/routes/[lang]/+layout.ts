import { error } from '@sveltejs/kit';
import { loadGuide } from '$lib/content/guide';
import { isLanguage } from '$lib/i18n/languages';
import { setLocale } from '$lib/paraglide/runtime';
import type { LayoutLoad } from './$types';

export const load = (async ({ params }) => {
	if (!isLanguage(params.lang)) error(404, 'Not found');
	// Prerendering renders one page at a time, so a global locale is safe here.
	setLocale(params.lang, { reload: false });
	await loadGuide(params.lang);
	return { lang: params.lang };
}) satisfies LayoutLoad;
