import type { AddressInfo } from 'node:net';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createStaticServer } from '../../scripts/static-server.mjs';

/** A static server of the test's own, which the test can point at another build or shut down (really offline). */
export async function startServer(root: string | (() => string)) {
	const server = createStaticServer({ root });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://localhost:${port}`,
		async stop() {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

/** A fresh browser context on a server of the test's own, so the test can take the network away for real. */
export async function openOnOwnServer(browser: Browser, root: string | (() => string) = 'build') {
	const server = await startServer(root);
	const context = await browser.newContext({ baseURL: server.url });
	return { server, context, page: await context.newPage() };
}

/** Waits until the service worker reports the page's language stored for offline use. */
export function readyOffline(page: Page) {
	return expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 30_000 });
}

/** Really offline: the browser is cut off and the server is gone. */
export async function goOffline(context: BrowserContext, server: { stop(): Promise<void> }) {
	await context.setOffline(true);
	await server.stop();
}
