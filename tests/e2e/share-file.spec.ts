import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';
import { axe, wcag } from './axe';

// Sharing a file goes from one browser context to a fresh one, as from one phone to another: the file is what the
// first one downloads, and the second opens it through the page's own file chooser.

const screenshots = 'test-results/share-file-screens';

interface SharedText {
	name: string;
	text: string;
}

/** Starts an agenda from a ready-made one, with a private note, and returns its title. */
async function agendaWithNote(page: Page, template = 'Small groups: four scenarios'): Promise<string> {
	await page.goto('/en/workshop/');
	await page.locator('html[data-network]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: `Use this agenda: “${template}”` }).click();
	await page.waitForURL(/agenda=/);
	await page.getByLabel('Notes for yourself', { exact: true }).fill('Private: the key is under the mat');
	await expect(page.getByText('Saved on this device.', { exact: true })).toBeVisible();
	return template;
}

/** Presses a share button and saves the file from its dialog; returns the file. */
async function shareFrom(page: Page, button: string, options: { withNotes?: boolean } = {}): Promise<SharedText> {
	await page.getByRole('button', { name: button }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	if (options.withNotes) await dialog.getByLabel(/Include my private notes/).check();
	const downloading = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Save the file' }).click();
	const download = await downloading;
	await expect(dialog.getByRole('status')).toContainText(`Saved as ${download.suggestedFilename()}`);
	const text = await readFile((await download.path())!, 'utf8');
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
	return { name: download.suggestedFilename(), text };
}

/** Chooses a file with "Open a shared file…", as a reader does, and returns the dialog that opens. */
async function openShared(page: Page, file: SharedText | { name: string; buffer: Buffer }) {
	const choosing = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open a shared file…' }).click();
	const chooser = await choosing;
	await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: 'buffer' in file ? file.buffer : Buffer.from(file.text) });
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	return dialog;
}

/** A fresh browser, as on another phone: nothing stored, its own IndexedDB. */
async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
	const context = await browser.newContext({ baseURL, acceptDownloads: true });
	return context.newPage();
}

async function savedAgendaTitles(page: Page): Promise<string[]> {
	await page.goto('/en/workshop/');
	await page.locator('html[data-network]').waitFor({ state: 'attached' });
	const saved = page.locator('section[aria-labelledby="workshop-saved"]');
	// Loaded: either the saved agendas' cards or the words for none.
	await expect(saved.locator('.workshop-card').or(saved.getByText(/^No agendas yet/))).not.toHaveCount(0);
	return saved.locator('.workshop-card h3').allTextContents();
}

test('an agenda shared from one browser opens in a fresh one as a new agenda, beside its own, and presents', async ({ page, browser, baseURL }) => {
	test.setTimeout(90_000);
	const title = await agendaWithNote(page);
	const file = await shareFrom(page, 'Share as a file');
	expect(file.name).toMatch(/^agenda-\d{4}-\d{2}-\d{2}\.json$/);
	expect(JSON.parse(file.text)).toMatchObject({ format: 'birge-shared', shared: { kind: 'agenda' }, stores: { agendas: [{ title, notes: '' }] } });
	expect(file.text).not.toContain('under the mat');

	const other = await freshPage(browser, baseURL);
	await other.goto('/en/workshop/');
	await other.locator('html[data-network]').waitFor({ state: 'attached' });
	await other.getByRole('button', { name: 'New agenda' }).click();
	await other.waitForURL(/agenda=/);
	await other.getByLabel('Title').fill('My own session');
	await expect(other.getByText('Saved on this device.', { exact: true })).toBeVisible();
	await other.goto('/en/workshop/');

	const dialog = await openShared(other, file);
	await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(title);
	await expect(dialog).toContainText('Workshop agenda');
	await expect(dialog.locator('.open-dialog__items li')).toHaveCount(5);
	await expect(dialog.locator('.open-dialog__items')).toContainText('min');
	await dialog.getByRole('button', { name: 'Add as a new agenda' }).click();
	await expect(dialog.getByRole('status')).toHaveText(`Added as a new agenda: “${title}”.`);
	await dialog.getByRole('link', { name: 'Present' }).click();
	await other.waitForURL(/\/workshop\/present\/\?agenda=/);
	await expect(other.locator('.stage')).toBeFocused();
	await expect(other.locator('.stage .slide')).toContainText(title);
	await other.keyboard.press('ArrowRight');
	await expect(other.locator('.stage')).toHaveAttribute('data-slide', '2');

	// After a reload both are stored: the shared agenda was added, the reader's own left as it was.
	expect((await savedAgendaTitles(other)).sort()).toEqual(['My own session', title].sort());
	await other.context().close();
});

