import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const answers = {
	'think.norms.q1': 'Boys here are told that crying is for girls.',
	'think.norms.q2': 'My uncle decides how the family money is spent.'
};

async function typeAnswers(page: Page) {
	await page.goto('/en/think/norms/');
	for (const [id, text] of Object.entries(answers)) {
		await page.locator(`textarea[name="${id}"]`).fill(text);
		await expect(page.locator(`[id="answer-state-${id}"]`)).toContainText('Saved');
	}
}

/** How many answers the workbook database holds, read straight from IndexedDB. */
function countAnswers(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('birge-workbook');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const request = db.transaction('answers').objectStore('answers').count();
					request.onsuccess = () => {
						db.close();
						resolve(request.result);
					};
					request.onerror = () => reject(request.error);
				};
			})
	);
}

async function saveCopy(page: Page): Promise<{ name: string; text: string }> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a copy', exact: true }).click();
	const download = await downloading;
	const path = await download.path();
	return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

const previewFile = {
	name: 'birge-workbook-2025-04-01.json',
	mimeType: 'application/json',
	buffer: Buffer.from(
		JSON.stringify({
			format: 'birge-workbook',
			schemaVersion: 1,
			exportedAt: '2025-04-01T10:00:00.000Z',
			stores: { answers: [{ id: 'think.norms.q1', text: 'From the copy', updatedAt: 1 }] }
		})
	)
};

test('a saved copy brings the answers back after everything was erased', async ({ page }) => {
	await typeAnswers(page);

	await page.goto('/en/workbook/backup/');
	const copy = await saveCopy(page);
	expect(copy.name).toMatch(/^birge-workbook-\d{4}-\d{2}-\d{2}\.json$/);
	const saved = JSON.parse(copy.text);
	expect(saved.format).toBe('birge-workbook');
	expect(saved.stores.answers.map((a: { text: string }) => a.text).sort()).toEqual(Object.values(answers).sort());
	await expect(page.getByRole('status').filter({ hasText: copy.name })).toBeVisible();

	await page.getByRole('button', { name: 'Erase everything on this device' }).click();
	await expect(page.getByRole('heading', { name: 'Erase everything?' })).toBeFocused();
	await page.getByRole('button', { name: 'Yes, erase everything' }).click();
	await expect(page.getByText('Everything was erased from this device.')).toBeVisible();

	await page.goto('/en/think/norms/');
	expect(await countAnswers(page)).toBe(0);
	for (const id of Object.keys(answers)) await expect(page.locator(`textarea[name="${id}"]`)).toHaveValue('');

	await page.goto('/en/workbook/backup/');
	await page.getByLabel('Backup file').setInputFiles({
		name: copy.name,
		mimeType: 'application/json',
		buffer: Buffer.from(copy.text)
	});
	const counts = page.locator('.backup-counts');
	await expect(counts.locator('div').filter({ hasText: 'Answers' }).locator('dd')).toHaveText('2');
	await page.getByRole('button', { name: 'Replace what is on this device' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toContainText('Items restored: 2');

	await page.goto('/en/think/norms/');
	for (const [id, text] of Object.entries(answers)) {
		await expect(page.locator(`textarea[name="${id}"]`)).toHaveValue(text);
	}
});

test('a broken file shows what is wrong with it and changes nothing', async ({ page }) => {
	await typeAnswers(page);
	await page.goto('/en/workbook/backup/');
	const file = page.getByLabel('Backup file');

	await file.setInputFiles({ ...previewFile, buffer: Buffer.from('{"format":"birge-workbook","stores":{"ans') });
	await expect(page.getByRole('alert')).toContainText('stops before its end');
	await expect(page.getByRole('alert')).toContainText('Nothing on this device was changed.');
	await expect(page.getByRole('button', { name: 'Replace what is on this device' })).toHaveCount(0);

	const stranger = { ...previewFile, buffer: Buffer.from(JSON.stringify({ format: 'birge-workbook', schemaVersion: 99 })) };
	await file.setInputFiles(stranger);
	await expect(page.getByRole('alert')).toContainText('newer version of Birge');

	expect(await countAnswers(page)).toBe(2);
	await page.goto('/en/think/norms/');
	for (const [id, text] of Object.entries(answers)) {
		await expect(page.locator(`textarea[name="${id}"]`)).toHaveValue(text);
	}
});

test('merging a copy keeps answers that are only on this device', async ({ page }) => {
	await typeAnswers(page);
	await page.goto('/en/workbook/backup/');
	await page.getByLabel('Backup file').setInputFiles({
		...previewFile,
		buffer: Buffer.from(
			JSON.stringify({
				format: 'birge-workbook',
				schemaVersion: 1,
				exportedAt: '2025-04-01T10:00:00.000Z',
				stores: { answers: [{ id: 'think.norms.q3', text: 'Only in the copy', updatedAt: 1 }] }
			})
		)
	});
	await page.getByRole('button', { name: 'Merge with what is on this device' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toContainText('Added or updated from the copy: 1. Kept from this device because they were newer: 0.');
	await page.goto('/en/think/norms/');
	await expect(page.locator('textarea[name="think.norms.q3"]')).toHaveValue('Only in the copy');
	await expect(page.locator('textarea[name="think.norms.q1"]')).toHaveValue(answers['think.norms.q1']);
});

for (const viewport of [
	{ width: 360, height: 640 },
	{ width: 1280, height: 720 }
]) {
	test(`axe finds no violations on the backup page, before and during a restore, at ${viewport.width}×${viewport.height}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/en/workbook/backup/');
		const axe = () =>
			new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect((await axe()).violations).toEqual([]);

		await page.getByLabel('Backup file').setInputFiles(previewFile);
		await expect(page.getByRole('heading', { name: 'What this copy holds' })).toBeFocused();
		await page.getByRole('button', { name: 'Erase everything on this device' }).click();
		expect((await axe()).violations).toEqual([]);

		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('main button, main input')]
				.map((el) => el.getBoundingClientRect())
				.filter((box) => box.width < 24 || box.height < 24)
		);
		expect(small).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
	});
}
