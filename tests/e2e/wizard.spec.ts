import { expect, test } from './fixtures';
import { prerenderedPages, recordRequests, timeForSteps } from './site';

const pageCount = prerenderedPages('en').length;

test('walking the wizard by "Next" links goes from Welcome to the last Annex 2 topic', async ({ page }) => {
	test.setTimeout(timeForSteps(pageCount));
	const requests = recordRequests(page);
	await page.goto('/en/');
	const titles = new Set<string>();
	const seen: string[] = [];

	for (let i = 0; i < pageCount; i++) {
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const title = await page.title();
		expect(titles.has(title), `title "${title}" is used twice`).toBe(false);
		titles.add(title);
		seen.push(new URL(page.url()).pathname);

		const next = page.locator('a[rel="next"]');
		if ((await next.count()) === 0) break;
		await next.click();
		await page.waitForURL((url) => url.pathname !== seen.at(-1));
	}

	expect(seen[0]).toBe('/en/');
	expect(seen).toContain('/en/think/norms/');
	expect(seen).toContain('/en/act/recommendations/');
	expect(seen).toContain('/en/further-reading/');
	expect(seen).toContain('/en/annex/socio-ecological-model/');
	expect(seen.at(-1)).toBe('/en/annex/topics/wellbeing/anger/');
	expect(seen.filter((p) => p.startsWith('/en/annex/topics/') && p.split('/').length === 7)).toHaveLength(16);
	await expect(page.getByRole('link', { name: 'Back to the start' })).toBeVisible();

	const origin = new URL(page.url()).origin;
	expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
});

test('the wizard can be walked with the keyboard alone', async ({ page }) => {
	// Each step is a run of Tab presses, slower than a click.
	test.setTimeout(timeForSteps(pageCount, 10_000));
	await page.goto('/en/');
	const visited: string[] = [];

	// Tab to the main call to action, then to each page's "Next" link, and press Enter. The "Next" link sits at the
	// end of the page, so it is reached backwards (Shift+Tab wraps from the top to the last link), as people do.
	const tabTo = async (isTarget: () => Promise<boolean>, key = 'Tab') => {
		for (let presses = 0; presses < 250; presses++) {
			await page.keyboard.press(key);
			if (await isTarget()) return;
		}
		throw new Error(`no keyboard path to the target on ${page.url()}`);
	};

	await tabTo(() => page.evaluate(() => document.activeElement?.textContent?.trim() === 'Start with Think'));
	await page.keyboard.press('Enter');
	await page.waitForURL('**/en/think/context/');

	while (visited.length < pageCount) {
		visited.push(new URL(page.url()).pathname);
		const hasNext = (await page.locator('a[rel="next"]').count()) > 0;
		if (!hasNext) break;
		await tabTo(() => page.evaluate(() => document.activeElement?.getAttribute('rel') === 'next'), 'Shift+Tab');
		const before = page.url();
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.href !== before);
	}
	expect(visited.at(-1)).toBe('/en/annex/topics/wellbeing/anger/');
	expect(visited.length).toBeGreaterThan(30);
});

test('the progress bar shows where you are in Think / Plan / Act', async ({ page }) => {
	await page.goto('/en/plan/resistance/');
	const progress = page.getByRole('navigation', { name: 'Your place in the guide' });
	await expect(progress.locator('[aria-current="step"]')).toHaveText(/Plan/);
	await expect(progress).toContainText('Plan: page 4 of 6');
	await progress.getByRole('link', { name: /Act/ }).click();
	await expect(page).toHaveURL(/\/en\/act\/recommendations\/$/);
	await expect(page.getByRole('navigation', { name: 'Your place in the guide' })).toContainText('Act: page 1 of 1');
});

test('the welcome page offers to continue where you left off', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.getByRole('link', { name: 'Start with Think' })).toBeVisible();
	await page.goto('/en/plan/referrals/');
	// The place is stored once the page's script runs; a reader who leaves before that is not remembered.
	await page.waitForFunction(() => localStorage.getItem('birge:last-page:en')?.includes('/en/plan/referrals/'));
	await page.goto('/en/');
	await expect(page.getByText('Continue where you left off')).toBeVisible();
	await page.getByRole('link', { name: 'Referrals' }).first().click();
	await expect(page).toHaveURL(/\/en\/plan\/referrals\/$/);
	await expect(page.locator('h1')).toHaveText('Referrals');
});

test('the table of contents lists every page and area', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contents' }).click();
	await expect(page.locator('h1')).toHaveText('Contents');
	for (const part of ['Think', 'Plan', 'Act', 'Annexes']) {
		await expect(page.getByRole('heading', { level: 2, name: part })).toBeVisible();
	}
	await expect(page.locator('main a[href^="/en/annex/topics/"][href$="/"]:not([href="/en/annex/topics/"])')).toHaveCount(16);
});

test('an unknown address shows a page-not-found message', async ({ page }) => {
	const response = await page.goto('/en/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
});
