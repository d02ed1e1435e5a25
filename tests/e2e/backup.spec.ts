import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { handMadeFiles, mutatedBackups } from '../fixtures/backup-files';
import { expect, test } from './fixtures';
import { axe, wcag } from './axe';

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
	expect(copy.name).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.json$/);
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
		const violations = async () => (await axe(page).withTags(wcag).analyze()).violations;
		expect(await violations()).toEqual([]);

		await page.getByLabel('Backup file').setInputFiles(previewFile);
		await expect(page.getByRole('heading', { name: 'What this copy holds' })).toBeFocused();
		await page.getByRole('button', { name: 'Erase everything on this device' }).click();
		expect(await violations()).toEqual([]);

		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('main button, main input')]
				// Hidden controls (a file input behind its button) are not tap targets.
				.filter((el) => el.offsetParent !== null)
				.map((el) => el.getBoundingClientRect())
				.filter((box) => box.width < 24 || box.height < 24)
		);
		expect(small).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
	});
}

test('the longest answer the box allows is saved, backed up, erased and restored whole', async ({ page }) => {
	test.setTimeout(90_000);
	const longest = `${'Ж'.repeat(19_990)}0123456789`;
	await page.goto('/en/think/norms/');
	const box = page.locator('textarea[name="think.norms.q1"]');
	await expect(box).toHaveAttribute('maxlength', '20000');
	await box.fill(longest);
	await expect(page.locator('[id="answer-count-think.norms.q1"]')).toHaveText('20,000 of 20,000 characters');
	// The box takes no more: typing on changes nothing.
	await box.press('End');
	await box.pressSequentially('more');
	await expect(box).toHaveValue(longest);
	await expect(page.locator('[id="answer-state-think.norms.q1"]')).toContainText('Saved');

	await page.goto('/en/workbook/backup/');
	const copy = await saveCopy(page);
	await page.getByRole('button', { name: 'Erase everything on this device' }).click();
	await page.getByRole('button', { name: 'Yes, erase everything' }).click();
	await expect(page.getByText('Everything was erased from this device.')).toBeVisible();
	expect(await countAnswers(page)).toBe(0);

	await page.getByLabel('Backup file').setInputFiles({ name: copy.name, mimeType: 'application/json', buffer: Buffer.from(copy.text) });
	await expect(page.getByTestId('restore-report')).toHaveCount(0);
	await page.getByRole('button', { name: 'Replace what is on this device' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toContainText('Items restored: 1');
	await page.goto('/en/think/norms/');
	await expect(box).toHaveValue(longest);
});

test('a copy with some bad records shows what will be shortened and skipped, and restores the rest', async ({ page }) => {
	await typeAnswers(page);
	const referral = { name: 'Crisis centre', kind: 'shelter', phone: '150', address: '', hours: '', notes: '', updatedAt: 5 };
	const file = {
		format: 'birge-workbook',
		schemaVersion: 2,
		exportedAt: '2026-04-01T10:00:00.000Z',
		stores: {
			answers: [
				{ id: 'think.norms.q1', text: 'x'.repeat(20_001), updatedAt: 3 },
				{ id: 'think.norms.q2', text: 'A short answer', updatedAt: 3 },
				{ id: 'think.norms.q3', text: 'y'.repeat(30_000), updatedAt: 3 }
			],
			referrals: [
				{ ...referral, id: 'r1', checkedOn: '2026-03-01' },
				{ ...referral, id: 'r2', checkedOn: '20266-01-01' }
			]
		}
	};
	await page.goto('/en/workbook/backup/');
	await page.getByLabel('Backup file').setInputFiles({ ...previewFile, buffer: Buffer.from(JSON.stringify(file)) });
	const report = page.getByTestId('restore-report');
	await expect(report).toContainText('Answers: 2 items are too long and will be shortened to fit.');
	await expect(report).toContainText('Referral services: 1 item has an impossible date and will be skipped.');
	await expect(page.locator('.backup-counts div').filter({ hasText: 'Answers' }).locator('dd')).toHaveText('3');
	await expect(page.locator('.backup-counts div').filter({ hasText: 'Referral services' }).locator('dd')).toHaveText('1');
	await expect(page.locator('main')).not.toContainText(/undefined|null|\[object Object\]/);

	await page.getByRole('button', { name: 'Replace what is on this device' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();
	await page.goto('/en/think/norms/');
	await expect(page.locator('textarea[name="think.norms.q1"]')).toHaveValue('x'.repeat(20_000));
	await expect(page.locator('textarea[name="think.norms.q2"]')).toHaveValue('A short answer');
	await page.goto('/en/workbook/referrals/');
	await expect(page.locator('[data-referral]')).toHaveCount(1);
});

test('"Erase everything" says what it erases and removes all of it, the last page read and Quick exit\'s address too', async ({ page }) => {
	await typeAnswers(page);
	await page.goto('/en/plan/approach/');
	await page.goto('/en/workbook/privacy/');
	await page.getByLabel('A website I choose').check();
	await page.getByLabel('Website address').fill('https://localhost/news');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await page.goto('/en/');
	await expect(page.getByText('Continue where you left off')).toBeVisible();

	await page.goto('/en/workbook/backup/');
	await page.getByRole('button', { name: 'Erase everything on this device' }).click();
	const warning = page.locator('.backup-confirm');
	for (const thing of ['answers and plans', 'workshop agendas', 'the passphrase lock and its settings', 'where Quick exit takes you', 'the last page you read']) {
		await expect(warning).toContainText(thing);
	}
	await page.getByRole('button', { name: 'Yes, erase everything' }).click();
	await expect(page.getByText('Everything was erased from this device.')).toBeVisible();
	expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('birge')))).toEqual([]);
	await page.goto('/en/');
	await expect(page.getByText('Continue where you left off')).toHaveCount(0);
	expect(await countAnswers(page)).toBe(0);
});

/** Every store of the workbook database, settings included, as IndexedDB holds it. */
function rawDatabase(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('birge-workbook');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames].sort();
					const tx = db.transaction(names);
					const all: Record<string, unknown> = {};
					for (const name of names) {
						const request = tx.objectStore(name).getAll();
						request.onsuccess = () => (all[name] = request.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(JSON.stringify(all));
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

test('50 damaged and foreign files through the real page: each gets a message, none hangs, a refused one changes nothing', async ({ page }, testInfo) => {
	test.setTimeout(600_000);
	await typeAnswers(page);
	await page.goto('/en/workbook/backup/');
	const base = (await saveCopy(page)).text;
	// The same generator and seed as the unit fuzz test (tests/unit/restore-fuzz.spec.ts), which runs all of them.
	const mutated = mutatedBackups(base, 1_200).filter((_, i) => i % 40 === 0);
	const handMade = handMadeFiles(base).filter((file, i) => i % 2 === 0 || /60 MB|sealed/.test(file.name));
	const sample = [...mutated, ...handMade].slice(0, 50);
	expect(sample).toHaveLength(50);

	for (const [i, file] of sample.entries()) {
		await page.goto('/en/workbook/backup/');
		const before = await rawDatabase(page);
		// Playwright passes large files by path rather than through its protocol.
		const path = testInfo.outputPath(`file-${i}.json`);
		await writeFile(path, file.bytes);
		await page.getByLabel('Backup file').setInputFiles(path);
		const outcome = page.locator('.backup-problem, #backup-preview-heading, #backup-passphrase');
		await expect(outcome.first(), file.name).toBeVisible({ timeout: 30_000 });
		if (await page.locator('#backup-passphrase').isVisible()) {
			await page.getByLabel('Passphrase of the copy').fill('somebody guessing');
			await page.getByRole('button', { name: 'Open the copy' }).click();
			await expect(page.locator('#backup-passphrase-state, .backup-problem').filter({ hasText: /not|damaged|changed/ }).first(), file.name).toBeVisible({ timeout: 30_000 });
		}
		const shown = await page.locator('main').innerText();
		expect(shown, file.name).not.toMatch(/undefined|null|\[object Object\]|NaN/);
		if (await page.locator('.backup-problem').isVisible()) expect(shown, file.name).toContain('Nothing on this device was changed.');
		// Nothing is written before the user chooses Replace or Merge, whatever the file.
		expect(await rawDatabase(page), file.name).toBe(before);
	}
});
