import { expect, type Page } from '@playwright/test';

/** Every guide page, read from the built contents page so the tests follow the content, not a copy of it. */
export async function allGuidePages(page: Page): Promise<string[]> {
	await page.goto('/en/contents/');
	const hrefs = await page.locator('main a').evaluateAll((links) =>
		links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? '').filter((h) => !h.includes('#'))
	);
	expect(hrefs.length).toBeGreaterThan(20);
	const workbook = ['', 'plan/', 'referrals/', 'accountability/', 'backup/'].map((part) => `/en/workbook/${part}`);
	const workshop = ['/en/workshop/'];
	return [...new Set(['/en/', ...hrefs, '/en/about/', '/en/contents/', ...workbook, ...workshop])];
}

/** Records every request the page makes, to prove nothing goes to another origin. */
export function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	return urls;
}
