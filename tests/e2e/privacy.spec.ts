import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { answerOrdinarySite, expect, ordinarySiteTitle, test } from './fixtures';
import { goOffline, openOnOwnServer, readyOffline } from './server';
import { allGuidePages, timeForSteps, workbookParts } from './site';
import { axe } from './axe';

const secret = 'My cousin hit his wife; I want to talk to him';
const passphrase = 'blue kettle on the roof';

/** Every CSP violation a page reports, kept across navigations (the console) and inside each page (the event). */
function watchCsp(page: Page): string[] {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
	});
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	return violations;
}

/** Offline, or when the user asked for it: the plain page on this device. */
async function expectNeutralPage(page: Page) {
	await expect(page).toHaveURL(/\/start\.html$/);
	await expect(page).toHaveTitle('New Tab');
	await expect(page.locator('body')).not.toContainText(/Birge|workbook|gender/i);
}

/** Online, by default: an ordinary website (answered by the test fixture), nothing of Birge on the screen. */
const ordinary = /^https:\/\/www\.google\.com\//;
async function expectOrdinarySite(page: Page) {
	await expect(page).toHaveURL(ordinary);
	await expect(page).toHaveTitle(ordinarySiteTitle);
	await expect(page.locator('body')).not.toContainText(/Birge|workbook|gender/i);
}

/** Walks a few pages by their links, as a reader would, so there is in-app history behind the exit. */
async function walkThreePages(page: Page) {
	await page.goto('/en/plan/approach/');
	for (let i = 0; i < 3; i++) {
		const title = (await page.locator('a[rel="next"] .pager__title').innerText()).trim();
		await page.locator('a[rel="next"]').click();
		await expect(page.locator('h1')).toHaveText(title);
	}
}

test('Back stays in the app: after three in-app links it returns to the second page', async ({ page }) => {
	await page.goto('/en/plan/approach/');
	const titles = [(await page.locator('h1').innerText()).trim()];
	for (let i = 0; i < 3; i++) {
		const title = (await page.locator('a[rel="next"] .pager__title').innerText()).trim();
		await page.locator('a[rel="next"]').click();
		await expect(page.locator('h1')).toHaveText(title);
		titles.push(title);
	}
	await page.goBack();
	await expect(page.locator('h1')).toHaveText(titles[2] ?? '');
	await page.goBack();
	await expect(page.locator('h1')).toHaveText(titles[1] ?? '');
});

