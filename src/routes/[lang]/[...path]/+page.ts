import { error } from '@sveltejs/kit';
import { findPage, guideFor, loadPage, neighbours } from '$lib/content/guide';
import { languages } from '$lib/i18n/languages';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	languages.flatMap(({ code }) => guideFor(code).pages.map((page) => ({ lang: code, path: page.route })));

export const load = (async ({ params, parent }) => {
	const { lang } = await parent();
	const route = params.path.replace(/\/$/, '');
	const page = findPage(lang, route);
	if (!page) error(404, 'Not found');
	const module = await loadPage(page);
	return {
		page,
		body: module.default,
		meta: module.metadata,
		areas: guideFor(lang).areas,
		...neighbours(lang, route)
	};
}) satisfies PageLoad;
