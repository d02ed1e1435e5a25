import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';
import { workbookParts } from './site';

type Messages = Record<string, unknown>;
const read = (lang: string) => JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Messages;

/** Every text of a message, its plural variants included, as plain strings. */
function texts(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(texts);
	if (value && typeof value === 'object' && 'match' in value) return Object.values((value as { match: object }).match).flatMap(texts);
	return [];
}

/**
 * The pieces of English UI text that must not show on a Russian page: each message cut at its placeholders, keeping
 * pieces long enough to be telling. Messages the same in both languages (the name Birge) are left out.
 */
function englishPieces(): string[] {
	const en = read('en');
	const ru = read('ru');
	return Object.keys(en)
		.filter((key) => key !== '$schema' && JSON.stringify(en[key]) !== JSON.stringify(ru[key]))
		.flatMap((key) => texts(en[key]))
		.flatMap((text) => text.split(/\{[^}]*\}/))
		.map((piece) => piece.trim())
		// Single short words (Plan, Step) also stand in English book titles and programme names the guide cites.
		.filter((piece) => /[a-z]{3}/i.test(piece) && (piece.includes(' ') || piece.length >= 8));
}

/** The page's visible text outside the guide's own prose, where an English book title may rightly stand. */
function interfaceText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const copy = document.body.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.prose, .reading-group, script, style, [hidden]').forEach((el) => el.remove());
		document.body.append(copy);
		const text = copy.innerText;
		copy.remove();
		return text;
	});
}

