import { expect, test } from './fixtures';

test('switching language on a THINK page lands on the same page, and the start page remembers it', async ({ page }) => {
	await page.goto('/en/think/norms/');
	await page.locator('summary', { hasText: 'English' }).click();
	await page.getByRole('link', { name: 'Русский' }).click();
	await page.waitForURL('**/ru/think/norms/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('h1')).toHaveText('Упражнение «Гендерные нормы»');
	await expect(page.getByRole('link', { name: 'Рабочая тетрадь' })).toBeVisible();
	// Each language points search engines and readers at the other's copy of the page.
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', '/en/think/norms/');

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
	await expect(page.locator('[id="answer-state-think.norms.q2"]')).toHaveText(/Сохранено\sна\sэтом\sустройстве/);
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

test('Kyrgyz keeps the answers typed in English and counts in Kyrgyz grammar', async ({ page }) => {
	await page.goto('/en/think/norms/');
	await page.getByRole('textbox', { name: /three common gender norms/ }).fill('Men must not cry.');
	await expect(page.locator('[id="answer-state-think.norms.q1"]')).toHaveText(/Saved on this device/);

	await page.locator('summary', { hasText: 'English' }).click();
	await page.getByRole('link', { name: 'Кыргызча' }).click();
	await page.waitForURL('**/ky/think/norms/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
	await expect(page.locator('h1')).toHaveText('Гендердик нормалар көнүгүүсү');
	await expect(page.locator('[id="answer-think.norms.q1"]')).toHaveValue('Men must not cry.');
	await page.locator('[id="answer-think.norms.q2"]').fill('Эркектерге жардам суроо кыйын.');
	await expect(page.locator('[id="answer-state-think.norms.q2"]')).toHaveText(/Ушул\sтүзмөктө\sсакталды/);

	await page.goto('/ky/workbook/');
	await expect(page.locator('main')).toContainText('0 максаттуу топ, 0 союздаш');
	await expect(page.locator('main')).toContainText('7 суроодон 2 суроого жооп берилди');
});
