import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test records each request its browser context makes (pages and service worker) and fails if
 * one went to another origin: the app must never contact a CDN, an analytics service or a font host.
 */
export const test = base.extend<{ sameOriginOnly: void }>({
	sameOriginOnly: [
		async ({ context }, use) => {
			const foreign: string[] = [];
			context.on('request', (request) => {
				const url = new URL(request.url());
				if (!['http:', 'https:'].includes(url.protocol)) return;
				if (!['localhost', '127.0.0.1'].includes(url.hostname)) foreign.push(request.url());
			});
			await use();
			expect(foreign, 'requests to another origin').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
