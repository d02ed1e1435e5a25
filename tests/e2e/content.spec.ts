import { expect, test } from './fixtures';

test('the norms exercise shows four labelled answer boxes, each after its explanation', async ({ page }) => {
	await page.goto('/en/think/norms/');
	const boxes = page.getByRole('textbox');
	await expect(boxes).toHaveCount(4);
	for (let i = 1; i <= 4; i++) {
		const box = page.locator(`textarea[name="think.norms.q${i}"]`);
		await expect(box).toBeVisible();
		const label = await box.evaluate((el) => (el as HTMLTextAreaElement).labels?.[0]?.textContent ?? '');
		expect(label.trim().endsWith('?')).toBe(true);
	}
	await expect(page.locator('.question__intro')).toHaveCount(4);
});

test('the built guide has 3 aims, 5 steps, 5 causes, 8 recommendations and 4 levels', async ({ page }) => {
	await page.goto('/en/think/aims/');
	await expect(page.locator('[id^="aim."]')).toHaveCount(3);
	await page.goto('/en/plan/five-steps/');
	await expect(page.locator('[id^="step."]')).toHaveCount(5);
	await expect(page.getByText('Key actions')).toHaveCount(5);
	await page.goto('/en/plan/resistance/');
	await expect(page.locator('[id^="cause."]')).toHaveCount(5);
	await page.goto('/en/act/recommendations/');
	await expect(page.locator('[id^="rec."]')).toHaveCount(8);
	await expect(page.locator('[id^="rec."] .do')).toHaveCount(8);
	await expect(page.locator('[id^="rec."] .dont')).toHaveCount(8);
	await page.goto('/en/annex/socio-ecological-model/');
	await expect(page.locator('[id^="level."]')).toHaveCount(4);
	await expect(page.locator('.levels-diagram .ring')).toHaveCount(4);
});

test('Annex 2 lists 16 topics in 5 areas, and each topic shows its scenario and questions', async ({ page }) => {
	await page.goto('/en/annex/topics/');
	await expect(page.locator('section.area')).toHaveCount(5);
	const topics = await page.locator('.topic-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(topics).toHaveLength(16);
	for (const href of topics) {
		await page.goto(href);
		await expect(page.getByRole('heading', { name: 'The situation' })).toBeVisible();
		expect((await page.locator('.scenario p').innerText()).length).toBeGreaterThan(40);
		expect(await page.getByRole('textbox').count()).toBeGreaterThan(0);
	}
});

test('further reading links open in a new tab without access to this page', async ({ page }) => {
	await page.goto('/en/further-reading/');
	const external = page.locator('main a[href^="http"]');
	expect(await external.count()).toBeGreaterThanOrEqual(10);
	for (const link of await external.all()) {
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('rel', /noopener/);
	}
	await expect(page.locator('.reading-group')).toHaveCount(5);
});

test('links in the guide text to other sites also open in a new tab', async ({ page }) => {
	await page.goto('/en/think/why-central-asia/');
	const links = page.locator('.prose a[href^="http"]');
	expect(await links.count()).toBeGreaterThan(0);
	for (const link of await links.all()) await expect(link).toHaveAttribute('rel', /noopener/);
});

test('the About page credits the OSCE and says nothing typed leaves the device', async ({ page }) => {
	await page.goto('/en/about/');
	await expect(page.locator('main')).toContainText('OSCE');
	await expect(page.locator('main')).toContainText('European Union');
	await expect(page.locator('main')).toContainText(/licen[cs]e/i);
	await expect(page.locator('main')).toContainText(/device/);
});

test('the socio-ecological diagram fits a 360 px screen and reads without colour', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await page.goto('/en/annex/socio-ecological-model/');
	const figure = page.locator('.levels-diagram');
	const box = await figure.boundingBox();
	expect(box && box.x + box.width).toBeLessThanOrEqual(360);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	// Levels differ by border style and number, not only by colour.
	const styles = await page.locator('.ring').evaluateAll((rings) => rings.map((r) => getComputedStyle(r).borderTopStyle));
	expect(new Set(styles).size).toBeGreaterThan(1);
	for (let n = 1; n <= 4; n++) await expect(figure.locator('b', { hasText: String(n) })).toHaveCount(1);
});

test('the start page sends visitors to their language, with and without JavaScript', async ({ browser, baseURL }) => {
	const withJs = await browser.newContext({ baseURL, locale: 'en-US' });
	const page = await withJs.newPage();
	await page.goto('/');
	await page.waitForURL('**/en/');
	await expect(page.locator('h1')).toHaveText(/Welcome/);
	await withJs.close();

	const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const plain = await noJs.newPage();
	await plain.goto('/');
	await plain.waitForURL('**/en/', { timeout: 10_000 });
	await expect(plain.locator('h1')).toHaveText(/Welcome/);
	await noJs.close();
});

test('pages read in order without CSS and JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const page = await context.newPage();
	await page.route('**/*.css', (route) => route.abort());
	await page.goto('/en/think/norms/');
	await expect(page.locator('h1')).toHaveText(/norms/i);
	await expect(page.locator('textarea')).toHaveCount(4);
	await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/en/think/aims/');
	await context.close();
});
