import { searchIndexes } from 'virtual:birge/search-index';
import type { PageSummary } from '$lib/content/loader';
import type { SearchDocument } from './search';

/** A page as the search page shows it: its navigation entry (title, section, area) and its words. */
export type GuideDocument = SearchDocument & { page: PageSummary };

/**
 * The language's search index joined to its navigation index, in the guide's order. The index is a chunk of the
 * language (built into its folder, stored with its offline pack), so it loads from the device once it is stored.
 */
export async function loadDocuments(lang: string, pages: PageSummary[]): Promise<GuideDocument[]> {
	const load = searchIndexes[lang];
	if (!load) throw new Error(`No search index for language "${lang}"`);
	const { entries } = await load();
	const byHref = new Map(entries.map((entry) => [entry.href, entry]));
	return pages.flatMap((page) => {
		const entry = byHref.get(page.href);
		return entry ? [{ href: page.href, title: page.title, headings: entry.headings, text: entry.text, page }] : [];
	});
}
