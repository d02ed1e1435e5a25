import { error, redirect } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { findPage, guideFor, loadGuide, loadPage, loadSummaries, neighbours, preloadPage } from '$lib/content/guide';
import { defaultLanguage, languages } from '$lib/i18n/languages';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () => {
	const guides = await Promise.all(languages.map(async ({ code }) => ({ code, guide: await loadGuide(code) })));
	return guides.flatMap(({ code, guide }) => guide.pages.map((page) => ({ lang: code, path: page.route })));
};

export const load = (async ({ params, parent, url }) => {
	const route = params.path.replace(/\/$/, '');
	// Fetched beside the language's index (awaited by the layout) rather than after it: one round trip, not two.
	const early = preloadPage(params.lang, route, defaultLanguage);
	const { lang } = await parent();
	const page = findPage(lang, route);
	if (!page) error(404, 'Not found');
	const module = await (early ?? loadPage(page)).catch((failure: unknown) => {
		// Offline, in a language only partly on this device (its download was cut off), a page not opened before
		// has no text yet: say so in this language rather than show an error.
		if (browser) redirect(307, `/${lang}/needs-connection/?page=${encodeURIComponent(url.pathname)}`);
		throw failure;
	});
	return {
		summaries: module.metadata.areas ? await loadSummaries(lang) : {},
		page,
		body: module.default,
		meta: module.metadata,
		areas: guideFor(lang).areas,
		...neighbours(lang, route)
	};
}) satisfies PageLoad;
