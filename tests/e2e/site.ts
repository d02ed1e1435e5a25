import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Every prerendered page of a language, read from the build the tests run against, so per-page checks become one test
 * per page (a slow page fails alone, with its name) and follow the site as it grows. Runs when tests are collected,
 * so the build must exist: `npm test` builds first.
 */
export function prerenderedPages(lang: string, root = process.env.BIRGE_BUILD_DIR ?? 'build'): string[] {
	const dir = join(root, lang);
	if (!existsSync(dir)) throw new Error(`No built pages in ${dir}: run \`npm run build\` before the end-to-end tests.`);
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file === 'index.html' || file.endsWith('/index.html'))
		.map((file) => `/${lang}/${file.slice(0, -'index.html'.length)}`)
		.sort();
}

/**
 * A journey through many pages (the wizard walked by its links) gets time in proportion to its length, so adding
 * pages or a guide can never push it past its timeout; each step still has to finish, and a stuck one still fails.
 */
export function timeForSteps(steps: number, perStep = 5_000): number {
	return 30_000 + steps * perStep;
}

/** Every part of the workbook (one route, `workbook/[[part]]`); a new part is added here. */
export const workbookParts = ['', 'plan/', 'referrals/', 'accountability/', 'action-plan/', 'backup/', 'privacy/'];

/** Records every request the page makes, to prove nothing goes to another origin. */
export function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	return urls;
}
