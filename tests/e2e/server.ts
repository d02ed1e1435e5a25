import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { staticHandler } from '../../scripts/static-server.mjs';
import { waitingForApp } from './fixtures';

export interface ServerOptions {
	/** Requests whose address matches are cut off (the connection drops), like a link that breaks. */
	drop?: () => RegExp | undefined;
}

/** A static server of the test's own, which the test can point at another build or shut down (really offline). */
export async function startServer(root: string | (() => string), { drop }: ServerOptions = {}) {
	const handle = staticHandler({ root });
	const server = createServer((req, res) => {
		if (drop?.()?.test(req.url ?? '')) return req.socket.destroy();
		handle(req, res);
	});
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
export async function openOnOwnServer(browser: Browser, root: string | (() => string) = 'build', options: ServerOptions = {}) {
	const server = await startServer(root, options);
	const context = await browser.newContext({ baseURL: server.url });
	// Its page waits for the app after each `goto`, as the suite's own page does (fixtures.ts).
	return { server, context, page: waitingForApp(await context.newPage()) };
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

/** The version a build was made as (from its content: scripts/build-version.mjs). */
export function builtVersion(dir = 'build'): string {
	return JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')).version;
}
