import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';

test('after one visit every page opens offline: by address, by link, and on reload', async ({ browser }) => {
	test.setTimeout(90_000);
	const { server, context, page } = await openOnOwnServer(browser);

	await page.setViewportSize({ width: 360, height: 640 });
	await page.goto('/en/');
	await readyOffline(page);
	// Said on the welcome page's first screen of a phone, not only in the footer.
	await expect(page.locator('.start-box').getByText('Ready to use offline')).toBeInViewport();

	await goOffline(context, server);

	const byAddress: [string, string][] = [
		['/en/think/norms/', 'The gender norms exercise'],
		['/en/plan/five-steps/', 'The five steps'],
		['/en/annex/topics/workplace/harassment/', 'Preventing sexual harassment at work'],
		['/en/further-reading/', 'Further reading'],
		['/en/annex/socio-ecological-model/', 'Annex 1: The socio-ecological model']
	];
	for (const [path, title] of byAddress) {
		await page.goto(path);
		await expect(page.locator('h1'), path).toHaveText(title);
		await page.reload();
		await expect(page.locator('h1'), `${path} after reload`).toHaveText(title);
		await expect(page.locator('main .prose'), path).not.toBeEmpty();
	}

	// By link: the "Next" links walk through five more pages never opened before.
	await page.goto('/en/plan/approach/');
	const walked: string[] = [];
	for (let i = 0; i < 5; i++) {
		const next = page.locator('a[rel="next"]');
		const title = (await next.locator('.pager__title').innerText()).trim();
		await next.click();
		await expect(page.locator('h1')).toHaveText(title);
		await page.reload();
		await expect(page.locator('h1'), `${title} after reload`).toHaveText(title);
		walked.push(new URL(page.url()).pathname);
	}
	expect(walked).toEqual([
		'/en/plan/five-steps/',
		'/en/plan/men-engage-men/',
		'/en/plan/resistance/',
		'/en/plan/referrals/',
		'/en/plan/accountability/'
	]);

	// A deep link typed or opened from a bookmark, to the table of contents, also opens.
	await page.goto('/en/contents/');
	await expect(page.locator('h1')).toHaveText('Contents');
	await expect(page.getByText('You are offline.')).toBeVisible();

	// An address without its trailing slash goes to the page, as a static host would send it.
	await page.goto('/en/about');
	expect(new URL(page.url()).pathname).toBe('/en/about/');
	await expect(page.locator('h1')).toHaveText('About Birge');
	await context.close();
});

// Every page of every language opens offline with nothing failing to load: every-page.spec.ts, one test per page.

test('offline, a link to another website says it needs a connection instead of failing', async ({ browser }) => {
	const { server, context, page } = await openOnOwnServer(browser);
	await page.goto('/en/further-reading/');
	await readyOffline(page);
	await goOffline(context, server);

	const notice = page.getByText('links to other websites need a connection');
	await expect(notice).toBeVisible();
	const marker = await page
		.locator('main a[data-external]')
		.first()
		.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(marker).toContain('needs an internet connection');
	const pagesBefore = context.pages().length;
	await page.locator('main a[data-external]').first().click();
	expect(context.pages().length).toBe(pagesBefore);
	await expect(notice).toBeFocused();
	await context.close();
});

test('the web app manifest has every field an install needs, and its icons exist at their sizes', async ({ request, page }) => {
	const response = await request.get('/manifest.webmanifest');
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	for (const field of ['name', 'short_name', 'description', 'start_url', 'theme_color', 'background_color']) {
		expect(manifest[field], field).toBeTruthy();
	}
	expect(manifest.display).toBe('standalone');
	const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons;
	expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
	for (const icon of icons) {
		const image = await request.get(icon.src);
		expect(image.ok(), icon.src).toBe(true);
		expect(image.headers()['content-type']).toBe(icon.type);
		const png = await image.body();
		// Width and height sit in the PNG header (IHDR) at bytes 16 and 20.
		expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
	}
	// The page links it once its script has read the discreet-install setting (src/lib/privacy/discreet-install.ts).
	await page.goto('/en/');
	await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
});
