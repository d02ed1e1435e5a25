import { expect, type Page } from '@playwright/test';
import { languageCodes } from '../../src/lib/i18n/languages';

export { languageCodes };

/** Every page of a language, read from its built contents page so the tests follow the content, not a copy of it. */
export async function allGuidePages(page: Page, lang = 'en'): Promise<string[]> {
	await page.goto(`/${lang}/contents/`);
	const hrefs = await page.locator('main a').evaluateAll((links) =>
		links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? '').filter((h) => !h.includes('#'))
	);
	expect(hrefs.length).toBeGreaterThan(20);
	// Both guides: the second one (starting a group) is listed by the contents page too.
	expect(hrefs).toContain(`/${lang}/group/`);
	expect(hrefs).toContain(`/${lang}/group/conversation-starters/`);
	const workbook = workbookParts.map((part) => `/${lang}/workbook/${part}`);
	const workshop = [`/${lang}/workshop/`];
	return [...new Set([`/${lang}/`, ...hrefs, `/${lang}/about/`, `/${lang}/privacy/`, `/${lang}/contents/`, ...workbook, ...workshop])];
}

/** Every part of the workbook (one route, `workbook/[[part]]`); a new part is added here. */
export const workbookParts = ['', 'plan/', 'referrals/', 'accountability/', 'action-plan/', 'backup/', 'privacy/'];

/** Records every request the page makes, to prove nothing goes to another origin. */
export function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	return urls;
}