test('with "leave fewer traces" on, Back does not walk through the guide, and after quick exit does not bring it back', async ({ page }) => {
	await answerOrdinarySite(page.context());
	await page.goto('/en/workbook/privacy/');
	await page.getByLabel(/Leave fewer traces/).check();
	await expect(page.getByRole('status').filter({ hasText: 'fewer traces' })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel(/Leave fewer traces/)).toBeChecked();
	// Walk on by links only, from the page where the setting was made (a goto would add an entry of its own).
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contents' }).click();
	await expect(page.locator('h1')).toHaveText('Contents');
	await page.getByRole('link', { name: 'Your context' }).click();
	for (let i = 0; i < 2; i++) {
		const title = (await page.locator('a[rel="next"] .pager__title').innerText()).trim();
		await page.locator('a[rel="next"]').click();
		await expect(page.locator('h1')).toHaveText(title);
	}
	await page.getByRole('button', { name: 'Quick exit' }).click();
	await page.waitForURL(ordinary, { waitUntil: 'commit' });
	await expectOrdinarySite(page);
	await page.goBack({ waitUntil: 'commit' }).catch(() => undefined);
	await expect(page).not.toHaveURL(/\/en\//);
});

test('quick exit: the button hides the guide at once, shows a neutral page, and Back does not return to the page it left', async ({ page }) => {
	// To the plain page on this device, so the test can read, on the page it lands on, what the guide looked like as
	// it left (sessionStorage is per site; the ordinary website's exit is checked in the other tests).
	await page.addInitScript(() => localStorage.setItem('birge-exit-to', 'local'));
	await walkThreePages(page);
	const left = page.url();
	const button = page.getByRole('button', { name: 'Quick exit' });
	// Still on screen after scrolling to the end of a long page.
	await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
	await expect(button).toBeInViewport();

	// How fast it leaves is measured by `npm run bench` (bench/quick-exit.mjs), not here: a duration read inside a
	// test depends on how busy the machine is. What is checked here is what someone looking at the screen would see:
	// by the time the browser starts to leave, the guide is already hidden and its title gone.
	await page.evaluate(() =>
		addEventListener('pagehide', () =>
			sessionStorage.setItem('seen-while-leaving', `${document.documentElement.hidden}|${document.title}`)
		)
	);
	await button.click();
	await page.waitForURL(/\/start\.html$/, { waitUntil: 'commit' });
	await expectNeutralPage(page);
	expect(await page.evaluate(() => sessionStorage.getItem('seen-while-leaving'))).toBe('true|');

	// The exit took the place of the page it left: Back goes to the page before it, never to the one on screen.
	await page.goBack({ waitUntil: 'commit' }).catch(() => undefined);
	expect(page.url()).not.toBe(left);
});

test('quick exit: Esc pressed three times does the same', async ({ page }) => {
	await answerOrdinarySite(page.context());
	await walkThreePages(page);
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/en\//);
	await expect(page.locator('html')).not.toHaveAttribute('hidden');
	await Promise.all([page.waitForURL(ordinary, { waitUntil: 'commit' }), page.keyboard.press('Escape')]);
	await expectOrdinarySite(page);
});

test('quick exit works offline', async ({ browser }) => {
	test.setTimeout(90_000);
	const { server, context, page } = await openOnOwnServer(browser);
	await page.goto('/en/');
	await readyOffline(page);
	await goOffline(context, server);
	await page.goto('/en/think/norms/');
	await page.getByRole('button', { name: 'Quick exit' }).click();
	await expectNeutralPage(page);
	await context.close();
});

test('quick exit can go to a site the user chose, but only over https', async ({ page }) => {
	// An https address on this machine stands in for a foreign site, answered here, so no request leaves the test.
	const target = 'https://localhost/weather';
	await page.context().route(`${target}*`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
	await page.goto('/en/workbook/privacy/');
	await page.getByLabel('A website I choose').check();
	for (const refused of ['not an address', 'http://example.org/', 'javascript:alert(1)']) {
		await page.getByLabel('Website address').fill(refused);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('Type a full web address that starts with https://')).toBeVisible();
	}
	await page.getByLabel('Website address').fill(target);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	await page.goto('/en/think/norms/');
	await page.getByRole('button', { name: 'Quick exit' }).click();
	await expect(page).toHaveURL(target);
	await expect(page).toHaveTitle('Weather');
});

test('quick exit goes to the plain page on this device, online too, when the user chooses it', async ({ page }) => {
	await page.goto('/en/workbook/privacy/');
	await expect(page.getByLabel(/An ordinary website/)).toBeChecked();
	await page.getByLabel(/A plain page that has nothing to do with Birge/).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel(/A plain page that has nothing to do with Birge/)).toBeChecked();
	await page.goto('/en/think/norms/');
	await page.getByRole('button', { name: 'Quick exit' }).click();
	await expectNeutralPage(page);
});

/** Starts an agenda from a ready-made one and returns its id. */
async function workshopAgenda(page: Page): Promise<string> {
	await page.goto('/en/workshop/');
	await page.getByRole('button', { name: 'Use this agenda: “Small groups: four scenarios”' }).click();
	await page.waitForURL(/agenda=/);
	return new URL(page.url()).searchParams.get('agenda') ?? '';
}

test('quick exit on the scenario cards: the button, and Esc three times', async ({ page }) => {
	await answerOrdinarySite(page.context());
	const id = await workshopAgenda(page);
	for (const how of ['button', 'keys'] as const) {
		await page.goto(`/en/workshop/handouts/?agenda=${id}`);
		await expect(page.getByRole('heading', { name: /Scenario cards/ })).toBeVisible();
		if (how === 'button') await page.getByRole('button', { name: 'Quick exit' }).click();
		else for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
		await expectOrdinarySite(page);
	}
});

