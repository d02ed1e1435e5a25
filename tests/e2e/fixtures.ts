import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { ordinarySite } from '../../src/lib/privacy/quick-exit';

/** What the ordinary website Quick exit goes to online looks like here: answered by the test, nothing leaves. */
export const ordinarySiteTitle = 'Search';

/**
 * Online, Quick exit leaves for an ordinary website (src/lib/privacy/quick-exit.ts). A test that exits online answers
 * it here, so no request leaves the machine. (Only those tests: routing turns off a context's HTTP cache.)
 */
export function answerOrdinarySite(context: BrowserContext) {
	return context.route(`${ordinarySite}**`, (route) =>
		route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>${ordinarySiteTitle}</title><input aria-label="Search">` })
	);
}

/**
 * Every end-to-end test records each request its browser context makes (pages and service worker) and fails if
 * one went to another origin: the app must never contact a CDN, an analytics service or a font host.
 */
export const test = base.extend<{ sameOriginOnly: void }>({

	// Tests act like a reader who waits for the page to be ready: after each `goto`, the app's script has run (the
	// root layout marks <html data-network> when it mounts), so a click never lands on a button not yet wired up.
	page: async ({ page }, use) => {
		await use(waitingForApp(page));
	},
	sameOriginOnly: [
		async ({ context }, use) => {
			const foreign = recordForeignRequests(context);
			await use();
			expect(foreign, 'requests to another origin').toEqual([]);
		},
		{ auto: true }
	]
});

/** A page whose `goto` returns once the app's script has run, like a reader who waits for the page to be ready. */
export function waitingForApp(page: Page): Page {
	const goto = page.goto.bind(page);
	page.goto = async (url, options) => {
		const response = await goto(url, options);
		await page.locator('html[data-network]').waitFor({ state: 'attached', timeout: 20_000 });
		return response;
	};
	return page;
}

/** Collects the addresses of requests from the context (pages and service worker) to another origin. */
export function recordForeignRequests(context: BrowserContext): string[] {
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (!['http:', 'https:'].includes(url.protocol)) return;
		// Quick exit's ordinary website is the user leaving Birge, not Birge loading something from elsewhere.
		if (request.isNavigationRequest() && request.url().startsWith(ordinarySite)) return;
		if (!['localhost', '127.0.0.1'].includes(url.hostname)) foreign.push(request.url());
	});
	return foreign;
}

export { expect };