test('the private notes travel only when the sender chooses them, and scenario cards hold only the scenarios', async ({ page }) => {
	await agendaWithNote(page);
	const withNotes = await shareFrom(page, 'Share as a file', { withNotes: true });
	expect(JSON.parse(withNotes.text).stores.agendas[0].notes).toBe('Private: the key is under the mat');

	const cards = await shareFrom(page, 'Share scenario cards');
	const agenda = JSON.parse(cards.text).stores.agendas[0] as { notes: string; items: { ref: string }[] };
	expect(cards.name).toMatch(/^scenario-cards-\d{4}-/);
	expect(agenda.notes).toBe('');
	expect(agenda.items.length).toBe(4);
	expect(agenda.items.every((item) => item.ref.startsWith('annex/topics/'))).toBe(true);
});

test('a bad file is refused with a message, and nothing stored changes', async ({ page }) => {
	await page.goto('/en/workshop/');
	await page.getByRole('button', { name: 'New agenda' }).click();
	await page.waitForURL(/agenda=/);
	await page.getByLabel('Title').fill('Kept as it was');
	await expect(page.getByText('Saved on this device.', { exact: true })).toBeVisible();
	const backup = JSON.stringify({ format: 'birge-workbook', schemaVersion: 2, exportedAt: '2026-01-01T00:00:00.000Z', stores: { agendas: [] } });
	const shared = JSON.stringify({
		format: 'birge-shared',
		schemaVersion: 2,
		exportedAt: '2026-01-01T00:00:00.000Z',
		shared: { kind: 'agenda' },
		stores: { agendas: [{ id: 'x', title: 'Should not appear', date: '', notes: '', items: [], updatedAt: 1 }] }
	});
	const bad: [name: string, text: string, message: RegExp][] = [
		['photo.json', 'Dear diary', /not a Birge file/],
		['birge-workbook-2026-01-01.json', backup, /not a shared Birge file/],
		['cut.json', shared.slice(0, 90), /stops before its end/],
		['proto.json', shared.replace('"shared":{', '"shared":{"__proto__":{"x":1},'), /could harm the app/],
		['future.json', shared.replace('"schemaVersion":2', '"schemaVersion":99'), /newer version of Birge/]
	];
	await page.goto('/en/workshop/');
	for (const [name, text, message] of bad) {
		const dialog = await openShared(page, { name, buffer: Buffer.from(text) });
		const alert = dialog.getByRole('alert');
		await expect(alert).toContainText(message);
		await expect(alert).toContainText('Nothing on this device was changed.');
		await expect(dialog.getByRole('button', { name: 'Add as a new agenda' })).toHaveCount(0);
		await dialog.getByRole('button', { name: 'Close' }).click();
	}
	expect(await savedAgendaTitles(page)).toEqual(['Kept as it was']);

	// The backup page's entry refuses the same way, in Russian too.
	await page.goto('/ru/workbook/backup/');
	const choosing = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Открыть присланный файл…' }).click();
	await (await choosing).setFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
	await expect(page.getByRole('dialog').getByRole('alert')).toContainText('На этом устройстве ничего не изменилось.');
	expect(await savedAgendaTitles(page)).toEqual(['Kept as it was']);
});