test('the whole wizard and workbook in Russian show no English interface text', async ({ page }) => {
	test.setTimeout(180_000);
	const pieces = englishPieces();
	expect(pieces.length).toBeGreaterThan(200);
	const found: string[] = [];
	const check = async () => {
		const path = new URL(page.url()).pathname;
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		const text = await interfaceText(page);
		const shows = (piece: string) => new RegExp(`(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);
		found.push(...pieces.filter(shows).map((piece) => `${path}: "${piece}"`));
	};

	await page.goto('/ru/');
	const seen: string[] = [];
	for (let i = 0; i < 60; i++) {
		seen.push(new URL(page.url()).pathname);
		await check();
		const next = page.locator('a[rel="next"]');
		if ((await next.count()) === 0) break;
		await next.click();
		await page.waitForURL((url) => url.pathname !== seen.at(-1));
	}
	expect(seen.at(-1)).toBe('/ru/annex/topics/wellbeing/anger/');
	expect(seen.length).toBeGreaterThan(30);

	for (const path of [...workbookParts.map((part) => `workbook/${part}`), 'workshop/', 'contents/', 'privacy/']) {
		await page.goto(`/ru/${path}`);
		await check();
	}
	expect(found).toEqual([]);
});

test('switching language on a THINK page lands on the same page, and the start page remembers it', async ({ page }) => {
	await page.goto('/en/think/norms/');
	await page.locator('summary', { hasText: 'English' }).click();
	await page.getByRole('link', { name: 'Русский' }).click();
	await page.waitForURL('**/ru/think/norms/');
	// The switch loads the page afresh (so the service worker can answer offline); wait until its script has run.
	await page.locator('html[data-network]').waitFor({ state: 'attached' });
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('h1')).toHaveText('Упражнение «Гендерные нормы»');
	await expect(page.getByRole('link', { name: 'Рабочая тетрадь' })).toBeVisible();
	// Each language points search engines and readers at the other's copy of the page.
	// Absolute, from the site's address the build was made for (BIRGE_SITE_URL).
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/en\/think\/norms\/$/);

	await page.goto('/');
	await page.waitForURL('**/ru/');

	await page.locator('summary', { hasText: 'Русский' }).click();
	await page.getByRole('link', { name: 'English' }).click();
	await page.waitForURL(/\/en\/$/);
	await expect(page.locator('h1')).toHaveText(/Welcome/);
});

test('the start page follows the browser\'s languages when nothing was chosen', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, locale: 'ru-RU' });
	const page = await context.newPage();
	await page.goto('/');
	await page.waitForURL('**/ru/');
	await expect(page.locator('h1')).toHaveText(/Добро пожаловать/);
	await context.close();
});

test('answers typed in English are there in Russian, and the other way round', async ({ page }) => {
	await page.goto('/en/think/norms/');
	await page.getByRole('textbox', { name: /three common gender norms/ }).fill('Men must not cry.');
	await expect(page.locator('[id="answer-state-think.norms.q1"]')).toHaveText(/Saved on this device/);

	await page.locator('summary', { hasText: 'English' }).click();
	await page.getByRole('link', { name: 'Русский' }).click();
	await page.waitForURL('**/ru/think/norms/');
	const first = page.locator('[id="answer-think.norms.q1"]');
	await expect(first).toHaveValue('Men must not cry.');

	const second = page.locator('[id="answer-think.norms.q2"]');
	await second.fill('Мужчинам трудно просить о помощи.');
	await expect(page.locator('[id="answer-state-think.norms.q2"]')).toHaveText(/Сохранено на этом устройстве/);
	await page.goto('/en/think/norms/');
	await expect(page.getByRole('textbox', { name: /affect men and boys/ })).toHaveValue('Мужчинам трудно просить о помощи.');
	await expect(page.getByRole('textbox', { name: /three common gender norms/ })).toHaveValue('Men must not cry.');
});

test('counts on the workbook overview are in Russian grammar', async ({ page }) => {
	await page.goto('/ru/workbook/');
	await expect(page.locator('main')).toContainText('0 целевых групп, 0 союзников');
	await expect(page.locator('main')).toContainText('0 служб');
	await expect(page.locator('main')).toContainText('0 встреч');
});

test.describe('switching language offline', () => {
	test('without the other language stored, the reader gets a clear page in their own language, with Quick exit', async ({ browser }) => {
		const { server, context, page } = await openOnOwnServer(browser);
		await page.goto('/en/think/norms/');
		await readyOffline(page);
		await goOffline(context, server);

		await page.locator('summary', { hasText: 'English' }).click();
		await page.getByRole('link', { name: 'Русский' }).click();
		await expect(page.locator('h1')).toHaveText('Русский is not on this device yet');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Continue in English' })).toHaveAttribute('href', '/en/think/norms/');
		// Never a message key: every word on the page is the interface's own.
		expect(await page.locator('body').innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b/);

		// Typed straight into the address bar, the same.
		await page.goto('/ru/annex/topics/family/money/');
		await expect(page.locator('h1')).toHaveText('Русский is not on this device yet');
		await page.getByRole('link', { name: 'Continue in English' }).click();
		await expect(page.locator('h1')).toHaveText('Money matters: who decides?');
		await context.close();
	});

	test('"Also keep Русский offline" stores it, and the switch then works offline', async ({ browser }) => {
		const { server, context, page } = await openOnOwnServer(browser);
		await page.goto('/en/');
		await readyOffline(page);
		await page.getByRole('button', { name: 'Also keep Русский offline' }).click();
		await expect(page.getByText('✓ Русский is ready offline too')).toBeVisible({ timeout: 30_000 });
		await goOffline(context, server);

		await page.goto('/en/think/norms/');
		await page.locator('summary', { hasText: 'English' }).click();
		await page.getByRole('link', { name: 'Русский' }).click();
		await expect(page.locator('h1')).toHaveText('Упражнение «Гендерные нормы»');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await context.close();
	});

	test('a language the browser lists is kept offline without asking', async ({ browser }) => {
		const { server, context, page } = await openOnOwnServer(browser);
		await context.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['en-GB', 'ru-RU'] }));
		await page.goto('/en/');
		await readyOffline(page);
		await expect(page.getByText('✓ Русский is ready offline too')).toBeVisible({ timeout: 30_000 });
		await goOffline(context, server);
		await page.goto('/ru/plan/resistance/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await expect(page.locator('main h1')).not.toHaveText(/not on this device/);
		await context.close();
	});
});
