import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readyOffline, startServer } from './server';

/** The status line under one answer box, which says "Saved on this device" once that box is stored. */
const saved = (page: Page, questionId: string) => page.locator(`[id="answer-state-${questionId}"]`);

const chromiumOptions = {
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking']
};

test('an answer saves as you type, with no button, and is there after a reload', async ({ page }) => {
	await page.goto('/en/think/norms/');
	const box = page.getByRole('textbox', { name: /three common gender norms/ });
	await box.fill('Men must not cry; women cook; boys do not do chores.');
	await expect(saved(page, 'think.norms.q1')).toHaveText(/Saved on this device/);
	await page.reload();
	await expect(box).toHaveValue('Men must not cry; women cook; boys do not do chores.');
	await expect(page.getByRole('button', { name: /save/i })).toHaveCount(0);
});

test('answers survive going offline, a reload offline, and a browser restart on the same profile', async () => {
	test.setTimeout(90_000);
	const server = await startServer('build');
	const profile = mkdtempSync(join(tmpdir(), 'birge-profile-'));
	try {
		let context = await chromium.launchPersistentContext(profile, { ...chromiumOptions, baseURL: server.url });
		let page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/en/think/norms/');
		await readyOffline(page);
		await page.getByRole('textbox', { name: /affect men and boys/ }).fill('They feel they must earn all the money.');
		await expect(saved(page, 'think.norms.q2')).toHaveText(/Saved on this device/);

		await context.setOffline(true);
		await page.reload();
		await expect(page.getByRole('textbox', { name: /affect men and boys/ })).toHaveValue('They feel they must earn all the money.');
		// Typed while offline, then the browser closes.
		await page.getByRole('textbox', { name: /affect women and girls/ }).fill('Fewer of them study after school.');
		await expect(saved(page, 'think.norms.q3')).toHaveText(/Saved on this device/);
		await context.close();

		context = await chromium.launchPersistentContext(profile, { ...chromiumOptions, baseURL: server.url });
		page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/en/think/norms/');
		await expect(page.getByRole('textbox', { name: /affect men and boys/ })).toHaveValue('They feel they must earn all the money.');
		await expect(page.getByRole('textbox', { name: /affect women and girls/ })).toHaveValue('Fewer of them study after school.');
		await context.close();
	} finally {
		await server.stop();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('two open tabs see each other\'s answers', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await first.goto('/en/plan/resistance/');
	await second.goto('/en/plan/resistance/');
	await first.getByRole('textbox', { name: /Which kinds of resistance/ }).fill('Jokes from older relatives.');
	await expect(second.getByRole('textbox', { name: /Which kinds of resistance/ })).toHaveValue('Jokes from older relatives.');
	await second.getByRole('textbox', { name: /How will you respond/ }).fill('Talk to my uncle alone, calmly.');
	await expect(first.getByRole('textbox', { name: /How will you respond/ })).toHaveValue('Talk to my uncle alone, calmly.');
});

test('answers are kept by question id, so they show on every page that asks the question', async ({ page }) => {
	await page.goto('/en/annex/topics/family/money/');
	const box = page.locator('textarea[name="annex2.family.money.q1"]');
	await box.fill('My father decides, my mother is not asked.');
	await expect(saved(page, 'annex2.family.money.q1')).toHaveText(/Saved on this device/);
	await page.goto('/en/workbook/');
	await expect(page.getByText(/1 of \d+ questions answered/)).toBeVisible();
});

test('without IndexedDB the guide still reads, and the answer boxes say plainly they cannot be saved', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL });
	await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
	const page = await context.newPage();
	await page.goto('/en/think/norms/');
	await expect(page.getByRole('alert')).toContainText('does not let Birge save anything');
	await expect(page.locator('h1')).toHaveText('The gender norms exercise');
	const box = page.getByRole('textbox', { name: /three common gender norms/ });
	await expect(box).toHaveAttribute('readonly', '');
	await expect(page.getByText('Cannot be saved right now').first()).toBeVisible();
	await context.close();
});

test('the workbook overview shows progress and jumps to the first unanswered question', async ({ page }) => {
	await page.goto('/en/think/norms/');
	await page.locator('textarea[name="think.norms.q1"]').fill('Men lead, women follow.');
	await expect(saved(page, 'think.norms.q1')).toHaveText(/Saved on this device/);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My workbook' }).click();
	await expect(page.locator('h1')).toHaveText('My workbook');
	const think = page.locator('.progress-cards li', { hasText: 'Think' });
	await expect(think).toContainText(/1 of \d+ questions answered/);
	await think.getByRole('link', { name: /Continue/ }).click();
	await expect(page).toHaveURL(/\/en\/think\/norms\/#think\.norms\.q2$/);
});
