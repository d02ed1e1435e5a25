import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { recordForeignRequests, waitingForApp } from './fixtures';
import { axe, wcag } from './axe';
import { foreignPieces, shownPieces } from './interface-text';
import { readyOffline } from './server';
import { languageCodes, prerenderedPages } from './site';

async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await axe(page).withTags(wcag).analyze();
	return violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

/**
 * Tap targets smaller than `size` px, outside running text (WCAG 2.5.8 exempts links inside sentences): 24 px for
 * everything, 44 px for the navigation and the contents, which a thumb uses all the time.
 */
function smallTargets(page: Page, selector = 'a, button, textarea, input, select, summary', size = 24): Promise<string[]> {
	return page.evaluate(
		({ selector, size }) =>
			[...document.querySelectorAll<HTMLElement>(selector)]
				// Inert content (the booklet's preview of its printed pages) cannot be tapped at all.
				.filter((el) => !el.closest('.prose p, .prose li, .site-footer p, .link-note, .hint, [inert]'))
				.filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
				.map((el) => ({ el, box: el.getBoundingClientRect() }))
				.filter(({ box }) => box.width < size || box.height < size)
				.map(({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${box.width}×${box.height}`),
		{ selector, size }
	);
}

// The workshop's full-window views show a message, not a page, until an agenda is chosen.
const bare = /\/workshop\/(present|presenter|handouts)\/$/;
// A notice page says one thing in a sentence or two, and the search page is a field until something is typed: each
// has an h1 but not a page's worth of text.
const notice = /\/(needs-connection|search)\/$/;

/** The worker's one page, and what the requests of its context did. */
interface Reader {
	page: Page;
	context: BrowserContext;
	foreign: string[];
	failed: string[];
	/** Languages this context has stored for offline use. */
	stored: Set<string>;
}

/**
 * One browser page per worker, reused by its page tests: a test then costs its checks, not a new context whose
 * service worker downloads the whole language again (each language is stored once per worker). After a failed test
 * Playwright starts a new worker, so a broken page never spoils the next test.
 */
const test = base.extend<{ reader: Reader }, { workerReader: Reader }>({
	workerReader: [
		async ({ browser }, use, { project }) => {
			const { baseURL, userAgent, deviceScaleFactor } = project.use;
			const context = await browser.newContext({ baseURL, userAgent, deviceScaleFactor });
			// The browser asks only for the language of the page, so no other language is downloaded in the background
			// (and cut off when the test goes offline).
			await context.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => [location.pathname.split('/')[1] || 'en'] }));
			const failed: string[] = [];
			// What the page asks for and does not get. The service worker's own downloads are its business: offline,
			// a retry of one fails as it should.
			context.on('requestfailed', (request) => {
				if (!request.serviceWorker()) failed.push(`${request.url()} (${request.failure()?.errorText})`);
			});
			context.on('response', (response) => {
				if (response.status() >= 400) failed.push(`${response.url()} (HTTP ${response.status()})`);
			});
			const foreign = recordForeignRequests(context);
			await use({ page: waitingForApp(await context.newPage()), context, foreign, failed, stored: new Set() });
			await context.close();
		},
		{ scope: 'worker' }
	],
	reader: async ({ workerReader }, use) => {
		workerReader.foreign.length = 0;
		await use(workerReader);
		expect(workerReader.foreign, 'requests to another origin').toEqual([]);
	}
});

/** Takes the reader offline, after one visit online has stored the language (once per worker and language). */
async function offlineIn({ page, context, stored }: Reader, lang: string) {
	if (stored.has(lang)) return;
	await context.setOffline(false);
	await page.goto(`/${lang}/`);
	await readyOffline(page);
	stored.add(lang);
	await context.setOffline(true);
}

// One test per page of every language, generated from the build: a slow or broken page fails alone, by name, and
// no test grows with the number of pages or languages. Each opens its page once, offline as a reader on the road
// would after one visit, and runs every per-page check.
for (const lang of languageCodes) {
	const foreign = lang === 'en' ? [] : foreignPieces(lang);
	for (const path of prerenderedPages(lang)) {
		test(`${path}: offline in ${lang}, nothing fails to load, one h1, axe at 360×640 and 1280×720, 24 px tap targets, no sideways scroll at 200 % zoom`, async ({ reader }) => {
			const { page, failed } = reader;
			await offlineIn(reader, lang);
			failed.length = 0;
			await page.setViewportSize({ width: 360, height: 640 });
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('data-network', 'offline');
			if (!bare.test(path)) {
				await expect(page.locator('h1')).toHaveCount(1);
				// The first screen of a phone shows the page, not only the app's chrome.
				expect.soft(await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top), 'h1 top at 360×640').toBeLessThanOrEqual(160);
				expect.soft(await smallTargets(page, 'nav a, nav button, nav summary, .toc a', 44), 'navigation targets under 44 px').toEqual([]);
				if (!notice.test(path)) expect.soft((await page.locator('main').innerText()).length, 'text on the page').toBeGreaterThan(200);
			}
			expect.soft(await shownPieces(page, foreign), 'English interface text').toEqual([]);
			expect.soft(await axeViolations(page), 'axe at 360×640').toEqual([]);
			expect.soft(await smallTargets(page), 'tap targets at 360×640').toEqual([]);

			// 200 % zoom on a 1280 px window lays out like a 640 px viewport.
			await page.setViewportSize({ width: 640, height: 360 });
			expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), 'width at 200 % zoom').toBeLessThanOrEqual(640);

			await page.setViewportSize({ width: 1280, height: 720 });
			expect.soft(await axeViolations(page), 'axe at 1280×720').toEqual([]);
			// By now the page's late requests (lazily loaded code, icons) have been answered from the device, or failed.
			expect(failed, 'requests that failed offline').toEqual([]);
		});
	}
}
