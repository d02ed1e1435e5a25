import { describe, expect, it } from 'vitest';
import { guides } from 'virtual:birge/content-index';
import { searchIndexes } from 'virtual:birge/search-index';
import { appRoutes } from '../../src/lib/content/app-routes';
import { readLinks } from '../../src/lib/content/links.js';
import { loadContent } from '../../src/lib/content/loader';
import { readContentDir } from '../../src/lib/content/vite-plugin';
import { languageCodes } from '../../src/lib/i18n/languages';
import { loadDocuments } from '../../src/lib/search/documents';
import { foldedWords } from '../../src/lib/search/fold';
import { createSearch } from '../../src/lib/search/search';

// The index the build serves (the content plugin's modules), searched by the function the page uses.
const sources = loadContent(readContentDir('content'), { appRoutes, links: readLinks('content/links.yaml'), languages: languageCodes });

describe.each(languageCodes)('searching the guide in %s', (lang) => {
	const ready = (async () => {
		const { guide } = await guides[lang]!();
		const documents = await loadDocuments(lang, guide.pages);
		return { guide, documents, search: createSearch(documents) };
	})();
	const hrefsFor = async (query: string) => (await ready).search(query).map((r) => r.document.href);

	it('has every page of both guides and the annexes in its index', async () => {
		const { guide, documents } = await ready;
		expect(documents.map((d) => d.href)).toEqual(guide.pages.map((p) => p.href));
		expect(searchIndexes[lang]).toBeDefined();
	});

	it('finds each discussion topic by every word of its scenario', async () => {
		const scenarios = sources.filter((page) => page.lang === lang && page.meta.scenario);
		expect(scenarios.length).toBeGreaterThanOrEqual(18);
		for (const page of scenarios) {
			for (const word of foldedWords(page.meta.scenario ?? '').filter((w) => w.length >= 4)) {
				expect(await hrefsFor(word), `"${word}" should find ${page.href}`).toContain(page.href);
			}
		}
	});

	it('finds every page by its whole title', async () => {
		const { guide } = await ready;
		for (const page of guide.pages) {
			const found = await hrefsFor(page.title);
			expect(found, page.title).toContain(page.href);
		}
	});
});