test('quick exit in front of a group: no button on the wall, but Esc three times and an exit in another tab close the slides and the presenter view', async ({ page, context }) => {
	await answerOrdinarySite(context);
	const id = await workshopAgenda(page);
	await page.goto(`/en/workshop/present/?agenda=${id}`);
	await expect(page.locator('.stage')).toBeFocused();
	await expect(page.getByRole('button', { name: 'Quick exit' })).toHaveCount(0);
	for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
	await expectOrdinarySite(page);

	// The projected slides, the presenter view beside them, and an ordinary page in a third tab.
	await page.goto(`/en/workshop/present/?agenda=${id}`);
	await expect(page.locator('.stage')).toBeFocused();
	const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
	await expect(presenter.getByTestId('presenter-position')).toHaveText(/^1 \//);
	await expect(presenter.getByRole('button', { name: 'Quick exit' })).toBeVisible();
	const other = await context.newPage();
	await other.goto('/en/about/');
	await other.getByRole('button', { name: 'Quick exit' }).click();
	await expectOrdinarySite(other);
	await expectOrdinarySite(page);
	// The presenter window, opened by the slides, closes (or, where a browser refuses, leaves too).
	await expect.poll(() => presenter.isClosed() || ordinary.test(presenter.url())).toBe(true);
});

test('quick exit from the presenter view closes the slides on the wall too', async ({ page, context }) => {
	await answerOrdinarySite(context);
	const id = await workshopAgenda(page);
	await page.goto(`/en/workshop/present/?agenda=${id}`);
	await expect(page.locator('.stage')).toBeFocused();
	const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
	await presenter.getByRole('button', { name: 'Quick exit' }).click();
	await expectOrdinarySite(page);
});

/** Every stored record, as IndexedDB holds it, read straight from the database. */
function rawDatabase(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('birge-workbook');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names);
					const all: unknown[] = [];
					for (const name of names) {
						const request = tx.objectStore(name).getAll();
						request.onsuccess = () => all.push({ [name]: request.result });
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

async function turnOnLock(page: Page) {
	await page.goto('/en/workbook/privacy/');
	await expect(page.getByTestId('lock-status')).toHaveText('The lock is off.');
	await expect(page.locator('.privacy-warning')).toContainText('A forgotten passphrase cannot be recovered');
	await page.getByLabel('New passphrase').fill(passphrase);
	await page.getByLabel('Type it again').fill(passphrase);
	await page.getByLabel('I understand').check();
	await page.getByRole('button', { name: 'Turn on the lock' }).click();
	await expect(page.getByText('The lock is on. Everything you wrote is now encrypted.')).toBeVisible({ timeout: 20_000 });
}

async function unlockWith(page: Page, text: string) {
	const form = page.getByTestId('unlock');
	// Locked, the notice is one line with an Unlock button; the form opens from it (and stays open after a wrong try).
	const field = form.getByLabel('Passphrase');
	if (!(await field.isVisible())) await form.getByRole('button', { name: 'Unlock' }).click();
	await expect(field).toBeFocused();
	await field.fill(text);
	await form.getByRole('button', { name: 'Unlock' }).click();
}

test('the lock: nothing readable on disk, unreadable after reload until the passphrase, a wrong one changes nothing', async ({ page }) => {
	await answerOrdinarySite(page.context());
	test.setTimeout(90_000);
	await page.goto('/en/think/norms/');
	const box = page.locator('textarea[name="think.norms.q1"]');
	await box.fill(secret);
	await expect(page.locator('[id="answer-state-think.norms.q1"]')).toContainText('Saved');

	await turnOnLock(page);
	// A page load forgets the key; what is written after unlocking is sealed too.
	await page.goto('/en/think/norms/');
	await unlockWith(page, passphrase);
	await page.locator('textarea[name="think.norms.q2"]').fill('A second private thought');
	await expect(page.locator('[id="answer-state-think.norms.q2"]')).toContainText('Saved');

	const raw = await rawDatabase(page);
	expect(raw).toContain('sealed');
	expect(raw).not.toContain('cousin');
	expect(raw).not.toContain('second private');

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Your workbook is locked' })).toBeVisible();
	await expect(page.locator('textarea[name="think.norms.q1"]')).toHaveCount(0);
	await expect(page.getByText(secret)).toHaveCount(0);
	await expect(page.getByText('Locked. Unlock your workbook').first()).toBeVisible();

	await unlockWith(page, 'not the passphrase');
	await expect(page.getByText('That passphrase is not right. Nothing was changed')).toBeVisible({ timeout: 20_000 });
	expect(await rawDatabase(page)).toBe(raw);

	await unlockWith(page, passphrase);
	await expect(page.locator('textarea[name="think.norms.q1"]')).toHaveValue(secret, { timeout: 20_000 });
	await expect(page.getByRole('heading', { name: 'Your workbook is locked' })).toHaveCount(0);

	// The workbook pages show the locked state too, not empty forms.
	await page.getByRole('button', { name: 'Quick exit' }).click();
	await page.waitForURL(ordinary);
	await page.goto('/en/workbook/referrals/');
	await expect(page.getByText('This part of your workbook is locked')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your workbook is locked' })).toBeVisible();
});

test('the lock: lock → unlock → sealed copy → erase → restore with its passphrase brings every record back', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/en/think/norms/');
	await page.locator('textarea[name="think.norms.q1"]').fill(secret);
	await expect(page.locator('[id="answer-state-think.norms.q1"]')).toContainText('Saved');
	await turnOnLock(page);
	await page.getByRole('button', { name: 'Lock now' }).click();
	await unlockWith(page, passphrase);
	await expect(page.getByTestId('lock-status')).toHaveText('The lock is on.', { timeout: 20_000 });

	// In-app navigation keeps the key; a page load would ask for the passphrase again.
	await page.locator('.workbook-nav a[href$="/workbook/backup/"]').click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a copy', exact: true }).click();
	const text = await readFile(await (await downloading).path(), 'utf8');
	expect(text).toContain('"sealed"');
	expect(text).not.toContain('cousin');
	await expect(page.getByText('the copy is encrypted with your passphrase')).toBeVisible();

	await page.getByRole('button', { name: 'Erase everything on this device' }).click();
	await page.getByRole('button', { name: 'Yes, erase everything' }).click();
	await expect(page.getByText(/erased/i).first()).toBeVisible();

	await page.locator('#backup-file').setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(page.getByText('This copy is locked with a passphrase')).toBeVisible();
	await page.getByLabel('Passphrase of the copy').fill('wrong one entirely');
	await page.getByRole('button', { name: 'Open the copy' }).click();
	await expect(page.locator('#backup-passphrase-state')).toHaveText(/does not open this copy/, { timeout: 20_000 });
	await page.getByLabel('Passphrase of the copy').fill(passphrase);
	await page.getByRole('button', { name: 'Open the copy' }).click();
	await expect(page.getByText('Restoring it also locks the workbook on this device, with the same passphrase.')).toBeVisible({ timeout: 20_000 });
	await page.getByRole('button', { name: 'Replace what is on this device' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toContainText('The lock is on, with the passphrase of the copy.');

	// The lock came back with the copy: nothing readable on disk, and after a reload only the passphrase opens it.
	const raw = await rawDatabase(page);
	expect(raw).toContain('sealed');
	expect(raw).not.toContain('cousin');
	await page.goto('/en/think/norms/');
	await expect(page.getByRole('heading', { name: 'Your workbook is locked' })).toBeVisible();
	await unlockWith(page, passphrase);
	await expect(page.locator('textarea[name="think.norms.q1"]')).toHaveValue(secret, { timeout: 20_000 });
	await page.goto('/en/workbook/privacy/');
	await expect(page.getByTestId('lock-status')).toHaveText('The lock is on.');
});

test('the backup page says a copy made while locked is encrypted, never "plain text"', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/en/workbook/backup/');
	await expect(page.locator('.backup-warning')).toContainText('in plain text');
	await turnOnLock(page);
	await page.goto('/en/workbook/backup/');
	await unlockWith(page, passphrase);
	await expect(page.locator('.backup-warning')).toContainText('encrypted with your passphrase', { timeout: 20_000 });
	await expect(page.locator('main')).not.toContainText('plain text');
});

test('changing or turning off the lock asks for the current passphrase, and a wrong one changes nothing', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/en/think/norms/');
	await page.locator('textarea[name="think.norms.q1"]').fill(secret);
	await expect(page.locator('[id="answer-state-think.norms.q1"]')).toContainText('Saved');
	await turnOnLock(page);
	const before = await rawDatabase(page);

	// Someone who finds the phone unlocked cannot set a passphrase of their own.
	await page.getByLabel('New passphrase').fill('taken over by someone');
	await page.getByLabel('Type it again').fill('taken over by someone');
	await page.getByRole('button', { name: 'Change passphrase' }).click();
	await expect(page.getByText('Type your current passphrase first.')).toBeVisible();
	await page.getByLabel('Current passphrase').fill('a guess');
	await page.getByRole('button', { name: 'Change passphrase' }).click();
	await expect(page.getByText('That is not the current passphrase. Nothing was changed.')).toBeVisible({ timeout: 20_000 });
	expect(await rawDatabase(page)).toBe(before);

	await page.getByRole('button', { name: 'Turn off the lock' }).click();
	await page.getByLabel('Current passphrase').fill('another guess');
	await page.getByRole('button', { name: 'Yes, turn it off' }).click();
	await expect(page.getByText('That is not the current passphrase. Nothing was changed.')).toBeVisible({ timeout: 20_000 });
	expect(await rawDatabase(page)).toBe(before);
	await expect(page.getByTestId('lock-status')).toHaveText('The lock is on.');

	await page.getByLabel('Current passphrase').fill(passphrase);
	await page.getByRole('button', { name: 'Yes, turn it off' }).click();
	await expect(page.getByText('The lock is off. Your workbook is stored without encryption.')).toBeVisible({ timeout: 20_000 });
	expect(await rawDatabase(page)).toContain('cousin');
});

test('full journey: every page, answers, workbook and backup, with no foreign request and no CSP violation', async ({ page }) => {
	test.setTimeout(180_000);
	const violations = watchCsp(page);
	// The fixture fails the test on any request to another origin; this also counts this page's own requests.
	const origins = new Set<string>();
	page.on('request', (request) => origins.add(new URL(request.url()).origin));

	const pages = await allGuidePages(page);
	// Time in proportion to the pages walked, so a new page or guide never pushes the journey past its timeout.
	test.setTimeout(timeForSteps(pages.length));
	for (const path of pages) {
		await page.goto(path);
		await expect(page.locator('h1').first(), path).toBeVisible();
		const box = page.locator('textarea').first();
		if ((await box.count()) && !path.includes('/workbook/')) {
			await box.fill(`Answer on ${path}`);
			await expect(page.locator('.save-state').first()).toContainText('Saved');
		}
	}
	for (const part of workbookParts) await page.goto(`/en/workbook/${part}`);

	await page.goto('/en/workbook/backup/');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a copy', exact: true }).click();
	const text = await readFile(await (await downloading).path(), 'utf8');
	await page.locator('#backup-file').setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await page.getByRole('button', { name: 'Replace what is on this device' }).click();
	await expect(page.getByText(/is now on this device/).first()).toBeVisible();

	expect(violations, 'CSP violations').toEqual([]);
	expect([...origins].filter((o) => !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(o) && o !== 'null')).toEqual([]);
});

test('the privacy settings and the unlock form have no accessibility violations', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/en/privacy/');
	expect((await axe(page).analyze()).violations).toEqual([]);
	await turnOnLock(page);
	expect((await axe(page).analyze()).violations).toEqual([]);
	await page.getByRole('button', { name: 'Lock now' }).click();
	await expect(page.getByRole('heading', { name: 'Your workbook is locked' })).toBeVisible();
	expect((await axe(page).analyze()).violations).toEqual([]);
});

test('the lock closes by itself after the chosen idle time', async ({ page }) => {
	test.setTimeout(60_000);
	await page.clock.install();
	await page.goto('/en/workbook/privacy/');
	await page.getByLabel('New passphrase').fill(passphrase);
	await page.getByLabel('Type it again').fill(passphrase);
	await page.getByLabel('Lock by itself after').selectOption({ label: '1 min without use' });
	await page.getByLabel('I understand').check();
	await page.getByRole('button', { name: 'Turn on the lock' }).click();
	await expect(page.getByText('The lock is on. Everything you wrote is now encrypted.')).toBeVisible({ timeout: 20_000 });
	await page.clock.fastForward('00:30');
	await expect(page.getByRole('heading', { name: 'Your workbook is locked' })).toHaveCount(0);
	await page.clock.fastForward('00:35');
	await expect(page.getByRole('heading', { name: 'Your workbook is locked' })).toBeVisible();
});
