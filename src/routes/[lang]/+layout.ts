import { error } from '@sveltejs/kit';
import { isLanguage } from '$lib/i18n/languages';
import { setLocale } from '$lib/paraglide/runtime';
import type { LayoutLoad } from './$types';

// The language's index and messages are brought by the root layout, which every page and error page shares.
export const load = (({ params }) => {
	if (!isLanguage(params.lang)) error(404, 'Not found');
	// Prerendering renders one page at a time, so a global locale is safe here.
	setLocale(params.lang, { reload: false });
	return { lang: params.lang };
}) satisfies LayoutLoad;