test('an action plan is shared as its data, shown read-only elsewhere, and its referral list can be added', async ({ page, browser, baseURL }) => {
	test.setTimeout(90_000);
	await page.goto('/en/workbook/plan/');
	await page.getByLabel('Name of your initiative').fill('Fathers of Osh');
	await page.getByLabel('Name of your initiative').blur();
	await expect(page.getByText('Saving…')).toHaveCount(0);
	await page.goto('/en/workbook/referrals/');
	await page.getByRole('button', { name: 'Add a service' }).click();
	const service = page.getByRole('form', { name: 'New service' });
	await service.getByLabel('Name of the service').fill('Helpline 150');
	await service.getByLabel('Kind of help').selectOption({ label: 'Hotline' });
	await service.getByLabel('Phone number').fill('150');
	await service.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Helpline 150' })).toBeVisible();

	await page.goto('/en/workbook/action-plan/');
	await expect(page.getByRole('heading', { name: 'Fathers of Osh' })).toBeVisible();
	const file = await shareFrom(page, 'Share as a Birge file');
	expect(file.name).toMatch(/^action-plan-\d{4}-/);
	const data = JSON.parse(file.text);
	expect(data.shared.kind).toBe('action-plan');
	expect(data.stores.referrals).toEqual([expect.objectContaining({ name: 'Helpline 150', kind: 'hotline', phone: '150' })]);

	const other = await freshPage(browser, baseURL);
	await other.goto('/en/workbook/plan/');
	await other.locator('html[data-network]').waitFor({ state: 'attached' });
	await other.getByLabel('Name of your initiative').fill('My own group');
	await other.getByLabel('Name of your initiative').blur();
	await expect(other.getByText('Saving…')).toHaveCount(0);
	await other.goto('/en/workbook/backup/');
	await other.locator('html[data-network]').waitFor({ state: 'attached' });
	const dialog = await openShared(other, file);
	await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Fathers of Osh');
	await expect(dialog).toContainText('Helpline 150');
	await expect(dialog).toContainText('only shown here');
	await expect(dialog.getByLabel('Referral services: 1')).toBeChecked();
	await dialog.getByRole('button', { name: 'Add the chosen parts' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Added to your workbook: 1.');
	await dialog.getByRole('button', { name: 'Close' }).click();

	await other.goto('/en/workbook/referrals/');
	await other.reload();
	await expect(other.getByRole('heading', { level: 3, name: 'Helpline 150' })).toBeVisible();
	// The reader's own plan keeps its own name: nothing of theirs was replaced.
	await other.goto('/en/workbook/action-plan/');
	await expect(other.getByRole('heading', { name: 'My own group' })).toBeVisible();
	await other.context().close();
});

for (const viewport of [
	{ width: 360, height: 640 },
	{ width: 1280, height: 720 }
]) {
	test(`the share and open dialogs have no accessibility violations at ${viewport.width}×${viewport.height}`, async ({ page }) => {
		test.setTimeout(60_000);
		mkdirSync(screenshots, { recursive: true });
		const size = `${viewport.width}x${viewport.height}`;
		await page.setViewportSize(viewport);
		await agendaWithNote(page);
		const violations = async () => (await axe(page).withTags(wcag).include('dialog').analyze()).violations;

		await page.getByRole('button', { name: 'Share as a file' }).click();
		await expect(page.getByRole('dialog')).toBeVisible();
		expect(await violations()).toEqual([]);
		await page.screenshot({ path: `${screenshots}/share-agenda-${size}.png` });
		const downloading = page.waitForEvent('download');
		await page.getByRole('dialog').getByRole('button', { name: 'Save the file' }).click();
		const file = { name: 'agenda.json', text: await readFile((await (await downloading).path())!, 'utf8') };
		await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

		await page.goto('/en/workshop/');
		const dialog = await openShared(page, file);
		await expect(dialog.getByRole('button', { name: 'Add as a new agenda' })).toBeVisible();
		expect(await violations()).toEqual([]);
		await page.screenshot({ path: `${screenshots}/open-agenda-${size}.png` });
		await dialog.getByRole('button', { name: 'Add as a new agenda' }).click();
		await expect(dialog.getByRole('status')).toBeVisible();
		expect(await violations()).toEqual([]);
		await dialog.getByRole('button', { name: 'Close' }).click();

		const refused = await openShared(page, { name: 'bad.json', buffer: Buffer.from('{"format":') });
		await expect(refused.getByRole('alert')).toBeVisible();
		expect(await violations()).toEqual([]);
		await page.screenshot({ path: `${screenshots}/open-refused-${size}.png` });
		await refused.getByRole('button', { name: 'Close' }).click();

		await page.goto('/en/workbook/referrals/');
		await page.getByRole('button', { name: 'Add a service' }).click();
		const service = page.getByRole('form', { name: 'New service' });
		await service.getByLabel('Name of the service').fill('Helpline 150');
		await service.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('heading', { level: 3, name: 'Helpline 150' })).toBeVisible();
		await page.goto('/en/workbook/action-plan/');
		await page.getByRole('button', { name: 'Share as a Birge file' }).click();
		await expect(page.getByRole('dialog').getByRole('button', { name: 'Save the file' })).toBeEnabled();
		expect(await violations()).toEqual([]);
		await page.screenshot({ path: `${screenshots}/share-plan-${size}.png` });
		const planDownload = page.waitForEvent('download');
		await page.getByRole('dialog').getByRole('button', { name: 'Save the file' }).click();
		const plan = { name: 'plan.json', text: await readFile((await (await planDownload).path())!, 'utf8') };
		await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
		await page.goto('/en/workbook/backup/');
		const planDialog = await openShared(page, plan);
		await expect(planDialog).toContainText('Helpline 150');
		expect(await violations()).toEqual([]);
		await page.screenshot({ path: `${screenshots}/open-plan-${size}.png` });
	});
}

test('sharing and opening a file work with the network off, after one visit', async ({ browser }) => {
	test.setTimeout(90_000);
	const { server, context, page } = await openOnOwnServer(browser);
	await page.goto('/en/workshop/');
	await readyOffline(page);
	const title = await agendaWithNote(page);
	await goOffline(context, server);

	await page.reload();
	const file = await shareFrom(page, 'Share as a file');
	await page.goto('/en/workshop/');
	const dialog = await openShared(page, file);
	await dialog.getByRole('button', { name: 'Add as a new agenda' }).click();
	await expect(dialog.getByRole('status')).toHaveText(`Added as a new agenda: “${title}”.`);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await page.reload();
	await expect(page.locator('section[aria-labelledby="workshop-saved"] .workshop-card h3').filter({ hasText: title })).toHaveCount(2);
	await context.close();
});
